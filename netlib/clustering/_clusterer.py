"""``TitleClusterer``: group contacts by what they do, with readable names."""

from __future__ import annotations

import warnings
from numbers import Integral, Real

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.base import BaseEstimator, ClusterMixin, TransformerMixin
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.metrics import silhouette_score
from sklearn.utils.validation import check_is_fitted

from ._features import UNKNOWN, Featurizer, TitleTable, distinct_titles, weighted_sample
from ._layout import ClusterLayout

__all__ = ["TitleClusterer", "NO_TITLE"]

#: Name of the pseudo-cluster ``-1``: missing and empty titles, and titles that say nothing
#: about the work (no job function and no occupation: "Retired", "DM me").
NO_TITLE = "(no title)"

_MINIBATCH_ABOVE = 20_000  # distinct titles above which MiniBatchKMeans is used
_SILHOUETTE_SAMPLE = 1_000
_N_CANDIDATES = 5


def _kmeans(k, n_samples, random_state, n_init):
    if n_samples > _MINIBATCH_ABOVE:
        return MiniBatchKMeans(k, n_init=n_init, random_state=random_state, batch_size=2048)
    return KMeans(k, n_init=n_init, random_state=random_state)


#: A job function counts as well populated with at least this share of the contacts (and 3 of them).
_WELL_POPULATED = 0.02
#: Automatic k takes the largest candidate whose silhouette is within this of the best.
_SILHOUETTE_TOLERANCE = 0.02
#: Automatic k: share of contacts whose job function is their cluster's most common one.
_PURITY = 0.9
#: Naming: a term added to a lift in top_terms' score (so k=1 still ranks terms by use), the
#: share of the cluster a leading term must cover to name it alone, and a bracketed term's share.
_LIFT_FLOOR, _MAJORITY_SHARE, _QUALIFIER_SHARE = 0.1, 0.5, 0.1
#: A longer term replaces a shorter one it contains when it covers this share of its uses.
_REPLACE_SHARE = 0.6


def well_populated_functions(function, weights):
    """How many known job functions hold at least 2% of the contacts (and at least 3)."""
    totals = pd.Series(np.asarray(weights, float)).groupby(np.asarray(function, dtype=object)).sum()
    totals = totals.drop(UNKNOWN, errors="ignore")
    return int(((totals >= _WELL_POPULATED * np.sum(weights)) & (totals >= 3)).sum())


def _candidate_ks(n_rows, n_contacts, n_functions, max_clusters):
    """Geometric grid of k from ``sqrt(c)/3`` (at least the well-populated
    functions) to ``sqrt(c)`` (``c`` contacts, at least the distinct rows),
    within ``max_clusters`` and the rows."""
    size = max(n_rows, n_contacts)
    high = max(2, min(int(np.sqrt(size)), max_clusters, n_rows - 1))
    low = max(2, min(high, max(int(round(np.sqrt(size) / 3)), n_functions)))
    return sorted(set(np.geomspace(low, high, _N_CANDIDATES).round().astype(int)))


def function_purity(labels, function, weights):
    """Share of the contacts with a known job function whose function is
    their cluster's most common one (1.0 when no function is known)."""
    known = np.asarray(function, dtype=object) != UNKNOWN
    if not known.any():
        return 1.0
    table = pd.crosstab(labels[known], function[known], values=weights[known], aggfunc="sum").fillna(0)
    return float(table.max(axis=1).sum() / table.to_numpy().sum())


