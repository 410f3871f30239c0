"""Cosine similarity between cluster centres, shared by the review and the figures."""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.preprocessing import normalize

__all__ = ["cluster_similarity", "merge_candidates"]


def cluster_similarity(model):
    """``(table, unit_centres, labels, names)`` for a fitted TitleClusterer or ClusterReview.

    ``table`` is the cosine similarity between cluster centres, indexed by names.
    """
    labels, names, _, centers = model._summary()
    unit = normalize(np.asarray(centers, float))
    return pd.DataFrame(unit @ unit.T, index=names, columns=names), unit, list(labels), list(names)


def merge_candidates(model, top=5):
    """The ``top`` most similar pairs of clusters, most similar first."""
    if not isinstance(top, int) or isinstance(top, bool) or top < 1:
        raise ValueError(f"top must be a positive integer, got {top!r}")
    table, _, labels, names = cluster_similarity(model)
    i, j = np.triu_indices(len(labels), 1)
    similarity = table.to_numpy()[i, j]
    pairs = pd.DataFrame({"label_a": np.asarray(labels)[i], "name_a": np.asarray(names, dtype=object)[i],
                          "label_b": np.asarray(labels)[j], "name_b": np.asarray(names, dtype=object)[j],
                          "similarity": similarity.round(4)})
    order = np.lexsort((j, i, -similarity))[:top]
    return pairs.iloc[order].reset_index(drop=True)
