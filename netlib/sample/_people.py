"""Invent the connections: names, profile URLs, employers, titles, dates.

Everything is drawn from one :class:`numpy.random.Generator`, in a fixed
order, so a seed always gives the same people. The story's cast comes first
(trimmed for tiny networks), then random people whose titles, companies and
connection dates follow the weights in :mod:`._roles` and :mod:`._story`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import quote

import numpy as np

from ._names import FIRST_NAMES, LAST_NAMES
from ._roles import (
    COMPANIES, EMAIL_DOMAINS, FOREIGN_TITLES, HEADLINES, RECRUITER_POSITIONS,
    ROLE_GROUPS, STATUS_POSITIONS,
)
from ._story import BURSTS, CAST

PROFILE_PREFIX = "https://www.linkedin.com/in/"
FIRST_DAY = np.datetime64("2010-06-01")
_FOLD = str.maketrans({"ø": "o", "Ø": "O", "ß": "ss", "ł": "l", "æ": "ae"})


@dataclass
class People:
    """Connections as parallel arrays (one element per person)."""

    first: np.ndarray
    last: np.ndarray
    slug: np.ndarray
    company: np.ndarray
    position: np.ndarray
    email: np.ndarray
    connected: np.ndarray  # datetime64[D]
    hidden: np.ndarray  # bool
    role: np.ndarray  # "core", "recruiter", "planner", ... or "" for the long tail

    def __len__(self):
        return len(self.first)

    @cached_property
    def url(self):
        return np.array([PROFILE_PREFIX + s if s else "" for s in self.slug], dtype=object)

    @cached_property
    def name(self):
        return np.array([f"{f} {l}".strip() for f, l in zip(self.first, self.last)],
                        dtype=object)


def ascii_fold(text: str) -> str:
    """Drop accents: ``'Lucía Søren'`` -> ``'Lucia Soren'``."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c))


def _slug_base(first: str, last: str, keep_accents: bool) -> str:
    name = f"{first} {last}" if keep_accents else ascii_fold(f"{first} {last}")
    name = name.lower().replace("'", "")
    return "-".join(name.split())


def _slugs(first, last, rng):
    """LinkedIn-like vanity slugs, unique; accented ones percent-encoded."""
    n = len(first)
    style = rng.choice(4, size=n, p=[0.55, 0.2, 0.15, 0.1])
    hexes = rng.integers(0, 2**32, size=n)
    digits = rng.integers(10, 999, size=n)
    accents = rng.random(n) < 0.6
    out, seen = [], set()
    for i in range(n):
        base = _slug_base(first[i], last[i], bool(accents[i]))
        slug = (f"{base}-{hexes[i]:08x}", f"{base}-{digits[i]}", base,
                base.replace("-", ""))[style[i]]
        while slug in seen:
            slug = f"{slug}-{i:x}"
        seen.add(slug)
        out.append(quote(slug, safe="-"))
    return np.array(out, dtype=object)


def _dates(n, rng, today):
    """Connection dates: slow growth over the years plus bursts."""
    span = (today - FIRST_DAY).astype(int)
    base = FIRST_DAY + (rng.beta(1.5, 1.0, size=n) * span).astype("timedelta64[D]")
    centers = np.array([np.datetime64(d) for d, _, _ in BURSTS])
    spreads = np.array([s for _, s, _ in BURSTS], dtype=float)
    weights = np.array([w for _, _, w in BURSTS], dtype=float)
    which = rng.choice(len(BURSTS), size=n, p=weights / weights.sum())
    offset = np.rint(rng.normal(0, spreads[which])).astype("timedelta64[D]")
    burst = centers[which] + offset
    dates = np.where(rng.random(n) < 0.62, base, burst)
    return np.clip(dates, FIRST_DAY, today)


def _pick_company(kind_idx, kinds, rng):
    n = len(kind_idx)
    entry_u, variant_u = rng.random(n), rng.random(n)
    out = []
    for i in range(n):
        entries = COMPANIES[kinds[kind_idx[i]]]
        variants = entries[int(entry_u[i] * len(entries))]
        v = 0 if variant_u[i] < 0.6 or len(variants) == 1 else 1 + int(
            (variant_u[i] - 0.6) / 0.4 * (len(variants) - 1))
        out.append(variants[v])
    return out


