"""One key per company however it is spelled: ``Acme Inc.``, ``ACME``, ``Acme, Inc.``."""

from __future__ import annotations

import re

import pandas as pd

from ._common import per_unique

__all__ = ["LEGAL_SUFFIXES", "normalize_company"]

#: Legal-form words dropped at the end of a company name (after lower-casing and
#: removing dots, so ``S.A.`` is ``sa``). Edit or extend to taste.
LEGAL_SUFFIXES = (
    "inc", "incorporated", "llc", "llp", "lp", "ltd", "limited", "corp", "corporation",
    "co", "company", "plc", "gmbh", "mbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa",
    "bv", "nv", "oy", "ab", "as", "aps", "pty", "pvt", "private", "pte", "kk", "sl",
    "group", "holding", "holdings",
)

_SUFFIX_RE = re.compile(r"(?:\s(?:" + "|".join(LEGAL_SUFFIXES) + r"))+$")
# the same words as typed, with optional dots between letters ("S.A.", "Inc.")
_TYPED_SUFFIX_RE = re.compile(
    r"(?i)(?:[\s,]+(?:" + "|".join(r"\.?".join(w) for w in LEGAL_SUFFIXES) + r")\.?)+$"
)


@per_unique
def _keys(names: pd.Series) -> pd.Series:
    s = names.str.strip().str.normalize("NFKD").str.encode("ascii", "ignore").str.decode("ascii")
    s = s.str.casefold().str.replace("&", " and ", regex=False)
    s = s.str.replace(r"(?<=\b\w)\.(?=\w\b)", "", regex=True)  # s.a. -> sa.
    s = s.str.replace(".", "", regex=False).str.replace(r"[^\w\s]|_", " ", regex=True)
    s = s.str.replace(r"\s+", " ", regex=True).str.strip()
    s = s.str.replace(r"^the\s", "", regex=True)
    stripped = s.str.replace(_SUFFIX_RE, "", regex=True).str.strip()
    # a name made only of suffix words ("The Company") keeps its words
    return stripped.where(stripped != "", s)


@per_unique
def _trimmed(names: pd.Series) -> pd.Series:
    """A spelling without its legal form: ``"Acme, Inc."`` -> ``"Acme"``."""
    original = names.str.strip()
    trimmed = original.str.replace(r"[\s,]+$", "", regex=True)
    trimmed = trimmed.str.replace(_TYPED_SUFFIX_RE, "", regex=True).str.strip(" ,")
    return trimmed.where(trimmed != "", original)


def _display_names(names: pd.Series, keys: pd.Series) -> pd.Series:
    """Per key, the most common spelling (legal suffix trimmed), preferring mixed case."""
    trimmed = _trimmed(names)
    frame = pd.DataFrame({"key": keys, "display": trimmed})
    frame = frame[frame["key"] != ""]
    if frame.empty:
        return pd.Series("", index=names.index, dtype="object")
    counts = frame.groupby(["key", "display"], sort=False).size().rename("n").reset_index()
    counts["mixed"] = ~(counts["display"].str.isupper() | counts["display"].str.islower())
    best = counts.sort_values(["n", "mixed"], ascending=False, kind="stable")
    best = best.drop_duplicates("key").set_index("key")["display"]
    return keys.map(best).fillna("").astype("object")


def normalize_company(companies, aliases: dict | None = None) -> pd.DataFrame:
    """Give every company spelling one matching key and a readable display name.

    Steps: accents and case folded, ``&`` read as ``and``, punctuation removed,
    a leading "The" and trailing legal forms (:data:`LEGAL_SUFFIXES`: Inc., LLC,
    Ltd, GmbH, S.A., ...) dropped. The display name is the most common original
    spelling of the key, without its legal form, preferring mixed case
    (``Acme`` over ``ACME``).

    Parameters
    ----------
    companies : Series or list of str
        Company names as typed by people; missing values are allowed.
    aliases : dict, optional
        Extra equivalences, ``{"spelling": "canonical name"}``, applied before
        the keys are computed (e.g. ``{"IBM": "International Business Machines"}``).

    Returns
    -------
    DataFrame
        Aligned with the input index: ``company`` (as given), ``company_key``
        (``""`` when no name) and ``company_display``.

    Examples
    --------
    >>> out = normalize_company(["Acme Inc.", "ACME", "Acme, Inc.", "Globex GmbH", None])
    >>> out["company_key"].tolist()
    ['acme', 'acme', 'acme', 'globex', '']
    >>> out["company_display"].tolist()
    ['Acme', 'Acme', 'Acme', 'Globex', '']
    >>> normalize_company(["IBM", "International Business Machines Corp."],
    ...                   aliases={"IBM": "International Business Machines"})["company_key"].nunique()
    1
    """
    names = companies if isinstance(companies, pd.Series) else pd.Series(companies, dtype="object")
    source = names
    if aliases:
        alias_keys = _keys(pd.Series(list(aliases), dtype="object"))
        table = dict(zip(alias_keys, aliases.values()))
        raw_keys = _keys(names)
        source = raw_keys.map(table).where(raw_keys.isin(table.keys()), names)
    keys = _keys(source)
    return pd.DataFrame({
        "company": names.astype("object"),
        "company_key": keys.astype("object"),
        "company_display": _display_names(source, keys),
    }, index=names.index)
