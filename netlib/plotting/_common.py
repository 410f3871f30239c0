"""Small table helpers shared by the figures: counting, ``top`` and labels.

Figures accept plain DataFrames (a connections table, a categorized table)
and compute what they draw with a groupby here, so they depend on no
analytics internals.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["MISSING", "OTHER", "ROW_HEIGHT", "as_frame", "clean_labels", "count_rows", "fit_height", "keep_top"]

#: Label for an empty or missing value in a counted column.
MISSING = "(none)"
#: Label for the rows folded away by ``top``.
OTHER = "Other"
#: Pixels per category row on a category axis: plotly hides every other tick
#: label when rows are thinner than its 12 px font needs.
ROW_HEIGHT = 22
#: Pixels for title, axis title and margins around the rows.
FRAME_HEIGHT = 160
#: Plotly's default figure height.
DEFAULT_HEIGHT = 450


def fit_height(px_kwargs, rows, *, per_panel=0):
    """Default ``height`` so that ``rows`` category labels all show.

    ``rows`` category rows (plus ``per_panel`` pixels per facet row of
    panels, for titles and gaps) plus a frame; never below plotly's 450 px.
    A ``height`` the user passed wins.

    >>> fit_height({}, 26)["height"]
    732
    >>> fit_height({"height": 300}, 26)["height"]
    300
    """
    if px_kwargs.get("height") is None:
        px_kwargs["height"] = max(DEFAULT_HEIGHT, FRAME_HEIGHT + ROW_HEIGHT * rows + per_panel)
    return px_kwargs


def as_frame(data, name="value"):
    """Return ``data`` as a DataFrame (a Series becomes a one-column frame)."""
    if isinstance(data, pd.DataFrame):
        return data
    if isinstance(data, pd.Series):
        return data.to_frame(name=data.name if data.name is not None else name)
    raise TypeError(f"expected a pandas DataFrame or Series, got {type(data).__name__!r}")


def require_columns(frame, columns, *, argument):
    """Raise a ``ValueError`` naming ``argument`` when ``frame`` lacks a column."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(
            f"{argument}={list(columns)!r}: column(s) {missing!r} not in the data; "
            f"available columns are {list(frame.columns)!r}"
        )


def clean_labels(values: pd.Series) -> pd.Series:
    """Strings with surrounding blanks removed and missing or empty as ``MISSING``."""
    text = values.astype("string").str.strip()
    return text.mask(text.isna() | (text == ""), MISSING).astype(object)


def keep_top(labels: pd.Series, top, *, by=None) -> pd.Series:
    """Replace all but the ``top`` most frequent labels by ``OTHER``.

    With ``by`` (a Series aligned with ``labels``) the top labels are chosen
    within each group of ``by``. ``top=None`` keeps every label.
    """
    if top is None:
        return labels
    if not isinstance(top, int) or isinstance(top, bool) or top < 1:
        raise ValueError(f"top must be a positive integer or None, got {top!r}")
    if by is None:
        kept = labels.value_counts().index[:top]
        return labels.where(labels.isin(kept), OTHER)
    frame = pd.DataFrame({"by": by.to_numpy(), "label": labels.to_numpy()}, index=labels.index)
    counts = frame.value_counts(["by", "label"]).rename("n").reset_index()
    counts = counts.sort_values(["by", "n", "label"], ascending=[True, False, True])
    kept = counts.groupby("by", sort=False).head(top)
    kept_pairs = pd.MultiIndex.from_frame(kept[["by", "label"]])
    is_kept = pd.MultiIndex.from_frame(frame[["by", "label"]]).isin(kept_pairs)
    return labels.where(is_kept, OTHER)


def count_rows(frame: pd.DataFrame, columns, *, top=None) -> pd.DataFrame:
    """Count rows per combination of ``columns``; ``top`` applies to the last one.

    Missing values are counted under ``MISSING``; the result has the columns
    plus ``count``, sorted by decreasing count.
    """
    columns = list(columns)
    labels = pd.DataFrame({c: clean_labels(frame[c]) for c in columns}, index=frame.index)
    if top is not None:
        parent = labels[columns[:-1]].astype(str).agg("/".join, axis=1) if len(columns) > 1 else None
        labels[columns[-1]] = keep_top(labels[columns[-1]], top, by=parent)
    counts = labels.value_counts(columns, sort=False).rename("count").reset_index()
    return counts.sort_values(["count", *columns], ascending=[False] + [True] * len(columns),
                              ignore_index=True)
