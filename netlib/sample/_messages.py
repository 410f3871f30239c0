"""Invent the owner's LinkedIn messages (``messages.csv`` rows).

The budget of ``n_messages`` is shared between the core (long 1:1 threads
over years, both directions), the long tail (one or two messages each),
recruiters, group threads, sponsored InMail, spam and a draft. Message times
and senders are drawn for all conversations of a kind at once with numpy;
rows are then rendered, newest conversation first.
"""

from __future__ import annotations

import base64

import numpy as np

from ._names import FIRST_NAMES, LAST_NAMES
from ._people import PROFILE_PREFIX, People
from ._story import GROUP_THREADS
from ._texts import (
    CHAT, DRAFTS, GROUP, GROUP_TITLES, LAYOFF, RECRUITER, RECRUITER_SUBJECTS,
    SPAM, SPONSORED, SPONSORED_SUBJECTS,
)

HEADER = [
    "CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
    "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER",
    "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT",
]
OWNER, MEMBER, STRANGER = -1, -2, -3  # special participants
DAY = 86_400
LAYOFF_DAY = np.datetime64("2026-09-15")
TEXTS = {"chat": CHAT, "layoff": LAYOFF, "recruiter": RECRUITER, "group": GROUP,
         "sponsored": SPONSORED, "spam": SPAM, "draft": DRAFTS}


def _seconds(day):
    return np.asarray(day).astype("datetime64[D]").astype(np.int64) * DAY


class _Inbox:
    """Collects conversations and their messages as parallel lists."""

    def __init__(self, rng, today_s):
        self.rng, self.today_s = rng, today_s
        self.titles, self.folders, self.subjects, self.members = [], [], [], []
        self.conv, self.time, self.sender, self.kind, self.draft = [], [], [], [], []

    def add(self, members, sizes, start, end, *, kind, title="", folder="INBOX",
            subject="", owner_first_p=0.5, draft=False):
        """Add one conversation per element of ``sizes`` (members: list per conversation)."""
        keep = np.flatnonzero(sizes > 0)
        if len(keep) == 0:
            return
        end = np.minimum(end[keep], self.today_s)  # messages end before "today"
        sizes, start = sizes[keep], np.minimum(start[keep], end - DAY)
        members = [members[i] for i in keep]
        rng, n = self.rng, int(sizes.sum())
        conv = np.repeat(np.arange(len(sizes)), sizes)
        span = (end - start)[conv]
        day = (start[conv] + rng.random(n) * span) // DAY * DAY
        hour = np.clip(rng.normal(16.5, 3.5, n), 0, 23.99)
        t = day + (hour * 3600).astype(np.int64) + rng.integers(0, 60, n)
        t = t[np.lexsort((t, conv))]
        pos = np.arange(n) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        owner_first = (rng.random(len(sizes)) < owner_first_p)[conv]
        # senders alternate from the first one, with a few double texts later on
        owner_sends = ((pos % 2 == 0) == owner_first) ^ ((rng.random(n) < 0.15) & (pos > 0))
        pick = rng.random(n)
        base = len(self.titles)
        for c, m in enumerate(members):
            self.members.append(m)
            self.titles.append(title if isinstance(title, str) else title[keep[c]])
            self.folders.append(folder if isinstance(folder, str) else folder[keep[c]])
            self.subjects.append(subject if isinstance(subject, str) else subject[keep[c]])
        for c, ti, o, u in zip(conv.tolist(), t.tolist(), owner_sends.tolist(), pick):
            others = members[c]
            if len(others) > 1:  # group: anyone may write
                everyone = [OWNER] + others
                s = everyone[int(u * len(everyone))]
            else:
                s = OWNER if o or draft else others[0]
            self.conv.append(base + c)
            self.time.append(ti)
            self.sender.append(s)
            self.kind.append(kind(s, ti) if callable(kind) else kind)
            self.draft.append(draft)


