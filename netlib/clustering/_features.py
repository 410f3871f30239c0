"""Turn job titles into vectors that say what people do.

Plain TF-IDF on raw titles groups people by the words they share, and the
most shared words ("manager", "senior", "executive") say little about the
work. Here each distinct title is first read by :func:`netlib.categorize`
and its ``role`` (the title without seniority words; ``title_clean`` with
``keep_seniority``) is described by four blocks:

- words, as TF-IDF unigrams and bigrams, each word scaled by how specific
  it is to one job function (``manager`` appears with every function and
  counts for little, ``nurse`` with one and counts fully), L2-normalized;
- the head noun (the last word: "executive" in "account executive"), one-hot,
  scaled by the same specificity, weight ``HEAD_WEIGHT``;
- the categorizer's job function, one-hot, weight ``function_weight``
  ("Unknown" is no category: such titles are placed by their words);
- a word-function profile: the functions the title's words are seen with
  across all fitted titles, so "billing clerk" and "records clerk" meet
  even when the categorizer files them apart, weight ``PROFILE_WEIGHT``;
- the type of work: the SOC major group (U.S. BLS, public domain) of the
  occupation phrase the title contains, one-hot, weight ``soc_weight``
  (0, the default, leaves it out)
  ("registered nurse" is a healthcare practitioner, "nursing assistant"
  healthcare support, "office clerk" office and administrative support;
  a title with no SOC occupation phrase has no signal here).

The blocks are reduced with truncated SVD (fitted on a weighted sample,
fast for large inputs) and normalized, so k-means on the result works
with cosine similarity.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.preprocessing import normalize
from sklearn.utils import check_random_state

__all__ = ["TitleTable", "Featurizer", "distinct_titles", "weighted_sample"]

UNKNOWN = "Unknown"
#: Weight of the head-noun block (then scaled per head by its function specificity).
HEAD_WEIGHT = 0.5
#: Weight of the word-function profile block.
PROFILE_WEIGHT = 1.0
#: Rows the SVD is fitted on (a weighted sample; all rows are then projected).
SVD_SAMPLE = 4_000


def soc_major_groups(text):
    """One-hot SOC major group of each reading (see :func:`netlib.titles._soc.soc_major_groups`)."""
    from netlib.titles._soc import soc_major_groups as majors_of

    return majors_of(text)[1]


def _categorize(titles: pd.Series) -> pd.DataFrame:
    from netlib.titles._categorize import categories  # imported late: the categorizer is heavy

    return categories(titles)


def distinct_titles(titles):
    """Distinct non-empty titles, how often each occurs, and where.

    Returns
    -------
    unique : ndarray of str
        Titles stripped of surrounding and repeated blanks, in order of first
        appearance.
    inverse : ndarray of int
        For each input, its index in ``unique``; ``-1`` for a missing or
        empty title.
    counts : ndarray of int
        How many inputs share each distinct title.
    """
    values = pd.Series(np.asarray(titles, dtype=object).ravel(), dtype=object)
    text = pd.Series([" ".join(t.split()) for t in values.where(values.notna(), "").astype(str)],
                     index=values.index, dtype=object)  # 4x faster than .str.split().str.join()
    codes, unique = pd.factorize(text.mask(text == ""), use_na_sentinel=True)
    counts = np.bincount(codes[codes >= 0], minlength=len(unique))
    return np.asarray(unique, dtype=object), codes, counts


class TitleTable:
    """What the clustering knows about each distinct title.

    ``text`` (the words that are featurized) and ``function`` (the
    categorizer's job function) are aligned with ``titles``. Many titles
    read the same once seniority and headline clutter are gone, so
    ``rows`` (for each title, its index into ``row_text``/``row_function``)
    lets the features be computed once per distinct reading.
    """

    def __init__(self, titles, keep_seniority=False):
        self.titles = np.asarray(titles, dtype=object)
        signals = _categorize(pd.Series(self.titles, dtype=object))
        column = "title_clean" if keep_seniority else "role"
        text = signals[column].astype("string").fillna("").str.lower().str.split().str.join(" ")
        fallback = pd.Series(self.titles, index=signals.index, dtype=object).str.lower()
        self.text = text.mask(text == "", fallback).to_numpy(dtype=object)
        self.function = signals["function"].astype("string").fillna(UNKNOWN).to_numpy(dtype=object)
        keys = pd.MultiIndex.from_arrays([self.text, self.function])
        self.rows, distinct = pd.factorize(keys)
        self.row_text = np.asarray(distinct.get_level_values(0), dtype=object)
        self.row_function = np.asarray(distinct.get_level_values(1), dtype=object)

    @property
    def row_soc(self):
        """One-hot SOC major group of each distinct reading (all zero: no occupation phrase)."""
        if not hasattr(self, "_row_soc"):
            self._row_soc = soc_major_groups(self.row_text)
        return self._row_soc

    @property
    def row_placed(self):
        """Whether each reading says something about the work: a known job
        function or an SOC occupation phrase ("dm me", "retired" do not)."""
        return (self.row_function != UNKNOWN) | (self.row_soc.sum(axis=1) > 0)

    def row_weights(self, weights):
        """Sum per-title weights into per-row weights."""
        return np.bincount(self.rows, weights=weights, minlength=len(self.row_text))


class Featurizer:
    """Word, character and function blocks, SVD-reduced and normalized.

    Works on the distinct readings of a :class:`TitleTable` (``row_text``,
    ``row_function``) with their weights.

    Parameters
    ----------
    function_weight : float
        Weight of the job-function block (0 ignores the categorizer's function).
    soc_weight : float
        Weight of the SOC major-group block (0 leaves it out).
    n_components : int
        Dimensions kept by the SVD (fewer for small inputs).
    random_state : int, RandomState or None
    """

    def __init__(self, function_weight=1.0, n_components=100, random_state=None, soc_weight=0.0):
        self.function_weight = function_weight
        self.soc_weight = soc_weight
        self.n_components = n_components
        self.random_state = random_state

    def fit_transform(self, text, function, weights, soc=None):
        """Fit on distinct readings and return their embedding.

        ``soc`` is the readings' SOC major groups (computed from ``text`` if None)."""
        self.words_ = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b\w+\b")
        self.heads_ = CountVectorizer(analyzer=head_word, binary=True)
        words = self.words_.fit_transform(text)
        heads = self.heads_.fit_transform(text)
        self.functions_ = np.setdiff1d(np.unique(function), [UNKNOWN])  # "no evidence" is no category
        word_spread = _function_spread(words, function, weights, self.functions_)
        self.word_weights_ = _specificity(word_spread)
        self.head_weights_ = _specificity(_function_spread(heads, function, weights, self.functions_))
        self.profiles_ = sparse.csr_matrix(normalize(word_spread, norm="l1") if len(self.functions_)
                                           else word_spread)  # no known function: an empty block
        blocks = self._stack(words, heads, function, text, soc)
        n_components = min(self.n_components, blocks.shape[0] - 1, blocks.shape[1] - 1)
        self.svd_ = None
        if n_components >= 2:
            sample = weighted_sample(weights, SVD_SAMPLE, self.random_state)
            self.svd_ = TruncatedSVD(n_components, random_state=self.random_state).fit(blocks[sample])
        return self._reduce(blocks)

    def _stack(self, words, heads, function, text, soc=None):
        words = normalize(words @ sparse.diags(self.word_weights_))
        profiles = normalize(words) @ self.profiles_
        profiles = normalize(profiles) * PROFILE_WEIGHT if profiles.shape[1] else profiles
        heads = heads @ sparse.diags(self.head_weights_ * HEAD_WEIGHT)
        functions = sparse.csr_matrix(
            (np.asarray(function)[:, None] == self.functions_[None, :]).astype(float) * self.function_weight
        )
        blocks = [words, heads, functions, profiles]
        if self.soc_weight:
            soc = soc_major_groups(text) if soc is None else soc
            blocks.append(sparse.csr_matrix(soc * self.soc_weight))
        return sparse.hstack(blocks, format="csr")

    def _reduce(self, blocks):
        reduced = self.svd_.transform(blocks) if self.svd_ is not None else blocks.toarray()
        return normalize(reduced)

    def transform(self, text, function, soc=None):
        """Return the normalized dense embedding of each reading."""
        blocks = self._stack(self.words_.transform(text), self.heads_.transform(text), function, text, soc)
        return self._reduce(blocks)

    def term_matrix(self, text):
        """Weighted word TF-IDF (rows normalized), for naming clusters."""
        return normalize(self.words_.transform(text) @ sparse.diags(self.word_weights_))

    def presence(self, text):
        """Which terms (unigrams and bigrams) each reading uses, as a sparse matrix."""
        return self.words_.transform(text)

    def terms(self):
        return self.words_.get_feature_names_out()


def head_word(text):
    """The head noun of an English title: its last word ("nurse" in "icu nurse")."""
    words = text.split()
    return words[-1:]


def weighted_sample(weights, size, random_state):
    """Sorted indices of at most ``size`` rows, drawn without replacement by weight."""
    n = len(weights)
    if n <= size:
        return np.arange(n)
    rng = check_random_state(random_state)
    return np.sort(rng.choice(n, size=size, replace=False, p=weights / weights.sum()))

def _function_spread(matrix, function, weights, functions):
    """(terms, functions) weighted count of rows using each term, per known function."""
    presence = (matrix > 0).astype(float).multiply(np.asarray(weights, float)[:, None]).tocsr()
    onehot = sparse.csr_matrix((function[:, None] == functions[None, :]).astype(float))
    return np.asarray((presence.T @ onehot).todense())


def _specificity(spread):
    """Weight each term by how concentrated its uses are on one job function.

    One minus the normalized entropy of the term's spread over functions,
    floored at 0.2 so no word vanishes; unseen terms keep weight 1.
    """
    weights = np.ones(spread.shape[0])
    if spread.shape[1] < 2:
        return weights
    totals = spread.sum(axis=1)
    used = totals > 0
    p = spread[used] / totals[used, None]
    with np.errstate(divide="ignore", invalid="ignore"):
        entropy = -np.where(p > 0, p * np.log(p), 0.0).sum(axis=1)
    weights[used] = np.maximum(1.0 - entropy / np.log(spread.shape[1]), 0.2)
    return weights
