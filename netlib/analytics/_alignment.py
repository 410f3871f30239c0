"""How well each contact fits the strategy, why, and where the network falls short."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ._categories import categorize_contacts
from ._common import (Coded, column, combine, connections_of, full_names, name_key, text,
                      url_key)
from ._companies import normalize_company
from ._strategy import load_strategy

__all__ = ["alignment", "gap_analysis"]

_HAYSTACK = ("position", "company", "headline", "industry")


def _word_pattern(words, capture: bool = True) -> str:
    group = "(" if capture else "(?:"
    return r"(?i)\b" + group + "|".join(re.escape(w) for w in words) + r")\b"


def _haystack(df: pd.DataFrame) -> Coded:
    """``position | company | headline | industry``, built once per distinct combination."""
    cols = [Coded.of(df[c]) for c in _HAYSTACK if c in df.columns]
    if not cols:
        return Coded(np.zeros(len(df), dtype=np.int64), np.array([""], dtype=object))
    combo, parts = combine(*[c.codes for c in cols])
    values = [text.distinct(pd.Series(c.values[p])) for c, p in zip(cols, parts)]
    out = values[0]
    for v in values[1:]:
        out = out + " | " + v
    return Coded(combo, out.to_numpy(dtype=object))


def _always_keep(df: pd.DataFrame, entries, names: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Rows on the always-keep list, and the entries that matched nobody."""
    entries = pd.Series(list(entries), dtype="object")
    is_url = entries.str.contains("linkedin.com/", regex=False)
    urls, keys = url_key(entries[is_url]), name_key(entries[~is_url])
    row_urls = Coded.of(column(df, "profile_url")).map(url_key.distinct)
    row_names = Coded.of(names).map(name_key.distinct)
    keep = (pd.Index(row_urls.values).isin(set(urls) - {""})[row_urls.codes]
            | pd.Index(row_names.values).isin(set(keys) - {""})[row_names.codes])
    present_urls, present_names = set(row_urls.dense()), set(row_names.dense())
    found = pd.concat([urls.isin(present_urls), keys.isin(present_names)]).sort_index()
    return keep, entries[~found.to_numpy()].tolist()


class _Criterion:
    """One criterion per distinct value: met?, reason if met, reason if not; rows as codes."""

    def __init__(self, codes, met, yes, no):
        self.codes = codes
        self.met = np.asarray(met, dtype=bool)
        self.yes = np.asarray(yes, dtype=object)
        self.no = np.broadcast_to(np.asarray(no, dtype=object), self.met.shape)

    def rows(self) -> np.ndarray:
        return self.met[self.codes]


def _criteria(df: pd.DataFrame, s, notes) -> dict:
    """{criterion: _Criterion} for the criteria the strategy sets."""
    out = {}
    if s.functions:
        f = Coded.of(df["function"]).map(text.distinct)
        v = pd.Series(f.values, dtype="object")
        out["function"] = _Criterion(f.codes, v.isin(s.functions),
                                     "works in " + v + " (target function)",
                                     "function " + v.replace("", "Unknown") + " is not a target")
    if s.seniorities:
        f = Coded.of(df["seniority"]).map(text.distinct)
        v = pd.Series(f.values, dtype="object")
        out["seniority"] = _Criterion(f.codes, v.isin(s.seniorities),
                                      "is " + v + " level (target seniority)",
                                      "seniority " + v.replace("", "Unknown") + " is not a target")
    if s.companies:
        comp = normalize_company(column(df, "company"))
        targets = set(normalize_company(list(s.companies))["company_key"]) - {""}
        codes, first = pd.factorize(comp["company_key"].to_numpy(dtype=object))
        # the display name is the same for every row of a key: take the first
        display = comp["company_display"].to_numpy(dtype=object)[
            pd.Series(np.arange(len(codes))).groupby(codes).first().to_numpy()]
        out["company"] = _Criterion(codes, pd.Index(first).isin(targets),
                                    "works at " + pd.Series(display, dtype="object")
                                    + " (target company)", "not at a target company")
    if s.keywords:
        hay = _haystack(df)
        found = pd.Series(hay.values, dtype="object").str.extract(
            _word_pattern(s.keywords), expand=False)
        out["keyword"] = _Criterion(hay.codes, found.notna(),
                                    "mentions '" + found.fillna("").str.lower() + "'",
                                    "no target keyword")
    if s.locations:
        if "location" not in df.columns:
            notes.append("The strategy lists locations but the contacts have no location "
                         "column: locations were left out of the score.")
        else:
            place = Coded.of(df["location"]).map(text.distinct)
            v = pd.Series(place.values, dtype="object")
            found = v.str.extract(_word_pattern(s.locations), expand=False)
            out["location"] = _Criterion(place.codes, found.notna(),
                                         "based in " + v + " (target location)",
                                         "not in a target location")
    return out


