"""How engaged is each relationship: messages, invitations, endorsements, recommendations."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

import numpy as np
import pandas as pd

from ._common import (Coded, as_timestamp, column, combine, connections_of, direction_of,
                      expand, explode_people, first_item, full_names, name_key, text, to_utc,
                      url_key)
from ._matching import PeopleIndex

__all__ = ["StrengthWeights", "engagement", "engagement_of"]


@dataclass(frozen=True)
class StrengthWeights:
    """The points behind the relationship ``strength`` score, as data.

    ``points`` = ``message`` x (1:1 messages)
    + ``two_way`` x (1 if both of you wrote, dated by the last message)
    + ``group_message`` x (shared group-thread messages)
    + ``endorsement_given`` x (endorsements) + ``endorsement_received`` x (...)
    + ``recommendation_given`` x (recommendations) + ``recommendation_received`` x (...)
    + ``invited_me`` x (1 if they sent the invitation),

    where, for ``strength`` (warm *today*), every signal counts
    ``0.5 ** (d / half_life_days)`` when it is ``d`` days old: messages by
    ``sent_at``, endorsements by ``endorsed_at``, recommendations by
    ``created_at``, the invitation by its ``sent_at``. A signal one half-life
    old counts half, so a recommendation from years ago no longer makes a
    relationship warm. An undated signal counts as one half-life old (half):
    never as fresh, never dropped. ``strength = points / (points + saturation)``,
    between 0 and 1, and 0.5 when ``points == saturation``.
    ``lifetime_strength`` is the same with every signal counting 1 (no decay):
    how close the relationship ever was.

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


def _owner_keys(export, sender_urls: Coded, recipient_urls: Coded) -> tuple[str, str]:
    """Owner URL and name keys: given by the export, else the most common participant."""
    owner_url = url_key.distinct(pd.Series([str(export.owner_url or "")])).iloc[0]
    owner_name = name_key.distinct(pd.Series([str(export.owner_name or "")])).iloc[0]
    if not owner_url and len(sender_urls.codes):
        # every participant URL in message order (senders, then each recipient list),
        # counted as integer ids: one split per distinct recipient list
        senders = sender_urls.map(url_key.distinct)
        lists = [k.split(",") for k in url_key.distinct(pd.Series(recipient_urls.values))]
        owner = np.repeat(np.arange(len(lists)), [len(items) for items in lists])
        _, item = expand(recipient_urls.codes, owner, len(lists))
        ids, vocabulary = pd.factorize(np.concatenate(
            [senders.values, np.array([i for items in lists for i in items], dtype=object)]))
        everyone = np.concatenate([ids[senders.codes], ids[len(senders.values):][item]])
        empty = np.flatnonzero(np.asarray(vocabulary, dtype=object) == "")
        everyone = everyone[~np.isin(everyone, empty)]
        if len(everyone):
            owner_url = vocabulary[pd.Series(everyone).value_counts().index[0]]
    return owner_url, owner_name


def _flag(m: pd.DataFrame, name: str) -> np.ndarray:
    """A flag column as booleans, missing as False (no fillna: pandas 2.2 warns on downcasts)."""
    flag = column(m, name, False)
    if flag.dtype == bool:
        return flag.to_numpy()
    values = flag.to_numpy(dtype=object)
    return np.where(pd.isna(values), False, values).astype(bool)


def _distinct_key(func, first: bool = False):
    """``func`` (url_key/name_key) of the stripped distinct values, or of their first item."""
    pre = first_item.distinct if first else text.distinct
    return lambda values: func.distinct(pre(values))


