"""Who is in the network: sunburst, treemap and bar charts of categories.

Each figure takes a plain table with one row per contact (a connections
table, or the output of :func:`netlib.categorize` joined to it) and counts
rows itself, so values always add up to the number of contacts.
"""

from __future__ import annotations

import pandas as pd
import plotly.express as px

from ._common import MISSING, OTHER, as_frame, clean_labels, count_rows, fit_height, keep_top, require_columns

__all__ = ["plot_sunburst", "plot_treemap", "plot_category_bars", "plot_top_companies"]

DEFAULT_PATH = ("function", "seniority", "company")


def _hierarchy(data, path, top):
    frame = as_frame(data)
    path = [path] if isinstance(path, str) else list(path)
    require_columns(frame, path, argument="path")
    return count_rows(frame, path, top=top), path


def plot_sunburst(data, path=DEFAULT_PATH, *, top=10, **px_kwargs):
    """Sunburst of contacts by nested categories, e.g. function → seniority → company.

    Parameters
    ----------
    data : DataFrame
        One row per contact, holding the columns named in ``path``.
    path : sequence of str, default ("function", "seniority", "company")
        Columns from the centre outwards, as in :func:`plotly.express.sunburst`.
        Missing values are shown as ``"(none)"``.
    top : int or None, default 10
        Keep the ``top`` largest values of the outermost level within each
        parent and fold the rest into ``"Other"``; None keeps all.
    **px_kwargs
        Passed to :func:`plotly.express.sunburst` (``title``, ``color``, ...).

    Returns
    -------
    plotly.graph_objects.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"function": ["Sales", "Sales", "Engineering"],
    ...                    "seniority": ["Senior", "Entry", "Senior"]})
    >>> fig = plot_sunburst(df, path=["function", "seniority"])
    >>> fig.data[0].type, int(sum(v for v, p in zip(fig.data[0].values, fig.data[0].parents) if p == ""))
    ('sunburst', 3)
    """
    counts, path = _hierarchy(data, path, top)
    return px.sunburst(counts, path=path, values="count", **px_kwargs)


def plot_treemap(data, path=DEFAULT_PATH, *, top=10, **px_kwargs):
    """Treemap of contacts by nested categories, e.g. function → seniority → company.

    Parameters
    ----------
    data : DataFrame
        One row per contact, holding the columns named in ``path``.
    path : sequence of str, default ("function", "seniority", "company")
        Columns from the outer boxes inwards, as in :func:`plotly.express.treemap`.
    top : int or None, default 10
        Keep the ``top`` largest values of the innermost level within each
        parent and fold the rest into ``"Other"``; None keeps all.
    **px_kwargs
        Passed to :func:`plotly.express.treemap`.

    Returns
    -------
    plotly.graph_objects.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"function": ["Sales", "Sales", None]})
    >>> plot_treemap(df, path="function").data[0].type
    'treemap'
    """
    counts, path = _hierarchy(data, path, top)
    return px.treemap(counts, path=path, values="count", **px_kwargs)


def plot_category_bars(data, column="function", *, color=None, top=None, **px_kwargs):
    """Horizontal bars counting contacts per category, largest first.

    Parameters
    ----------
    data : DataFrame or Series
        One row per contact.
    column : str, default "function"
        The category to count (ignored when ``data`` is a Series).
    color : str, optional
        A second column splitting each bar into stacked parts (e.g. "seniority").
    top : int or None
        Keep the ``top`` largest categories and fold the rest into ``"Other"``.
    **px_kwargs
        Passed to :func:`plotly.express.bar`. Without ``height``, the figure
        is tall enough (22 px per category) for every category label to show.

    Returns
    -------
    plotly.graph_objects.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> fig = plot_category_bars(pd.Series(["Sales", "Sales", "Legal"], name="function"))
    >>> list(fig.data[0].y), fig.data[0].x.tolist()
    (['Sales', 'Legal'], [2, 1])
    """
    if isinstance(data, pd.Series):
        column = data.name if data.name is not None else "value"
    return _bars(as_frame(data, column), column, color, top, True, px_kwargs)


def _bars(frame, column, color, top, fold, px_kwargs):
    require_columns(frame, [column] + ([color] if color else []), argument="column/color")
    labels = clean_labels(frame[column])
    if top is not None:
        kept = keep_top(labels, top)
        labels = kept if fold else labels[kept != OTHER]
    table = pd.DataFrame({column: labels})
    if color:
        table[color] = frame.loc[labels.index, color]
    counts = count_rows(table, [column] + ([color] if color else []))
    order = counts.groupby(column, sort=False)["count"].sum().sort_values(ascending=False, kind="stable")
    order = [label for label in order.index if label != OTHER] + [OTHER] * (OTHER in order.index)
    px_kwargs["category_orders"] = {column: order, **px_kwargs.get("category_orders", {})}
    px_kwargs.setdefault("orientation", "h")
    if px_kwargs["orientation"] == "h":
        fit_height(px_kwargs, len(order))  # room for every category label
    return px.bar(counts, x="count", y=column, color=color, **px_kwargs)


def plot_top_companies(data, *, top=15, column="company", color=None, **px_kwargs):
    """Bars of the companies where most contacts work.

    Parameters
    ----------
    data : DataFrame
        One row per contact with a company column (e.g. a connections table).
    top : int, default 15
        How many companies to show; the others are left out, not folded,
        so the long tail does not dwarf the bars.
    column : str, default "company"
        The column holding the company (e.g. a normalized one).
    color : str, optional
        A second column splitting each bar (e.g. "function").
    **px_kwargs
        Passed to :func:`plotly.express.bar`. Without ``height``, the figure
        is tall enough for every company name to show.

    Returns
    -------
    plotly.graph_objects.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"company": ["Acme", "Acme", "Globex", None]})
    >>> list(plot_top_companies(df, top=1).data[0].y)
    ['Acme']
    """
    frame = as_frame(data)
    require_columns(frame, [column], argument="column")
    named = frame[clean_labels(frame[column]) != MISSING]
    return _bars(named, column, color, top, False, px_kwargs)
