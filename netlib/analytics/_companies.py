"""One key per company however it is spelled: ``Acme Inc.``, ``ACME``, ``Acme, Inc.``."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ._common import Coded, per_unique

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


def _display_names(names: Coded, keys: np.ndarray) -> np.ndarray:
    """Per key, the most common spelling (legal suffix trimmed), preferring mixed case.

    ``names`` are the spellings as codes, ``keys`` the key of each distinct
    spelling; spellings are counted per distinct value, not per row.
    """
    trimmed = _trimmed.distinct(pd.Series(names.values, dtype="object")).to_numpy(dtype=object)
    frame = pd.DataFrame({"key": keys, "display": trimmed,
                          "n": np.bincount(names.codes, minlength=len(names.values))})
    frame = frame[(frame["key"] != "") & (frame["n"] > 0)]
    if frame.empty:
        return np.full(len(names.codes), "", dtype=object)
    counts = frame.groupby(["key", "display"], sort=False)["n"].sum().reset_index()
    counts["mixed"] = ~(counts["display"].str.isupper() | counts["display"].str.islower())
    best = counts.sort_values(["n", "mixed"], ascending=False, kind="stable")
    best = best.drop_duplicates("key").set_index("key")["display"]
    return pd.Series(keys).map(best).fillna("").to_numpy(dtype=object)[names.codes]


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
    source = Coded.of(names)
    if aliases:
        alias_keys = _keys(pd.Series(list(aliases), dtype="object"))
        table = dict(zip(alias_keys, aliases.values()))
        raw_keys = pd.Series(_keys.distinct(pd.Series(source.values)).to_numpy(dtype=object))
        # an alias replaces the spelling; a missing name stays missing
        values = pd.Series(source.values, dtype="object").mask(source.values == "", None)
        source = Coded.of(raw_keys.map(table).where(raw_keys.isin(table.keys()), values)
                          .to_numpy(dtype=object)[source.codes])
    keys = _keys.distinct(pd.Series(source.values, dtype="object")).to_numpy(dtype=object)
    return pd.DataFrame({
        "company": names.astype("object"),
        "company_key": pd.Series(keys[source.codes], index=names.index, dtype="object"),
        "company_display": pd.Series(_display_names(source, keys), index=names.index,
                                     dtype="object"),
    }, index=names.index)