class _Messages:
    """The message columns the counts need, each factorized once."""

    def __init__(self, m: pd.DataFrame, as_of):
        self.n = len(m)
        self.conversation = pd.factorize(column(m, "conversation_id").to_numpy(dtype=object))[0]
        self.sent_at = to_utc(column(m, "sent_at")).reset_index(drop=True)
        self.sender_url = Coded.of(column(m, "sender_url"))
        self.sender = Coded.of(column(m, "sender"))
        self.recipient_urls = Coded.of(column(m, "recipient_urls"))
        self.recipients = Coded.of(column(m, "recipients"))
        self.direction = Coded.of(column(m, "direction"))
        self.folder = Coded.of(column(m, "folder", ""))
        self.n_recipients = pd.to_numeric(column(m, "n_recipients", 1),
                                          errors="coerce").fillna(1).to_numpy()
        self.flags = {c: _flag(m, c) for c in ("is_draft", "is_conversation_draft", "is_group",
                                               "is_sponsored")}
        self.keep = ~(self.flags["is_draft"] | self.flags["is_conversation_draft"]) \
            & ~(self.sent_at > as_of).to_numpy()
        self._other_person = None  # (url, name) keys of the other person, see counterparts

    def classify(self, owner_url: str, owner_name: str) -> tuple[np.ndarray, np.ndarray]:
        """Kind of each message (one_to_one/group/other) and whether the owner sent it."""
        group = self.flags["is_group"] | (self.n_recipients > 1)
        spam = self.folder.map(lambda v: text.distinct(v).str.upper() == "SPAM")
        other = self.flags["is_sponsored"] | spam.dense().astype(bool)
        self.sender_url_key = self.sender_url.map(_distinct_key(url_key))
        self.sender_key = self.sender.map(_distinct_key(name_key))
        is_out = self.direction.map(direction_of.distinct).dense() == "out"
        no_url = (self.sender_url_key.values == "")[self.sender_url_key.codes]
        if owner_url:
            is_out |= (self.sender_url_key.values == owner_url)[self.sender_url_key.codes]
        if owner_name:
            is_out |= (self.sender_key.values == owner_name)[self.sender_key.codes] & no_url
        kind = np.select([other, group], ["other", "group"], "one_to_one")
        return kind, is_out

    def counterparts(self, rows: np.ndarray, is_out: np.ndarray) -> tuple[Coded, Coded]:
        """URL and name keys of the other person of 1:1 messages (``rows``)."""
        if self._other_person is None:  # once per distinct value
            self._other_person = (
                self.recipient_urls.map(_distinct_key(url_key, first=True)).where(
                    is_out, self.sender_url_key),
                self.recipients.map(_distinct_key(name_key, first=True)).where(
                    is_out, self.sender_key))
        url, name = self._other_person
        return url.take(rows), name.take(rows)


def _participants(msgs: _Messages, rows: np.ndarray, people: PeopleIndex, owner_url: str,
                  owner_name: str) -> tuple[np.ndarray, np.ndarray]:
    """Group messages (``rows``) spread to (message row, connection position) pairs.

    The owner is left out, and each person counts once per message. Each
    distinct (senders, recipients) combination is split and matched once.
    """
    combo, (s, r, su, ru) = combine(msgs.sender.codes[rows], msgs.recipients.codes[rows],
                                    msgs.sender_url.codes[rows], msgs.recipient_urls.codes[rows])
    ser = lambda coded, codes: text.distinct(pd.Series(coded.values[codes]))  # noqa: E731
    p = explode_people(ser(msgs.sender, s) + "," + ser(msgs.recipients, r),
                       ser(msgs.sender_url, su) + "," + ser(msgs.recipient_urls, ru))
    p = p[(p["url"].str.strip() != "") | (p["name"].str.strip() != "")]
    own = (url_key(p["url"]) == owner_url).to_numpy() if owner_url else np.zeros(len(p), bool)
    if owner_name:
        own = own | (name_key(p["name"]) == owner_name).to_numpy()
    p = p[~own]
    pos = people.match(p["url"], p["name"])
    row, item = expand(combo, p["row"].to_numpy(), len(s))
    pos = pos[item]
    found = pos >= 0
    row, pos = rows[row[found]], pos[found]
    first = ~pd.DataFrame({"row": row, "pos": pos}).duplicated().to_numpy()
    return row[first], pos[first]


#: Weight of an undated signal in ``strength``: as if one half-life old.
UNDATED_WEIGHT = 0.5


def _decay(sent_at: pd.Series, as_of, half_life: float) -> pd.Series:
    """``0.5 ** (age in days / half_life)``; :data:`UNDATED_WEIGHT` when undated."""
    age = (as_of - sent_at).dt.total_seconds() / 86_400
    return (0.5 ** (age.clip(lower=0) / half_life)).fillna(UNDATED_WEIGHT)


