"""A 2-D map of clustered titles that is fast, stable and extends to new titles.

Cluster centres are placed by metric MDS (SMACOF, started from PCA) of the
distances between their unit centroids, so similar clusters sit near each
other while the clusters spread over the plane: a PCA of the centres alone
puts one or two odd clusters far out and squeezes the rest into a clump.
The centres are then scaled so that the closest pair is at least
``MIN_SEPARATION`` of the typical neighbour distance apart (pairs closer
than that are pushed apart).

Each title sits around its cluster's centre, offset along the two main
directions of variation *within its cluster*, scaled by the cluster's own
spread and squashed (``tanh``) into a disc whose radius is ``RADIUS`` times
the distance to the nearest other centre, so clouds never overlap. New
titles are placed with the same rule, which is what
``TitleClusterer.transform`` does. Only the centres (at most a few dozen)
go through MDS, so a map of 30,000 titles costs a few PCAs.
"""

from __future__ import annotations

import numpy as np

__all__ = ["ClusterLayout", "place_centers"]

#: Closest pair of centres, relative to the median nearest-neighbour distance.
MIN_SEPARATION = 0.6
#: Radius of a cluster's cloud, relative to the distance to its nearest centre.
RADIUS = 0.4
_SMACOF_ITERATIONS = 300


def _distances(points):
    return np.linalg.norm(points[:, None, :] - points[None, :, :], axis=-1)


def _pca_2d(points, random_state=None):
    """Two PCA coordinates (zeros where the data has fewer dimensions) and the
    axes (rows, signed so each one's largest entry is positive, as in
    scikit-learn), or None. Plain numpy: this runs once per cluster."""
    out = np.zeros((len(points), 2))
    n_components = min(2, len(points) - 1, points.shape[1])
    if n_components >= 1 and np.ptp(points, axis=0).max() > 1e-12:
        centered = points - points.mean(axis=0)
        _, _, vt = np.linalg.svd(centered, full_matrices=False)
        axes = vt[:n_components]
        axes = axes * np.sign(axes[np.arange(len(axes)), np.abs(axes).argmax(axis=1)])[:, None]
        out[:, :n_components] = centered @ axes.T
        return out, axes
    return out, None


def _smacof(target, start, iterations=_SMACOF_ITERATIONS):
    """Metric MDS by SMACOF (Guttman transform, unit weights) from ``start``."""
    n, x = len(target), start.copy()
    for _ in range(iterations):
        d = _distances(x)
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = np.where(d > 1e-12, target / d, 0.0)
        b = -ratio
        np.fill_diagonal(b, 0.0)
        np.fill_diagonal(b, -b.sum(axis=1))
        new = b @ x / n
        if np.abs(new - x).max() < 1e-7:
            return new
        x = new
    return x


def _separate(points, minimum, iterations=200):
    """Push apart pairs closer than ``minimum`` (deterministic, small moves)."""
    x = points.copy()
    n = len(x)
    for _ in range(iterations):
        diff = x[:, None, :] - x[None, :, :]
        d = np.linalg.norm(diff, axis=-1)
        np.fill_diagonal(d, np.inf)
        close = d < minimum * (1 - 1e-6)
        if not close.any():
            break
        # coincident points: spread along a fixed direction per index
        same = d < 1e-12
        direction = np.where(same[..., None], 0.0, diff / np.where(np.isfinite(d), d, 1.0)[..., None])
        if same.any():
            i, j = np.nonzero(same)
            angle = (i - j) * 2.399963  # golden angle
            direction[i, j] = np.column_stack([np.cos(angle), np.sin(angle)])
        push = np.where(close, (minimum - np.where(np.isfinite(d), d, minimum)) / 2, 0.0)
        x += (direction * push[..., None]).sum(axis=1) / max(1, n - 1) * 2
    return x


def place_centers(centers, random_state=None):
    """2-D positions of cluster centres: similar clusters near each other,
    all spread over the plane, neighbours about 1 apart and no pair closer
    than ``MIN_SEPARATION``.

    >>> import numpy as np
    >>> xy = place_centers(np.eye(6))
    >>> d = np.linalg.norm(xy[:, None] - xy[None], axis=-1)[np.triu_indices(6, 1)]
    >>> bool(d.min() >= 0.6 - 1e-6), bool(d.max() < 4)
    (True, True)
    """
    centers = np.asarray(centers, float)
    n = len(centers)
    if n == 1:
        return np.zeros((1, 2))
    start, _ = _pca_2d(centers, random_state)
    target = _distances(centers)
    if n > 2:
        # a PCA start that collapses (identical or orthogonal centres) gets a
        # deterministic circle instead, SMACOF then keeps the given distances
        if np.linalg.norm(start, axis=1).max() < 1e-9 or np.linalg.matrix_rank(start, tol=1e-9) < 2:
            angle = np.arange(n) * 2 * np.pi / n
            start = np.column_stack([np.cos(angle), np.sin(angle)]) * np.median(target)
        start = start + 1e-6 * np.column_stack([np.cos(np.arange(n)), np.sin(np.arange(n))])
        placed = _smacof(target, start)
    else:
        placed = start
    placed -= placed.mean(axis=0)
    d = _distances(placed)
    np.fill_diagonal(d, np.inf)
    typical = float(np.median(d.min(axis=1)))
    placed = placed / typical if typical > 1e-9 else np.column_stack([np.arange(n), np.zeros(n)]).astype(float)
    return _separate(placed, MIN_SEPARATION)


class ClusterLayout:
    """Fit on embeddings and labels; place any embedding given its label."""

    def __init__(self, random_state=None):
        self.random_state = random_state

    def fit(self, embedding, labels, centers, weights=None):
        self.centers_ = np.asarray(centers, float)
        self.centers_2d_ = place_centers(self.centers_, self.random_state)
        k = len(self.centers_)
        d = _distances(self.centers_2d_)
        np.fill_diagonal(d, np.inf)
        self.radius_ = RADIUS * (d.min(axis=1) if k > 1 else np.ones(1))
        self.axes_ = np.zeros((k, 2, self.centers_.shape[1]))
        self.scale_ = np.ones(k)
        for label in range(k):
            residuals = embedding[labels == label] - self.centers_[label]
            if len(residuals) < 2:
                continue
            _, axes = _pca_2d(residuals, self.random_state)
            if axes is None:
                continue
            self.axes_[label, : len(axes)] = axes
            spread = np.sqrt(((residuals @ self.axes_[label].T) ** 2).sum(axis=1).mean())
            self.scale_[label] = spread if spread > 1e-12 else 1.0
        return self

    def transform(self, embedding, labels):
        labels = np.asarray(labels, dtype=int)
        out = self.centers_2d_[labels].copy()
        if len(labels) == 0:
            return out
        offsets = np.zeros((len(labels), 2))
        for label in np.unique(labels):
            rows = labels == label
            offsets[rows] = (embedding[rows] - self.centers_[label]) @ self.axes_[label].T / self.scale_[label]
        norm = np.linalg.norm(offsets, axis=1, keepdims=True)
        with np.errstate(divide="ignore", invalid="ignore"):
            squash = np.where(norm > 1e-12, np.tanh(norm / 1.5) / norm, 0.0)
        return out + offsets * squash * self.radius_[labels, None]
