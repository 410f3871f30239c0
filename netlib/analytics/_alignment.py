"""How well each contact fits the strategy, why, and where the network falls short."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ._common import column, connections_of, full_names, name_key, text, url_key, with_categories
from ._companies import normalize_company
from ._strategy import load_strategy

__all__ = ["alignment", "gap_analysis"]

_HAYSTACK = ("position", "company", "headline", "industry")


def _word_pattern(words, capture: bool = True) -> str:
    group = "(" if capture else "(?:"
    return r"(?i)\b" + group + "|".join(re.escape(w) for w in words) + r")\b"


def _haystack(df: pd.DataFrame) -> pd.Series:
    parts = [text(df[c]) for c in _HAYSTACK if c in df.columns]
    if not parts:
        return pd.Series("", index=df.index, dtype="object")
    out = parts[0]
    for p in parts[1:]:
        out = out + " | " + p
    return out


def _always_keep(df: pd.DataFrame, entries) -> tuple[pd.Series, list[str]]:
    """Rows on the always-keep list, and the entries that matched nobody."""
    entries = pd.Series(list(entries), dtype="object")
    is_url = entries.str.contains("linkedin.com/", regex=False)
    urls, names = url_key(entries[is_url]), name_key(entries[~is_url])
    row_urls, row_names = url_key(column(df, "profile_url")), name_key(full_names(df))
    keep = row_urls.isin(set(urls) - {""}) | row_names.isin(set(names) - {""})
    found = pd.concat([urls.isin(set(row_urls)), names.isin(set(row_names))]).sort_index()
    return keep, entries[~found.to_numpy()].tolist()


def _criteria(df: pd.DataFrame, s, notes) -> dict:
    """{criterion: (match mask, reason if matched, reason if not)} for the criteria set."""
    out = {}
    function, seniority = text(df["function"]), text(df["seniority"])
    if s.functions:
        out["function"] = (function.isin(s.functions),
                           "works in " + function + " (target function)",
                           "function " + function.replace("", "Unknown") + " is not a target")
    if s.seniorities:
        out["seniority"] = (seniority.isin(s.seniorities),
                            "is " + seniority + " level (target seniority)",
                            "seniority " + seniority.replace("", "Unknown") + " is not a target")
    if s.companies:
        comp = normalize_company(column(df, "company"))
        targets = set(normalize_company(list(s.companies))["company_key"]) - {""}
        out["company"] = (comp["company_key"].isin(targets),
                          "works at " + comp["company_display"] + " (target company)",
                          pd.Series("not at a target company", index=df.index))
    if s.keywords:
        found = _haystack(df).str.extract(_word_pattern(s.keywords), expand=False)
        out["keyword"] = (found.notna(),
                          "mentions '" + found.fillna("").str.lower() + "'",
                          pd.Series("no target keyword", index=df.index))
    if s.locations:
        if "location" not in df.columns:
            notes.append("The strategy lists locations but the contacts have no location "
                         "column: locations were left out of the score.")
        else:
            place = text(df["location"])
            found = place.str.extract(_word_pattern(s.locations), expand=False)
            out["location"] = (found.notna(), "based in " + place + " (target location)",
                               pd.Series("not in a target location", index=df.index))
    return out


def _join(parts: list[pd.Series], index) -> pd.Series:
    if not parts:
        return pd.Series("", index=index, dtype="object")
    out = parts[0]
    for p in parts[1:]:
        out = out + "; " + p
    return out.str.replace(r"(; )+", "; ", regex=True).str.strip("; ")


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
        ``.attrs``: ``share_aligned``, ``gaps`` (see :func:`gap_analysis`)
        and ``notes``.

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
    df = with_categories(connections_of(connections))
    notes: list[str] = []
    crit = _criteria(df, s, notes)
    total = sum(s.weights[c] for c in crit)
    score = pd.Series(0.0, index=df.index)
    for c, (met, _, _) in crit.items():
        score += s.weights[c] * met.astype(float)
    score = score / total if total > 0 else score
    if not crit:
        notes.append("The strategy sets no criteria: nobody is aligned except the "
                     "always-keep list.")
    keep, missing = _always_keep(df, s.always_keep)
    if missing:
        notes.append(f"Always-keep entries that match no connection: {', '.join(missing)}.")
    yes = _join([r.where(m, "") for m, r, _ in crit.values()], df.index)
    no = _join([r.where(~m, "") for m, _, r in crit.values()], df.index)
    reasons = yes.where(yes != "", ("no target met: " + no).str.rstrip(": "))
    reasons = reasons.where(~keep, ("on your always-keep list; " + reasons).str.rstrip("; "))
    out = pd.DataFrame({
        "profile_url": column(df, "profile_url"), "full_name": full_names(df),
        "company": column(df, "company"), "position": column(df, "position"),
        "function": df["function"], "seniority": df["seniority"],
        "is_recruiter": df["is_recruiter"],
        **{f"match_{c}": m for c, (m, _, _) in crit.items()},
        "alignment": score, "always_keep": keep,
        "aligned": (score >= s.aligned_at) & (total > 0) | keep,
        "reasons": reasons,
    }, index=df.index)
    out.attrs.update({"share_aligned": float(out["aligned"].mean()) if len(out) else 0.0,
                      "notes": notes, "goal": s.goal})
    out.attrs["gaps"] = gap_analysis(out, s)
    return out


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
    df = with_categories(connections_of(connections))
    n = max(len(df), 1)
    rows = []
    function, seniority = text(df["function"]), text(df["seniority"])
    for target in s.functions:
        rows.append(("function", target, int((function == target).sum())))
    for target in s.seniorities:
        rows.append(("seniority", target, int((seniority == target).sum())))
    if s.companies:
        keys = normalize_company(column(df, "company"))["company_key"]
        targets = normalize_company(list(s.companies))["company_key"]
        rows += [("company", t, int((keys == k).sum())) for t, k in zip(s.companies, targets)]
    haystack = _haystack(df)
    for target in s.keywords:
        rows.append(("keyword", target, int(haystack.str.contains(_word_pattern([target], False)).sum())))
    if s.locations and "location" in df.columns:
        place = text(df["location"])
        rows += [("location", t, int(place.str.contains(_word_pattern([t], False)).sum()))
                 for t in s.locations]
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
