"""Raw columns found by name -> the canonical contacts table every source returns.

An alias table maps each canonical field to the column names that can hold
it, as lower-case regular expressions matched against the whole
(normalized) header name. When several columns match (``E-mail 1 - Value``,
``E-mail 2 - Value``), the first non-empty one wins, row by row.
"""

from __future__ import annotations

import re

import pandas as pd

from ._columns import clean_text, join_words, map_distinct
from ._dates import CONNECTED_ON_FORMATS, parse_dates
from ._export import SCHEMAS
from ._text import normalize_header, read_table, sniff
from ._urls import normalize_profile_url

COLUMNS = SCHEMAS["connections"]
IDENTITY = ["first_name", "last_name", "profile_url", "email", "company", "position"]
MULTI_VALUE_SEPARATOR = " ::: "  # Google joins several values of one field with it


def compile_aliases(aliases):
    """Compile ``{field: [pattern, ...]}`` into ``{field: [regex, ...]}``."""
    return {f: [re.compile(p) for p in pats] for f, pats in aliases.items()}


def match_columns(columns, aliases):
    """Map each canonical field to the raw columns matching its aliases, in alias order.

    Examples
    --------
    >>> aliases = compile_aliases({"email": [r"e-mail \\d+ - value"], "company": ["company"]})
    >>> match_columns(["E-mail 2 - Value", "E-mail 1 - Value", "Title"], aliases)
    {'email': ['E-mail 2 - Value', 'E-mail 1 - Value']}
    """
    normalized = {c: normalize_header(c) for c in columns}
    found = {}
    for fld, patterns in aliases.items():
        hits = [c for p in patterns for c, n in normalized.items() if p.fullmatch(n)]
        if hits:
            found[fld] = list(dict.fromkeys(hits))
    return found


def header_score(names, aliases):
    """Count the header names that some alias of ``aliases`` matches."""
    patterns = [p for pats in aliases.values() for p in pats]
    return sum(any(p.fullmatch(n) for p in patterns) for n in names if n)


def _first_value(raw, columns):
    out = map_distinct(raw[columns[0]], clean_text)
    for col in columns[1:]:
        out = out.fillna(map_distinct(raw[col], clean_text))
    return out


def canonical_contacts(raw, found, source, report):
    """Build the canonical contacts table from raw string columns.

    ``found`` is the output of :func:`match_columns`. Counts of hidden
    members, dropped empty rows and unreadable dates go to ``report``.
    """
    fields = {f: _first_value(raw, cols) for f, cols in found.items()}
    blank = pd.Series(pd.NA, index=raw.index, dtype="string")
    out = pd.DataFrame({f: fields.get(f, blank) for f in IDENTITY}, index=raw.index)

    email = out["email"]
    not_email = email.notna() & ~map_distinct(email, lambda v: v if "@" in v else None).notna()
    if not_email.any():
        report.warnings.append(
            f"{int(not_email.sum()):,} email cells held no address (e.g. {email[not_email].iloc[0]!r});"
            " left empty")
        out["email"] = email.mask(not_email)

    url = normalize_profile_url(out["profile_url"])
    if source != "linkedin":
        url = map_distinct(url, lambda v: v if v.startswith("https://www.linkedin.com/") else None)
    out["profile_url"] = url

    full = join_words(out["first_name"], fields.get("middle_name", blank), out["last_name"])
    out["full_name"] = fields["full_name"].fillna(full) if "full_name" in fields else full

    if "connected_on" in fields:
        dates, unparsed = parse_dates(fields["connected_on"], CONNECTED_ON_FORMATS)
        out["connected_on"] = dates.dt.normalize()
        if unparsed:
            n = int(fields["connected_on"].isin(unparsed).sum())
            report.warnings.append(
                f"{n:,} 'Connected On' dates could not be read (e.g. {unparsed[0]!r}); left empty")
    else:
        out["connected_on"] = pd.Series(pd.NaT, index=raw.index, dtype="datetime64[ns]")

    has_identity = out[IDENTITY + ["full_name"]].notna().any(axis=1)
    has_date = out["connected_on"].notna() | (
        fields["connected_on"].notna() if "connected_on" in fields else False)
    keep = has_identity | has_date
    if (~keep).any():
        report.skipped["empty rows"] = int((~keep).sum())
    out = out[keep].reset_index(drop=True)
    out["is_hidden"] = ~has_identity[keep].to_numpy()
    if out["is_hidden"].any():
        report.flagged["hidden members (only a date)"] = int(out["is_hidden"].sum())
    out["source"] = pd.Series(source, index=out.index, dtype="string")
    report.rows = len(out)
    return out[COLUMNS]


def read_aliased(data, name, aliases, expected, also=None):
    """Read an archive CSV, keeping only the columns named in ``aliases``.

    ``also`` holds aliases that only help recognise the header and are not
    read (message text stays unparsed unless asked for). Returns
    ``(frame with canonical column names, Sniffed, skipped line count)``.
    """
    compiled = compile_aliases(aliases)
    known = {**compiled, **compile_aliases(also or {})}
    sn = sniff(data, name, lambda names: header_score(names, known), expected)
    found = match_columns(sn.header, compiled)
    keep = {cols[0]: fld for fld, cols in found.items()}
    raw, skipped = read_table(sn, usecols=lambda c: c in keep)
    return raw.rename(columns=keep), sn, skipped