def _choose_k(embedding, weights, function, n_functions, max_clusters, random_state):
    """Candidate k clustering a weighted sample: among those whose clusters
    are at least ``_PURITY`` function-pure (else the purest), the largest
    whose silhouette is within ``_SILHOUETTE_TOLERANCE`` of their best.
    Silhouette alone favours few broad clusters, which merge unrelated
    occupations in small networks."""
    n = len(embedding)
    if n <= 3:
        return n
    candidates = _candidate_ks(n, int(round(np.sum(weights))), n_functions, max_clusters)
    if len(candidates) == 1:
        return candidates[0]
    sample = weighted_sample(weights, _SILHOUETTE_SAMPLE, random_state)
    points, point_weights, point_function = embedding[sample], weights[sample], np.asarray(function)[sample]
    scores, purity = {}, {}
    for k in candidates:
        labels = KMeans(k, n_init=3, random_state=random_state).fit_predict(points, sample_weight=point_weights)
        if 1 < len(np.unique(labels)) < len(points):
            scores[k] = silhouette_score(points, labels)
            purity[k] = function_purity(labels, point_function, point_weights)
    if not scores:
        return candidates[0]
    pure = [k for k in scores if purity[k] >= _PURITY] or [max(scores, key=purity.get)]
    best = max(scores[k] for k in pure)
    return max(k for k in pure if scores[k] >= best - _SILHOUETTE_TOLERANCE)


#: Automatic k: a job function that is not its cluster's most common one becomes a cluster of its
#: own when it holds at least this many contacts and this share of the cluster.
_SPLIT_MIN, _SPLIT_SHARE = 3, 0.1


def _table(labels, codes, weights, n, m):
    """(n clusters, m codes) weighted counts; code ``-1`` (unknown) is left out."""
    use = (labels >= 0) & (codes >= 0)
    return np.bincount(labels[use] * m + codes[use], weights=weights[use], minlength=n * m).reshape(n, m)


def _is_mixed(counts):
    """Per row of a (clusters, functions) table: does a function other than the
    most common hold ``_SPLIT_MIN`` contacts and ``_SPLIT_SHARE`` of the cluster?"""
    counts = np.atleast_2d(counts)
    second = np.sort(counts, axis=1)[:, -2] if counts.shape[1] > 1 else np.zeros(len(counts))
    return (second >= _SPLIT_MIN) & (second >= _SPLIT_SHARE * counts.sum(axis=1))


def _kind(counts):
    """Most common code per row (``-1`` when the row is empty)."""
    return np.where(counts.sum(axis=1) > 0, counts.argmax(axis=1), -1)


