"""Vectorized date parsing: try each known format on the whole column, keep what parses.

Dates in exports come in a handful of formats per file, sometimes mixed
(a spreadsheet re-save rewrites some cells and not others). Each format is
tried once on the distinct values still unparsed, with ``errors="coerce"``;
values left over get their month names translated from other languages and
are tried again. The formats and month names are data, below.
"""

from __future__ import annotations

import re
from datetime import datetime

import numpy as np
import pandas as pd

from ._columns import map_distinct

#: ``Connected On`` across eras and spreadsheet re-saves, most common first.
CONNECTED_ON_FORMATS = [
    "%d %b %Y",               # 07 Feb 2026
    "%m/%d/%y, %I:%M %p",     # 1/8/18, 6:14 PM
    "%d-%b-%y",               # 5-Jan-26 (Excel)
    "%d-%b-%Y",               # 5-Jan-2026
    "%Y-%m-%d",               # 2026-01-05 (ISO re-save)
    "%m/%d/%Y",               # 1/5/2026 (US re-save)
    "%d/%m/%Y",               # 25/1/2026 (day-first re-save)
    "%m/%d/%y",               # 1/5/26
    "%d.%m.%Y",               # 05.01.2026 (German re-save)
    "%d %B %Y",               # 7 February 2026
    "%b %d, %Y",              # Feb 7, 2026
    "%m/%d/%Y %H:%M",         # 1/5/2026 18:14
    "%Y-%m-%d %H:%M:%S",      # 2026-01-05 18:14:00
]

#: Timestamps in archive files (messages, invitations, endorsements, recommendations).
#: A trailing " UTC" is removed before these are tried.
TIMESTAMP_FORMATS = [
    "%Y-%m-%d %H:%M:%S",      # messages 2021+ ("... UTC")
    "%Y-%m-%dT%H:%M:%S",      # messages 2020
    "%m/%d/%y, %I:%M %p",     # messages 2018, invitations, recommendations
    "%Y/%m/%d %H:%M:%S",      # endorsements ("... UTC")
    "%Y-%m-%dT%H:%M:%S.%f",
    "%Y-%m-%dT%H:%M:%SZ",
    "%a %b %d %H:%M:%S UTC %Y",  # Company Follows
    "%m/%d/%Y, %I:%M %p",
    "%d %b %Y",
]

#: ``Started On`` / ``Finished On`` in Positions.csv.
MONTH_FORMATS = ["%b %Y", "%Y", "%B %Y", "%m/%Y", "%Y-%m", "%m/%d/%Y"]

#: Month names in other languages (lower case, without the dot) -> English abbreviation.
#: Words are also looked up by their first four and first three letters.
MONTH_NAMES = {
    # French
    "janv": "jan", "févr": "feb", "fevr": "feb", "fév": "feb", "mars": "mar",
    "avr": "apr", "mai": "may", "juin": "jun", "juil": "jul", "août": "aug",
    "aout": "aug", "aoû": "aug", "déc": "dec",
    # Spanish, Italian, Portuguese
    "ene": "jan", "gen": "jan", "fev": "feb", "abr": "apr", "mag": "may",
    "giu": "jun", "lug": "jul", "ago": "aug", "set": "sep", "ott": "oct",
    "out": "oct", "dic": "dec", "dez": "dec",
    # German, Dutch
    "jän": "jan", "mär": "mar", "mrz": "mar", "mrt": "mar", "mei": "may",
    "okt": "oct",
}

MAX_ROUNDS = 12
_WORD = re.compile(r"[^\W\d_]+\.?")
_DAY_MONTH = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.]")


def _translate_months(value):
    return _WORD.sub(_english_month, value)


def _english_month(match):
    word = match.group().rstrip(".").lower()
    for key in (word, word[:4], word[:3]):
        if key in MONTH_NAMES:
            return MONTH_NAMES[key]
    return match.group()


def _day_first(values, formats):
    """Put day-first formats first when some value can only be day-first."""
    parts = values.str.extract(_DAY_MONTH).astype("float")
    if parts.empty or not ((parts[0] > 12) & (parts[1] <= 12)).any():
        return formats
    return sorted(formats, key=lambda f: 0 if f.startswith(("%d/", "%d.")) else 1)


