"""Score normalized title parts: function, seniority and recruiter evidence.

The rule tables are compiled once into a phrase index and a phrase x function
weight matrix. For each part of a title, the longest matching phrases vote:
the last *role* (head noun) counts :data:`LAST_ROLE` times, earlier roles
:data:`EARLIER_ROLE` times and topics once, so "marketing analyst" is
Marketing and "nurse manager" is Healthcare Services.
"""

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import scipy.sparse as sp

from ._phrases import build_index, find, longest, tokenize
from ._taxonomy import FUNCTIONS, SENIORITIES

__all__ = ["LAST_ROLE", "EARLIER_ROLE", "compile_rules", "complete_truncated", "score_parts"]

LAST_ROLE = 1.5
EARLIER_ROLE = 1.0
N_FUNCTIONS = len(FUNCTIONS)
#: A cut-off last word ("engi", "accoun") is completed from this many letters on.
MIN_PREFIX = 4
#: ... when one lexicon word holds at least this share of the completions' weight.
DOMINANT_SHARE = 0.6
#: Unpaid and Training win over any other seniority word ("marketing manager intern").
_PRIORITY = {i: i for i in SENIORITIES} | {1: 12, 2: 11}


@dataclass(frozen=True)
class CompiledRules:
    """Rule tables as arrays over the phrases of one :class:`PhraseIndex`."""

    index: object
    weights: object  # csr (n_phrases, N_FUNCTIONS)
    is_function: np.ndarray
    is_role: np.ndarray
    seniority: np.ndarray  # -2 absent, -1 blocks, else id
    priority: np.ndarray
    recruiter: np.ndarray  # -1 absent, 0 blocks, 1 recruiter, 2 hiring, 3 topic
    strip_words: tuple
    completions: dict  # truncated word -> the lexicon word it most likely was
    seniority_phrases: frozenset  # "managing director", "vice president": seniority words only
    quoted: np.ndarray  # "'phrase'" for each phrase row + 1 ("" first, for row -1), for evidence text


def _completions(rules, vocab):
    """``{prefix: word}`` for prefixes of lexicon words that are not words themselves.

    A word weighs 1 for each phrase it ends (a head noun) and 0.2 for each
    other phrase it is in; a prefix completes to its heaviest word when that
    word holds :data:`DOMINANT_SHARE` of the weight of all words it begins.
    """
    weight = {}  # in fifths, so that the sums are exact whatever the order of the phrases
    for words, (kind, _) in rules.functions.items():
        for i, word in enumerate(words):
            bonus = 5 if (i == len(words) - 1 and kind == "role") else 1
            weight[word] = weight.get(word, 0) + bonus
    by_prefix = {}
    for word, w in weight.items():
        if not word.isalpha():
            continue
        for k in range(MIN_PREFIX, len(word)):
            by_prefix.setdefault(word[:k], []).append((w, word))
    out = {}
    for prefix, options in by_prefix.items():
        if prefix in vocab:
            continue
        best_w, best = max(options)
        if best_w >= DOMINANT_SHARE * sum(w for w, _ in options):
            out[prefix] = best
    return out


def complete_truncated(parts, compiled):
    """Parts whose cut-off last word ("software engi") is completed ("software engineer").

    >>> from netlib.titles import load_rules
    >>> complete_truncated(["software engi", "customer service repres", "nurse"], compile_rules(load_rules()))
    ['software engineer', 'customer service representative', 'nurse']
    """
    table = compiled.completions
    out = list(parts)
    for i, part in enumerate(parts):
        head, _, last = part.rpartition(" ")
        word = table.get(last)
        if word is not None:
            out[i] = f"{head} {word}" if head else word
    return out


@lru_cache(maxsize=8)
def compile_rules(rules):
    """Compile a :class:`TitleRules` (cached per rules object)."""
    phrases = sorted(set(rules.functions) | set(rules.seniority) | set(rules.recruiters))
    index = build_index(phrases)
    n = len(phrases)
    rows, cols, vals = [], [], []
    is_function = np.zeros(n, dtype=bool)
    is_role = np.zeros(n, dtype=bool)
    seniority = np.full(n, -2, dtype=np.int64)
    recruiter = np.full(n, -1, dtype=np.int64)
    row = {phrase: r for r, phrase in enumerate(phrases)}
    for phrase, (kind, weights) in rules.functions.items():
        r = row[phrase]
        is_function[r] = True
        is_role[r] = kind == "role"
        for fid, w in weights.items():
            rows.append(r)
            cols.append(fid)
            vals.append(w)
    for phrase, (sid, _) in rules.seniority.items():
        seniority[row[phrase]] = -1 if sid is None else sid
    for phrase, value in rules.recruiters.items():
        recruiter[row[phrase]] = int(value)
    weights = sp.csr_matrix((vals, (rows, cols)), shape=(n, N_FUNCTIONS), dtype=np.float32)
    priority = np.array([_PRIORITY.get(s, -1) for s in seniority], dtype=np.int64)
    strip_words = rules.strip_words
    completions = _completions(rules, index.vocab)
    seniority_phrases = frozenset(" ".join(p) for p, (sid, _) in rules.seniority.items() if sid is not None)
    quoted = np.array([""] + ["'" + " ".join(p) + "'" for p in phrases], dtype=object)
    return CompiledRules(index, weights, is_function, is_role, seniority, priority, recruiter, strip_words, completions,
                         seniority_phrases, quoted)


