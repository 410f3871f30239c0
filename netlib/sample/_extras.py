"""Invent the smaller archive files: invitations, endorsements, recommendations,
profile, positions and skills.

Each builder returns ``(header, rows)`` ready for :func:`._csvio.csv_text`.
"""

from __future__ import annotations

import numpy as np

from ._csvio import fmt_short, fmt_slash_utc
from ._messages import DAY, _seconds, _strangers
from ._people import People
from ._roles import COMPANIES
from ._story import GIVEN_SKILLS, OWNER, OWNER_POSITIONS, SKILLS
from ._texts import INVITATION_NOTES, RECOMMENDATIONS_GIVEN, RECOMMENDATIONS_RECEIVED

INVITATIONS_DAYS = 240  # LinkedIn keeps about eight months of invitations


def _clock(rng, days_s):
    """Add a daytime clock (US hours, in UTC) to midnight timestamps."""
    hour = np.clip(rng.normal(17, 3.5, len(days_s)), 0, 23.99)
    return days_s + (hour * 3600).astype(np.int64)


def invitations(people: People, rng, today, owner):
    """``Invitations.csv``: accepted (now connections) and pending, both ways."""
    today_s = int(_seconds(today))
    window = today_s - INVITATIONS_DAYS * DAY
    joined = _seconds(people.connected)
    recent = np.flatnonzero(~people.hidden & (joined >= window))
    recent = recent[rng.random(len(recent)) < 0.7]
    sent = np.maximum(joined[recent] - rng.integers(0, 8, len(recent)) * DAY, window)
    n_pending = max(2, round(0.03 * len(people)))
    p_names, p_urls, p_first = _strangers(rng, n_pending)
    pend_sent = window + rng.integers(0, INVITATIONS_DAYS, n_pending) * DAY
    sent_at = fmt_short(_clock(rng, np.r_[sent, pend_sent]))
    incoming = rng.random(len(recent) + n_pending) < 0.65
    note = rng.random(len(incoming))
    me = (owner["name"], owner["url"], owner["first"])
    rows = []
    for k in range(len(incoming)):
        if k < len(recent):
            i = recent[k]
            them = (people.name[i], people.url[i], people.first[i])
        else:
            j = k - len(recent)
            them = (p_names[j], p_urls[j], p_first[j])
        inviter, invitee = (them, me) if incoming[k] else (me, them)
        text = ""
        if note[k] < 0.25:
            text = INVITATION_NOTES[int(note[k] * 4 * len(INVITATION_NOTES))]
            text = text.format(first=invitee[2])
        rows.append([inviter[0], invitee[0], sent_at[k], text,
                     "INCOMING" if incoming[k] else "OUTGOING", inviter[1], invitee[1]])
    when = np.r_[sent, pend_sent]
    rows = [rows[k] for k in np.argsort(-when, kind="stable")]
    return ["From", "To", "Sent At", "Message", "Direction",
            "inviterProfileUrl", "inviteeProfileUrl"], rows


def _endorse_rows(people, rng, today, n, skills, core_boost):
    pool = np.flatnonzero(~people.hidden)
    if len(pool) == 0 or n == 0:
        return []
    weight = np.where(np.isin(people.role[pool], ["core", "recruiter"]), core_boost, 1.0)
    who = rng.choice(pool, size=n, p=weight / weight.sum())
    skill_w = 1.0 / np.arange(1, len(skills) + 1)
    skill = rng.choice(len(skills), size=n, p=skill_w / skill_w.sum())
    _, first = np.unique(who * 1000 + skill, return_index=True)  # one per person and skill
    first = np.sort(first)
    who, skill = who[first], skill[first]
    start = _seconds(people.connected[who])
    today_s = int(_seconds(today))
    day = start + (rng.random(len(who)) * (today_s - start - DAY)).astype(np.int64) // DAY * DAY
    when = _clock(rng, np.maximum(day, start))
    dates = fmt_slash_utc(when)
    rows = [[dates[k], skills[skill[k]], people.first[i], people.last[i],
             people.url[i].replace("https://", ""), "ACCEPTED"]
            for k, i in enumerate(who.tolist())]
    return [rows[k] for k in np.argsort(-when, kind="stable")]


def endorsements(people: People, rng, today):
    """``Endorsement_Received_Info.csv`` and ``Endorsement_Given_Info.csv``."""
    n = len(people)
    received = _endorse_rows(people, rng, today, round(0.3 * n) + 5, SKILLS, 12.0)
    given = _endorse_rows(people, rng, today, round(0.12 * n) + 3, GIVEN_SKILLS, 8.0)
    head = ["Endorsement Date", "Skill Name", "{} First Name", "{} Last Name",
            "{} Public Url", "Endorsement Status"]
    return ([h.format("Endorser") for h in head], received), \
           ([h.format("Endorsee") for h in head], given)


def recommendations(people: People, rng, today):
    """``Recommendations_Received.csv`` and ``Recommendations_Given.csv``."""
    header = ["First Name", "Last Name", "Company", "Job Title", "Text", "Creation Date",
              "Status"]
    personal = {v for entry in COMPANIES["community"] for v in entry}
    core = np.flatnonzero((people.role == "core") & (people.company != "")
                          & ~np.isin(people.company, list(personal)))
    who = rng.choice(core, size=min(len(core), 8), replace=False) if len(core) else core
    today_s = int(_seconds(today))
    start = _seconds(people.connected[who])
    when = _clock(rng, start + (rng.random(len(who)) * (today_s - start - DAY)
                                ).astype(np.int64) // DAY * DAY)
    if len(who):  # someone wrote her one right after the layoff
        when[0] = _clock(rng, np.array([today_s - 30 * DAY]))[0]
    dates = fmt_short(when, zero_pad_hour=True)
    out = {"received": [], "given": []}
    for k, i in enumerate(who.tolist()):
        side = "received" if k % 3 != 2 else "given"
        pool = RECOMMENDATIONS_RECEIVED if side == "received" else RECOMMENDATIONS_GIVEN
        text = pool[k // 3 % len(pool)].format(
            first=OWNER["first"] if side == "received" else people.first[i])
        out[side].append((when[k], [people.first[i], people.last[i], people.company[i],
                                    people.position[i], text, dates[k], "VISIBLE"]))
    return tuple((header, [r for _, r in sorted(out[s], key=lambda x: -x[0])])
                 for s in ("received", "given"))


def profile_files():
    """``Profile.csv``, ``Positions.csv`` and ``Skills.csv`` of the owner."""
    profile = (["First Name", "Last Name", "Maiden Name", "Address", "Birth Date",
                "Headline", "Summary", "Industry", "Zip Code", "Geo Location",
                "Twitter Handles", "Websites", "Instant Messengers"],
               [[OWNER["first"], OWNER["last"], "", "", "", OWNER["headline"],
                 OWNER["summary"], OWNER["industry"], OWNER["zip"], OWNER["geo"], "", "", ""]])
    positions = (["Company Name", "Title", "Description", "Location", "Started On",
                  "Finished On"], [list(p) for p in OWNER_POSITIONS])
    skills = (["Name"], [[s] for s in SKILLS])
    return profile, positions, skills
