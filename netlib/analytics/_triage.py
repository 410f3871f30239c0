"""Nurture and prune: place every contact by alignment x engagement, and suggest whom to give to.

Nothing here deletes, removes or sends anything: the results are lists for the
person to review.
"""

from __future__ import annotations

from types import MappingProxyType

import numpy as np
import pandas as pd

from ._alignment import alignment_of
from ._common import column, combine, connections_of, text
from ._engagement import engagement_of

__all__ = ["GROUPS", "triage", "give_first"]

#: Triage groups, in display order, with what to do about each.
GROUPS = MappingProxyType({
    "keep (always-keep list)": "on your always-keep list: keep, whatever the numbers say",
    "core": "engaged: keep these relationships thick, give before you ask",
    "re-engage": "aligned but gone quiet: reach out with something useful to them",
    "nurture": "aligned but never really in touch: start a relationship, give first",
    "prune candidate": "not aligned and not engaged: may go if you need room (your call)",
    "hidden member": "LinkedIn hides this member's name: nothing to decide here",
})

_HIDDEN_REASON = ("hidden member: LinkedIn hides this member's name (the export has only the "
                  "connection date), so there is nothing to decide here")

_NOTHING_DONE = ("Nothing has been removed or sent: these are suggestions for you to review "
                 "on LinkedIn yourself.")


def _history(e: pd.DataFrame) -> pd.Series:
    """Any exchange beyond the connection itself."""
    return ((e["n_messages"] > 0) | (e["n_group_messages"] > 0)
            | (e[["endorsement_given", "endorsement_received", "recommendation_given",
                  "recommendation_received"]].sum(axis=1) > 0))


def _hidden(conns: pd.DataFrame) -> np.ndarray:
    """Members LinkedIn hides: ``is_hidden``, or neither a name nor a profile URL."""
    flag = column(conns, "is_hidden", False).to_numpy(dtype=object)
    flag = np.where(pd.isna(flag), False, flag).astype(bool)
    nameless = ((text(column(conns, "full_name")) == "")
                & (text(column(conns, "first_name")) == "")
                & (text(column(conns, "last_name")) == "")
                & (text(column(conns, "profile_url")) == "")).to_numpy()
    return flag | nameless


def _last_any_contact(e: pd.DataFrame) -> pd.Series:
    """Latest 1:1 or shared group-thread message (NaT if neither)."""
    if "last_group_contact" not in e.columns:
        return e["last_contact"]
    one, group = e["last_contact"], e["last_group_contact"]
    return one.where(group.isna() | (one >= group), group)


def _contact_story(e: pd.DataFrame) -> np.ndarray:
    """'12 messages, last 40 days ago' / 'endorsements or recommendations only' / ...

    Written once per distinct (messages, days) pair, then spread to the rows.
    """
    n = e["n_messages"].to_numpy()
    days = e["days_since_contact"].fillna(0).astype("int64").to_numpy()
    n_codes, n_values = pd.factorize(n)
    d_codes, d_values = pd.factorize(days)
    combo, (nc, dc) = combine(n_codes, d_codes)
    msgs = (pd.Series(np.asarray(n_values)[nc]).astype(str) + " messages, last "
            + pd.Series(np.asarray(d_values)[dc]).astype(str) + " days ago")
    return np.select(
        [n > 0, _history(e).to_numpy()],
        [msgs.to_numpy(dtype=object)[combo],
         "no 1:1 messages, only group threads, endorsements or recommendations"],
        "never in touch").astype(object)