def _best_per_part(part, value, n_parts):
    """For each part, the position (into ``value``) of its largest value, or -1."""
    best = np.full(n_parts, -1, dtype=np.int64)
    if len(part):
        order = np.lexsort((value, part))
        last = np.ones(len(order), dtype=bool)
        last[:-1] = part[order][1:] != part[order][:-1]
        best[part[order][last]] = order[last]
    return best


def _pick(rows, best):
    """``rows[best]`` where ``best >= 0``, else -1."""
    if not len(rows):
        return np.full(len(best), -1, dtype=np.int64)
    return np.where(best >= 0, rows[np.maximum(best, 0)], -1)


def score_parts(parts, compiled):
    """Evidence for each normalized part.

    Returns
    -------
    dict of arrays, one entry per part: ``scores`` (n_parts, N_FUNCTIONS),
    ``function_phrase`` (row of the deciding phrase or -1), ``has_role`` (bool: a
    role phrase, a head noun, is among the function words), ``seniority``,
    ``seniority_phrase``, ``recruiter`` and ``hiring`` (bool), ``recruiter_phrase``.
    """
    c = compiled
    n_parts = len(parts)
    ids, tok_part = tokenize(parts, c.index.vocab)
    start, length, row = find(c.index, ids, tok_part)
    doc = tok_part[start] if len(start) else start
    out = {}

    # function: longest phrases, last role weighs most
    m = c.is_function[row]
    f_start, f_len, f_row, f_doc = start[m], length[m], row[m], doc[m]
    keep = longest(f_start, f_len, len(ids))
    f_start, f_row, f_doc = f_start[keep], f_row[keep], f_doc[keep]
    role = c.is_role[f_row]
    last_role = np.full(n_parts, -1, dtype=np.int64)
    np.maximum.at(last_role, f_doc[role], f_start[role])
    mult = np.where(role, np.where(f_start == last_role[f_doc], LAST_ROLE, EARLIER_ROLE), 1.0)
    hits = sp.csr_matrix((mult.astype(np.float32), (f_doc, f_row)), shape=(n_parts, len(c.index.phrases)))
    scores = (hits @ c.weights).toarray()
    winner = scores.argmax(axis=1)
    contribution = mult * np.asarray(c.weights[f_row, winner[f_doc]]).ravel()
    best = _best_per_part(f_doc, contribution, n_parts)
    out["scores"] = scores
    out["function_phrase"] = _pick(f_row, best)
    out["has_role"] = last_role >= 0

    # seniority: longest phrases; the highest priority decides
    m = c.seniority[row] >= -1
    s_start, s_len, s_row, s_doc = start[m], length[m], row[m], doc[m]
    keep = longest(s_start, s_len, len(ids)) & (c.seniority[s_row] > 0)
    s_row, s_doc = s_row[keep], s_doc[keep]
    best = _best_per_part(s_doc, c.priority[s_row], n_parts)
    out["seniority_phrase"] = _pick(s_row, best)
    out["seniority"] = np.where(best >= 0, c.seniority[out["seniority_phrase"]], 0)

    # recruiter: any recruiter phrase not inside a longer blocking one
    m = c.recruiter[row] >= 0
    r_start, r_len, r_row, r_doc = start[m], length[m], row[m], doc[m]
    keep = longest(r_start, r_len, len(ids)) & (c.recruiter[r_row] > 0)
    r_row, r_doc = r_row[keep], r_doc[keep]
    strength = np.array([0, 3, 1, 2])[c.recruiter[r_row]]  # recruiter > topic > hiring
    best = _best_per_part(r_doc, strength, n_parts)
    out["recruiter_phrase"] = _pick(r_row, best)
    kind = np.where(best >= 0, c.recruiter[np.maximum(out["recruiter_phrase"], 0)], 0)
    out["recruiter"] = kind == 1
    out["recruiting_topic"] = kind == 3
    out["hiring"] = kind == 2
    return out
