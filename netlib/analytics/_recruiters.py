"""The recruiters in the network, how warm each relationship is, and how to work with them."""

from __future__ import annotations

from types import MappingProxyType

import numpy as np
import pandas as pd

from ._categories import categorize_contacts
from ._common import connections_of
from ._engagement import engagement_of

__all__ = ["RECRUITER_ADVICE", "WARMTH_DAYS", "recruiters"]

RECRUITER_ADVICE = (
    "Recruiters work for the companies that pay them, not for you: never ask a recruiter "
    "(or any contact) to find you a job. Keep them warm before you need them: answer their "
    "messages, even to say no; give first, by pointing them to good candidates for roles "
    "you are not right for; tell them plainly what you do and aim at so they think of you "
    "when the right role opens; and keep in touch every few months, not only when you are "
    "looking."
)

#: Days since the last message under which a relationship is "warm", then "cooling";
#: beyond the last bound it is "cold".
WARMTH_DAYS = MappingProxyType({"warm": 90, "cooling": 365})


def recruiters(export, *, as_of=None, weights=None,
               engagement: pd.DataFrame | None = None) -> pd.DataFrame:
    """The recruiters among the connections, warmest first, with how to work with them.

    Recruiters work for the companies that pay them, not for you: never ask a
    recruiter (or any contact) to find you a job. Keep them warm before you need
    them: answer their messages, even to say no; give first, by pointing them to
    good candidates for roles you are not right for; tell them plainly what you
    do and aim at; and keep in touch every few months, not only when looking.

    Parameters
    ----------
    export : LinkedInExport
        Connections are categorized with :func:`netlib.categorize` unless they
        already have an ``is_recruiter`` column (with ``function`` and ``seniority``).
    as_of, weights
        Passed to :func:`engagement`.
    engagement : DataFrame, optional
        A precomputed :func:`engagement` table of this export, to reuse.

    Returns
    -------
    DataFrame
        One row per recruiter, strongest relationship first: ``full_name``,
        ``profile_url``, ``company``, ``position``, ``n_messages``, ``n_sent``,
        ``n_received``, ``last_contact``, ``days_since_contact``, ``strength``
        and ``warmth`` (``"warm"``, ``"cooling"``, ``"cold"`` or ``"never in
        touch"``, see :data:`WARMTH_DAYS`). ``.attrs["advice"]`` holds the
        advice above as text; ``.attrs["notes"]`` the engagement notes.

    Examples
    --------
    >>> import pandas as pd
    >>> from netlib import LinkedInExport
    >>> c = pd.DataFrame({"full_name": ["Rita Hunt", "Ada Byron"],
    ...                   "position": ["Technical Recruiter", "CFO"],
    ...                   "function": ["Human Resources", "Finance"],
    ...                   "seniority": ["Senior", "CXO"], "is_recruiter": [True, False]})
    >>> r = recruiters(LinkedInExport(connections=c))
    >>> r[["full_name", "warmth"]].values.tolist()
    [['Rita Hunt', 'never in touch']]
    >>> "never ask" in r.attrs["advice"]
    True
    """
    conns = categorize_contacts(export)
    e = engagement_of(export, engagement, as_of=as_of, weights=weights)
    is_recruiter = conns["is_recruiter"].fillna(False).astype(bool).to_numpy()
    days = e["days_since_contact"]
    warmth = np.select(
        [days.isna(), days <= WARMTH_DAYS["warm"], days <= WARMTH_DAYS["cooling"]],
        ["never in touch", "warm", "cooling"], "cold")
    out = pd.DataFrame({
        "full_name": e["full_name"], "profile_url": e["profile_url"],
        "company": conns.get("company"), "position": conns.get("position"),
        "n_messages": e["n_messages"], "n_sent": e["n_sent"], "n_received": e["n_received"],
        "last_contact": e["last_contact"], "days_since_contact": days,
        "strength": e["strength"], "warmth": warmth,
    }, index=e.index)[is_recruiter]
    out = out.sort_values(["strength", "days_since_contact"], ascending=[False, True],
                          kind="stable")
    out.attrs.update({"advice": RECRUITER_ADVICE, "notes": e.attrs["notes"],
                      "as_of": e.attrs["as_of"]})
    return out
