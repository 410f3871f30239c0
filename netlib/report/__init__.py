"""The one-command HTML report (``python -m netlib report PATH -o report.html``)."""

from ._build import build_report

__all__ = ["build_report"]
