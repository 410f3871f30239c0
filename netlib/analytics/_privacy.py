"""Shareable copies: stable pseudonyms instead of people, and CSV safe in a spreadsheet."""

from __future__ import annotations

import dataclasses
import hashlib
import secrets
from pathlib import Path

import numpy as np
import pandas as pd

from ._common import Coded, column, combine, explode_people, full_names, name_key, text, url_key

__all__ = ["pseudonymize", "to_safe_csv"]

#: Per table, the (name column, URL column) pairs that identify a person.
_PEOPLE = {
    "connections": [("full_name", "profile_url")],
    "messages": [("sender", "sender_url")],
    "invitations": [("counterpart", "counterpart_url"), ("sender", "inviter_url"),
                    ("recipient", "invitee_url")],
    "endorsements": [("full_name", "profile_url")],
    "recommendations": [("full_name", None)],
    "profile": [("full_name", None)],
}
#: Comma-joined lists of people: (names column, URLs column).
_LISTS = {"messages": [("recipients", "recipient_urls")]}
#: Free text or contact details: blanked if in the schema, dropped otherwise.
_BLANK = ("email", "conversation_title", "headline")
_DROP = ("content", "subject", "message", "text", "emails", "phone", "phone_numbers",
         "address", "twitter", "website", "websites", "instant_messengers")
