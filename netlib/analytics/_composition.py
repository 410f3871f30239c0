"""Who is in the network: breakdowns, concentration and diversity."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._categories import categorize_contacts
from ._common import column, connections_of, text
from ._companies import normalize_company

__all__ = ["composition", "diversity", "concentration", "DIMENSIONS"]

#: Dimensions :func:`composition` knows, with the label used for missing values.
DIMENSIONS = {
    "function": "Unknown",
    "seniority": "Unknown",
    "is_recruiter": "Unknown",
    "company": "(no company)",
    "cluster": "(no cluster)",
}


def diversity(values) -> dict:
    """Shannon diversity of a categorical variable.

    Parameters
    ----------
    values : Series or sequence
        One value per contact; missing and empty values are left out.

    Returns
    -------
    dict
        ``categories`` (distinct values), ``entropy`` (natural log),
        ``normalized_entropy`` (entropy / log(categories): 0 when everyone is
        in one category, 1 when spread evenly) and ``effective_number``
        (exp(entropy): the number of equally common categories that would
        give the same entropy).

    Examples
    --------
    >>> d = diversity(["Sales", "Sales", "Marketing", "Finance"])
    >>> d["categories"], round(d["normalized_entropy"], 3), round(d["effective_number"], 2)
    (3, 0.946, 2.83)
    >>> diversity(["Sales"] * 4)["normalized_entropy"]
    0.0
    """
    s = text(pd.Series(values, dtype="object"))
    counts = s[s != ""].value_counts().to_numpy(dtype=float)
    k = len(counts)
    if k == 0:
        return {"categories": 0, "entropy": 0.0, "normalized_entropy": float("nan"),
                "effective_number": 0.0}
    p = counts / counts.sum()
    entropy = float(-(p * np.log(p)).sum())
    return {"categories": k, "entropy": entropy,
            "normalized_entropy": float(entropy / np.log(k)) if k > 1 else 0.0,
            "effective_number": float(np.exp(entropy))}


def concentration(values, top: int = 5) -> float:
    """Share of the contacts in the ``top`` most common categories.

    Missing and empty values are left out of the denominator.

    Examples
    --------
    >>> concentration(["Acme", "Acme", "Acme", "Globex", "Initech"], top=1)
    0.6
    """
    s = text(pd.Series(values, dtype="object"))
    counts = s[s != ""].value_counts()
    return float(counts.iloc[:top].sum() / counts.sum()) if len(counts) else float("nan")


def _labels(df: pd.DataFrame, by: str) -> pd.Series:
    if by == "company":
        companies = normalize_company(column(df, "company"))
        return companies["company_display"]
    if by in ("function", "seniority", "is_recruiter"):
        df = categorize_contacts(df)
    if by not in df.columns:
        raise ValueError(f"no column {by!r} to break the network down by; "
                         f"known dimensions: {', '.join(DIMENSIONS)}")
    return text(df[by])


def composition(connections, by: str = "function", top: int | None = None,
                concentration_top: int = 5) -> pd.DataFrame:
    """Break the network down by function, seniority, recruiter, company or cluster.

    Parameters
    ----------
    connections : DataFrame or LinkedInExport
        Connections; ``function``, ``seniority`` and ``is_recruiter`` come from
        :func:`netlib.categorize` unless already present, companies are grouped
        with :func:`normalize_company`, ``cluster`` needs a ``cluster`` column
        (any other column name works too).
    by : str, default "function"
        The dimension.
    top : int, optional
        Keep the ``top`` largest categories and pool the rest as ``"(other)"``.
    concentration_top : int, default 5
        N in "share of the top-N categories".

    Returns
    -------
    DataFrame
        Indexed by category, largest first: ``n``, ``share`` and
        ``cumulative_share``. ``.attrs`` holds ``diversity`` (see
        :func:`diversity`, computed on known values only),
        ``top_share`` (see :func:`concentration`), ``unknown`` (contacts
        without a value) and ``by``.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"company": ["Acme Inc.", "ACME", "Globex", None]})
    >>> t = composition(c, by="company")
    >>> t["n"].to_dict()
    {'Acme': 2, 'Globex': 1, '(no company)': 1}
    >>> t.attrs["top_share"], t.attrs["unknown"]
    (1.0, 1)
    """
    df = connections_of(connections)
    labels = _labels(df, by)
    missing = DIMENSIONS.get(by, "(none)")
    unknown_mask = labels.isin(["", "Unknown", "<NA>", "nan"])
    known = labels[~unknown_mask]
    counts = known.value_counts()
    if top is not None and len(counts) > top:
        counts = pd.concat([counts.iloc[:top], pd.Series({"(other)": counts.iloc[top:].sum()})])
    if unknown_mask.any():
        counts = pd.concat([counts, pd.Series({missing: int(unknown_mask.sum())})])
    total = max(len(labels), 1)
    out = pd.DataFrame({"n": counts.astype("int64"), "share": counts / total})
    out["cumulative_share"] = out["share"].cumsum()
    out.index.name = by
    out.attrs.update({
        "by": by,
        "diversity": diversity(known),
        "top_share": concentration(known, concentration_top),
        "unknown": int(unknown_mask.sum()),
    })
    return out