def triage(export, strategy, *, as_of=None, weights=None, engaged_at: float = 0.25,
           engagement: pd.DataFrame | None = None,
           alignment: pd.DataFrame | None = None) -> pd.DataFrame:
    """Place every contact in core, re-engage, nurture or prune candidate, with a reason.

    The rules, in order:

    1. a member LinkedIn hides (``is_hidden``, or no name and no profile URL:
       only a connection date) -> ``"hidden member"``, listed last and never a
       prune candidate: nobody can act on a row without a name;
    2. on the strategy's always-keep list -> ``"keep (always-keep list)"``;
    3. ``strength >= engaged_at`` -> ``"core"`` (warm today, aligned or not;
       ``strength`` decays every signal by its age, see :func:`engagement`);
    4. aligned, with some past exchange -> ``"re-engage"``;
    5. aligned, never in touch -> ``"nurture"``;
    6. otherwise (not aligned, not engaged) -> ``"prune candidate"``.

    Nothing is deleted or sent: this is a list to review.

    Parameters
    ----------
    export : LinkedInExport
    strategy : Strategy, dict or path
        See :func:`load_strategy`.
    as_of, weights
        Passed to :func:`engagement`.
    engaged_at : float, default 0.25
        Strength from which a relationship counts as engaged.
    engagement : DataFrame, optional
        The table :func:`engagement` returned for this export, to reuse it
        instead of computing it again.
    alignment : DataFrame, optional
        The table :func:`alignment` returned for this export and this
        ``strategy``, to reuse it likewise.

    Returns
    -------
    DataFrame
        Same index as the connections: ``full_name``, ``profile_url``,
        ``company``, ``position``, ``function``, ``seniority``,
        ``is_recruiter``, ``alignment``, ``aligned``, ``always_keep``,
        ``alignment_reasons``, the
        engagement counts, ``strength``, ``lifetime_strength``,
        ``days_since_contact``, ``group`` (ordered categorical, see
        :data:`GROUPS`) and ``reason``. ``.attrs``: ``counts`` per group
        (every group, ``"hidden member"`` included, so they add up to the
        network), ``n_actionable`` (the rows of every other group), ``notes``
        and ``as_of``.

    Examples
    --------
    >>> import pandas as pd
    >>> from netlib import LinkedInExport
    >>> c = pd.DataFrame({"full_name": ["Ada Byron", "Bob Stone", "Cy Young", None],
    ...                   "position": ["Marketing Director", "Orthodontist", "Orthodontist", None],
    ...                   "function": ["Marketing", "Healthcare Services", "Healthcare Services",
    ...                                "Unknown"],
    ...                   "seniority": "Director", "is_recruiter": False,
    ...                   "is_hidden": [False, False, False, True]})
    >>> t = triage(LinkedInExport(connections=c),
    ...            {"functions": ["Marketing"], "always_keep": ["Cy Young"]})
    >>> t["group"].tolist()
    ['nurture', 'prune candidate', 'keep (always-keep list)', 'hidden member']
    >>> t.loc[1, "reason"]
    'prune candidate: not aligned (no target met: function Healthcare Services is not a target); never in touch'
    >>> counts = t.attrs["counts"]
    >>> counts["prune candidate"], counts["hidden member"], t.attrs["n_actionable"]
    (1, 1, 3)
    """
    conns = connections_of(export)
    a = alignment_of(conns, strategy, alignment)
    e = engagement_of(export, engagement, as_of=as_of, weights=weights)
    aligned = a["aligned"].to_numpy()
    hidden = _hidden(conns)
    group = np.select(
        [hidden, a["always_keep"].to_numpy(), (e["strength"] >= engaged_at).to_numpy(),
         aligned & _history(e).to_numpy(), aligned],
        ["hidden member"] + list(GROUPS)[:4], "prune candidate")
    fit = np.where(aligned, "aligned (", "not aligned (").astype(object) \
        + a["reasons"].to_numpy(dtype=object) + ")"
    reason = np.where(hidden, _HIDDEN_REASON,
                      group.astype(object) + ": " + fit + "; " + _contact_story(e))
    out = pd.concat([a.drop(columns=[c for c in a if c.startswith("match_")])
                     .rename(columns={"reasons": "alignment_reasons"}),
                     e.drop(columns=[c for c in ("profile_url", "full_name", "company",
                                                 "position") if c in e.columns])], axis=1)
    out["group"] = pd.Categorical(group, categories=list(GROUPS), ordered=True)
    out["reason"] = pd.Series(reason, index=a.index, dtype="object")
    counts = out["group"].value_counts(sort=False)
    n_hidden = int(hidden.sum())
    notes = a.attrs["notes"] + e.attrs["notes"]
    if n_hidden:
        notes = notes + [f"{n_hidden:,} hidden member(s) (LinkedIn hides their names) are "
                         "grouped apart as 'hidden member': nothing to decide about them."]
    out.attrs.update({
        "counts": {k: int(v) for k, v in counts.items()},
        "n_actionable": len(out) - n_hidden,
        "notes": notes + [_NOTHING_DONE],
        "as_of": e.attrs["as_of"], "gaps": a.attrs["gaps"],
    })
    return out