def separate_functions(labels, embedding, weights, function, soc, max_clusters):
    """Split function-mixed clusters; merge tiny ones, and any beyond ``max_clusters``.

    Each known job function that is not its cluster's most common one and
    holds at least ``_SPLIT_MIN`` contacts and ``_SPLIT_SHARE`` of the
    cluster gets a cluster of its own ("physician" leaves "data scientist"),
    until no cluster is mixed; the other clusters are left as they are. A
    cluster of fewer than ``_SPLIT_MIN`` contacts then joins the most similar
    cluster (cosine of their centres) of the same kind: the same most common
    function and SOC major group (or none known on one side), unless the
    merge would be mixed again. While there are more than ``max_clusters``,
    the two most similar of the same kind are merged, else of any kind.
    ``labels`` are k-means labels (none ``-1``). Returns the new labels
    (``0..n-1``) and centres (weighted means).
    """
    labels = np.asarray(labels).copy()
    weights = np.asarray(weights, float)
    codes, _ = pd.factorize(pd.Series(np.asarray(function, dtype=object)).mask(lambda f: f == UNKNOWN))
    soc = np.asarray(soc, dtype=np.int64)
    m, m_soc = max(codes.max() + 1, 1), max(soc.max() + 1, 1)
    n = labels.max() + 1
    counts = _table(labels, codes, weights, n, m)
    while _is_mixed(counts).any():  # a split raises the others' shares of what is left: check again
        for c in np.flatnonzero(_is_mixed(counts)):
            row = counts[c]
            for code in np.argsort(-row, kind="stable")[1:]:
                if row[code] >= _SPLIT_MIN and row[code] >= _SPLIT_SHARE * row.sum():
                    labels[(labels == c) & (codes == code)] = n
                    n += 1
        counts = _table(labels, codes, weights, n, m)
    sizes = np.bincount(labels, weights=weights, minlength=n)
    sums = np.zeros((n, embedding.shape[1]))
    np.add.at(sums, labels, embedding * weights[:, None])
    soc_counts = _table(labels, soc, weights, n, m_soc)
    alive = np.ones(n, dtype=bool)
    while True:
        centers = sums / np.maximum(sizes, 1e-12)[:, None]
        unit = centers / np.maximum(np.linalg.norm(centers, axis=1, keepdims=True), 1e-12)
        similarity = unit @ unit.T
        np.fill_diagonal(similarity, -np.inf)
        similarity[~alive] = similarity[:, ~alive] = -np.inf
        over = alive.sum() > max_clusters
        kind, kind_soc, tiny = _kind(counts), _kind(soc_counts), sizes < _SPLIT_MIN
        same = (kind[:, None] == kind[None, :]) & (
            (kind_soc[:, None] == kind_soc[None, :]) | (kind_soc[:, None] < 0) | (kind_soc[None, :] < 0))
        if not over:  # only to take in tiny clusters
            same &= tiny[:, None] | tiny[None, :]
        a, b = np.nonzero(np.triu(np.isfinite(similarity) & same, 1))
        clean = ~_is_mixed(counts[a] + counts[b])
        a, b = a[clean], b[clean]
        if len(a):
            best = np.argmax(similarity[a, b])
            a, b = a[best], b[best]
        elif over:  # no pair of a kind: the most similar of any
            a, b = sorted(np.unravel_index(np.argmax(similarity), similarity.shape))
        else:
            break
        labels[labels == b] = a
        for table in (counts, soc_counts, sums):
            table[a] += table[b]
        sizes[a] += sizes[b]
        alive[b] = False
    used = np.flatnonzero(alive)
    return np.searchsorted(used, labels), centers[used]


def _nearest(embedding, centers):
    """Index of the nearest centre (squared Euclidean) for each row."""
    scores = embedding @ centers.T - 0.5 * (centers**2).sum(axis=1)[None, :]
    return np.argmax(scores, axis=1)


def top_terms(presence, labels, weights, k, vocabulary, n_terms, specificity=None):
    """Per cluster: ``{term: score}`` for its ``n_terms`` most telling terms, best
    first, and ``{term: share}`` for its 20 best at least, the share of the
    cluster's contacts whose title uses each (same order).

    A term scores by how many of the cluster's contacts use it, times how
    much more often they do than the whole network (log of the lift) and how
    specific the term is to one job function: frequent, distinctive words of
    the cluster win, rare words of a few titles and generic words
    ("manager", "senior") do not.
    """
    presence = sparse.csr_matrix(presence, dtype=float)
    presence.data[:] = 1.0
    weighted = presence.multiply(np.asarray(weights, float)[:, None]).tocsr()
    overall = np.asarray(weighted.sum(axis=0)).ravel() / weights.sum()
    specificity = np.ones(len(vocabulary)) if specificity is None else np.asarray(specificity)
    scores, shares = [], []
    for label in range(k):
        members = labels == label
        inside = np.asarray(weighted[members].sum(axis=0)).ravel() / max(weights[members].sum(), 1e-12)
        with np.errstate(divide="ignore", invalid="ignore"):
            lift = np.where(inside > 0, np.log(inside / np.maximum(overall, 1e-12)), -np.inf)
            score = np.where(inside > 0, inside * specificity * (lift + _LIFT_FLOOR), -np.inf)
        order = np.lexsort((vocabulary, -score))[:max(n_terms, 20)]
        order = order[(inside[order] > 0) & (lift[order] >= 0)]
        scores.append({str(t): round(float(w), 4)
                       for t, w in zip(vocabulary[order[:n_terms]], score[order[:n_terms]])})
        shares.append({str(t): float(w) for t, w in zip(vocabulary[order], inside[order])})
    return scores, shares


