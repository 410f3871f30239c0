"""A 2-D map of clustered titles that is fast, stable and extends to new titles.

Cluster centres are placed by PCA of their (unit) centroids, so similar
clusters sit near each other; each title then sits around its centre, offset
along the two main directions of within-cluster variation. The offset is
scaled to a third of the typical distance between neighbouring centres, so
clusters read as separate clouds. New titles are placed with the same rule,
which is what ``TitleClusterer.transform`` does.
"""

from __future__ import annotations

import numpy as np
from sklearn.decomposition import PCA

__all__ = ["ClusterLayout"]


def _spread_out(points):
    """Median distance from each point to its nearest neighbour (1 if undefined)."""
    if len(points) < 2:
        return 1.0
    distances = np.linalg.norm(points[:, None, :] - points[None, :, :], axis=-1)
    np.fill_diagonal(distances, np.inf)
    typical = float(np.median(distances.min(axis=1)))
    return typical if typical > 1e-9 else 1.0


def _pca_2d(points, random_state):
    """Two PCA coordinates; zeros where the data has fewer dimensions."""
    out = np.zeros((len(points), 2))
    n_components = min(2, len(points) - 1, points.shape[1])
    if n_components >= 1:
        pca = PCA(n_components, random_state=random_state).fit(points)
        out[:, :n_components] = pca.transform(points)
        return out, pca
    return out, None


class ClusterLayout:
    """Fit on embeddings and labels; place any embedding given its label."""

    def __init__(self, random_state=None):
        self.random_state = random_state

    def fit(self, embedding, labels, centers, weights=None):
        self.centers_2d_, _ = _pca_2d(centers, self.random_state)
        scale = _spread_out(self.centers_2d_)
        self.centers_2d_ /= scale  # neighbouring centres about 1 apart
        residuals = embedding - centers[labels]
        self.offset_pca_ = None
        self.offset_scale_ = 0.0
        if len(residuals) >= 2 and np.ptp(residuals, axis=0).max() > 1e-12:
            _, self.offset_pca_ = _pca_2d(residuals, self.random_state)
            spread = np.abs(self.offset_pca_.transform(residuals)).mean()
            self.offset_scale_ = 1.0 / (3.0 * 2.0 * spread) if spread > 1e-12 else 0.0
        self.centers_ = centers
        return self

    def transform(self, embedding, labels):
        out = self.centers_2d_[labels].copy()
        if self.offset_pca_ is not None:
            residuals = embedding - self.centers_[labels]
            offsets = self.offset_pca_.transform(residuals)
            out[:, : offsets.shape[1]] += offsets * self.offset_scale_
        return out
