"""Find lexicon phrases in many short texts at once, with numpy.

Words become integer ids through one dictionary; an n-gram of ids becomes one
integer key, looked up in a sorted array with :func:`numpy.searchsorted`. This
costs a few hundred nanoseconds per title instead of a Python loop per title,
and matching is always on whole words: ``ai`` is never found in ``trainee``.
"""

import re
from dataclasses import dataclass

import numpy as np

__all__ = ["PhraseIndex", "build_index", "tokenize", "find", "longest"]

#: Longest phrase, in words.
MAX_WORDS = 4
_NOT_WORD = re.compile(r"[^a-z0-9\n]+")
_SEP = -2


@dataclass(frozen=True)
class PhraseIndex:
    """Phrases (tuples of words) indexed for vectorized look-up.

    Attributes
    ----------
    vocab : dict
        ``{word: id}`` for every word of every phrase.
    keys, rows : list of ndarray
        For ``n = 1..MAX_WORDS``: sorted n-gram keys and the phrase each one is.
    phrases : list of tuple
        The phrases, by row.
    """

    vocab: dict
    keys: list
    rows: list
    phrases: list


def build_index(phrases):
    """Index ``phrases`` (tuples of words, at most :data:`MAX_WORDS` long).

    >>> index = build_index([("sales",), ("sales", "engineer")])
    >>> len(index.vocab), [len(k) for k in index.keys]
    (2, [1, 1, 0, 0])
    """
    phrases = [tuple(p) for p in phrases]
    lengths = np.fromiter(map(len, phrases), dtype=np.int64, count=len(phrases))
    bad = np.flatnonzero((lengths < 1) | (lengths > MAX_WORDS))
    if len(bad):
        raise ValueError(f"phrases have 1 to {MAX_WORDS} words: got {phrases[bad[0]]!r}")
    vocab = {}
    ids = np.fromiter((vocab.setdefault(w, len(vocab)) for p in phrases for w in p), dtype=np.int64,
                      count=int(lengths.sum()))
    base = len(vocab) + 1
    # key of (w1, ..., wn) = ((w1 * base + w2) * base + ...) + wn, as in find()
    owner = np.repeat(np.arange(len(phrases)), lengths)
    position = np.arange(len(ids)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    power = lengths[owner] - 1 - position
    key = np.zeros(len(phrases), dtype=np.int64)
    np.add.at(key, owner, ids * base ** power)
    keys, rows = [], []
    for n in range(1, MAX_WORDS + 1):
        r = np.flatnonzero(lengths == n)
        order = np.argsort(key[r], kind="stable")
        keys.append(key[r][order])
        rows.append(r[order])
    return PhraseIndex(vocab, keys, rows, phrases)


def tokenize(parts, vocab):
    """Word ids of all ``parts`` and the part each word belongs to.

    Unknown words get id ``-1``: they break phrases but keep positions.

    >>> ids, part = tokenize(["senior engineer", "", "ceo"], {"engineer": 0, "ceo": 1})
    >>> ids.tolist(), part.tolist()
    ([-1, 0, 1], [0, 0, 2])
    """
    text = _NOT_WORD.sub(" ", "\n".join(parts)).replace("\n", " ~ ")
    get = vocab.get
    ids = np.array([get(w, -1) if w != "~" else _SEP for w in text.split()], dtype=np.int64)
    is_sep = ids == _SEP
    part = np.cumsum(is_sep)[~is_sep]
    return ids[~is_sep], part


def find(index, ids, part):
    """All phrase occurrences: ``(start, length, row)`` arrays.

    >>> index = build_index([("sales",), ("sales", "engineer")])
    >>> ids, part = tokenize(["sales engineer"], index.vocab)
    >>> [a.tolist() for a in find(index, ids, part)]
    [[0, 0], [1, 2], [0, 1]]
    """
    base = len(index.vocab) + 1
    n_tok = len(ids)
    starts, lengths, rows = [], [], []
    key = np.zeros(n_tok, dtype=np.int64)
    valid = np.ones(n_tok, dtype=bool)
    for n in range(1, MAX_WORDS + 1):
        m = n_tok - n + 1
        if m <= 0:
            break
        nxt = ids[n - 1 :]
        key = key[:m] * base + nxt
        valid = valid[:m] & (nxt >= 0)
        if n > 1:
            valid &= part[n - 1 :] == part[:m]
        keys = index.keys[n - 1]
        if not len(keys):
            continue
        cand = np.flatnonzero(valid)
        pos = np.searchsorted(keys, key[cand])
        pos[pos == len(keys)] = 0
        hit = keys[pos] == key[cand]
        starts.append(cand[hit])
        rows.append(index.rows[n - 1][pos[hit]])
        lengths.append(np.full(int(hit.sum()), n, dtype=np.int64))
    if not starts:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    return np.concatenate(starts), np.concatenate(lengths), np.concatenate(rows)


def longest(start, length, n_tok):
    """Mask of the occurrences not inside a longer one ("sales engineer" hides "engineer").

    >>> longest(np.array([0, 1, 0]), np.array([1, 1, 2]), 2).tolist()
    [False, False, True]
    """
    cover = np.zeros(n_tok, dtype=np.int64)
    for k in range(MAX_WORDS):
        m = length > k
        np.maximum.at(cover, start[m] + k, length[m])
    keep = np.ones(len(start), dtype=bool)
    for k in range(MAX_WORDS):
        m = length > k
        keep[m] &= cover[start[m] + k] == length[m]
    return keep
