"""Public-domain occupation titles (U.S. SOC) as title phrases with a LinkedIn function.

``data/soc_occupations.csv`` holds the official SOC titles (extracted by
``scripts/extract_soc_titles.py``); ``data/soc_functions.csv`` is netlib's own
crosswalk from SOC code prefixes to LinkedIn functions. Official titles are
lists in the plural ("Title Examiners, Abstractors, and Searchers",
"Bookkeeping, Accounting, and Auditing Clerks"); :func:`title_phrases` turns
them into the singular phrases people put on a job posting ("title examiner",
"title abstractor", "bookkeeping clerk", ...).
"""

import csv
import re
from collections import Counter, defaultdict

import numpy as np

from ._taxonomy import FUNCTIONS

__all__ = ["title_phrases", "read_crosswalk", "function_of", "occupations", "occupation_phrases",
           "soc_major_groups"]

_FUNCTION_IDS = {name: i for i, name in FUNCTIONS.items()}
_QUALIFIER_START = ("except", "including", "all other", "not ")
#: Plural words that are not heads ("sales" in "sales workers").
_NOT_PLURAL = {"sales", "services", "arts", "sciences", "affairs", "economics", "physics", "mathematics",
               "athletics", "logistics", "communications", "electronics", "systems", "operations", "relations",
               "products", "goods", "business", "gas", "glass", "mass", "press", "class", "grounds", "works",
               "fitness", "wellness", "claims", "records", "accounts", "loss", "textiles", "plastics", "ships",
               "rails", "tools", "securities", "commodities", "parts", "materials", "chemicals", "metals", "gambling", "news", "lens"}
_IRREGULAR = {"men": "man", "women": "woman", "people": "person", "staff": "staff", "personnel": "personnel",
              "clergy": "clergy"}
_WORD = re.compile(r"[a-z0-9]+")
#: Heads too general to stand alone: a later list item keeps the first item's modifiers only
#: ("Loan Interviewers and Clerks" gives "loan clerk", never a bare "clerk").
_GENERIC = {"clerk", "specialist", "worker", "operator", "technician", "technologist", "assistant", "aide",
            "officer", "agent", "tender", "setter", "helper", "attendant", "manager", "supervisor", "analyst",
            "examiner", "investigator", "appraiser", "inspector", "checker", "installer", "repairer", "mechanic",
            "director", "representative", "associate", "coordinator", "administrator", "counselor", "advisor",
            "teacher", "instructor", "therapist", "scientist", "engineer", "designer", "writer", "editor",
            "trainer", "planner", "broker", "collector", "processor", "keeper", "security"}
#: Longest phrase, in words (the phrase index's limit).
MAX_WORDS = 4


def _is_plural(word):
    if word in _IRREGULAR and _IRREGULAR[word] != word:
        return True
    if word in _IRREGULAR or word in _NOT_PLURAL:
        return word in ("clergy", "staff", "personnel")
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def singular(word):
    """``"secretaries"`` -> ``"secretary"``, ``"coaches"`` -> ``"coach"``, ``"nurses"`` -> ``"nurse"``.

    >>> [singular(w) for w in ["secretaries", "coaches", "nurses", "firemen", "actresses", "clergy"]]
    ['secretary', 'coach', 'nurse', 'fireman', 'actress', 'clergy']
    """
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _words(text):
    return _WORD.findall(text.replace("'s", "").replace("-", " ").replace("/", " "))


def _items(text):
    """The items of a SOC list: split on commas and ``and``."""
    parts = re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", text)
    return [w for w in (_words(p) for p in parts) if w]


