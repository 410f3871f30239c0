"""The title rules as data: load the tables under ``netlib/titles/data``.

Every rule the categorizer follows lives in a readable file next to this
module: abbreviations (``abbreviations.csv``), headline clean-up
(``headline.csv``), seniority words (``seniority.csv``), recruiter words
(``recruiters.csv``) and the function lexicon (``functions.yaml``).
:func:`load_rules` reads them into a :class:`TitleRules`; pass your own
edited copy to :func:`netlib.categorize` with ``rules=``.
"""

import csv
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from ._taxonomy import FUNCTIONS, SENIORITIES

__all__ = ["TitleRules", "load_rules", "DATA_DIR"]

#: Folder holding the default rule files.
DATA_DIR = Path(__file__).resolve().parent / "data"

_FUNCTION_IDS = {name: i for i, name in FUNCTIONS.items()}
_SENIORITY_IDS = {name: i for i, name in SENIORITIES.items()}
_WORD = re.compile(r"[a-z0-9]+")
#: recruiters.csv values: 0 cancels, 1 a recruiter, "hiring" a hiring headline, "topic" recruiting.
_RECRUITER_VALUES = {"0": 0, "1": 1, "hiring": 2, "topic": 3}

#: Weight of a role (head noun) and of a topic word in the function lexicon.
ROLE_WEIGHT = 1.0
TOPIC_WEIGHT = 0.8
#: Weight of an occupation title from the SOC list (``soc_occupations.csv`` through
#: the ``soc_functions.csv`` crosswalk); the curated lexicon wins where both name a phrase.
SOC_WEIGHT = 1.0
#: Weight of a phrase a user adds with :meth:`TitleRules.with_functions`: twice a
#: lexicon role, so the user's word is evidence the learned model cannot outvote.
USER_WEIGHT = 2.0


def phrase_words(phrase):
    """Split a rule phrase into the words the tokenizer produces.

    >>> phrase_words("Co-Founder & CEO")
    ('co', 'founder', 'ceo')
    """
    return tuple(_WORD.findall(str(phrase).lower()))


def _read_csv(path):
    """Rows of a rule CSV as dicts, skipping comment rows (``# `` then text)."""
    with open(path, newline="", encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle)]
    first = next(iter(rows[0])) if rows else None
    return [row for row in rows if not (row[first] or "").startswith("# ")]


def _split_phrases(text):
    return [p.strip() for p in str(text or "").split(",") if p.strip()]


