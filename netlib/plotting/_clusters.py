"""Figures for title clusters: the map, top terms, similarity and a dendrogram.

Each takes a fitted :class:`netlib.TitleClusterer` or a
:class:`netlib.ClusterReview` (then the reviewed names and merges show).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.express as px

from ._common import as_frame, fit_height, require_columns

__all__ = ["plot_cluster_map", "plot_top_terms", "plot_cluster_similarity", "plot_dendrogram"]

_NAME_COLUMNS = ("full_name", "first_name", "last_name")
_WEBGL_ABOVE = 1_000  # points above which the map is drawn with WebGL (Scattergl)
_PANEL_GAP = 60  # pixels per row of top-terms panels for its title and the gap


def _title_column(frame, column):
    if column is not None:
        require_columns(frame, [column], argument="column")
        return column
    for candidate in ("position", "title"):
        if candidate in frame.columns:
            return candidate
    if frame.shape[1] == 1:
        return frame.columns[0]
    raise ValueError(f"column=None: no 'position' or 'title' column in {list(frame.columns)!r}; "
                     f"name the column holding job titles")


def _fitted(model, titles):
    if model is None:
        from netlib.clustering import TitleClusterer

        return TitleClusterer(random_state=0).fit(titles)
    if not hasattr(model, "_summary"):
        raise TypeError(f"model must be a TitleClusterer or ClusterReview, got {type(model).__name__!r}")
    return model


def _map_points(frame, column, model, jitter, random_state):
    titles = frame[column]
    base = getattr(model, "model", model)  # a review draws on its model's map
    coords = base.transform(titles)
    labels, names = model._annotate(titles)
    points = pd.DataFrame({"x": coords[:, 0], "y": coords[:, 1], "cluster": names, "label": labels,
                           column: titles.to_numpy()}, index=frame.index)
    if jitter:
        rng = np.random.default_rng(random_state)
        points[["x", "y"]] += rng.normal(scale=jitter, size=(len(points), 2))
    return points


def plot_cluster_map(data, model=None, *, column=None, show_names=False, jitter=0.04,
                     random_state=0, **px_kwargs):
    """Scatter map of contacts, one point each, coloured by title cluster.

    Similar clusters sit near each other; each cluster is a cloud around
    its centre. Contacts without a title are left out.

    Parameters
    ----------
    data : DataFrame or Series
        One row per contact (e.g. a connections table), or a Series of titles.
    model : TitleClusterer or ClusterReview, optional
        Fitted; None fits ``TitleClusterer(random_state=0)`` on the titles.
    column : str, optional
        The column of job titles; by default "position", else "title".
    show_names : bool, default False
        Add contact names (``full_name``/``first_name``/``last_name``) to the
        hover text. Off by default so a shared screen shows no one's name.
    jitter : float, default 0.04
        Random spread added to each point so contacts sharing a title do
        not hide each other (0 for none; clusters are about 1 apart).
    random_state : int, default 0
        Seed for the jitter.
    **px_kwargs
        Passed to :func:`plotly.express.scatter`; ``hover_data`` adds columns.
        Above 1,000 points ``render_mode`` defaults to "webgl".

    Returns
    -------
    plotly.graph_objects.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> from netlib import TitleClusterer
    >>> df = pd.DataFrame({"full_name": ["Ada B", "Cy D", "Ed F"],
    ...                    "position": ["Data Analyst", "Data Scientist", "Nurse"],
    ...                    "company": ["Acme", "Acme", "Clinic"]})
    >>> model = TitleClusterer(n_clusters=2, random_state=0).fit(df["position"])
    >>> fig = plot_cluster_map(df, model)
    >>> sum(len(t.x) for t in fig.data), "full_name" in str(fig.data[0].hovertemplate)
    (3, False)
    """
    frame = as_frame(data, "title")
    column = _title_column(frame, column)
    model = _fitted(model, frame[column])
    points = _map_points(frame, column, model, jitter, random_state)
    extra = [c for c in ("company",) if c in frame.columns]
    if show_names:
        extra += [c for c in _NAME_COLUMNS if c in frame.columns]
    user_hover = px_kwargs.pop("hover_data", None) or []
    user_hover = list(user_hover) if not isinstance(user_hover, dict) else list(user_hover)
    for c in extra + [c for c in user_hover if c in frame.columns and c not in points]:
        points[c] = frame[c]
    points = points[points["label"] >= 0].dropna(subset=["x", "y"])
    hover = {"x": False, "y": False, "label": False, column: True}
    hover.update({c: True for c in extra + user_hover})
    px_kwargs.setdefault("render_mode", "webgl" if len(points) > _WEBGL_ABOVE else "auto")
    px_kwargs.setdefault("labels", {"cluster": "cluster", "x": "", "y": ""})
    fig = px.scatter(points, x="x", y="y", color="cluster", hover_data=hover, **px_kwargs)
    fig.update_xaxes(showticklabels=False, showgrid=False, zeroline=False)
    fig.update_yaxes(showticklabels=False, showgrid=False, zeroline=False)
    return fig


def _terms_table(model, top):
    labels, names, terms, _ = model._summary()
    rows = [{"cluster": name, "term": term, "weight": weight}
            for name, these in zip(names, terms) for term, weight in list(these.items())[:top]]
    return pd.DataFrame(rows, columns=["cluster", "term", "weight"])


def plot_top_terms(model, *, top=5, facet_col_wrap=4, **px_kwargs):
    """Bars of each cluster's top terms, one small panel per cluster.

    Parameters
    ----------
    model : TitleClusterer or ClusterReview
        Fitted.
    top : int, default 5
        Terms per cluster.
    facet_col_wrap : int, default 4
        Panels per row.
    **px_kwargs
        Passed to :func:`plotly.express.bar`. Without ``height``, the figure
        grows with the rows of panels so every term label shows.

    Returns
    -------
    plotly.graph_objects.Figure

    Examples
    --------
    >>> from netlib import TitleClusterer
    >>> model = TitleClusterer(n_clusters=2, random_state=0).fit(
    ...     ["Data Analyst", "Data Scientist", "Nurse", "ICU Nurse"])
    >>> fig = plot_top_terms(model, top=2)
    >>> len(fig.data), len(fig.data[0].y) <= 2
    (2, True)
    """
    table = _terms_table(model, top)
    px_kwargs.setdefault("orientation", "h")
    px_kwargs.setdefault("color", "cluster")
    panel_rows = -(-table["cluster"].nunique() // max(1, facet_col_wrap))
    fit_height(px_kwargs, panel_rows * top, per_panel=panel_rows * _PANEL_GAP)  # every term shows
    fig = px.bar(table, x="weight", y="term", facet_col="cluster", facet_col_wrap=facet_col_wrap,
                 **px_kwargs)
    fig.update_yaxes(matches=None, showticklabels=True, autorange="reversed", title=None)
    fig.for_each_annotation(lambda a: a.update(text=a.text.split("=", 1)[-1]))
    return fig.update_layout(showlegend=False)


def _similarity(model):
    from netlib.clustering._similarity import cluster_similarity

    table, unit, _, names = cluster_similarity(model)
    return table, unit, names


def plot_cluster_similarity(model, **px_kwargs):
    """Heatmap of the cosine similarity between cluster centres.

    Bright off-diagonal cells are candidates for :meth:`ClusterReview.merge`.

    Parameters
    ----------
    model : TitleClusterer or ClusterReview
        Fitted.
    **px_kwargs
        Passed to :func:`plotly.express.imshow`.

    Returns
    -------
    plotly.graph_objects.Figure

    Examples
    --------
    >>> from netlib import TitleClusterer
    >>> model = TitleClusterer(n_clusters=2, random_state=0).fit(
    ...     ["Data Analyst", "Data Scientist", "Nurse", "ICU Nurse"])
    >>> fig = plot_cluster_similarity(model)
    >>> fig.data[0].type, round(float(fig.data[0].z[0][0]), 6)
    ('heatmap', 1.0)
    """
    table, _, _ = _similarity(model)
    px_kwargs.setdefault("zmin", -1 if (table.to_numpy() < 0).any() else 0)
    px_kwargs.setdefault("zmax", 1)
    px_kwargs.setdefault("labels", {"color": "similarity"})
    return px.imshow(table, **px_kwargs)


_DENDROGRAM_KEYS = ("orientation", "colorscale", "distfun", "linkagefun", "hovertext", "color_threshold")


def plot_dendrogram(model, *, orientation="left", **kwargs):
    """Dendrogram of the clusters (average linkage, cosine distance between centres).

    Clusters that join low in the tree are close: read it to decide merges.

    Parameters
    ----------
    model : TitleClusterer or ClusterReview
        Fitted, with at least two clusters.
    orientation : str, default "left"
        Where the root is: "left", "right", "top" or "bottom".
    **kwargs
        Arguments of :func:`plotly.figure_factory.create_dendrogram`
        (``color_threshold``, ``colorscale``, ...); the rest go to
        ``Figure.update_layout`` (``title``, ...).

    Returns
    -------
    plotly.graph_objects.Figure

    Examples
    --------
    >>> from netlib import TitleClusterer
    >>> model = TitleClusterer(n_clusters=3, random_state=0).fit(
    ...     ["Data Analyst", "Data Scientist", "Nurse", "ICU Nurse", "Attorney"])
    >>> fig = plot_dendrogram(model, title="merge candidates")
    >>> fig.data[0].type, fig.layout.title.text
    ('scatter', 'merge candidates')
    """
    import plotly.figure_factory as ff
    from scipy.cluster.hierarchy import linkage
    from scipy.spatial.distance import pdist

    _, unit, names = _similarity(model)
    if len(names) < 2:
        raise ValueError(f"a dendrogram needs at least two clusters, got {len(names)}")
    factory = {k: kwargs.pop(k) for k in _DENDROGRAM_KEYS if k in kwargs}
    factory.setdefault("distfun", lambda x: np.clip(pdist(x, metric="cosine"), 0, None))
    factory.setdefault("linkagefun", lambda d: linkage(d, method="average"))
    fig = ff.create_dendrogram(unit, orientation=orientation, labels=names, **factory)
    return fig.update_layout(**kwargs)
