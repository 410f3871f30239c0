"""``messages.csv`` of every era -> one row per message, and who owns the archive.

Headers changed from ``From,To,Date,Subject,Content,Direction,Folder`` (2018)
through upper-case (2020) to conversation ids and profile URLs (2021 on);
columns are read by name. Subject and content are not even parsed unless
asked for. Files without a conversation id get a stable synthetic one from
their participants' names.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd

from ._canonical import read_aliased
from ._columns import flag, map_distinct
from ._dates import TIMESTAMP_FORMATS, parse_dates
from ._urls import normalize_one
from ._urls import normalize_profile_url

MESSAGE_ALIASES = {
    "conversation_id": ["conversation id"],
    "conversation_title": ["conversation title"],
    "sender": ["from", "sender"],
    "sender_url": ["sender profile url"],
    "recipients": ["to", "recipients"],
    "recipient_urls": ["recipient profile urls", "recipient profile url"],
    "sent_at": ["date", "sent at"],
    "folder": ["folder"],
    "direction": ["direction"],
    "is_draft": ["is message draft"],
    "is_conversation_draft": ["is conversation draft"],
}
MESSAGE_CONTENT_ALIASES = {"subject": ["subject"], "content": ["content"]}
OTHER_MESSAGE_COLUMNS = {"_other": ["attachments"]}
EXPECTED = "a messages header such as 'CONVERSATION ID, FROM, TO, DATE, CONTENT, FOLDER'"

TRUE_VALUES = {"true", "yes", "y", "1"}
SPONSORED_TITLES = {"sponsored conversation"}
SPONSOR_SENDER = "linkedin member"
EMPTY_MARKERS = (b"no conversations found",)
SYNTHETIC_PREFIX = "syn-"


def is_empty_marker(data):
    """True for sibling files that only say there is nothing to export."""
    return len(data) < 1024 and any(m in data.lower() for m in EMPTY_MARKERS)


def _synthetic_ids(sender, recipients):
    a, b = sender.fillna(""), recipients.fillna("")
    key = (a.where(a <= b, b) + "\x1f" + b.where(a <= b, a)).str.lower()
    codes, uniq = pd.factorize(key)
    ids = [SYNTHETIC_PREFIX + hashlib.sha1(k.encode("utf-8")).hexdigest()[:12] for k in uniq]
    return pd.Series(pd.array(ids, dtype="string")[codes], index=sender.index)


def _normalize_url_list(value):
    urls = (normalize_one(u) for u in value.split(",") if u.strip())
    return ",".join(u for u in urls if u)


def parse_messages(data, name, include_content=False):
    """Parse one messages file into the message table (before owner-based fields).

    Returns ``(frame, Sniffed, skipped line count, unparsed dates)``.
    ``direction`` is filled only when the file has it; :func:`apply_owner`
    derives it from the owner, :func:`conversation_flags` adds the
    conversation-wide flags.
    """
    content = MESSAGE_CONTENT_ALIASES if include_content else {}
    also = {**OTHER_MESSAGE_COLUMNS, **({} if include_content else MESSAGE_CONTENT_ALIASES)}
    raw, sn, skipped = read_aliased(data, name, {**MESSAGE_ALIASES, **content}, EXPECTED, also)
    na = pd.Series(pd.NA, index=raw.index, dtype="string")
    col = lambda c: raw[c] if c in raw else na  # noqa: E731
    out = pd.DataFrame(index=raw.index)
    out["sender"] = map_distinct(col("sender"), str.strip)
    out["recipients"] = map_distinct(col("recipients"), str.strip)
    out["conversation_id"] = (raw["conversation_id"] if "conversation_id" in raw
                              else _synthetic_ids(out["sender"], out["recipients"]))
    out["conversation_title"] = col("conversation_title")
    out["sender_url"] = normalize_profile_url(col("sender_url"))
    out["recipient_urls"] = map_distinct(col("recipient_urls"), _normalize_url_list)
    n_urls = map_distinct(out["recipient_urls"], lambda v: v.count(",") + 1,
                          dtype="int64", missing=0)
    n_names = map_distinct(out["recipients"], lambda v: v.count(", ") + 1,
                           dtype="int64", missing=0)
    out["n_recipients"] = n_urls.where(out["recipient_urls"].notna(), n_names)
    out["sent_at"], unparsed = parse_dates(col("sent_at"), TIMESTAMP_FORMATS, utc=True)
    out["folder"] = map_distinct(col("folder"), str.strip)
    out["direction"] = map_distinct(col("direction"), lambda v: v.strip().upper())
    out["is_draft"] = flag(col("is_draft"), TRUE_VALUES)
    if "folder" in raw:
        out["is_draft"] = out["is_draft"] | out["folder"].isna()
    out["is_conversation_draft"] = flag(col("is_conversation_draft"), TRUE_VALUES)
    for c in content:
        out[c] = raw[c]
    out["source_file"] = pd.Series(name.rsplit("/", 1)[-1], index=raw.index, dtype="string")
    return out, sn, skipped, unparsed


def conversation_flags(messages):
    """Add ``is_group`` and ``is_sponsored``, which hold for whole conversations."""
    codes = pd.factorize(messages["conversation_id"].fillna(""))[0]
    size = np.bincount(codes)

    def in_any(mask):
        return (np.bincount(codes, weights=mask.to_numpy(dtype=float)) > 0)[codes]

    def in_all(mask):
        return (np.bincount(codes, weights=mask.to_numpy(dtype=float)) == size)[codes]

    lower = lambda v: v.strip().lower()  # noqa: E731
    titled = map_distinct(messages["conversation_title"], lower).isin(SPONSORED_TITLES)
    anonymous = (map_distinct(messages["sender"], lower) == SPONSOR_SENDER).fillna(False) & (
        messages["sender_url"].isna())
    return messages.assign(
        is_group=in_any(messages["n_recipients"] > 1),
        is_sponsored=in_any(titled.fillna(False)) | in_all(anonymous),
    )


def _most_present(messages, who, whom):
    """The value of ``who``/``whom`` taking part in the most one-to-one conversations."""
    one_to_one = messages[messages["n_recipients"] == 1]
    conv = pd.factorize(one_to_one["conversation_id"])[0]
    codes, uniq = pd.factorize(pd.concat([one_to_one[who], one_to_one[whom]]))
    if not len(uniq):
        return None
    width = len(uniq) + 1
    both = np.concatenate([conv, conv]).astype(np.int64)
    ok = (codes >= 0) & (both >= 0)
    pairs = np.unique(both[ok] * width + codes[ok])  # one (conversation, person) each
    counts = np.bincount(pairs % width, minlength=len(uniq))
    top = np.sort(counts)[::-1]
    if len(top) > 1 and top[0] == top[1]:
        return None
    return uniq[int(counts.argmax())]


def _mode_where(values, mask):
    found = values[mask.fillna(False)].dropna()
    return found.mode().iloc[0] if not found.empty else None


def infer_owner(messages):
    """Return ``(name, url)`` of the archive owner as far as the messages tell.

    The sender of ``OUTGOING`` messages when the file has a direction; else
    the person (by URL, else by name) taking part in the most one-to-one
    conversations, since the owner takes part in all of them.

    Examples
    --------
    >>> m = pd.DataFrame({"conversation_id": ["a", "a", "b"],
    ...     "sender": ["Me", "Xi", "Yu"], "recipients": ["Xi", "Me", "Me"],
    ...     "sender_url": ["u/me", "u/x", "u/y"], "recipient_urls": ["u/x", "u/me", "u/me"],
    ...     "n_recipients": [1, 1, 1], "direction": pd.array([pd.NA] * 3, dtype="string")})
    >>> infer_owner(m)
    ('Me', 'u/me')
    """
    outgoing = messages["direction"] == "OUTGOING"
    if outgoing.fillna(False).any():
        return (_mode_where(messages["sender"], outgoing),
                _mode_where(messages["sender_url"], outgoing))
    url = _most_present(messages, "sender_url", "recipient_urls")
    name = None if url else _most_present(messages, "sender", "recipients")
    if url and not name:
        name = _mode_where(messages["sender"], messages["sender_url"] == url)
    if name and not url:
        url = _mode_where(messages["sender_url"], messages["sender"] == name)
    return name, url


def apply_owner(messages, owner_url, owner_name):
    """Fill ``direction`` from the owner where the file did not say it."""
    derived = pd.Series(pd.NA, index=messages.index, dtype="string")
    if owner_url:
        mine = messages["sender_url"] == owner_url
        derived = derived.mask(messages["sender_url"].notna(), "INCOMING").mask(
            mine.fillna(False), "OUTGOING")
    if owner_name:
        by_name = map_distinct(messages["sender"], str.lower) == owner_name.lower()
        derived = derived.fillna(by_name.map({True: "OUTGOING", False: "INCOMING"})
                                 .astype("string"))
    return messages.assign(direction=messages["direction"].fillna(derived))