def give_first(export, strategy, n: int = 10, *, as_of=None, weights=None,
               quiet_after_days: int = 90, min_lifetime_strength: float = 0.25,
               engagement: pd.DataFrame | None = None,
               alignment: pd.DataFrame | None = None) -> pd.DataFrame:
    """Suggest whom to share something with: aligned, once engaged, gone quiet.

    Candidates are aligned contacts whose ``lifetime_strength`` (engagement
    without recency decay) reaches ``min_lifetime_strength`` and with whom no
    message, 1:1 or in a shared group thread, went either way for
    ``quiet_after_days``. They are ranked by
    ``alignment * lifetime_strength``, longest silence first on ties. The
    suggestion returns a favour first (an endorsement or recommendation they
    gave you), else proposes something useful to their work, never an ask.

    Parameters
    ----------
    export : LinkedInExport
    strategy : Strategy, dict or path
    n : int, default 10
        How many suggestions.
    as_of, weights
        Passed to :func:`engagement`.
    quiet_after_days : int, default 90
        Silence after which a relationship counts as gone quiet.
    min_lifetime_strength : float, default 0.25
    engagement : DataFrame, optional
        A precomputed :func:`engagement` table of this export, to reuse.
    alignment : DataFrame, optional
        A precomputed :func:`alignment` table of this export and ``strategy``, to reuse.

    Returns
    -------
    DataFrame
        At most ``n`` rows: ``full_name``, ``profile_url``, ``company``,
        ``position``, ``alignment``, ``lifetime_strength``, ``strength``,
        ``days_since_contact``, ``priority``, ``reason`` and ``suggestion``.

    Examples
    --------
    >>> import pandas as pd
    >>> from netlib import LinkedInExport
    >>> c = pd.DataFrame({"full_name": ["Ada Byron"], "function": ["Marketing"],
    ...                   "seniority": "Director", "is_recruiter": False})
    >>> rec = pd.DataFrame({"direction": ["received"], "full_name": ["Ada Byron"],
    ...     "created_at": pd.to_datetime(["2020-05-01"], utc=True)})
    >>> g = give_first(LinkedInExport(connections=c, recommendations=rec),
    ...                {"functions": ["Marketing"]}, as_of="2024-01-01")
    >>> g.loc[0, "suggestion"]
    'they recommended you: write them a recommendation'
    """
    t = triage(export, strategy, as_of=as_of, weights=weights, engagement=engagement,
               alignment=alignment)
    last = _last_any_contact(t)
    quiet = last.isna() | (last <= t.attrs["as_of"] - pd.Timedelta(days=quiet_after_days))
    pick = t[(t["aligned"]) & (t["lifetime_strength"] >= min_lifetime_strength) & quiet].copy()
    pick["priority"] = pick["alignment"] * pick["lifetime_strength"]
    pick = pick.sort_values(["priority", "days_since_contact"], ascending=False,
                            na_position="first", kind="stable").head(n)
    area = pick["function"].astype(str).replace({"Unknown": "their field", "": "their field"})
    pick["suggestion"] = np.select(
        [(pick["recommendation_received"] > 0) & (pick["recommendation_given"] == 0),
         (pick["endorsement_received"] > 0) & (pick["endorsement_given"] == 0)],
        ["they recommended you: write them a recommendation",
         "they endorsed you: endorse a skill of theirs"],
        "send something useful for their work in " + area
        + " (an article, an event, an introduction), with no ask")
    story = _contact_story(pick)
    pick["reason"] = ("aligned (" + pick["alignment_reasons"] + "), once close (lifetime strength "
                      + pick["lifetime_strength"].round(2).astype(str) + "), now quiet: " + story)
    cols = ["full_name", "profile_url", "company", "position", "alignment",
            "lifetime_strength", "strength", "days_since_contact", "priority", "reason",
            "suggestion"]
    out = pick[cols]
    out.attrs = {"notes": t.attrs["notes"], "as_of": t.attrs["as_of"]}
    return out