def title_phrases(title):
    """Singular title phrases (tuples of words) in an official SOC title.

    >>> [" ".join(p) for p in title_phrases("Title Examiners, Abstractors, and Searchers")]
    ['title examiner', 'abstractor', 'title abstractor', 'searcher', 'title searcher']
    >>> [" ".join(p) for p in title_phrases("Bookkeeping, Accounting, and Auditing Clerks")]
    ['bookkeeping clerk', 'accounting clerk', 'auditing clerk']
    >>> [" ".join(p) for p in title_phrases("First-Line Supervisors of Police and Detectives")]
    ['police detective supervisor', 'detective supervisor']
    >>> [" ".join(p) for p in title_phrases("Teachers and Instructors, All Other")]
    ['teacher', 'instructor']
    """
    text = " ".join(title.lower().split())
    text = re.sub(r"^first-line\s+", "", text)
    of = re.match(r"^(.*?\w+s) of (.*)$", text)
    if of and _is_plural(_words(of.group(1))[-1]):
        heads = [p[-1:] for p in title_phrases(of.group(1))]
        objects = [p[:-1] if p[-1] in ("worker", "person") and len(p) > 1 else p for p in title_phrases(of.group(2))]
        return _unique(tuple(o[-(MAX_WORDS - 1):]) + h for h in heads for o in objects)
    items = _items(text)
    out, modifiers, first_head = [], [], None
    for item in items:
        if any(" ".join(item).startswith(q) for q in _QUALIFIER_START):
            break
        if not _is_plural(item[-1]):
            if first_head is not None:
                break  # "Cooks, Restaurant": a qualifier after the heads
            modifiers.append(item)
            continue
        head = item[:-1] + [singular(item[-1])]
        phrases = [m + head[-1:] for m in modifiers] + [head]
        if first_head is not None and len(item) == 1 and len(first_head) > 1:
            phrases.append(first_head[:-1] + head)  # "abstractors" -> "title abstractor"
            if head[0] in _GENERIC:
                phrases.remove(head)
        if first_head is None:
            first_head = head
        modifiers = []
        out.extend(tuple(p[-MAX_WORDS:]) for p in phrases)
    return _unique(out)


#: Words of SOC group names that are not part of any job title.
_NOT_TITLE = {"miscellaneous", "occupation", "occupations", "related", "other", "first", "line"}


def _unique(phrases):
    seen, out = set(), []
    for p in phrases:
        p = tuple(w for w in p if w not in ("first", "line"))
        if p and p not in seen and not _NOT_TITLE & set(p):
            seen.add(p)
            out.append(p)
    return out


