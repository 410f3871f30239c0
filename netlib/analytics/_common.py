"""Small helpers shared by the analytics modules (private).

Getting the connections table out of whatever the user passed, turning
dates into UTC timestamps, normalizing person names for matching, reading the
``direction`` columns of the export, and adding title categories only when
they are missing.
"""

from __future__ import annotations

import pandas as pd

__all__ = []

#: Words that mean "from the archive owner" / "to the archive owner" in the
#: ``direction`` columns of the export tables (compared in lower case).
OUTGOING_WORDS = ("outgoing", "out", "sent", "given", "giver")
INCOMING_WORDS = ("incoming", "in", "received", "receiver")

#: Columns that :func:`netlib.categorize` provides and the analytics read.
CATEGORY_COLUMNS = ("function", "seniority", "is_recruiter")


def connections_of(data) -> pd.DataFrame:
    """Return the connections table of a ``LinkedInExport`` or a DataFrame as is."""
    if isinstance(data, pd.DataFrame):
        return data
    table = getattr(data, "connections", None)
    if isinstance(table, pd.DataFrame):
        return table
    raise TypeError(
        f"expected a LinkedInExport or a connections DataFrame, got {type(data).__name__}"
    )


def column(df: pd.DataFrame, name: str, default=pd.NA) -> pd.Series:
    """``df[name]`` if present, else a Series of ``default`` on ``df``'s index."""
    if name in df.columns:
        return df[name]
    return pd.Series(default, index=df.index, dtype="object")


def to_utc(values) -> pd.Series:
    """Timestamps as timezone-aware UTC; naive values are taken to be UTC."""
    s = pd.to_datetime(pd.Series(values), errors="coerce")
    if s.dt.tz is None:
        return s.dt.tz_localize("UTC")
    return s.dt.tz_convert("UTC")


def text(values: pd.Series) -> pd.Series:
    """Strings with missing values as ``""``, stripped, as plain ``object`` dtype."""
    return values.astype("object").where(values.notna(), "").astype(str).str.strip()


def name_key(names: pd.Series) -> pd.Series:
    """Normalize person names for matching: accents, case, punctuation, spaces.

    Empty names give ``""`` (never matched).
    """
    s = text(names).str.normalize("NFKD").str.encode("ascii", "ignore").str.decode("ascii")
    s = s.str.casefold().str.replace(r"[^\w\s]", " ", regex=True)
    return s.str.replace(r"\s+", " ", regex=True).str.strip()


def url_key(urls: pd.Series) -> pd.Series:
    """Profile URLs compared without case, query or trailing slash; ``""`` if none."""
    s = text(urls).str.casefold().str.replace(r"[?#].*$", "", regex=True)
    return s.str.rstrip("/")


def full_names(df: pd.DataFrame) -> pd.Series:
    """``full_name``, or first and last names joined when it is missing."""
    full = text(column(df, "full_name"))
    joined = (text(column(df, "first_name")) + " " + text(column(df, "last_name"))).str.strip()
    return full.where(full != "", joined)


def direction_of(values: pd.Series) -> pd.Series:
    """Map a ``direction`` column to ``"out"``, ``"in"`` or ``""`` (unknown)."""
    s = text(values).str.casefold()
    out = s.isin(OUTGOING_WORDS) | s.str.startswith(("outgo", "sent", "given"))
    inc = s.isin(INCOMING_WORDS) | s.str.startswith(("incom", "receiv"))
    result = pd.Series("", index=values.index, dtype="object")
    result[out] = "out"
    result[inc & ~out] = "in"
    return result


def with_categories(connections: pd.DataFrame) -> pd.DataFrame:
    """Connections with ``function``, ``seniority`` and ``is_recruiter`` columns.

    A frame that already has them is returned unchanged (so users and tests can
    bring their own categories); otherwise :func:`netlib.categorize` is run on
    ``position``.
    """
    if all(c in connections.columns for c in CATEGORY_COLUMNS):
        return connections
    from netlib.titles import categorize  # imported here: heavy, and optional for tests

    cats = categorize(column(connections, "position", ""))
    out = connections.copy()
    for c in CATEGORY_COLUMNS:
        if c not in out.columns:
            out[c] = cats[c].to_numpy()
    return out


def default_as_of(export) -> pd.Timestamp:
    """The latest date found in the export (never the clock), as UTC.

    Falls back to the Unix epoch for an archive without any dates, so results
    stay reproducible.
    """
    candidates = []
    for table, col in (
        ("messages", "sent_at"), ("invitations", "sent_at"),
        ("endorsements", "endorsed_at"), ("recommendations", "created_at"),
        ("connections", "connected_on"),
    ):
        df = getattr(export, table, None)
        if isinstance(df, pd.DataFrame) and col in df.columns and len(df):
            latest = to_utc(df[col]).max()
            if pd.notna(latest):
                candidates.append(latest)
    return max(candidates) if candidates else pd.Timestamp(0, tz="UTC")


def as_timestamp(as_of, export) -> pd.Timestamp:
    """``as_of`` as a UTC timestamp, defaulting to :func:`default_as_of`."""
    if as_of is None:
        return default_as_of(export)
    ts = pd.Timestamp(as_of)
    return ts.tz_localize("UTC") if ts.tz is None else ts.tz_convert("UTC")