def _titles(n, rng):
    """Group, title and company for ``n`` random people, with real-world mess."""
    groups = list(ROLE_GROUPS)
    weights = np.array([ROLE_GROUPS[g][0] for g in groups], dtype=float)
    kinds = list(COMPANIES)
    g_idx = rng.choice(len(groups), size=n, p=weights / weights.sum())
    t_u, mess, mess_pick, other_u = (rng.random(n) for _ in range(4))
    kind_idx = np.array([kinds.index(ROLE_GROUPS[groups[g]][1]) for g in g_idx], dtype=int)
    # a quarter work for another kind of business (a PM at a retailer, a buyer at a bank)
    business = np.array([kinds.index(k) for k in ("retail", "agency", "tech", "finance")])
    swap = (rng.random(n) < 0.25) & np.isin(kind_idx, business)
    kind_idx = np.where(swap, business[rng.integers(0, len(business), n)], kind_idx)
    company = _pick_company(kind_idx, kinds, rng)
    other = _pick_company(rng.integers(0, len(kinds), n), kinds, rng)
    title, role = [], []
    for i in range(n):
        group = groups[g_idx[i]]
        pool = ROLE_GROUPS[group][2]
        t = pool[int(t_u[i] * len(pool))]
        if group == "recruiting" and mess_pick[i] < 0.5:
            t = RECRUITER_POSITIONS[int(other_u[i] * len(RECRUITER_POSITIONS))]
            t = t.format(company=company[i])
        elif mess[i] < 0.03:
            t = FOREIGN_TITLES[int(mess_pick[i] * len(FOREIGN_TITLES))]
        elif mess[i] < 0.06:
            t = STATUS_POSITIONS[int(mess_pick[i] * len(STATUS_POSITIONS))]
        elif mess[i] < 0.17 and other[i] != company[i]:
            template = HEADLINES[int(mess_pick[i] * len(HEADLINES))]
            t = template.format(title=t, company=company[i], other=other[i])
        title.append(t)
        role.append("recruiter" if group == "recruiting" else "")
    return company, title, role


def make_people(n: int, rng: np.random.Generator, today: np.datetime64) -> People:
    """Draw ``n`` connections; the cast first, newest connection first."""
    n_cast = min(len(CAST), n // 2)
    m = n - n_cast
    cast = CAST[:n_cast]
    first = [c[0] for c in cast] + [FIRST_NAMES[i] for i in rng.integers(0, len(FIRST_NAMES), m)]
    last = [c[1] for c in cast] + [LAST_NAMES[i] for i in rng.integers(0, len(LAST_NAMES), m)]
    company, title, role = _titles(m, rng)
    company = [c[2] for c in cast] + company
    title = [c[3] for c in cast] + title
    role = [c[5] for c in cast] + role
    cast_dates = np.array([np.datetime64(c[4]) for c in cast], dtype="datetime64[D]")
    connected = np.concatenate([np.minimum(cast_dates, today), _dates(m, rng, today)])
    slug = _slugs(first, last, rng)
    first, last = np.array(first, dtype=object), np.array(last, dtype=object)
    company, title = np.array(company, dtype=object), np.array(title, dtype=object)
    role = np.array(role, dtype=object)
    is_random = np.arange(n) >= n_cast

    # blanks: 3 % miss a company, a position or both; ~2 % are hidden members
    blank = rng.random(n)
    company[is_random & (blank < 0.02)] = ""
    title[is_random & (blank > 0.01) & (blank < 0.03)] = ""
    hidden = np.zeros(n, dtype=bool)
    hidden[rng.choice(np.flatnonzero(is_random), size=max(int(m >= 10), round(0.02 * m)),
                      replace=False)] = True
    # ~2 % share a private email address
    email_u, dom = np.ones(n), rng.integers(0, len(EMAIL_DOMAINS), n)
    email_u[rng.choice(n, size=max(1, round(0.02 * n)), replace=False)] = 0
    email = np.array([
        f"{ascii_fold(f).lower()}.{ascii_fold(l).lower().replace(' ', '').replace(chr(39), '')}"
        f"@{EMAIL_DOMAINS[d]}" if u < 0.02 else ""
        for f, l, u, d in zip(first, last, email_u, dom)
    ], dtype=object)
    # in big networks the core grows a little: promote some long-tail people
    extra_core = max(0, (n - 450) // 400)
    if extra_core:
        pool = np.flatnonzero(is_random & ~hidden & (role == ""))
        role[rng.choice(pool, size=min(extra_core, len(pool)), replace=False)] = "core"
    for arr in (first, last, slug, company, title, email):
        arr[hidden] = ""
    role[hidden] = "hidden"

    order = np.argsort(-connected.astype(np.int64), kind="stable")
    return People(first=first[order], last=last[order], slug=slug[order],
                  company=company[order], position=title[order], email=email[order],
                  connected=connected[order], hidden=hidden[order], role=role[order])