def _read_functions(path):
    """``{phrase_words: (kind, {function_id: weight})}`` from ``functions.yaml``."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=loader)
    lexicon = {}

    def add(phrase, kind, weights):
        words = phrase_words(phrase)
        if not words:
            return
        old_kind, old = lexicon.get(words, (kind, {}))
        merged = dict(old)
        for fid, w in weights.items():
            merged[fid] = max(merged.get(fid, 0.0), w)
        lexicon[words] = ("role" if "role" in (kind, old_kind) else kind, merged)

    for name, section in data.items():
        if name == "shared":
            continue
        if name not in _FUNCTION_IDS:
            raise ValueError(f"unknown function in {path.name}: got {name!r}")
        fid = _FUNCTION_IDS[name]
        for phrase in _split_phrases(section.get("topics")):
            add(phrase, "topic", {fid: TOPIC_WEIGHT})
        for phrase in _split_phrases(section.get("roles")):
            add(phrase, "role", {fid: ROLE_WEIGHT})
    for phrase, weights in (data.get("shared") or {}).items():
        unknown = set(weights) - set(_FUNCTION_IDS)
        if unknown:
            raise ValueError(f"unknown function in {path.name}: got {sorted(unknown)!r}")
        words = phrase_words(phrase)
        lexicon[words] = ("role", {_FUNCTION_IDS[f]: float(w) for f, w in weights.items()})
    return lexicon


def _read_occupations(folder):
    """SOC occupation phrases as roles, when the folder has the SOC files (else ``{}``)."""
    occupations, crosswalk = folder / "soc_occupations.csv", folder / "soc_functions.csv"
    if not (occupations.exists() and crosswalk.exists()):
        return {}
    from ._soc import occupation_phrases

    return {
        phrase: ("role", {fid: SOC_WEIGHT * share for fid, share in weights.items()})
        for phrase, weights in occupation_phrases(occupations, crosswalk).items()
    }


#: Corpus phrases longer than this many words are left out: they would match almost nothing.
CORPUS_MAX_WORDS = 4


def corpus_titles(folder, rules):
    """``[(function id, normalized title, number of parts)]`` from ``occupation_titles.csv``.

    Each title is cleaned and normalized like a title at run time (``rules``
    gives abbreviations, headline clean-up and posting noise) and keeps its
    first part; the function is its SOC code's through ``soc_functions.csv``.
    Occupations the crosswalk leaves out are skipped; ``[]`` without the files.
    """
    path, crosswalk = Path(folder) / "occupation_titles.csv", Path(folder) / "soc_functions.csv"
    if not (path.exists() and crosswalk.exists()):
        return []
    import numpy as np

    from ._normalize import clean_lines, normalize_parts, split_parts
    from ._soc import function_of, read_crosswalk

    import pandas as pd

    table = read_crosswalk(crosswalk)
    # pandas reads the 50k rows ten times faster than csv.DictReader
    rows = pd.read_csv(path, dtype=str, keep_default_na=False)
    rows = rows[~rows["soc"].str.startswith("# ")]
    socs = rows["soc"].str.strip()
    fids = socs.map({soc: function_of(soc, table) for soc in socs.unique()})
    labelled = [(fid, title) for fid, title in zip(fids, rows["title"]) if fid and title]
    if not labelled:
        return []
    parts, owner = split_parts(clean_lines([title for _, title in labelled], rules))
    n_parts = np.bincount(owner, minlength=len(labelled))
    first = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    clean = normalize_parts([parts[i] for i in first], rules)
    return [(fid, text, int(k)) for (fid, _), text, k in zip(labelled, clean, n_parts)]


def derive_corpus_phrases(folder, rules):
    """``{phrase words: {function id: share}}`` from the occupation title corpus.

    Seniority words are dropped from each normalized title ("senior icu nurse"
    -> "icu nurse") and the phrase takes its occupation's function. Phrases of
    one word (the lexicon's job) or more than :data:`CORPUS_MAX_WORDS`, titles
    of several parts ("nurse - icu") and phrases the corpus gives to different
    functions are left out. This normalizes the whole corpus (about a second);
    :func:`load_rules` reads the result from :data:`CORPUS_PHRASES` instead
    while that file matches its sources.
    """
    titles = corpus_titles(folder, rules)
    if not titles:
        return {}
    from ._categorize import _roles
    from ._soc import phrase_shares

    roles = _roles([text for _, text, _ in titles], rules.strip_words)
    pairs = ((phrase_words(role), fid) for (fid, _, k), role in zip(titles, roles) if k == 1)
    return phrase_shares((words, fid) for words, fid in pairs if 2 <= len(words) <= CORPUS_MAX_WORDS)


#: The corpus phrases, derived by ``scripts/build_title_model.py`` and shipped so that
#: loading the rules does not normalize 53,000 titles.
CORPUS_PHRASES = "corpus_phrases.csv"
#: The files the corpus phrases are derived from: a change to any of them makes
#: :data:`CORPUS_PHRASES` stale, and the phrases are derived again at load time.
CORPUS_SOURCES = ("occupation_titles.csv", "soc_functions.csv", "abbreviations.csv", "headline.csv",
                  "seniority.csv", "posting_noise.yaml")
_DIGEST_PREFIX = "# sources sha256: "


def corpus_digest(folder):
    """A digest of the :data:`CORPUS_SOURCES` files in ``folder`` (absent files count too)."""
    import hashlib

    digest = hashlib.sha256()
    for name in CORPUS_SOURCES:
        path = Path(folder) / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.exists() else b"") + b"\0")
    return digest.hexdigest()


def write_corpus_phrases(folder, phrases):
    """Write ``phrases`` (from :func:`derive_corpus_phrases`) to ``folder/corpus_phrases.csv``,
    headed by the digest of the sources they come from."""
    rows = sorted((" ".join(words), FUNCTIONS[fid], repr(share))
                  for words, weights in phrases.items() for fid, share in weights.items())
    with open(Path(folder) / CORPUS_PHRASES, "w", newline="", encoding="utf-8") as handle:
        handle.write(f"{_DIGEST_PREFIX}{corpus_digest(folder)}\n")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["phrase", "function", "share"])
        writer.writerows(rows)


def read_corpus_phrases(folder):
    """The phrases stored in ``folder/corpus_phrases.csv``, or ``None`` when the file
    is absent or was derived from other sources than the folder's."""
    path = Path(folder) / CORPUS_PHRASES
    if not path.exists():
        return None
    with open(path, encoding="utf-8") as handle:
        if handle.readline().strip() != _DIGEST_PREFIX + corpus_digest(folder):
            return None
    import pandas as pd

    # shares stay text until float(): Python's parser round-trips repr() exactly
    table = pd.read_csv(path, skiprows=1, dtype=str, keep_default_na=False)
    out = {}
    for phrase, name, share in zip(table["phrase"], table["function"].map(_FUNCTION_IDS), table["share"]):
        out.setdefault(tuple(phrase.split(" ")), {})[int(name)] = float(share)
    return out


def _read_corpus(folder, rules):
    """Corpus phrases as roles: stored when current, else derived (``{}`` without the corpus)."""
    phrases = read_corpus_phrases(folder)
    if phrases is None:
        phrases = derive_corpus_phrases(folder, rules)
    return {words: ("role", {fid: SOC_WEIGHT * share for fid, share in kept.items()})
            for words, kept in phrases.items()}


def _read_noise(path):
    """``(remove, keep)`` phrase tuples from ``posting_noise.yaml`` (empty when absent)."""
    if not path.exists():
        return (), ()
    import yaml

    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}

    def phrases(key):
        return tuple(sorted({" ".join(p.lower().split()) for p in _split_phrases(data.get(key))}))

    return phrases("remove"), phrases("keep")