def _spread(rng, total, n, min_each=0):
    """Split ``total`` into ``n`` uneven parts (a few people get most)."""
    if n == 0:
        return np.zeros(0, dtype=int)
    base = min(min_each, total // n)
    return base + rng.multinomial(total - base * n, rng.dirichlet(np.full(n, 0.8)))


# Share of the long tail she has ever exchanged a 1:1 message with: in a real
# network most connections never get one, which is what "nurture" is about.
TAIL_REACH = 0.55


def _tail_reach(tail):
    return round(TAIL_REACH * len(tail))


def _budget(people, n_messages):
    """How many messages each kind gets; what a kind cannot use goes to the core."""
    role = people.role
    core = np.flatnonzero(np.isin(role, ["core", "planner", "orthodontist"]))
    recruiters = np.flatnonzero(role == "recruiter")
    tail = np.flatnonzero((role == "") | (role == "friend") | (role == "known"))
    left = n_messages

    def take(want):
        nonlocal left
        got = int(min(max(want, 0), left))
        left -= got
        return got

    plan = dict(sponsored=take(max(1, round(0.02 * n_messages))),
                spam=take(max(1, round(0.002 * n_messages))),
                draft=take(1 if len(core) else 0),
                recruiters=take(min(4 * len(recruiters), round(0.03 * n_messages) + 2)),
                group=take(round(0.08 * n_messages) if len(core) + len(tail) >= 6 else 0),
                tail=take(min(round(0.32 * n_messages), 2 * _tail_reach(tail))))
    plan["core"] = take(left if len(core) else 0)
    plan["tail"] += take(min(left, 2 * _tail_reach(tail) - plan["tail"]))
    plan["sponsored"] += take(left)
    return plan, core, recruiters, tail


def _groups(rng, people, n_groups):
    by_first = {f: i for i, (f, r) in enumerate(zip(people.first, people.role)) if r == "core"}
    groups = []
    for title, firsts in GROUP_THREADS[:n_groups]:
        members = [by_first[f] for f in firsts if f in by_first]
        if len(members) >= 2:
            groups.append((title, members))
    pool = np.flatnonzero(~people.hidden)
    while len(groups) < n_groups:
        k = int(min(rng.integers(2, 6), len(pool)))
        title = GROUP_TITLES[len(groups) % len(GROUP_TITLES)] if rng.random() < 0.7 else ""
        groups.append((title, rng.choice(pool, size=k, replace=False).tolist()))
    return groups


def _fill(inbox, people, plan, core, recruiters, tail, today):
    rng, today_s = inbox.rng, inbox.today_s
    joined = _seconds(people.connected)
    layoff_s = _seconds(LAYOFF_DAY)

    def chat_or_layoff(sender, t):
        return "layoff" if sender == OWNER and t > layoff_s and rng.random() < 0.4 else "chat"

    # the core: one long thread each, from the day they connected until today
    sizes = _spread(rng, plan["core"], len(core), min_each=8)
    inbox.add([[i] for i in core], sizes, joined[core], np.full(len(core), today_s),
              kind=chat_or_layoff)
    # the long tail: one or two messages, mostly soon after connecting
    n_conv = min(_tail_reach(tail), max(-(-plan["tail"] // 2), round(plan["tail"] / 1.4)))
    who = rng.choice(tail, size=n_conv, replace=False) if n_conv else tail[:0]
    sizes = np.ones(n_conv, dtype=int)
    sizes[rng.choice(n_conv, size=plan["tail"] - n_conv, replace=False)] += 1
    soon = rng.random(n_conv) < 0.7
    end = np.where(soon, np.minimum(joined[who] + 45 * DAY, today_s), today_s)
    folder = np.where(rng.random(n_conv) < 0.2, "ARCHIVE", "INBOX").tolist()
    inbox.add([[i] for i in who], sizes, joined[who], end, kind=chat_or_layoff, folder=folder)
    # recruiters: InMail with a subject, mostly after the layoff
    sizes = _spread(rng, plan["recruiters"], len(recruiters), min_each=1)
    start = np.maximum(joined[recruiters], layoff_s - 300 * DAY)
    subject = [RECRUITER_SUBJECTS[int(u * len(RECRUITER_SUBJECTS))]
               for u in rng.random(len(recruiters))]
    inbox.add([[i] for i in recruiters], sizes, start, np.full(len(recruiters), today_s),
              kind=lambda s, t: "recruiter" if s != OWNER else chat_or_layoff(s, t),
              owner_first_p=0.15, subject=subject)
    # group threads
    if plan["group"]:
        groups = _groups(rng, people, max(1, plan["group"] // 18))
        first = np.array([joined[m].max() for _, m in groups])
        start = first + (rng.random(len(groups)) * (today_s - first) * 0.9).astype(np.int64)
        inbox.add([m for _, m in groups], _spread(rng, plan["group"], len(groups), 2),
                  start, start + 45 * DAY, kind="group", title=[g[0] for g in groups])
    # sponsored InMail, spam from strangers, a draft
    three_years = np.full(plan["sponsored"], today_s - 3 * 365 * DAY)
    inbox.add([[MEMBER]] * plan["sponsored"], np.ones(plan["sponsored"], dtype=int),
              three_years, np.full(plan["sponsored"], today_s), kind="sponsored",
              owner_first_p=0, title="Sponsored Conversation",
              subject=[SPONSORED_SUBJECTS[i % len(SPONSORED_SUBJECTS)]
                       for i in range(plan["sponsored"])])
    inbox.add([[STRANGER - i] for i in range(plan["spam"])], np.ones(plan["spam"], dtype=int),
              np.full(plan["spam"], today_s - 400 * DAY), np.full(plan["spam"], today_s),
              kind="spam", owner_first_p=0, folder="SPAM")
    if plan["draft"]:
        who = core[:1]
        inbox.add([[who[0]]], np.ones(1, dtype=int), np.full(1, today_s - 3 * DAY),
                  np.full(1, today_s), kind="draft", folder="", draft=True)


def _conversation_ids(rng, n):
    raw = rng.integers(0, 256, size=(n, 24), dtype=np.uint8)
    return ["2-" + base64.b64encode(r.tobytes()).decode() for r in raw]


def _strangers(rng, n):
    first = [FIRST_NAMES[i] for i in rng.integers(0, len(FIRST_NAMES), n)]
    last = [LAST_NAMES[i] for i in rng.integers(0, len(LAST_NAMES), n)]
    tags = rng.integers(0, 2**32, n)
    names = [f"{f} {l}" for f, l in zip(first, last)]
    urls = [f"{PROFILE_PREFIX}user-{t:08x}" for t in tags]
    return names, urls, first


def _render(inbox, people, owner):
    rng = inbox.rng
    names, urls, firsts = people.name.tolist(), people.url.tolist(), people.first.tolist()
    companies = people.company.tolist()
    s_names, s_urls, s_firsts = _strangers(rng, len(inbox.titles))

    def who(p):  # (name, url, first name, company) of a participant
        if p >= 0:
            return names[p], urls[p], firsts[p], companies[p]
        if p == OWNER:
            return owner["name"], owner["url"], owner["first"], "Northwind"
        if p == MEMBER:
            return "LinkedIn Member", "", "", ""
        k = STRANGER - p
        return s_names[k], s_urls[k], s_firsts[k], ""

    conv, time = np.array(inbox.conv, dtype=np.int64), np.array(inbox.time, dtype=np.int64)
    last = np.full(len(inbox.titles), -1, dtype=np.int64)
    np.maximum.at(last, conv, time)
    order = np.lexsort((-time, conv, -last[conv]))
    first_of_conv = np.full(len(inbox.titles), np.iinfo(np.int64).max)
    np.minimum.at(first_of_conv, conv, time)
    ids = _conversation_ids(rng, len(inbox.titles))
    dates = np.datetime_as_string(time.astype("datetime64[s]"))
    pick = rng.random(len(time))
    rows = []
    for i in order.tolist():
        c, s = inbox.conv[i], inbox.sender[i]
        to = [p for p in [OWNER] + inbox.members[c] if p != s]
        s_name, s_url, _, _ = who(s)
        recipients = [who(p) for p in to]
        texts = TEXTS[inbox.kind[i]]
        text = texts[int(pick[i] * len(texts))]
        if "{" in text:
            text = text.format(first=recipients[0][2], company=recipients[0][3] or "Globex")
        draft = "Yes" if inbox.draft[i] else "No"
        rows.append([
            ids[c], inbox.titles[c], s_name, s_url, ", ".join(r[0] for r in recipients),
            ",".join(r[1] for r in recipients), dates[i].replace("T", " ") + " UTC",
            inbox.subjects[c] if time[i] == first_of_conv[c] else "", text,
            inbox.folders[c], draft, draft,
        ])
    return rows


def make_messages(people: People, n_messages: int, rng: np.random.Generator,
                  today: np.datetime64, owner: dict) -> list[list[str]]:
    """Rows of ``messages.csv`` (without header), newest conversation first.

    ``owner`` holds the archive owner's ``name``, ``first`` and ``url``.
    """
    plan, core, recruiters, tail = _budget(people, n_messages)
    inbox = _Inbox(rng, int(_seconds(today)))
    _fill(inbox, people, plan, core, recruiters, tail, today)
    return _render(inbox, people, owner)
