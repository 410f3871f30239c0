"""Regenerate the bundled sample: ``python -m netlib.sample OUTDIR``.

``make sample`` runs ``python -m netlib.sample data/sample``.
"""

import argparse

from ._paths import write_sample


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m netlib.sample",
        description="Write the invented sample (LinkedIn archive, zip, address books).")
    parser.add_argument("outdir", help="folder to write into, e.g. data/sample")
    args = parser.parse_args(argv)
    out = write_sample(args.outdir)
    print(f"wrote the invented sample into {out}")


if __name__ == "__main__":
    main()
