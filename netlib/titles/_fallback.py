"""The learned fallback: word and character n-grams -> function, for titles the lexicon misses.

``scripts/build_title_model.py`` trains a logistic regression on the lexicon's
own phrases, the SOC occupation phrases and synthetic titles built from them
(each labelled with its function) and writes vocabularies, idf and weights to
``data/function_model.json.gz``:
plain numbers, readable by any version of scikit-learn or none. Only parts
with weak or no lexicon evidence are sent here, so its cost does not grow with
clean input.
"""

import gzip
import json
import re
from functools import lru_cache
from itertools import chain

import numpy as np

from ._rules import DATA_DIR

__all__ = ["MODEL_PATH", "MIN_PROBABILITY", "char_wb_counts", "word_counts", "load_model", "predict", "predict_proba"]

MODEL_PATH = DATA_DIR / "function_model.json.gz"
#: Below this probability the fallback says nothing (Unknown).
MIN_PROBABILITY = 0.4


@lru_cache(maxsize=2)
def load_model(path=MODEL_PATH):
    """The shipped model as a dict of numpy arrays (``None`` if absent)."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            raw = json.load(handle)
    except FileNotFoundError:
        return None
    if "features" not in raw:  # a one-block model (character n-grams only)
        raw["features"] = [{"analyzer": "char_wb", **{k: raw[k] for k in ("ngram_range", "vocabulary", "idf")}}]
    return {
        "features": [
            {
                "analyzer": f["analyzer"],
                "ngram_range": tuple(f["ngram_range"]),
                "vocabulary": {g: i for i, g in enumerate(f["vocabulary"])},
                "idf": np.array(f["idf"]),
            }
            for f in raw["features"]
        ],
        "coef": np.array(raw["coef"]),
        "intercept": np.array(raw["intercept"]),
        "classes": np.array(raw["classes"], dtype=np.int64),
    }


def _char_wb_grams(word, low, high):
    """Character n-grams of one word padded with spaces, as scikit-learn's ``char_wb``
    analyzer takes them: a padded word shorter than ``n`` counts once, whole."""
    padded = f" {word} "
    size = len(padded)
    grams = []
    for n in range(low, high + 1):
        if size <= n:
            grams.append(padded)
            break
        grams.extend(padded[i : i + n] for i in range(size - n + 1))
    return grams


def char_wb_counts(vocabulary, texts, ngram_range):
    """``CountVectorizer(analyzer="char_wb", vocabulary=..., ngram_range=...).transform(texts)``.

    Character n-grams "within word boundaries" are taken word by word, so a
    text's counts are the sum of its words' counts: each distinct word is
    cut into n-grams once and a (texts x words) sparse product sums them.
    Titles share most of their words, and categorizing does not have to
    import scikit-learn (about a second) to do this.

    >>> from sklearn.feature_extraction.text import CountVectorizer
    >>> texts = ["Sales  Engineer", "sales manager", "", "Café  owner"]
    >>> v = CountVectorizer(analyzer="char_wb", ngram_range=(2, 4)).fit(texts)
    >>> (char_wb_counts(v.vocabulary_, texts, (2, 4)) != v.transform(texts)).nnz
    0
    """
    import scipy.sparse as sp

    low, high = ngram_range
    words = [text.lower().split() for text in texts]
    index = {}
    codes = np.fromiter((index.setdefault(w, len(index)) for ws in words for w in ws), dtype=np.int64)
    rows = np.repeat(np.arange(len(words)), [len(ws) for ws in words])
    get = vocabulary.get
    word_rows, gram_cols = [], []
    for j, word in enumerate(index):
        for gram in _char_wb_grams(word, low, high):
            col = get(gram)
            if col is not None:
                word_rows.append(j)
                gram_cols.append(col)
    per_word = sp.csr_matrix((np.ones(len(gram_cols), dtype=np.int64), (word_rows, gram_cols)),
                             shape=(len(index), len(vocabulary)))
    per_word.sum_duplicates()
    word_matrix = sp.csr_matrix((np.ones(len(codes), dtype=np.int64), (rows, codes)),
                                shape=(len(words), len(index)))
    return (word_matrix @ per_word).tocsr()


#: scikit-learn's default ``token_pattern``.
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_SEP = "qxzseparatorqxz"
_LONG_WORD = re.compile(r"\S{41,}")


def word_counts(vocabulary, texts, ngram_range):
    """``CountVectorizer(analyzer="word", vocabulary=vocabulary, ngram_range=...).transform(texts)``.

    The same counts as scikit-learn's default word analyzer (lower case, words
    of two or more characters), without its per-document machinery: titles are
    short, and the generic pipeline costs more than the counting.

    >>> from sklearn.feature_extraction.text import CountVectorizer
    >>> texts = ["Senior  data engineer", "data data", "", "a b c", "R&D lead (ii)", "Café"]
    >>> v = CountVectorizer(ngram_range=(1, 2)).fit(texts)
    >>> (word_counts(v.vocabulary_, texts, (1, 2)) != v.transform(texts)).nnz
    0
    >>> odd = texts + ["qxzseparatorqxz data"]
    >>> (word_counts(v.vocabulary_, odd, (1, 2)) != v.transform(odd)).nnz
    0
    """
    import scipy.sparse as sp

    low, high = ngram_range
    get = vocabulary.get
    joined = f" {_SEP} ".join(texts).lower()
    if not texts or joined.count(_SEP) == len(texts) - 1:
        # one regex pass over all texts: the separator is a token that marks where each ends
        every = _TOKEN.findall(joined)
        is_sep = np.fromiter((w == _SEP for w in every), dtype=bool, count=len(every))
        owner = np.cumsum(is_sep)[~is_sep]
        flat = [w for w in every if w != _SEP]
    else:  # a text holds the separator itself
        tokens = [_TOKEN.findall(text.lower()) for text in texts]
        lengths = np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
        flat = list(chain.from_iterable(tokens))
        owner = np.repeat(np.arange(len(tokens)), lengths)
    rows, cols = [], []
    for n in range(low, high + 1):
        # n-grams start where the n-th word from here is still in the same text
        starts = np.flatnonzero(owner[n - 1 :] == owner[: len(owner) - n + 1]) if len(owner) >= n else owner[:0]
        if n == 1:
            grams = flat
        else:
            grams = [" ".join(flat[i : i + n]) for i in starts.tolist()]
        ids = np.fromiter((get(g, -1) for g in grams), dtype=np.int64, count=len(grams))
        found = ids >= 0
        rows.append(owner[np.asarray(starts, dtype=np.int64)[found]] if n > 1 else owner[found])
        cols.append(ids[found])
    rows, cols = np.concatenate(rows), np.concatenate(cols)
    counts = sp.csr_matrix((np.ones(len(cols), dtype=np.int64), (rows, cols)), shape=(len(texts), len(vocabulary)))
    counts.sum_duplicates()
    return counts


def predict_proba(texts, n_functions, model=None):
    """Probabilities ``(len(texts), n_functions)`` over function ids (rows of zeros without n-grams)."""
    model = load_model() if model is None else model
    out = np.zeros((len(texts), n_functions))
    if model is None or not len(texts):
        return out
    import scipy.sparse as sp

    texts = list(texts)
    # no word of a title is this long ("xxxx...x" would be all one n-gram, counted thousands of times)
    if _LONG_WORD.search("\n".join(texts)):
        texts = [_LONG_WORD.sub(" ", text) for text in texts]
    counters = {"word": word_counts, "char_wb": char_wb_counts}
    blocks = []
    for f in model["features"]:
        if f["analyzer"] not in counters:
            raise ValueError(f"the title model uses an unknown analyzer: got {f['analyzer']!r}")
        counts = counters[f["analyzer"]](f["vocabulary"], texts, f["ngram_range"]).astype(np.float64)
        counts.data = 1.0 + np.log(counts.data)
        blocks.append(counts.multiply(f["idf"]).tocsr())
    X = sp.hstack(blocks).tocsr()
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    scores = np.asarray(X @ model["coef"].T) / norms[:, None] + model["intercept"]
    scores = np.exp(scores - scores.max(axis=1, keepdims=True))
    probabilities = scores / scores.sum(axis=1, keepdims=True)
    empty = np.asarray(X.sum(axis=1)).ravel() == 0
    probabilities[empty] = 0.0
    out[:, model["classes"]] = probabilities
    return out


def predict(texts, model=None):
    """Function ids and probabilities for ``texts`` (0 and 0.0 when unsure).

    >>> ids, proba = predict(["cardiologist", ""])
    >>> int(ids[1]), float(proba[1])
    (0, 0.0)
    """
    model = load_model() if model is None else model
    n = len(texts)
    ids, proba = np.zeros(n, dtype=np.int64), np.zeros(n)
    if model is None or n == 0:
        return ids, proba
    probabilities = predict_proba(texts, int(model["classes"].max()) + 1, model)
    best = probabilities.argmax(axis=1)
    top = probabilities[np.arange(n), best]
    sure = top >= MIN_PROBABILITY
    ids[sure] = best[sure]
    proba[sure] = top[sure]
    return ids, proba