def _parses(sample, fmt):
    try:
        datetime.strptime(sample, fmt)
    except ValueError:
        return False
    return True


def _apply(fmt, values, result, utc):
    got = pd.to_datetime(values, format=fmt, errors="coerce", utc=utc)
    got = got.where((got.dt.year >= 1900) & (got.dt.year <= 2100))
    ok = got.notna()
    if ok.any():
        result[ok[ok].index] = got[ok].astype(result.dtype)
    return ok


def _try_formats(values, formats, utc):
    """Parse distinct strings, choosing each format by the first value still unread.

    A failed format costs an exception per value, so formats are not tried
    blindly on everything: the first unread value picks the format that
    reads it (checked on that one value), which is then applied to all
    unread values at once. After ``MAX_ROUNDS`` rounds (many odd values),
    the remaining formats are simply tried in turn.
    """
    result = pd.Series(pd.NaT, index=values.index,
                       dtype="datetime64[ns, UTC]" if utc else "datetime64[ns]")
    remaining, unreadable = values, []
    for _ in range(MAX_ROUNDS):
        if remaining.empty:
            return result
        sample = remaining.iloc[0]
        fmt = next((f for f in formats if _parses(sample, f)), None)
        ok = _apply(fmt, remaining, result, utc) if fmt else pd.Series(False, remaining.index)
        if not ok.iloc[0]:
            unreadable.append(remaining.index[0])
            ok.iloc[0] = True
        remaining = remaining[~ok]
    for fmt in formats:
        if remaining.empty:
            break
        remaining = remaining[~_apply(fmt, remaining, result, utc)]
    return result


def parse_dates(values, formats, *, utc=False):
    """Parse a column of date strings by trying ``formats`` in turn.

    Parameters
    ----------
    values : pandas.Series
        Strings (missing values allowed).
    formats : list of str
        ``strptime`` formats, tried in order on what is still unparsed.
    utc : bool, default False
        Return timezone-aware UTC timestamps instead of naive ones.

    Returns
    -------
    parsed : pandas.Series
        ``datetime64[ns]`` (or ``datetime64[ns, UTC]``), NaT where unparsed.
    unparsed : list of str
        The distinct non-empty values no format could read.

    Examples
    --------
    >>> s = pd.Series(["5-Jan-26", "30-oct-09", "01 Dec 2016", "5-janv.-26", "soon", None])
    >>> parsed, bad = parse_dates(s, CONNECTED_ON_FORMATS)
    >>> parsed.dt.strftime("%Y-%m-%d").tolist()
    ['2026-01-05', '2009-10-30', '2016-12-01', '2026-01-05', nan, nan]
    >>> bad
    ['soon']
    """
    codes, distinct = pd.factorize(values)
    stripped = [v.strip() for v in np.asarray(distinct, dtype=object)]
    if utc:  # "2024-12-07 14:51:07 UTC": the zone is UTC anyway, and without it
        # pandas can use its fast ISO 8601 parser
        stripped = [v[:-4].rstrip() if v.endswith(" UTC") else v for v in stripped]
    uniq = pd.Series(pd.unique(np.array([v for v in stripped if v], dtype=object)),
                     dtype="string")
    if uniq.empty:
        dtype = "datetime64[ns, UTC]" if utc else "datetime64[ns]"
        return pd.Series(pd.NaT, index=values.index, dtype=dtype), []
    if any(f.startswith(("%d/", "%d.")) for f in formats):
        formats = _day_first(uniq, formats)
    parsed = _try_formats(uniq, formats, utc)
    missing = parsed.isna()
    if missing.any():
        translated = map_distinct(uniq[missing], _translate_months)
        parsed = parsed.where(~missing, _try_formats(translated, formats, utc))
    if len(uniq) == len(stripped):  # nothing was blank and stripping merged nothing
        table = parsed.array
    else:
        lookup = pd.Series(parsed.array, index=pd.Index(uniq.to_numpy(dtype=object)))
        table = lookup.reindex(pd.Index(stripped, dtype=object)).array
    out = table.take(codes, allow_fill=True)
    unparsed = uniq[parsed.isna()].tolist()
    return pd.Series(out, index=values.index), unparsed
