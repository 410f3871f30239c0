"""Small helpers shared by the analytics modules (private).

Getting the connections table out of whatever the user passed, turning
dates into UTC timestamps, normalizing person names for matching, reading the
``direction`` columns of the export. String work runs once per distinct value: :class:`Coded`
(a column as codes into its distinct values), :func:`combine` (distinct
combinations of several columns) and :func:`expand` (items of distinct
values spread back to the rows).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

import numpy as np
import pandas as pd

__all__ = []

#: Words that mean "from the archive owner" / "to the archive owner" in the
#: ``direction`` columns of the export tables (compared in lower case).
OUTGOING_WORDS = ("outgoing", "out", "sent", "given", "giver")
INCOMING_WORDS = ("incoming", "in", "received", "receiver")

#: Columns that :func:`netlib.categorize` provides and the analytics read
#: (added by :func:`netlib.analytics.categorize_contacts` when missing).
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


class Coded:
    """A column as integer ``codes`` into its distinct ``values``.

    String work then runs once per distinct value (``map``) and is spread
    back to the rows by indexing (``dense``). Missing values are coded as
    ``""``; other values as ``str(value)``. ``values`` may hold repeats (after
    a ``map``, or for a :meth:`where`), which is harmless.

    Examples
    --------
    >>> c = Coded.of(pd.Series([" a", "b", None, " a"]))
    >>> c.codes.tolist(), c.values.tolist()
    ([0, 1, 2, 0], [' a', 'b', ''])
    >>> c.map(lambda s: s.str.strip()).dense().tolist()
    ['a', 'b', '', 'a']
    """

    __slots__ = ("codes", "values")

    def __init__(self, codes: np.ndarray, values: np.ndarray):
        self.codes, self.values = codes, values

    @classmethod
    def of(cls, values) -> "Coded":
        """Factorize a Series, array or list (``NA``/``None``/``NaN`` -> ``""``)."""
        if isinstance(values, pd.Series):
            values = values.to_numpy(dtype=object)
        codes, uniques = pd.factorize(np.asarray(values, dtype=object))
        distinct = np.empty(len(uniques) + 1, dtype=object)
        distinct[:-1] = [v if type(v) is str else str(v) for v in uniques]
        distinct[-1] = ""
        return cls(np.where(codes < 0, len(uniques), codes), distinct)

    def map(self, func) -> "Coded":
        """Apply ``func`` (Series of distinct str -> Series or array) to the values."""
        return Coded(self.codes, np.asarray(func(pd.Series(self.values, dtype="object"))))

    def dense(self) -> np.ndarray:
        """One value per row."""
        return self.values[self.codes]

    def take(self, rows) -> "Coded":
        """The rows selected by a boolean mask or positions."""
        return Coded(self.codes[rows], self.values)

    def where(self, cond, other: "Coded") -> "Coded":
        """Row-wise ``self`` where ``cond``, else ``other`` (same length)."""
        return Coded(np.where(cond, self.codes, other.codes + len(self.values)),
                     np.concatenate([self.values, other.values]))


def combine(*codes: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
    """Codes of the distinct combinations of several code arrays (of equal length).

    Returns ``(combo, parts)``: ``combo`` per row, and per input the code of
    each distinct combination, so that ``parts[i][combo] == codes[i]``.
    """
    combo = np.zeros(len(codes[0]), dtype=np.int64)
    parts: list[np.ndarray] = []
    for c in codes:
        base = int(c.max(initial=0)) + 1
        combo, distinct = pd.factorize(combo * base + c)
        distinct = np.asarray(distinct, dtype=np.int64)
        parts = [p[distinct // base] for p in parts] + [distinct % base]
    return combo, parts


def expand(codes: np.ndarray, owner: np.ndarray, n_distinct: int):
    """Spread items of distinct values back to rows, in row order.

    ``owner`` gives, for items listed grouped by distinct value, the value
    each belongs to. Returns ``(row, item)``: for every row, one entry per
    item of the row's distinct value (``codes[row]``), in item order.
    """
    counts = np.bincount(owner, minlength=n_distinct)
    starts = np.cumsum(counts) - counts
    per_row = counts[codes]
    row = np.repeat(np.arange(len(codes)), per_row)
    first = np.cumsum(per_row) - per_row
    item = np.repeat(starts[codes] - first, per_row) + np.arange(int(per_row.sum()))
    return row, item


def per_unique(func):
    """Run a string transform on the distinct values only, then spread the results.

    Names and URLs repeat a lot (the owner is in every message), so this turns
    100,000-row string work into work on the few thousand distinct values.
    Missing values are given ``func("")``. The result has dtype ``object``.
    The transform itself stays available as ``.distinct`` (for :meth:`Coded.map`).
    """

    @functools.wraps(func)
    def wrapper(values) -> pd.Series:
        index = values.index if isinstance(values, pd.Series) else None
        mapped = Coded.of(values).map(func).dense()
        return pd.Series(mapped, index=index, dtype="object")

    wrapper.distinct = func
    return wrapper


@per_unique
def text(values: pd.Series) -> pd.Series:
    """Strings with missing values as ``""``, stripped, as plain ``object`` dtype."""
    return pd.Series([v.strip() for v in values], index=values.index, dtype="object")


_PUNCTUATION = re.compile(r"[^\w\s]")
_QUERY = re.compile(r"[?#].*$")


@functools.lru_cache(maxsize=2**18)  # the same names come back in every table
def _name_key(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return " ".join(_PUNCTUATION.sub(" ", ascii_name.casefold()).split())


@per_unique
def name_key(names: pd.Series) -> pd.Series:
    """Normalize person names for matching: accents, case, punctuation, spaces.

    Empty names give ``""`` (never matched). Runs once per distinct name.
    """
    return pd.Series([_name_key(n) for n in names], index=names.index, dtype="object")


@functools.lru_cache(maxsize=2**18)
def _url_key(url: str) -> str:
    return _QUERY.sub("", url.strip().casefold()).rstrip("/")


@per_unique
def url_key(urls: pd.Series) -> pd.Series:
    """Profile URLs compared without case, query or trailing slash; ``""`` if none."""
    return pd.Series([_url_key(u) for u in urls], index=urls.index, dtype="object")


@per_unique
def first_item(lists: pd.Series) -> pd.Series:
    """The first element of comma-joined lists (``"a,b"`` -> ``"a"``)."""
    return pd.Series([v.split(",", 1)[0].strip() for v in lists], index=lists.index,
                     dtype="object")


def explode_people(names: pd.Series, urls: pd.Series) -> pd.DataFrame:
    """One row per person of comma-joined name and URL lists, with its source ``row``.

    Names and URLs are paired by position; where the two lists of a row differ
    in length (a name holding a comma), the URLs are kept and the names dropped.
    """
    ul = [u.split(",") for u in text(urls)]
    nl = [n if len(n) == len(u) else [""] * len(u)
          for u, n in zip(ul, (n.split(",") for n in text(names)))]
    flat = lambda lists: pd.Series(list(itertools.chain.from_iterable(lists)),  # noqa: E731
                                   dtype="object")
    return pd.DataFrame({"row": np.repeat(np.arange(len(ul)), [len(u) for u in ul]),
                         "url": flat(ul), "name": flat(nl)})


def full_names(df: pd.DataFrame) -> pd.Series:
    """``full_name``, or first and last names joined when it is missing."""
    full = text(column(df, "full_name")).to_numpy(dtype=object, copy=True)
    missing = full == ""
    if missing.any():
        part = df[missing]
        joined = (text(column(part, "first_name")) + " "
                  + text(column(part, "last_name"))).str.strip()
        full[missing] = joined.to_numpy(dtype=object)
    return pd.Series(full, index=df.index, dtype="object")


@per_unique
def direction_of(values: pd.Series) -> pd.Series:
    """Map a ``direction`` column to ``"out"``, ``"in"`` or ``""`` (unknown)."""
    s = values.str.strip().str.casefold()
    out = s.isin(OUTGOING_WORDS) | s.str.startswith(("outgo", "sent", "given"))
    inc = s.isin(INCOMING_WORDS) | s.str.startswith(("incom", "receiv"))
    return pd.Series(np.select([out, inc], ["out", "in"], ""), index=values.index)


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