@dataclass(frozen=True)
class TitleRules:
    """The tables that drive :func:`netlib.categorize`, as plain Python data.

    Parameters
    ----------
    abbreviations : dict
        ``{abbreviation: expansion}``, matched on whole words.
    headline : list of (text, action)
        Literal text that cleans headlines; ``action`` is ``break`` (split
        parts), ``drop`` (delete the text) or ``cut`` (delete the text and
        the rest of its part, e.g. `` at Company``).
    seniority : dict
        ``{words: (seniority_id or None, strip)}``; ``None`` blocks the
        words inside the phrase.
    recruiters : dict
        ``{words: 0, 1, 2 or 3}``: 0 cancels, 1 is a recruiter word, 2 a
        hiring word (counts only when the headline names no other job), 3 a
        recruiting topic (counts only when recruiting is the job).
    functions : dict
        ``{words: (kind, {function_id: weight})}``, kind ``role`` or ``topic``.
    noise, noise_keep : tuple of str
        Posting noise removed on whole words before matching ("part time",
        "night shift", "remote"), and longer phrases that contain a noise word
        but stay ("remote sensing"); from ``posting_noise.yaml``.

    Examples
    --------
    >>> from netlib.titles import load_rules
    >>> rules = load_rules()
    >>> rules.abbreviations["sr"]
    'senior'
    >>> mine = rules.with_abbreviations({"pm": "project manager"})
    >>> mine.abbreviations["pm"]
    'project manager'
    """

    abbreviations: dict = field(default_factory=dict)
    headline: list = field(default_factory=list)
    seniority: dict = field(default_factory=dict)
    recruiters: dict = field(default_factory=dict)
    functions: dict = field(default_factory=dict)
    noise: tuple = ()
    noise_keep: tuple = ()

    @property
    def strip_words(self):
        """Seniority phrases dropped from a title's role ("senior", "vice president")."""
        return tuple(" ".join(p) for p, (_, strip) in self.seniority.items() if strip)

    def with_abbreviations(self, mapping):
        """A copy with ``mapping`` added to (or overriding) the abbreviations."""
        return replace(self, abbreviations={**self.abbreviations, **mapping})

    def with_functions(self, mapping, kind="role"):
        """A copy where each ``{phrase: function name}`` points to that function.

        Your phrases weigh :data:`USER_WEIGHT`, more than the bundled lexicon's,
        so they decide wherever they appear.

        >>> from netlib.titles import load_rules
        >>> rules = load_rules().with_functions({"growth hacker": "Marketing"})
        >>> rules.functions[("growth", "hacker")][1]
        {15: 2.0}
        """
        extra = {}
        for phrase, name in mapping.items():
            if name not in _FUNCTION_IDS:
                raise ValueError(f"unknown function: got {name!r}")
            extra[phrase_words(phrase)] = (kind, {_FUNCTION_IDS[name]: USER_WEIGHT})
        return replace(self, functions={**self.functions, **extra})

    def __hash__(self):
        return id(self)

    def __eq__(self, other):
        return self is other


@lru_cache(maxsize=4)
def _load_default(path):
    folder = Path(path)
    abbreviations = {
        row["abbreviation"].strip(): (row["expansion"] or "").strip()
        for row in _read_csv(folder / "abbreviations.csv")
    }
    headline = [(row["text"].lower(), row["action"].strip()) for row in _read_csv(folder / "headline.csv")]
    seniority = {}
    for row in _read_csv(folder / "seniority.csv"):
        name = (row["seniority"] or "").strip()
        if name and name not in _SENIORITY_IDS:
            raise ValueError(f"unknown seniority in seniority.csv: got {name!r}")
        seniority[phrase_words(row["phrase"])] = (
            _SENIORITY_IDS[name] if name else None,
            (row.get("strip") or "0").strip() == "1",
        )
    recruiters = {
        phrase_words(row["phrase"]): _RECRUITER_VALUES[(row["is_recruiter"] or "0").strip()]
        for row in _read_csv(folder / "recruiters.csv")
    }
    noise, noise_keep = _read_noise(folder / "posting_noise.yaml")
    base = TitleRules(abbreviations, headline, seniority, recruiters, {}, noise, noise_keep)
    functions = _read_functions(folder / "functions.yaml")
    functions = {**_read_occupations(folder), **_read_corpus(folder, base), **functions}
    return replace(base, functions=functions)


def load_rules(path=None):
    """Read the rule tables from ``path`` (default: the bundled ``data`` folder).

    Parameters
    ----------
    path : str or Path, optional
        A folder with the same files as ``netlib/titles/data``; copy that
        folder, edit the files and point here to categorize with your rules.

    Returns
    -------
    TitleRules

    Examples
    --------
    >>> from netlib.titles import load_rules
    >>> rules = load_rules()
    >>> rules.seniority[("product", "owner")]
    (None, False)
    >>> rules.functions[("registered", "nurse")]
    ('role', {11: 1.0})
    """
    return _load_default(str(Path(path) if path is not None else DATA_DIR))