def _join(parts: list[pd.Series], index) -> pd.Series:
    if not parts:
        return pd.Series("", index=index, dtype="object")
    out = parts[0]
    for p in parts[1:]:
        out = out + "; " + p
    return out.str.replace(r"(; )+", "; ", regex=True).str.strip("; ")


def _reasons(crit: dict, keep: np.ndarray) -> np.ndarray:
    """The plain-language reasons per row, written once per distinct combination."""
    combo, parts = combine(*[c.codes for c in crit.values()], keep.astype(np.int64))
    *parts, keep = parts
    index = pd.RangeIndex(len(keep))
    met = [pd.Series(c.met[p], index=index) for c, p in zip(crit.values(), parts)]
    yes = _join([pd.Series(c.yes[p], index=index).where(m, "")
                 for c, p, m in zip(crit.values(), parts, met)], index)
    no = _join([pd.Series(c.no[p], index=index).where(~m, "")
                for c, p, m in zip(crit.values(), parts, met)], index)
    reasons = yes.where(yes != "", ("no target met: " + no).str.rstrip(": "))
    reasons = reasons.where(keep == 0, ("on your always-keep list; " + reasons).str.rstrip("; "))
    return reasons.to_numpy(dtype=object)[combo]


def _counts(values) -> dict:
    """{stripped text: number of rows}, counted on codes."""
    coded = Coded.of(values)
    counts = np.bincount(coded.codes, minlength=len(coded.values))
    out: dict = {}
    for value, n in zip(text.distinct(pd.Series(coded.values)), counts):
        out[value] = out.get(value, 0) + int(n)
    return out


def _count_matching(coded: Coded, word: str) -> int:
    """Rows whose text holds ``word`` as a whole word (searched once per distinct text)."""
    hit = pd.Series(coded.values, dtype="object").str.contains(_word_pattern([word], False))
    return int(np.bincount(coded.codes, minlength=len(coded.values))[hit.to_numpy(bool)].sum())


def alignment(connections, strategy) -> pd.DataFrame:
    """Score every contact against a strategy, with the reasons in plain language.

    The score is the weighted share of the strategy's criteria the contact
    meets: ``sum(weight[c] * met[c]) / sum(weight[c])`` over the criteria the
    strategy sets (function, seniority, company, keyword, location; weights in
    ``strategy.weights``). A contact is aligned from ``strategy.aligned_at``,
    or when on the always-keep list.

    Parameters
    ----------
    connections : DataFrame or LinkedInExport
        Connections; categorized with :func:`netlib.categorize` unless they
        already have ``function``, ``seniority`` and ``is_recruiter``.
    strategy : Strategy, dict or path
        See :func:`load_strategy`.

    Returns
    -------
    DataFrame
        Same index as the connections: ``profile_url``, ``full_name``,
        ``company``, ``position``, ``function``, ``seniority``,
        ``is_recruiter``, one ``match_<criterion>`` column per criterion,
        ``alignment`` (0-1), ``always_keep``, ``aligned`` and ``reasons``.
        ``.attrs``: ``share_aligned``, ``gaps`` (see :func:`gap_analysis`),
        ``notes``, ``goal`` and ``strategy`` (the :class:`Strategy` used).

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"full_name": ["Ada Byron", "Bob Stone"],
    ...                   "company": ["Acme Inc.", "Globex"],
    ...                   "position": ["Retail Marketing Director", "Orthodontist"],
    ...                   "function": ["Marketing", "Healthcare Services"],
    ...                   "seniority": ["Director", "Senior"], "is_recruiter": False})
    >>> a = alignment(c, {"functions": ["Marketing"], "keywords": ["retail"]})
    >>> a["alignment"].tolist(), a.attrs["share_aligned"]
    ([1.0, 0.0], 0.5)
    >>> a.loc[0, "reasons"]
    "works in Marketing (target function); mentions 'retail'"
    >>> a.loc[1, "reasons"]
    'no target met: function Healthcare Services is not a target; no target keyword'
    """
    s = load_strategy(strategy)
    df = categorize_contacts(connections)
    notes: list[str] = []
    crit = _criteria(df, s, notes)
    total = sum(s.weights[c] for c in crit)
    score = np.zeros(len(df))
    for c, criterion in crit.items():
        score = score + s.weights[c] * criterion.rows().astype(float)
    score = score / total if total > 0 else score
    if not crit:
        notes.append("The strategy sets no criteria: nobody is aligned except the "
                     "always-keep list.")
    names = full_names(df)
    keep, missing = _always_keep(df, s.always_keep, names)
    if missing:
        notes.append(f"Always-keep entries that match no connection: {', '.join(missing)}.")
    out = pd.DataFrame({
        "profile_url": column(df, "profile_url"), "full_name": names,
        "company": column(df, "company"), "position": column(df, "position"),
        "function": df["function"], "seniority": df["seniority"],
        "is_recruiter": df["is_recruiter"],
        **{f"match_{c}": criterion.rows() for c, criterion in crit.items()},
        "alignment": score, "always_keep": keep,
        "aligned": (score >= s.aligned_at) & (total > 0) | keep,
        "reasons": pd.Series(_reasons(crit, keep), index=df.index, dtype="object"),
    }, index=df.index)
    out.attrs.update({"share_aligned": float(out["aligned"].mean()) if len(out) else 0.0,
                      "notes": notes, "goal": s.goal, "strategy": s})
    out.attrs["gaps"] = gap_analysis(out, s)
    return out