_ALPHABET = np.array(list("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))  # 32 unambiguous symbols
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _coded(values) -> Coded:
    return values if isinstance(values, Coded) else Coded.of(values)


def _people(df: pd.DataFrame, table: str) -> list:
    """Per (name column, URL column) pair of the table: the names and URLs, factorized once."""
    out = []
    for name_col, url_col in _PEOPLE.get(table, []):
        urls = column(df, url_col) if url_col else pd.Series(pd.NA, index=df.index)
        out.append((Coded.of(_names_of(df, name_col)), Coded.of(urls)))
    return out


class _Pseudonyms:
    """Keyed, vectorized person -> token mapping (SipHash-2-4 via pandas)."""

    def __init__(self, key: bytes):
        self.hash_key = hashlib.sha256(key).hexdigest()[:16]
        self.url_of_name: pd.Series = pd.Series(dtype="object")

    def learn(self, names, urls):
        """Remember which URL a name stands for, when the name has only one."""
        n, u = _coded(names), _coded(urls)
        _, (nc, uc) = combine(n.codes, u.codes)  # distinct pairs, in order of appearance
        pairs = pd.DataFrame({
            "n": name_key.distinct(pd.Series(n.values[nc], dtype="object")).to_numpy(),
            "u": url_key.distinct(pd.Series(u.values[uc], dtype="object")).to_numpy()})
        pairs = pairs[(pairs["n"] != "") & (pairs["u"] != "")].drop_duplicates()
        both = pd.concat([self.url_of_name.rename("u").rename_axis("n").reset_index(), pairs])
        both = both.drop_duplicates()  # one row per (name, URL): rows per name = URLs per name
        codes, names_seen = pd.factorize(both["n"].to_numpy(dtype=object))
        single = np.bincount(codes, minlength=len(names_seen)) == 1
        first = np.flatnonzero(~pd.Series(codes).duplicated().to_numpy())  # in code order
        self.url_of_name = pd.Series(both["u"].to_numpy(dtype=object)[first][single],
                                     index=pd.Index(np.asarray(names_seen, dtype=object)[single],
                                                    dtype="object"), dtype="object")

    def coded(self, names, urls) -> Coded:
        """An 8-symbol token per person ("" when neither name nor URL), as :class:`Coded`.

        Keys, identities and hashes are computed once per distinct (name, URL) pair.
        """
        n, u = _coded(names), _coded(urls)
        combo, (nc, uc) = combine(n.codes, u.codes)
        n = name_key.distinct(pd.Series(n.values[nc], dtype="object"))
        u = url_key.distinct(pd.Series(u.values[uc], dtype="object"))
        known = n.map(self.url_of_name).astype("object")
        identity = u.where(u != "", known.where(known.notna(), "name:" + n))
        identity = identity.where((u != "") | (n != ""), "").to_numpy(dtype=object)
        codes, uniques = pd.factorize(identity)
        h = pd.util.hash_array(np.asarray(uniques, dtype=object), hash_key=self.hash_key)
        digits = (h[:, None] >> np.arange(0, 40, 5, dtype=np.uint64)) & np.uint64(31)
        words = np.ascontiguousarray(_ALPHABET[digits.astype(int)]).view("<U8").ravel()
        words = words.astype(object)[codes] if len(uniques) else np.array([], dtype=object)
        return Coded(combo, np.where(identity != "", words, "").astype(object))

    def tokens(self, names: pd.Series, urls: pd.Series) -> pd.Series:
        """An 8-symbol token per person ("" when neither name nor URL)."""
        return pd.Series(self.coded(names, urls).dense(), index=names.index, dtype="object")


def _person(token: pd.Series, kind: str) -> pd.Series:
    prefix = "Person " if kind == "name" else "pseudo:"
    return (prefix + token).where(token != "", pd.NA)


def _names_of(df: pd.DataFrame, name_col: str) -> pd.Series:
    return full_names(df) if name_col == "full_name" else column(df, name_col)


def _apply_pairs(df: pd.DataFrame, table: str, p: _Pseudonyms, people: list) -> pd.DataFrame:
    for (name_col, url_col), (names, urls) in zip(_PEOPLE.get(table, []), people):
        tok = pd.Series(p.coded(names, urls).dense(), index=df.index, dtype="object")
        if name_col == "full_name":
            for c, value in (("first_name", "Person"), ("last_name", tok),
                             ("full_name", "Person " + tok)):
                if c in df.columns:
                    df[c] = pd.Series(value, index=df.index).where(tok != "", pd.NA)
        elif name_col in df.columns:
            df[name_col] = _person(tok, "name")
        if url_col and url_col in df.columns:
            df[url_col] = _person(tok, "url")
    for names_col, urls_col in _LISTS.get(table, []):
        if names_col in df.columns or urls_col in df.columns:
            names, urls = _pseudonymize_lists(column(df, names_col), column(df, urls_col), p)
            for c, values in ((names_col, names), (urls_col, urls)):
                if c in df.columns:
                    df[c] = values
    return df


def _join_rows(values: np.ndarray, rows: np.ndarray, n: int) -> pd.Series:
    """Join exploded strings back per row with ",": ``rows`` sorted, one or more per row."""
    out = np.full(n, pd.NA, dtype=object)
    if len(values) == 0:
        return pd.Series(out)
    starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
    last = np.r_[starts[1:] - 1, len(rows) - 1]
    with_comma = values + ","
    with_comma[last] = values[last]
    out[rows[starts]] = np.add.reduceat(with_comma, starts)
    return pd.Series(out)


def _pseudonymize_lists(names: pd.Series, urls: pd.Series, p: _Pseudonyms):
    """Comma-joined lists of people (message recipients), element by element.

    Each distinct (names, URLs) pair of lists is split and joined once.
    """
    n, u = Coded.of(names), Coded.of(urls)
    combo, (nc, uc) = combine(n.codes, u.codes)
    e = explode_people(pd.Series(n.values[nc], dtype="object"),
                       pd.Series(u.values[uc], dtype="object"))
    tok = p.tokens(e["name"], e["url"]).to_numpy(dtype=object)
    keep = tok != ""
    rows = e["row"].to_numpy()[keep]
    joined = [_join_rows(prefix + tok[keep], rows, len(nc)).to_numpy(dtype=object)
              for prefix in ("Person ", "pseudo:")]
    return (pd.Series(joined[0][combo]).set_axis(names.index),
            pd.Series(joined[1][combo]).set_axis(urls.index))


def _scrub(df: pd.DataFrame, table: str, p: _Pseudonyms, people: list) -> pd.DataFrame:
    df = df.drop(columns=[c for c in df.columns if c in _DROP]).copy()
    for c in _BLANK:
        if c in df.columns:
            df[c] = pd.Series(pd.NA, index=df.index, dtype="object")
    if "conversation_id" in df.columns:
        ids = Coded.of(df["conversation_id"]).map(text.distinct)
        no_urls = Coded(np.zeros(len(df), dtype=np.int64), np.array([""], dtype=object))
        tok = p.coded(ids, no_urls)
        df["conversation_id"] = pd.Series(("conv:" + tok.values)[tok.codes], index=df.index,
                                          dtype="object")
    df = _apply_pairs(df, table, p, people)
    handled = ({u for _, u in _PEOPLE.get(table, []) if u}
               | {u for _, u in _LISTS.get(table, [])} | set(_BLANK))
    leftover = [c for c in df.columns if c not in handled
                and ("url" in str(c).lower() or "email" in str(c).lower())]
    return df.drop(columns=leftover)


def _guess_table(df: pd.DataFrame) -> str:
    if "recipient_urls" in df.columns or "sender_url" in df.columns:
        return "messages"
    if "counterpart" in df.columns:
        return "invitations"
    return "connections"


def pseudonymize(data, *, key=None, seed: int | None = None):
    """Return a shareable copy with stable pseudonyms instead of people.

    Every person (connection, message sender or recipient, endorser, inviter,
    the owner) becomes ``"Person XXXXXXXX"``; profile URLs become
    ``"pseudo:XXXXXXXX"`` with the same token, so the analyses still match
    people across tables. Emails, conversation titles, headlines and any
    message, invitation or recommendation text are removed; companies,
    positions, dates and flags are kept. The same person gets the same
    pseudonym in every table, and in every run with the same ``key``/``seed``.

    Parameters
    ----------
    data : LinkedInExport or DataFrame
        A whole archive, or one table (connections, messages, ...).
    key : str or bytes, optional
        Secret that makes pseudonyms stable across runs; keep it to yourself.
    seed : int, optional
        A simpler stand-in for ``key`` (e.g. for workshops).
        With neither, a random key is drawn: pseudonyms are stable within
        the call only.

    Returns
    -------
    LinkedInExport or DataFrame
        Same type as ``data``; the input is not modified.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"full_name": ["Ada Byron"], "email": ["ada@example.com"],
    ...                   "profile_url": ["https://www.linkedin.com/in/ada"],
    ...                   "company": ["Acme"]})
    >>> a, b = pseudonymize(c, seed=1), pseudonymize(c, seed=1)
    >>> a.loc[0, "full_name"] == b.loc[0, "full_name"], a.loc[0, "full_name"].startswith("Person ")
    (True, True)
    >>> a.loc[0, "company"], pd.isna(a.loc[0, "email"]), a.loc[0, "profile_url"][:7]
    ('Acme', True, 'pseudo:')
    """
    if key is None:
        key = f"seed:{seed}" if seed is not None else secrets.token_hex(16)
    p = _Pseudonyms(key.encode() if isinstance(key, str) else bytes(key))
    if isinstance(data, pd.DataFrame):
        table = _guess_table(data)
        people = _people(data, table)
        for (name_col, url_col), (names, urls) in zip(_PEOPLE[table], people):
            if url_col and url_col in data.columns:
                p.learn(names, urls)
        return _scrub(data, table, p, people)
    tables = {name: getattr(data, name) for name in _PEOPLE if hasattr(data, name)}
    people = {name: _people(df, name) for name, df in tables.items()}
    for name, df in tables.items():
        for (name_col, url_col), (names, urls) in zip(_PEOPLE[name], people[name]):
            if url_col and url_col in df.columns:
                p.learn(names, urls)
    p.learn(pd.Series([data.owner_name or ""]), pd.Series([data.owner_url or ""]))
    new = {name: _scrub(df, name, p, people[name]) for name, df in tables.items()}
    owner = p.tokens(pd.Series([data.owner_name or ""]), pd.Series([data.owner_url or ""]))
    new["owner_name"] = None if owner.iloc[0] == "" or not data.owner_name \
        else "Person " + owner.iloc[0]
    new["owner_url"] = None if owner.iloc[0] == "" or not data.owner_url \
        else "pseudo:" + owner.iloc[0]
    return dataclasses.replace(data, **new)


def _starts_formula(values) -> np.ndarray:
    return np.fromiter((isinstance(v, str) and v.startswith(_FORMULA_START) for v in values),
                       dtype=bool, count=len(values))


def _risky(values: np.ndarray) -> np.ndarray:
    """Cells that a spreadsheet would run as a formula, checked once per distinct value."""
    try:
        codes, uniques = pd.factorize(values)
    except TypeError:  # unhashable cells (lists, dicts): check every cell
        return _starts_formula(values)
    return np.append(_starts_formula(uniques), False)[codes]  # missing (-1): never risky


def to_safe_csv(df: pd.DataFrame, path, *, index: bool = False, **to_csv_kwargs) -> Path:
    """Write a table as CSV that is safe to open in a spreadsheet.

    Text cells (and column names) starting with ``=``, ``+``, ``-``, ``@``, a
    tab or a carriage return get a leading ``'`` so that Excel, LibreOffice or
    Google Sheets show them as text instead of running them as formulas.
    Numbers are written as numbers.

    Parameters
    ----------
    df : DataFrame
    path : str or Path
    index : bool, default False
        Write the index too (as escaped text columns).
    **to_csv_kwargs
        Passed to :meth:`pandas.DataFrame.to_csv`.

    Returns
    -------
    Path
        The file written.

    Examples
    --------
    >>> import pandas as pd, tempfile, os
    >>> df = pd.DataFrame({"name": ["=HYPERLINK(\\"x\\")", "Ada", "-2+3"], "n": [-1, 2, 3]})
    >>> path = to_safe_csv(df, os.path.join(tempfile.mkdtemp(), "list.csv"))
    >>> print(path.read_text())
    name,n
    "'=HYPERLINK(""x"")",-1
    Ada,2
    '-2+3,3
    <BLANKLINE>
    """
    out = df.reset_index() if index else df.copy()
    for c in out.columns:
        if out[c].dtype == object or pd.api.types.is_string_dtype(out[c].dtype):
            values = out[c].astype("object")
            risky = _risky(values.to_numpy(dtype=object))
            out[c] = values.where(~risky, "'" + values.astype(str)) if risky.any() else values
    out.columns = [("'" + str(c)) if str(c).startswith(_FORMULA_START) else c
                   for c in out.columns]
    path = Path(path)
    # RFC 4180 line ends, so that cells holding a CR or LF are quoted
    to_csv_kwargs.setdefault("lineterminator", "\r\n")
    out.to_csv(path, index=False, **to_csv_kwargs)
    return path
