"""How engaged is each relationship: messages, invitations, endorsements, recommendations."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

import numpy as np
import pandas as pd

from ._common import (as_timestamp, column, connections_of, direction_of, explode_people,
                      first_item, full_names, name_key, text, to_utc, url_key)
from ._matching import PeopleIndex

__all__ = ["StrengthWeights", "engagement", "engagement_of"]


@dataclass(frozen=True)
class StrengthWeights:
    """The points behind the relationship ``strength`` score, as data.

    ``points`` = ``message`` x (1:1 messages, each decayed by recency)
    + ``two_way`` x (1 if both of you wrote, decayed by the age of the last message)
    + ``group_message`` x (shared group-thread messages, decayed)
    + ``endorsement_given`` x n + ``endorsement_received`` x n
    + ``recommendation_given`` x n + ``recommendation_received`` x n
    + ``invited_me`` (1 if they sent the invitation).

    A message ``d`` days old counts ``0.5 ** (d / half_life_days)``: a message
    one half-life old counts half. Endorsements, recommendations and
    invitations are lasting signals and are not decayed.
    ``strength = points / (points + saturation)``, between 0 and 1, and 0.5
    when ``points == saturation``. ``lifetime_strength`` is the same without decay.

    Examples
    --------
    >>> w = StrengthWeights.from_any({"message": 2.0})
    >>> w.message, w.half_life_days
    (2.0, 180.0)
    >>> StrengthWeights.from_any({"mesage": 1})
    Traceback (most recent call last):
    ...
    ValueError: unknown weight 'mesage'; allowed: message, two_way, ... (did you mean 'message'?)
    """

    message: float = 1.0
    two_way: float = 3.0
    group_message: float = 0.2
    endorsement_given: float = 1.0
    endorsement_received: float = 1.0
    recommendation_given: float = 4.0
    recommendation_received: float = 4.0
    invited_me: float = 1.0
    half_life_days: float = 180.0
    saturation: float = 10.0

    @classmethod
    def from_any(cls, weights=None) -> "StrengthWeights":
        """Build from ``None`` (defaults), a dict of overrides or an instance."""
        if weights is None:
            return cls()
        if isinstance(weights, cls):
            return weights
        from ._strategy import check_names  # shared "unknown X; allowed: ..." message

        allowed = [f.name for f in fields(cls)]
        check_names("weight", list(weights), allowed)
        return replace(cls(), **{k: float(v) for k, v in weights.items()})

    def to_dict(self) -> dict:
        """The weights as a plain dict."""
        return asdict(self)


def _owner_keys(export, messages: pd.DataFrame) -> tuple[str, str]:
    """Owner URL and name keys: given by the export, else the most common participant."""
    owner_url = url_key(pd.Series([export.owner_url or ""])).iloc[0]
    owner_name = name_key(pd.Series([export.owner_name or ""])).iloc[0]
    if not owner_url and len(messages):
        everyone = pd.concat([url_key(column(messages, "sender_url")),
                              url_key(column(messages, "recipient_urls")).str.split(",").explode()])
        everyone = everyone[everyone != ""]
        if len(everyone):
            owner_url = everyone.value_counts().index[0]
    return owner_url, owner_name


def _classify(messages: pd.DataFrame, owner_url: str, owner_name: str, as_of) -> pd.DataFrame:
    """One row per message sent by as_of: kind (one_to_one/group/other) and is_out."""
    m = messages
    flag = lambda c: column(m, c, False).fillna(False).astype(bool)  # noqa: E731
    sent_at = to_utc(column(m, "sent_at"))
    keep = ~(flag("is_draft") | flag("is_conversation_draft")) & ~(sent_at > as_of)
    n_recipients = pd.to_numeric(column(m, "n_recipients", 1), errors="coerce").fillna(1)
    group = flag("is_group") | (n_recipients > 1)
    other = flag("is_sponsored") | (text(column(m, "folder", "")).str.upper() == "SPAM")
    sender_url = url_key(column(m, "sender_url"))
    sender_name = name_key(column(m, "sender"))
    is_out = (direction_of(column(m, "direction")) == "out")
    if owner_url:
        is_out |= sender_url == owner_url
    if owner_name:
        is_out |= (sender_name == owner_name) & (sender_url == "")
    out = pd.DataFrame({
        "conversation_id": column(m, "conversation_id"), "sent_at": sent_at,
        "kind": np.select([other, group], ["other", "group"], "one_to_one"),
        "is_out": is_out,
        "sender_url": column(m, "sender_url"), "sender": column(m, "sender"),
        "recipient_urls": column(m, "recipient_urls"), "recipients": column(m, "recipients"),
    })
    return out[keep]


def _counterparts(m: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """URL and name of the other person of a 1:1 message."""
    url = first_item(m["recipient_urls"]).where(m["is_out"], text(m["sender_url"]))
    name = first_item(m["recipients"]).where(m["is_out"], text(m["sender"]))
    return url, name


def _participants(m: pd.DataFrame, owner_url: str, owner_name: str) -> pd.DataFrame:
    """Group messages exploded to one row per (message, participant other than the owner)."""
    p = explode_people(text(m["sender"]) + "," + text(m["recipients"]),
                       text(m["sender_url"]) + "," + text(m["recipient_urls"]))
    p = p[(p["url"].str.strip() != "") | (p["name"].str.strip() != "")]
    own = (url_key(p["url"]) == owner_url) if owner_url else pd.Series(False, index=p.index)
    if owner_name:
        own |= name_key(p["name"]) == owner_name
    p = p[~own]
    p["conversation_id"] = m["conversation_id"].to_numpy()[p["row"].to_numpy()]
    p["sent_at"] = m["sent_at"].to_numpy()[p["row"].to_numpy()]
    return p


def _decay(sent_at: pd.Series, as_of, half_life: float) -> pd.Series:
    age = (as_of - sent_at).dt.total_seconds() / 86_400
    return (0.5 ** (age.clip(lower=0) / half_life)).fillna(0.0)


def _message_stats(export, people: PeopleIndex, as_of, w: StrengthWeights, notes) -> pd.DataFrame:
    msgs = export.messages
    if msgs is None or msgs.empty:
        notes.append("No messages in this archive: message counts are 0 for everyone.")
        return pd.DataFrame()
    owner_url, owner_name = _owner_keys(export, msgs)
    m = _classify(msgs, owner_url, owner_name, as_of)
    frames = []
    one = m[m["kind"] == "one_to_one"].copy()
    url, name = _counterparts(one)
    one["pos"] = people.match(url, name)
    one["w"] = _decay(one["sent_at"], as_of, w.half_life_days)
    unmatched = int((one["pos"] < 0).sum())
    if unmatched:
        notes.append(f"{unmatched:,} one-to-one messages are with people who are not "
                     "(or no longer) connections; they are not counted.")
    one = one[one["pos"] >= 0]
    g = one.groupby("pos")
    frames.append(pd.DataFrame({
        "n_messages": g.size(), "n_sent": g["is_out"].sum(),
        "n_conversations": g["conversation_id"].nunique(),
        "first_contact": g["sent_at"].min(), "last_contact": g["sent_at"].max(),
        "_decayed_messages": g["w"].sum(),
    }))
    grp = m[m["kind"] == "group"]
    if len(grp):
        p = _participants(grp, owner_url, owner_name)
        p["pos"] = people.match(p["url"], p["name"])
        p = p[p["pos"] >= 0].drop_duplicates(["row", "pos"])
        p["w"] = _decay(pd.Series(p["sent_at"]), as_of, w.half_life_days)
        gg = p.groupby("pos")
        frames.append(pd.DataFrame({"n_group_messages": gg.size(),
                                    "n_group_threads": gg["conversation_id"].nunique(),
                                    "_decayed_group": gg["w"].sum()}))
    other = m[m["kind"] == "other"]
    if len(other):
        url, name = _counterparts(other)
        pos = people.match(url, name)
        frames.append(pos[pos >= 0].value_counts().rename("n_spam_or_sponsored").to_frame())
    return pd.concat(frames, axis=1)


def _given_received(table: pd.DataFrame, people: PeopleIndex, date_col: str, as_of,
                    label: str, notes) -> pd.DataFrame:
    """Counts of endorsements / recommendations given and received per connection."""
    if table is None or table.empty:
        notes.append(f"No {label} in this archive.")
        return pd.DataFrame()
    t = table
    status = text(column(t, "status", "")).str.casefold()
    dates = to_utc(column(t, date_col))
    t = t[~status.str.contains("reject|declin|withdr", regex=True) & ~(dates > as_of)]
    d = direction_of(column(t, "direction")).to_numpy()
    pos = people.match(column(t, "profile_url"), full_names(t)).to_numpy()
    n = len(people.has_url)
    singular = label[:-1]
    return pd.DataFrame({
        f"{singular}_given": np.bincount(pos[(pos >= 0) & (d == "out")], minlength=n),
        f"{singular}_received": np.bincount(pos[(pos >= 0) & (d == "in")], minlength=n),
    })


def _invitations(export, people: PeopleIndex, as_of, notes) -> pd.DataFrame:
    inv = export.invitations
    if inv is None or inv.empty:
        notes.append("No invitations in this archive: who invited whom is unknown.")
        return pd.DataFrame()
    sent_at = to_utc(column(inv, "sent_at"))
    inv = inv.assign(_at=sent_at)[~(sent_at > as_of)].sort_values("_at", kind="stable")
    d = direction_of(column(inv, "direction"))
    pos = people.match(column(inv, "counterpart_url"), column(inv, "counterpart"))
    who = pd.Series(np.select([d == "out", d == "in"], ["me", "them"], ""), index=inv.index)
    found = (pos >= 0) & (who != "")
    latest = pd.DataFrame({"pos": pos[found], "invited_by": who[found]})
    return latest.drop_duplicates("pos", keep="last").set_index("pos")


def _strength(df: pd.DataFrame, w: StrengthWeights, decayed: bool) -> pd.Series:
    two_way = ((df["n_sent"] > 0) & (df["n_received"] > 0)).astype(float)
    if decayed:
        messages, group = df["_decayed_messages"], df["_decayed_group"]
        two_way = two_way * df["_recency"]
    else:
        messages, group = df["n_messages"], df["n_group_messages"]
    points = (w.message * messages + w.two_way * two_way + w.group_message * group
              + w.endorsement_given * df["endorsement_given"]
              + w.endorsement_received * df["endorsement_received"]
              + w.recommendation_given * df["recommendation_given"]
              + w.recommendation_received * df["recommendation_received"]
              + w.invited_me * (df["invited_by"] == "them"))
    return points / (points + w.saturation) if w.saturation > 0 else (points > 0).astype(float)


_COUNTS = ["n_messages", "n_sent", "n_received", "n_conversations", "n_group_messages",
           "n_group_threads", "n_spam_or_sponsored", "endorsement_given",
           "endorsement_received", "recommendation_given", "recommendation_received"]


def engagement(export, *, as_of=None, weights=None) -> pd.DataFrame:
    """Score every relationship from what the archive shows of it.

    Counts 1:1 messages per connection (sent and received), dates of first and
    last contact, shared group threads, invitations, and endorsements and
    recommendations both ways, then combines them into a ``strength`` score
    (see :class:`StrengthWeights` for the formula and its default weights).

    Group threads are counted apart (``n_group_messages``), as are sponsored
    messages, InMail and spam (``n_spam_or_sponsored``): none of them is ever a
    person's 1:1 message. Drafts and anything dated after ``as_of`` are ignored.
    Events are matched to connections by profile URL, or by name when a URL is
    missing and exactly one connection has that name.

    Parameters
    ----------
    export : LinkedInExport
        The archive (connections, messages, invitations, endorsements, recommendations).
    as_of : date-like, optional
        The "today" of the analysis; default the latest date in the export,
        so results do not change with the clock.
    weights : dict or StrengthWeights, optional
        Overrides of the default weights, e.g. ``{"half_life_days": 365}``.

    Returns
    -------
    DataFrame
        One row per connection (same index): ``profile_url``, ``full_name``,
        ``n_messages``, ``n_sent``, ``n_received``, ``n_conversations``,
        ``first_contact``, ``last_contact``, ``days_since_contact`` (NaN if
        never), ``n_group_messages``, ``n_group_threads``,
        ``n_spam_or_sponsored``, ``invited_by`` (``"me"``, ``"them"`` or
        ``""``), ``endorsement_given``, ``endorsement_received``,
        ``recommendation_given``, ``recommendation_received``, ``reciprocal``
        (messages, endorsements or recommendations went both ways),
        ``strength`` and ``lifetime_strength``. ``.attrs``: ``as_of``,
        ``weights``, ``notes`` (plain sentences about missing tables and
        unmatched people) and ``ambiguous_names``.

    Examples
    --------
    >>> import pandas as pd
    >>> from netlib import LinkedInExport
    >>> u = "https://www.linkedin.com/in/"
    >>> conns = pd.DataFrame({"full_name": ["Ada Byron", "Alan Turing"],
    ...                       "profile_url": [u + "ada", u + "alan"]})
    >>> msgs = pd.DataFrame({
    ...     "conversation_id": ["c1", "c1"], "sender": ["Me", "Ada Byron"],
    ...     "sender_url": [u + "me", u + "ada"], "recipients": ["Ada Byron", "Me"],
    ...     "recipient_urls": [u + "ada", u + "me"], "n_recipients": [1, 1],
    ...     "sent_at": pd.to_datetime(["2024-01-01", "2024-01-11"], utc=True),
    ...     "is_group": False, "is_sponsored": False, "folder": "INBOX"})
    >>> e = engagement(LinkedInExport(connections=conns, messages=msgs, owner_url=u + "me"))
    >>> e[["n_messages", "n_sent", "n_received", "days_since_contact"]].to_dict("list")
    {'n_messages': [2, 0], 'n_sent': [1, 0], 'n_received': [1, 0], 'days_since_contact': [0.0, nan]}
    >>> bool(e.loc[0, "reciprocal"]), round(float(e.loc[0, "strength"]), 3)
    (True, 0.332)
    """
    w = StrengthWeights.from_any(weights)
    conns = connections_of(export)
    as_of = as_timestamp(as_of, export)
    notes: list[str] = []
    people = PeopleIndex.build(conns)
    parts = [
        _message_stats(export, people, as_of, w, notes),
        _invitations(export, people, as_of, notes),
        _given_received(export.endorsements, people, "endorsed_at", as_of, "endorsements", notes),
        _given_received(export.recommendations, people, "created_at", as_of,
                        "recommendations", notes),
    ]
    stats = pd.concat([p for p in parts if len(p.columns)], axis=1) if any(
        len(p.columns) for p in parts) else pd.DataFrame()
    stats = stats.reindex(np.arange(len(conns)))
    for c in _COUNTS + ["_decayed_messages", "_decayed_group"]:
        stats[c] = stats[c].fillna(0) if c in stats else 0
        if c in _COUNTS:
            stats[c] = stats[c].astype("int64")
    stats["n_received"] = stats["n_messages"] - stats["n_sent"]
    for c in ("first_contact", "last_contact"):
        stats[c] = stats[c] if c in stats else pd.Series(pd.NaT, index=stats.index,
                                                         dtype="datetime64[ns, UTC]")
    stats["invited_by"] = stats["invited_by"].fillna("") if "invited_by" in stats else ""
    stats["days_since_contact"] = (as_of - stats["last_contact"]).dt.total_seconds() // 86_400
    stats["_recency"] = _decay(stats["last_contact"], as_of, w.half_life_days)
    stats["reciprocal"] = (((stats["n_sent"] > 0) & (stats["n_received"] > 0))
                           | ((stats["endorsement_given"] > 0) & (stats["endorsement_received"] > 0))
                           | ((stats["recommendation_given"] > 0)
                              & (stats["recommendation_received"] > 0)))
    stats["strength"] = _strength(stats, w, decayed=True)
    stats["lifetime_strength"] = _strength(stats, w, decayed=False)
    out = stats.drop(columns=[c for c in stats if c.startswith("_")])
    out.insert(0, "full_name", full_names(conns).to_numpy())
    out.insert(0, "profile_url", column(conns, "profile_url").to_numpy())
    out.index = conns.index
    order = ["profile_url", "full_name", "n_messages", "n_sent", "n_received",
             "n_conversations", "first_contact", "last_contact", "days_since_contact",
             "n_group_messages", "n_group_threads", "n_spam_or_sponsored", "invited_by",
             "endorsement_given", "endorsement_received", "recommendation_given",
             "recommendation_received", "reciprocal", "strength", "lifetime_strength"]
    out = out[order]
    ambiguous = people.ambiguous_names()
    if ambiguous:
        shown = ", ".join(ambiguous[:10]) + (f" and {len(ambiguous) - 10:,} more"
                                             if len(ambiguous) > 10 else "")
        notes.append(f"{len(ambiguous):,} name(s) match several connections and were not "
                     f"matched (no URL to tell them apart): {shown}; full list in "
                     f".attrs['ambiguous_names'].")
    if not (out["n_messages"].any() or out["endorsement_given"].any()
            or out["endorsement_received"].any() or (out["invited_by"] != "").any()
            or out["recommendation_given"].any() or out["recommendation_received"].any()):
        notes.append("No engagement found: every strength is 0. The analyses that rank by "
                     "engagement treat everyone as never in touch.")
    out.attrs.update({"as_of": as_of, "weights": w.to_dict(), "notes": notes,
                      "ambiguous_names": ambiguous})
    return out


def engagement_of(export, precomputed=None, *, as_of=None, weights=None) -> pd.DataFrame:
    """``precomputed`` (an :func:`engagement` table of this export) if given, else compute it.

    Lets :func:`netlib.triage`, :func:`netlib.give_first` and
    :func:`netlib.recruiters` reuse one engagement table in a notebook.
    """
    if precomputed is None:
        return engagement(export, as_of=as_of, weights=weights)
    conns = connections_of(export)
    if not isinstance(precomputed, pd.DataFrame) or not precomputed.index.equals(conns.index) \
            or "strength" not in precomputed.columns:
        raise ValueError("engagement= must be the table netlib.engagement(export) returned "
                         "for these connections (same index, with a 'strength' column)")
    if as_of is not None or weights is not None:
        raise ValueError("pass as_of and weights to netlib.engagement, not together with "
                         "a precomputed engagement= table")
    return precomputed