def alignment_of(connections, strategy, precomputed=None) -> pd.DataFrame:
    """``precomputed`` (an :func:`alignment` table for this strategy) if given, else compute it.

    Lets :func:`netlib.triage` and :func:`netlib.give_first` reuse one
    alignment table in a notebook.
    """
    if precomputed is None:
        return alignment(connections, strategy)
    conns = connections_of(connections)
    if not isinstance(precomputed, pd.DataFrame) or not precomputed.index.equals(conns.index) \
            or not {"aligned", "always_keep", "reasons"} <= set(precomputed.columns):
        raise ValueError("alignment= must be the table netlib.alignment(export, strategy) "
                         "returned for these connections (same index, with 'aligned', "
                         "'always_keep' and 'reasons' columns)")
    used = precomputed.attrs.get("strategy")
    if used is not None and used != load_strategy(strategy):
        raise ValueError("alignment= was computed for another strategy: pass the same "
                         "strategy, or let the function compute the alignment")
    return precomputed


def gap_analysis(connections, strategy) -> pd.DataFrame:
    """Which target categories are under-represented in the network.

    Parameters
    ----------
    connections : DataFrame or LinkedInExport
        Connections (or the output of :func:`alignment`).
    strategy : Strategy, dict or path

    Returns
    -------
    DataFrame
        One row per target: ``criterion``, ``target``, ``n`` contacts,
        ``share`` of the network, ``gap`` (share below ``strategy.min_share``)
        and ``advice``; gaps first, smallest share first.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"function": ["Sales"] * 19 + ["Marketing"],
    ...                   "seniority": "Senior", "is_recruiter": False})
    >>> g = gap_analysis(c, {"functions": ["Marketing", "Sales"], "min_share": 0.1})
    >>> g[["target", "n", "gap"]].values.tolist()
    [['Marketing', 1, True], ['Sales', 19, False]]
    """
    s = load_strategy(strategy)
    df = categorize_contacts(connections)
    n = max(len(df), 1)
    rows = []
    function = _counts(df["function"]) if s.functions else {}
    seniority = _counts(df["seniority"]) if s.seniorities else {}
    for target in s.functions:
        rows.append(("function", target, function.get(target, 0)))
    for target in s.seniorities:
        rows.append(("seniority", target, seniority.get(target, 0)))
    if s.companies:
        keys = _counts(normalize_company(column(df, "company"))["company_key"])
        targets = normalize_company(list(s.companies))["company_key"]
        rows += [("company", t, keys.get(k, 0)) for t, k in zip(s.companies, targets)]
    if s.keywords:
        haystack = _haystack(df)
        rows += [("keyword", t, _count_matching(haystack, t)) for t in s.keywords]
    if s.locations and "location" in df.columns:
        place = Coded.of(df["location"]).map(text.distinct)
        rows += [("location", t, _count_matching(place, t)) for t in s.locations]
    out = pd.DataFrame(rows, columns=["criterion", "target", "n"])
    out["share"] = out["n"] / n
    out["gap"] = out["share"] < s.min_share
    out["advice"] = np.where(
        out["gap"],
        "only " + (out["share"] * 100).round(1).astype(str) + "% of your network ("
        + out["n"].astype(str) + ") is " + out["target"] + ", under the "
        + f"{s.min_share:.0%} you aim at: seek out and connect with peers there",
        out["n"].astype(str) + " contacts (" + (out["share"] * 100).round(1).astype(str)
        + "%): well covered, cultivate them")
    return out.sort_values(["gap", "share"], ascending=[False, True],
                           kind="stable").reset_index(drop=True)