def name_cluster(shares):
    """A name that says what most members do: the leading term with the
    next ones in brackets when it covers at least half of the cluster
    ("marketing (brand, digital)"), else the two leading ones
    ("sales / account executive").

    ``shares`` maps terms, best first, to the share of the cluster using them.

    >>> name_cluster({"marketing": 0.8, "brand": 0.3, "brand marketing": 0.2, "digital": 0.2})
    'marketing (brand, digital)'
    >>> name_cluster({"nurse": 0.9, "registered nurse": 0.7, "icu": 0.05})
    'registered nurse'
    >>> name_cluster({"sales": 0.4, "account executive": 0.35, "account": 0.35})
    'sales / account executive'
    """
    units = []  # (term, share), no word shared between two of them
    for term, share in shares.items():
        words = set(term.split())
        if min(map(len, words)) < 2 or any(words <= set(u.split()) for u, _ in units):
            continue  # "a" of "fp&a", or already said
        contained = [i for i, (u, _) in enumerate(units) if set(u.split()) <= words]
        if contained:  # "registered nurse" replaces "nurse" when most nurses are registered ones
            if share >= _REPLACE_SHARE * units[contained[0]][1] and not any(
                    words & set(u.split()) for i, (u, _) in enumerate(units) if i not in contained):
                units[contained[0]] = (term, max([share] + [units[i][1] for i in contained]))
                units = [u for i, u in enumerate(units) if i not in contained[1:]]
        elif len(units) < 3 and not any(words & set(u.split()) for u, _ in units):
            units.append((term, share))
    if not units:
        return "cluster"
    (lead, share), rest = units[0], [u for u, s in units[1:] if s >= _QUALIFIER_SHARE]
    if share >= _MAJORITY_SHARE:
        return f"{lead} ({', '.join(rest)})" if rest else lead
    return " / ".join([lead] + [u for u, _ in units[1:2]])


def describe(featurizer, text, labels, weights, k, n_terms):
    """Top terms (``{term: score}``) and a name for each of ``k`` clusters."""
    terms, shares = top_terms(featurizer.presence(text), labels, weights, k, featurizer.terms(), n_terms,
                              featurizer.word_weights_)
    return terms, [name_cluster(s) for s in shares]


def unique_names(names):
    seen, out = {}, []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


