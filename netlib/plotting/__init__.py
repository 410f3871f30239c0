"""Figures for a professional network, in the style of Plotly Express.

Every function takes the data first, a few domain keywords, then keyword
arguments passed on to the underlying ``plotly.express`` call, and returns a
``plotly.graph_objects.Figure`` (never shown for you: display it, or call
``fig.write_html``). Arguments mean the same everywhere: ``path`` is a
hierarchy of columns, ``top`` keeps the largest categories, ``color`` splits
bars by a second column.

Examples
--------
>>> import pandas as pd
>>> from netlib.plotting import plot_category_bars
>>> fig = plot_category_bars(pd.DataFrame({"function": ["Sales", "Legal", "Sales"]}),
...                          title="Functions")
>>> fig.layout.title.text
'Functions'
"""

from ._clusters import plot_cluster_map, plot_cluster_similarity, plot_dendrogram, plot_top_terms
from ._composition import plot_category_bars, plot_sunburst, plot_top_companies, plot_treemap
from ._growth import plot_growth, relevant_bands

__all__ = [
    "plot_category_bars",
    "plot_cluster_map",
    "plot_cluster_similarity",
    "plot_dendrogram",
    "plot_growth",
    "plot_sunburst",
    "plot_top_companies",
    "plot_top_terms",
    "plot_treemap",
    "relevant_bands",
]
