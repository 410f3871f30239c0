"""The connections with their titles categorized: function, seniority, recruiter, confidence."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._common import CATEGORY_COLUMNS, column, connections_of

__all__ = ["categorize_contacts"]

#: Columns a :class:`netlib.TitleClassifier` adds.
CLASSIFIER_COLUMNS = ("category", "category_confidence")


def categorize_contacts(connections, classifier=None) -> pd.DataFrame:
    """The connections plus ``function``, ``seniority``, ``is_recruiter`` and ``confidence``.

    Categorizes the ``position`` column with :func:`netlib.categorize`, each
    distinct title once. Columns that are already there are kept as they are,
    and a table that already has ``function``, ``seniority`` and
    ``is_recruiter`` is not categorized again (so you can bring, or edit, your
    own categories); its ``confidence`` is then NaN if it had none. Every
    analysis that needs categories goes through this function.

    Parameters
    ----------
    connections : DataFrame or LinkedInExport
        Connections (a ``position`` column; missing titles give ``Unknown``).
    classifier : TitleClassifier, optional
        A fitted :class:`netlib.TitleClassifier`: adds (or replaces)
        ``category`` and ``category_confidence`` with your own categories,
        even when the other columns are already there.

    Returns
    -------
    DataFrame
        A new table: the connections (same index and columns) with the
        category columns added. The input is left untouched.

    Examples
    --------
    >>> import pandas as pd
    >>> from netlib.analytics import categorize_contacts
    >>> c = pd.DataFrame({"full_name": ["Ada Byron", "Rita Hunt", "Hidden"],
    ...                   "position": ["Sr. Software Engineer", "Talent Acquisition Partner",
    ...                                None]})
    >>> df = categorize_contacts(c)
    >>> df[["function", "seniority", "is_recruiter"]].values.tolist()
    [['Engineering', 'Senior', False],
     ['Human Resources', 'Entry', True],
     ['Unknown', 'Unknown', False]]
    >>> list(df.columns)
    ['full_name', 'position', 'function', 'seniority', 'is_recruiter', 'confidence']
    >>> categorize_contacts(df.assign(function="Marketing"))["function"].tolist()  # kept
    ['Marketing', 'Marketing', 'Marketing']
    """
    conns = connections_of(connections)
    out = conns.copy(deep=False)
    missing = [c for c in CATEGORY_COLUMNS + ("confidence",) if c not in conns.columns]
    recategorize = any(c in CATEGORY_COLUMNS for c in missing)
    if not recategorize and classifier is None:
        if missing:  # your own categories, without a confidence
            out["confidence"] = np.nan
        return out
    from netlib.titles import categorize  # imported here: heavy, and optional for tests

    cats = categorize(column(conns, "position", ""), classifier=classifier)
    for c in missing:
        out[c] = cats[c].to_numpy() if recategorize else np.nan
    if classifier is not None:
        for c in CLASSIFIER_COLUMNS:
            out[c] = cats[c].to_numpy()
    return out