class TitleClusterer(ClusterMixin, TransformerMixin, BaseEstimator):
    """Cluster job titles by what people do, with readable cluster names.

    Distinct titles are read by :func:`netlib.categorize` and described by
    the words of the title with seniority words stripped (each word weighted
    by how specific it is to one job function), its head noun, its job
    function and the functions its words go with; the description is reduced
    by SVD and grouped with k-means, each distinct title weighted by how many
    contacts hold it. "Account Executive" thus lands with sales titles, not
    with "Chief Executive Officer", and managers sit with their field.
    Titles that say nothing about the work (no job function, no occupation:
    "Retired", "DM me") join the missing titles in the ``-1`` pseudo-cluster
    instead of forming a cluster of their own.

    Parameters
    ----------
    n_clusters : int or None, default None
        Number of clusters. None chooses it: candidates between about
        ``sqrt(n)/3`` and ``min(sqrt(n), max_clusters)`` (``n`` contacts with
        a title), but at least the number of well-populated job functions
        (2% of the contacts and 3 or more), so different occupations are not
        merged. Among the candidates whose clusters are 90% function-pure
        (most contacts share their cluster's most common function; else the
        purest), the largest whose silhouette (on a sample of at most 1,000
        titles) is within 0.02 of their best wins. After k-means, a job
        function that is not its cluster's most common one and holds 3 or
        more contacts and 10% of the cluster becomes a cluster of its own
        ("physician" does not stay with "data scientist"), and a cluster of
        fewer than 3 contacts joins the most similar cluster of its function.
        So the final number can exceed the chosen k, never ``max_clusters``
        (beyond it the most similar clusters, of one function first, merge).
        When there are fewer distinct titles than ``n_clusters``, it is
        reduced to their number with a warning.
    keep_seniority : bool, default False
        Keep seniority words ("senior", "director", ...) in the text, so that
        levels separate as well as occupations.
    function_weight : float, default 1.5
        Weight of the categorizer's job function against the words (0 ignores
        it); the default makes titles of different functions rarely share a cluster.
    soc_weight : float, default 0.0
        Weight of a "type of work" block: the U.S. SOC major group
        (management, healthcare practitioners, healthcare support, office
        support, ...) of the occupation phrase found in the title, from the
        public-domain SOC titles shipped with :mod:`netlib.titles` (see
        :func:`netlib.titles._soc.soc_major_groups`); a title with none adds
        nothing. It tells "registered nurse" from "nursing assistant", which
        share a job function. Off by default: on the evaluation titles it
        changed NMI and ARI by less than their spread across seeds (1.0: NMI
        +0.002, ARI -0.009 on average over three seeds; 2.0 lowered ARI).
    n_components : int, default 100
        SVD dimensions.
    max_clusters : int, default 30
        Upper bound for the automatic choice of ``n_clusters``.
    n_terms : int, default 10
        Top terms kept per cluster.
    random_state : int, RandomState or None, default None
        Seed for SVD, k-means and the silhouette sample; an int gives the
        same clusters for the same titles.

    Attributes
    ----------
    labels_ : ndarray of shape (n_titles,)
        Cluster of each fitted title; ``-1`` for a missing or empty title and
        for a title that says nothing about the work (no job function and no
        SOC occupation phrase: "Retired", "DM me"), the ``NO_TITLE``
        pseudo-cluster, which never has a centre. (When no title says
        anything about the work, all are clustered by their words.)
    n_clusters_ : int
        Number of clusters found (``-1`` not counted).
    cluster_names_ : list of str
        A short unique name per cluster from the terms most of its contacts
        use: "marketing (brand, digital)" when one term covers at least half
        of them, else the two leading terms ("sales / account executive").
    cluster_sizes_ : ndarray of shape (n_clusters_,)
        Fitted titles per cluster, duplicates counted.
    top_terms_ : list of dict
        Per cluster, ``{term: score}`` for its most telling terms, best first
        (share of its contacts using the term x log lift over the network x
        the term's specificity to one job function).
    cluster_centers_ : ndarray of shape (n_clusters_, n_dims)
        Centroids in the embedding space (see :meth:`embed`).
    embedding_ : ndarray of shape (n_titles, 2)
        Map coordinates of the fitted titles (NaN for label ``-1``).
    titles_ : ndarray of str
        The distinct fitted titles, with ``title_labels_`` and ``title_counts_``.

    Examples
    --------
    >>> from netlib import TitleClusterer
    >>> titles = ["Software Engineer", "Sr. Software Engineer", "Registered Nurse",
    ...           "ICU Nurse", None]
    >>> model = TitleClusterer(n_clusters=2, random_state=0).fit(titles)
    >>> bool(model.labels_[0] == model.labels_[1]), bool(model.labels_[2] == model.labels_[3])
    (True, True)
    >>> int(model.labels_[4]), model.embedding_.shape
    (-1, (5, 2))
    """

    def __init__(self, n_clusters=None, *, keep_seniority=False, function_weight=1.5, soc_weight=0.0,
                 n_components=100, max_clusters=30, n_terms=10, random_state=None):
        self.n_clusters = n_clusters
        self.keep_seniority = keep_seniority
        self.function_weight = function_weight
        self.soc_weight = soc_weight
        self.n_components = n_components
        self.max_clusters = max_clusters
        self.n_terms = n_terms
        self.random_state = random_state

    def _validate_params(self):
        def positive_int(name, value, allow_none=False):
            if allow_none and value is None:
                return
            if not isinstance(value, Integral) or isinstance(value, bool) or value < 1:
                raise ValueError(f"{name} must be a positive integer{' or None' if allow_none else ''}, "
                                 f"got {value!r}")

        positive_int("n_clusters", self.n_clusters, allow_none=True)
        positive_int("n_components", self.n_components)
        positive_int("max_clusters", self.max_clusters)
        positive_int("n_terms", self.n_terms)
        for name in ("function_weight", "soc_weight"):
            value = getattr(self, name)
            if not isinstance(value, Real) or value < 0:
                raise ValueError(f"{name} must be a non-negative number, got {value!r}")

    def fit(self, X, y=None):
        """Cluster the titles ``X`` (a list, array or Series of str; None allowed).

        Returns
        -------
        self : TitleClusterer
        """
        self._validate_params()
        titles, inverse, counts = distinct_titles(X)
        if len(titles) == 0:
            raise ValueError("TitleClusterer needs at least one non-empty title, got none")
        table = TitleTable(titles, keep_seniority=self.keep_seniority)
        weights = table.row_weights(counts)
        self._featurizer = Featurizer(self.function_weight, self.n_components, self.random_state,
                                      soc_weight=self.soc_weight)
        embedding = self._featurizer.fit_transform(table.row_text, table.row_function, weights, table.row_soc)
        placed = table.row_placed
        self._place_all = not placed.any()
        if self._place_all:  # nothing says what anyone does: cluster the words anyway
            placed = np.ones(len(placed), dtype=bool)
        k = self._n_clusters_for(embedding[placed], weights[placed], table.row_function[placed])
        labels = np.full(len(embedding), -1)
        if k == 1:
            labels[placed] = 0
            centers = np.average(embedding[placed], axis=0, weights=weights[placed])[None, :]
        else:
            model = _kmeans(k, int(placed.sum()), self.random_state, 3)
            model.fit(embedding[placed], sample_weight=weights[placed])
            labels[placed], centers = model.labels_.astype(int), model.cluster_centers_
            if self.n_clusters is None:
                soc = np.where(table.row_soc.any(axis=1), table.row_soc.argmax(axis=1), -1)
                labels[placed], centers = separate_functions(
                    labels[placed], embedding[placed], weights[placed], table.row_function[placed],
                    soc[placed], self.max_clusters)
        labels = self._set_clusters(table, labels, centers, weights)
        self._layout = ClusterLayout(self.random_state).fit(embedding, labels, self.cluster_centers_)
        # per distinct title, then per input
        self.titles_, self.title_counts_, self.title_labels_ = titles, counts, labels[table.rows]
        self._table, self._title_embedding = table, embedding[table.rows]  # for ClusterReview
        self.labels_ = np.where(inverse >= 0, self.title_labels_[np.maximum(inverse, 0)], -1)
        self.embedding_ = self._map(self._title_embedding, self.title_labels_, inverse)
        return self

    def _n_clusters_for(self, embedding, weights, function):
        n_rows = len(np.unique(embedding.round(8), axis=0))  # titles that read differently
        if self.n_clusters is None:
            n_functions = well_populated_functions(function, weights)
            return min(n_rows, _choose_k(embedding, weights, function, n_functions, self.max_clusters,
                                         self.random_state))
        if self.n_clusters > n_rows:
            warnings.warn(f"n_clusters={self.n_clusters!r} is more than the {n_rows} distinct titles "
                          f"(read without seniority words); using n_clusters={n_rows}",
                          UserWarning, stacklevel=3)
            return n_rows
        return self.n_clusters

    def _set_clusters(self, table, labels, centers, weights):
        """Keep the centres that have members (relabelled 0..k-1) and describe them.

        Dropping a centre nobody is nearest to changes no assignment, so
        ``predict`` on the fitted titles still returns ``labels_``.
        """
        used = np.unique(labels[labels >= 0])
        labels = np.where(labels >= 0, np.searchsorted(used, labels), -1)
        k = len(used)
        self.cluster_centers_ = np.asarray(centers)[used]
        self.n_clusters_ = k
        self.cluster_sizes_ = np.bincount(labels[labels >= 0], weights=weights[labels >= 0],
                                          minlength=k).astype(int)
        self.top_terms_, names = describe(self._featurizer, table.row_text, labels, weights, k, self.n_terms)
        self.cluster_names_ = unique_names(names)
        return labels

    def _map(self, embedding, unique_labels, inverse):
        coords = np.full((len(inverse), 2), np.nan)
        unique_labels = np.asarray(unique_labels, dtype=int)
        xy = np.full((len(unique_labels), 2), np.nan)
        shown = unique_labels >= 0
        xy[shown] = self._layout.transform(embedding[shown], unique_labels[shown])
        known = inverse >= 0
        coords[known] = xy[inverse[known]]
        return coords

    def _embed(self, X):
        """Distinct titles of ``X``, where each input is, their embedding and nearest centre.

        Titles seen in ``fit`` reuse their stored embedding and cluster; only
        new ones are categorized, featurized and given the nearest centre.
        """
        titles, inverse, _ = distinct_titles(X)
        embedding = np.zeros((len(titles), self.cluster_centers_.shape[1]))
        seen = pd.Index(self.titles_).get_indexer(titles)
        embedding[seen >= 0] = self._title_embedding[seen[seen >= 0]]
        placed = np.ones(len(titles), dtype=bool)
        new = np.flatnonzero(seen < 0)
        if len(new):
            table = TitleTable(titles[new], keep_seniority=self.keep_seniority)
            embedding[new] = self._featurizer.transform(table.row_text, table.row_function,
                                                        table.row_soc)[table.rows]
            placed[new] = table.row_placed[table.rows] | getattr(self, "_place_all", False)
        labels = np.where(placed, _nearest(embedding, self.cluster_centers_), -1)
        labels[seen >= 0] = self.title_labels_[seen[seen >= 0]]  # as fitted
        return titles, inverse, embedding, labels

    def predict(self, X):
        """Cluster of each title in ``X``; ``-1`` for missing or empty titles
        and titles that say nothing about the work.

        New titles go to the nearest centre, as in k-means.
        """
        check_is_fitted(self, "cluster_centers_")
        _, inverse, _, labels = self._embed(X)
        return np.where(inverse >= 0, labels[np.maximum(inverse, 0)] if len(labels) else -1, -1)

    def transform(self, X):
        """Map coordinates (n_titles, 2) of the titles ``X``; NaN for missing titles."""
        check_is_fitted(self, "cluster_centers_")
        _, inverse, embedding, labels = self._embed(X)
        return self._map(embedding, labels, inverse)

    def embed(self, X):
        """Unit vectors (n_titles, n_dims) the clusters are formed in; zeros for missing titles."""
        check_is_fitted(self, "cluster_centers_")
        _, inverse, embedding, _ = self._embed(X)
        out = np.zeros((len(inverse), self.cluster_centers_.shape[1]))
        out[inverse >= 0] = embedding[inverse[inverse >= 0]]
        return out

    def _summary(self):
        """Labels, names, top terms and centres, as the figures read them."""
        check_is_fitted(self, "cluster_centers_")
        return (list(range(self.n_clusters_)), list(self.cluster_names_), list(self.top_terms_),
                self.cluster_centers_)

    def _annotate(self, titles):
        """Labels and names of ``titles`` for the cluster map."""
        labels = self.predict(titles)
        return labels, [self.cluster_name(label) for label in labels]

    def cluster_name(self, label):
        """Name of ``label``, including ``NO_TITLE`` for ``-1``."""
        check_is_fitted(self, "cluster_centers_")
        return NO_TITLE if label == -1 else self.cluster_names_[label]