def _message_stats(export, people: PeopleIndex, as_of, w: StrengthWeights, notes) -> pd.DataFrame:
    if export.messages is None or export.messages.empty:
        notes.append("No messages in this archive: message counts are 0 for everyone.")
        return pd.DataFrame()
    msgs = _Messages(export.messages, as_of)
    owner_url, owner_name = _owner_keys(export, msgs.sender_url, msgs.recipient_urls)
    kind, is_out = msgs.classify(owner_url, owner_name)
    kind = np.where(msgs.keep, kind, "")
    frames = []
    rows = np.flatnonzero(kind == "one_to_one")
    pos = people.match_coded(*msgs.counterparts(rows, is_out))
    unmatched = int((pos < 0).sum())
    if unmatched:
        notes.append(f"{unmatched:,} one-to-one messages are with people who are not "
                     "(or no longer) connections; they are not counted.")
    rows, pos = rows[pos >= 0], pos[pos >= 0]
    sent_at = msgs.sent_at.iloc[rows].reset_index(drop=True)
    one = pd.DataFrame({"pos": pos, "is_out": is_out[rows],
                        "conv": pd.Series(msgs.conversation[rows]).where(
                            msgs.conversation[rows] >= 0),
                        "sent_at": sent_at, "w": _decay(sent_at, as_of, w.half_life_days)})
    frames.append(one.groupby("pos").agg(
        n_messages=("is_out", "size"), n_sent=("is_out", "sum"),
        n_conversations=("conv", "nunique"), first_contact=("sent_at", "min"),
        last_contact=("sent_at", "max"), _decayed_messages=("w", "sum")))
    rows = np.flatnonzero(kind == "group")
    if len(rows):
        row, pos = _participants(msgs, rows, people, owner_url, owner_name)
        sent_at = msgs.sent_at.iloc[row].reset_index(drop=True)
        conv = msgs.conversation[row]
        g = pd.DataFrame({"pos": pos, "conv": pd.Series(conv).where(conv >= 0),
                          "sent_at": sent_at,
                          "w": _decay(sent_at, as_of, w.half_life_days)}).groupby("pos")
        frames.append(g.agg(n_group_messages=("w", "size"), n_group_threads=("conv", "nunique"),
                            last_group_contact=("sent_at", "max"), _decayed_group=("w", "sum")))
    rows = np.flatnonzero(kind == "other")
    if len(rows):
        pos = people.match_coded(*msgs.counterparts(rows, is_out))
        counts = np.bincount(pos[pos >= 0], minlength=len(people.has_url))
        found = np.flatnonzero(counts)
        frames.append(pd.DataFrame({"n_spam_or_sponsored": counts[found]}, index=found))
    return pd.concat(frames, axis=1)


def _given_received(table: pd.DataFrame, people: PeopleIndex, date_col: str, as_of,
                    label: str, w: StrengthWeights, notes) -> pd.DataFrame:
    """Counts of endorsements / recommendations given and received per connection.

    With the same counts decayed by age (``_decayed_<name>``) for ``strength``.
    """
    if table is None or table.empty:
        notes.append(f"No {label} in this archive.")
        return pd.DataFrame()
    t = table
    withdrawn = Coded.of(column(t, "status", "")).map(
        lambda v: text.distinct(v).str.casefold().str.contains("reject|declin|withdr", regex=True))
    dates = to_utc(column(t, date_col))
    keep = ~withdrawn.dense().astype(bool) & ~(dates > as_of).to_numpy()
    t = t[keep]
    decayed = _decay(dates[keep].reset_index(drop=True), as_of, w.half_life_days).to_numpy()
    d = Coded.of(column(t, "direction")).map(direction_of.distinct).dense()
    pos = people.match(column(t, "profile_url"), full_names(t))
    n = len(people.has_url)
    singular = label[:-1]
    out = {}
    for name, way in (("given", "out"), ("received", "in")):
        rows = (pos >= 0) & (d == way)
        out[f"{singular}_{name}"] = np.bincount(pos[rows], minlength=n)
        out[f"_decayed_{singular}_{name}"] = np.bincount(pos[rows], weights=decayed[rows],
                                                         minlength=n)
    return pd.DataFrame(out)


