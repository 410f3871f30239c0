"""Write files the way LinkedIn does, and format its dates.

LinkedIn's CSV files are UTF-8 without BOM, LF line ends, no newline after the
last row, and quote only values that need it. Each file uses its own date
format; the helpers below produce them from numpy timestamps.
"""

from __future__ import annotations

import csv
import io

import numpy as np

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

CONNECTIONS_NOTE = (
    "When exporting your connection data, you may notice that some of the email "
    "addresses are missing. You will only see email addresses for connections who "
    "have allowed their connections to see or download their email address using this "
    "setting https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    "https://www.linkedin.com/help/linkedin/answer/261"
)


def csv_text(header, rows, *, preamble="", lineterminator="\n", trailing_newline=False,
             quoting=csv.QUOTE_MINIMAL):
    """CSV as text: ``preamble`` then header and rows."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=lineterminator, quoting=quoting)
    writer.writerow(header)
    writer.writerows(rows)
    text = buf.getvalue()
    if not trailing_newline and text.endswith(lineterminator):
        text = text[: -len(lineterminator)]
    return preamble + text


def connections_preamble():
    """The three physical lines before the header of ``Connections.csv``."""
    return f'Notes:\n"{CONNECTIONS_NOTE}"\n\n'


def _parts(seconds):
    """Calendar fields of epoch seconds (numpy int64)."""
    t = np.asarray(seconds, dtype=np.int64).astype("datetime64[s]")
    days = t.astype("datetime64[D]")
    year = days.astype("datetime64[Y]").astype(int) + 1970
    month = days.astype("datetime64[M]").astype(int) % 12 + 1
    day = (days - days.astype("datetime64[M]")).astype(int) + 1
    sec = (t - days).astype(int)
    return year, month, day, sec // 3600, sec // 60 % 60, sec % 60


def fmt_connected_on(days):
    """``07 Feb 2026`` for datetime64[D] values."""
    y, m, d, *_ = _parts(np.asarray(days, dtype="datetime64[D]").astype("datetime64[s]")
                         .astype(np.int64))
    return [f"{dd:02d} {MONTHS[mm - 1]} {yy}" for yy, mm, dd in zip(y, m, d)]


def fmt_short(seconds, *, zero_pad_hour=False):
    """``8/26/22, 8:56 PM`` (invitations) or ``12/24/23, 05:28 AM`` (recommendations)."""
    y, m, d, hh, mi, _ = _parts(seconds)
    out = []
    for yy, mm, dd, h, mn in zip(y, m, d, hh, mi):
        h12 = h % 12 or 12
        hour = f"{h12:02d}" if zero_pad_hour else str(h12)
        out.append(f"{mm}/{dd}/{yy % 100:02d}, {hour}:{mn:02d} {'AM' if h < 12 else 'PM'}")
    return out


def fmt_slash_utc(seconds):
    """``2024/12/07 14:51:07 UTC`` (endorsements)."""
    y, m, d, hh, mi, ss = _parts(seconds)
    return [f"{a}/{b:02d}/{c:02d} {e:02d}:{f:02d}:{g:02d} UTC"
            for a, b, c, e, f, g in zip(y, m, d, hh, mi, ss)]
