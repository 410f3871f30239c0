"""Command line: ``python -m netlib report PATH -o report.html``.

Also installed as the ``netlib`` and ``netlib-report`` commands.
"""

from __future__ import annotations

import argparse
import sys

__all__ = ["main", "report_main"]


def _report_arguments(parser):
    parser.add_argument(
        "path", help="your LinkedIn export (.zip or unpacked folder) or a contacts file "
        "(Connections.csv, Google or Outlook CSV, vCard)")
    parser.add_argument("-o", "--output", default="report.html",
                        help="where to write the HTML page (default: report.html)")
    parser.add_argument("--strategy", metavar="YAML",
                        help="a strategy profile (YAML) to measure alignment and gaps against")
    parser.add_argument("--pseudonymize", action="store_true",
                        help="replace names with stable pseudonyms; drop e-mails, URLs and "
                        "message text (for sharing)")
    parser.add_argument("-q", "--quiet", action="store_true", help="do not print progress")


def _run_report(args):
    from netlib._errors import LoadError
    from netlib.report import build_report

    try:
        out = build_report(
            args.path, args.output, strategy=args.strategy,
            pseudonymize=args.pseudonymize, progress=not args.quiet,
        )
    except (LoadError, ValueError, OSError) as err:
        print(f"netlib report: {err}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(f"Report written to {out}", file=sys.stderr)
    return 0


def main(argv=None):
    """Entry point of ``python -m netlib`` and the ``netlib`` command."""
    parser = argparse.ArgumentParser(
        prog="netlib", description="Understand and use your professional network.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    report = sub.add_parser(
        "report", help="write a one-page HTML report of your network",
        description="Load an export, run the analyses and write one self-contained "
        "HTML page (interactive figures, tables, plain-language findings).")
    _report_arguments(report)
    args = parser.parse_args(argv)
    if args.command != "report":
        parser.print_help(sys.stderr)
        return 2
    return _run_report(args)


def report_main(argv=None):
    """Entry point of the ``netlib-report`` command (same as ``netlib report``)."""
    parser = argparse.ArgumentParser(
        prog="netlib-report", description="Write a one-page HTML report of your network.")
    _report_arguments(parser)
    return _run_report(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