def _invitations(export, people: PeopleIndex, as_of, w: StrengthWeights,
                 notes) -> pd.DataFrame:
    inv = export.invitations
    if inv is None or inv.empty:
        notes.append("No invitations in this archive: who invited whom is unknown.")
        return pd.DataFrame()
    sent_at = to_utc(column(inv, "sent_at"))
    inv = inv.assign(_at=sent_at)[~(sent_at > as_of)].sort_values("_at", kind="stable")
    d = Coded.of(column(inv, "direction")).map(direction_of.distinct).dense()
    pos = people.match(column(inv, "counterpart_url"), column(inv, "counterpart"))
    who = np.select([d == "out", d == "in"], ["me", "them"], "")
    found = (pos >= 0) & (who != "")
    decayed = _decay(inv["_at"].reset_index(drop=True), as_of, w.half_life_days).to_numpy()
    latest = pd.DataFrame({"pos": pos[found], "invited_by": who[found],
                           "_decayed_invited_me": np.where(who == "them", decayed, 0.0)[found]})
    return latest.drop_duplicates("pos", keep="last").set_index("pos")


def _strength(df: pd.DataFrame, w: StrengthWeights, decayed: bool) -> pd.Series:
    two_way = ((df["n_sent"] > 0) & (df["n_received"] > 0)).astype(float)
    if decayed:  # every signal weighted by its age
        messages, group = df["_decayed_messages"], df["_decayed_group"]
        two_way = two_way * df["_recency"]
        signal = lambda c: df["_decayed_" + c]  # noqa: E731
        invited_me = df["_decayed_invited_me"]
    else:
        messages, group = df["n_messages"], df["n_group_messages"]
        signal = lambda c: df[c]  # noqa: E731
        invited_me = (df["invited_by"] == "them").astype(float)
    points = (w.message * messages + w.two_way * two_way + w.group_message * group
              + w.endorsement_given * signal("endorsement_given")
              + w.endorsement_received * signal("endorsement_received")
              + w.recommendation_given * signal("recommendation_given")
              + w.recommendation_received * signal("recommendation_received")
              + w.invited_me * invited_me)
    return points / (points + w.saturation) if w.saturation > 0 else (points > 0).astype(float)


_COUNTS = ["n_messages", "n_sent", "n_received", "n_conversations", "n_group_messages",
           "n_group_threads", "n_spam_or_sponsored", "endorsement_given",
           "endorsement_received", "recommendation_given", "recommendation_received"]
_DECAYED = ["_decayed_messages", "_decayed_group", "_decayed_endorsement_given",
            "_decayed_endorsement_received", "_decayed_recommendation_given",
            "_decayed_recommendation_received", "_decayed_invited_me"]


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
        ``company`` and ``position`` (from the connections, to display the
        table as is), ``n_messages``, ``n_sent``, ``n_received``,
        ``n_conversations``, ``first_contact``, ``last_contact``,
        ``days_since_contact`` (of 1:1 messages; NaN if never),
        ``n_group_messages``, ``n_group_threads``, ``last_group_contact``
        (latest shared group-thread message), ``n_spam_or_sponsored``, ``invited_by`` (``"me"``, ``"them"`` or
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
        _invitations(export, people, as_of, w, notes),
        _given_received(export.endorsements, people, "endorsed_at", as_of, "endorsements", w,
                        notes),
        _given_received(export.recommendations, people, "created_at", as_of,
                        "recommendations", w, notes),
    ]
    stats = pd.concat([p for p in parts if len(p.columns)], axis=1) if any(
        len(p.columns) for p in parts) else pd.DataFrame()
    stats = stats.reindex(np.arange(len(conns)))
    for c in _COUNTS + _DECAYED:
        stats[c] = stats[c].fillna(0) if c in stats else 0
        if c in _COUNTS:
            stats[c] = stats[c].astype("int64")
    stats["n_received"] = stats["n_messages"] - stats["n_sent"]
    for c in ("first_contact", "last_contact", "last_group_contact"):
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
    out.insert(0, "position", column(conns, "position").to_numpy())
    out.insert(0, "company", column(conns, "company").to_numpy())
    out.insert(0, "full_name", people.written.to_numpy())
    out.insert(0, "profile_url", column(conns, "profile_url").to_numpy())
    out.index = conns.index
    order = ["profile_url", "full_name", "company", "position", "n_messages", "n_sent",
             "n_received", "n_conversations", "first_contact", "last_contact",
             "days_since_contact", "n_group_messages", "n_group_threads", "last_group_contact",
             "n_spam_or_sponsored", "invited_by",
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