def _rows(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    first = next(iter(rows[0])) if rows else None
    return [row for row in rows if not (row[first] or "").startswith("#")]


def read_crosswalk(path):
    """``{soc prefix: function id or 0}`` from ``soc_functions.csv`` (0 = left out)."""
    crosswalk = {}
    for row in _rows(path):
        name = (row["function"] or "").strip()
        if name and name not in _FUNCTION_IDS:
            raise ValueError(f"unknown function in {path.name}: got {name!r}")
        crosswalk[row["soc"].strip()] = _FUNCTION_IDS.get(name, 0)
    return crosswalk


def function_of(soc, crosswalk):
    """The function id of a SOC code by its longest prefix in ``crosswalk`` (0 if none)."""
    for end in range(len(soc), 1, -1):
        if soc[:end] in crosswalk:
            return crosswalk[soc[:end]]
    return 0


def occupations(occupations_path, crosswalk_path):
    """``[(soc, phrase, function id)]`` for every phrase of every detailed SOC title with a function.

    Group titles (major, minor, broad) are left out: they repeat the detailed
    titles in looser words ("Sales Representatives, Services").
    """
    crosswalk = read_crosswalk(crosswalk_path)
    out = []
    for row in _rows(occupations_path):
        fid = function_of(row["soc"], crosswalk) if row["level"] == "detailed" else 0
        if fid:
            out.extend((row["soc"], phrase, fid) for phrase in title_phrases(row["title"]))
    return out


def occupation_phrases(occupations_path, crosswalk_path, min_share=0.6):
    """``{phrase: {function id: share}}``: each phrase's functions across the SOC titles that give it.

    A phrase given by several occupations of different functions ("technician")
    keeps only the functions with at least ``min_share`` of them, so ambiguous
    heads stay out.
    """
    pairs = ((phrase, fid) for _, phrase, fid in occupations(occupations_path, crosswalk_path))
    return phrase_shares(pairs, min_share)


def phrase_shares(pairs, min_share=0.6):
    """``{phrase: {function id: share}}`` from ``(phrase, function id)`` pairs, keeping
    the functions that hold at least ``min_share`` of a phrase's pairs.

    >>> phrase_shares([("nurse", 11), ("nurse", 11), ("technician", 8), ("technician", 11)])
    {'nurse': {11: 1.0}}
    """
    counts = Counter(pairs)  # one counter of (phrase, fid): tens of thousands of small ones are slow
    totals = Counter()
    for (phrase, _), n in counts.items():
        totals[phrase] += n
    out = {}
    for (phrase, fid), n in counts.items():
        if n / totals[phrase] >= min_share:
            out.setdefault(phrase, {})[fid] = n / totals[phrase]
    return out


#: Where a title's parts end: "data scientist / physician", "nurse, bsn", "cto | advisor".
_PART_BREAK = re.compile(r"\s*(?:[,/|;(){}\[\]]|\s-\s|\s@\s|\bat\b)\s*")


def _major_index(occupations_path):
    """``(majors, PhraseIndex, column)``: the detailed SOC phrases and the column of each one's major group.

    A phrase given by occupations of several major groups keeps the one that
    gives more than half of them; a tie ("director": music directors, directors
    of religious activities) leaves the phrase out.
    """
    from ._phrases import build_index

    counts = defaultdict(Counter)
    for row in _rows(occupations_path):
        if row["level"] == "detailed":
            for phrase in title_phrases(row["title"]):
                counts[phrase][row["soc"][:2]] += 1
    majors = sorted({m for counter in counts.values() for m in counter})
    phrases, columns = [], []
    for phrase, counter in counts.items():
        (major, n), = counter.most_common(1)
        if n > sum(counter.values()) / 2:
            phrases.append(phrase)
            columns.append(majors.index(major))
    return majors, build_index(phrases), np.array(columns, dtype=np.int64)


_MAJOR_CACHE = {}


def soc_major_groups(titles, occupations_path=None):
    """SOC major group of the occupation phrase in each title, one-hot.

    Each title (already lowercased, e.g. the categorizer's ``role``) is split
    into parts ("data scientist / physician" has two); the occupation phrase
    of a detailed SOC title (see :func:`title_phrases`) that is found first
    by part, then nearest the end of its part (the English head), then longest,
    gives the title its major group: ``"registered nurse"`` -> 29 (healthcare
    practitioners), ``"nursing assistant"`` -> 31 (healthcare support). A
    phrase given by occupations of several major groups counts for the one
    that gives most of them (none on a tie). No phrase gives an all-zero row.
    Matching is vectorized with :mod:`._phrases`, so 30,000 titles take a
    fraction of a second.

    Returns
    -------
    majors : list of str
        Two-digit SOC major group codes, one per column ("11", "13", ...).
    onehot : ndarray of shape (n_titles, len(majors))

    >>> majors, onehot = soc_major_groups(["registered nurse", "nursing assistant", "dm me"])
    >>> [[majors[j] for j in row.nonzero()[0]] for row in onehot]
    [['29'], ['31'], []]
    """
    from pathlib import Path

    from ._phrases import find, longest, tokenize

    path = Path(occupations_path) if occupations_path else Path(__file__).parent / "data" / "soc_occupations.csv"
    if str(path) not in _MAJOR_CACHE:
        _MAJOR_CACHE[str(path)] = _major_index(path)
    majors, index, columns = _MAJOR_CACHE[str(path)]
    titles = ["" if t is None else str(t).lower() for t in titles]
    owner, parts = [], []
    for i, title in enumerate(titles):
        pieces = [p for p in _PART_BREAK.split(title) if p] or [""]
        owner.extend([i] * len(pieces))
        parts.extend(pieces)
    out = np.zeros((len(titles), len(majors)))
    if not parts:
        return list(majors), out
    ids, part = tokenize(parts, index.vocab)
    start, length, row = find(index, ids, part)
    keep = longest(start, length, len(ids))
    start, length, row = start[keep], length[keep], row[keep]
    if not len(row):
        return list(majors), out
    owner = np.asarray(owner)
    hit_part = part[start]
    hit_title = owner[hit_part]
    # best per title: earliest part, then latest end, then longest
    order = np.lexsort((-length, -(start + length), hit_part, hit_title))
    first = order[np.r_[True, hit_title[order][1:] != hit_title[order][:-1]]]
    out[hit_title[first], columns[row[first]]] = 1.0
    return list(majors), out
