"""Cluster job titles by what people do, then review and re-apply the clusters.

Examples
--------
>>> from netlib.clustering import TitleClusterer, ClusterReview
>>> model = TitleClusterer(random_state=0).fit(["Data Analyst", "Data Scientist", "Nurse"])
>>> model.n_clusters_ >= 1
True
"""

from ._clusterer import NO_TITLE, TitleClusterer
from ._review import ClusterReview

__all__ = ["TitleClusterer", "ClusterReview", "NO_TITLE"]
