"""How the network grew: connections per period, or the running total.

The running total is drawn against the network-size guidance
(:data:`netlib._guidance.SIZE_BANDS`): a dotted line where each band relevant
to the plotted range starts, plus the next band up, so the reader sees what
the next milestone means; LinkedIn's cap is drawn once it is in sight.
"""

from __future__ import annotations

import pandas as pd
import plotly.express as px

from .._guidance import LINKEDIN_CAP, SIZE_BANDS
from ._common import as_frame, require_columns

__all__ = ["plot_growth", "relevant_bands"]

OPEN_NETWORKER = next(low for name, low, *_ in SIZE_BANDS if name == "open networker")


def relevant_bands(size):
    """The size bands reached by a network of ``size``, plus the next one up.

    Parameters
    ----------
    size : int
        The largest network size on the figure.

    Returns
    -------
    list of tuple
        ``(name, low, high, meaning)`` rows of ``SIZE_BANDS``.

    Examples
    --------
    >>> [name for name, *_ in relevant_bands(400)]
    ['starting out', 'small', 'growing']
    """
    reached = [band for band in SIZE_BANDS if band[1] <= size]
    following = SIZE_BANDS[len(reached):len(reached) + 1]
    return reached + list(following)


def _dates(data, date):
    if isinstance(data, pd.Series):
        values = data
    else:
        frame = as_frame(data)
        require_columns(frame, [date], argument="date")
        values = frame[date]
    values = pd.to_datetime(values, errors="coerce")
    if getattr(values.dt, "tz", None) is not None:
        values = values.dt.tz_localize(None)
    return values.dropna()


def _per_period(dates, freq):
    periods = dates.dt.to_period(freq)
    if periods.empty:
        return pd.DataFrame({"period": pd.Series(dtype="datetime64[ns]"), "new connections": []})
    full = pd.period_range(periods.min(), periods.max(), freq=freq)
    counts = periods.value_counts().reindex(full, fill_value=0).sort_index()
    return pd.DataFrame({"period": full.to_timestamp(), "new connections": counts.to_numpy()})


def _draw_bands(fig, size):
    for name, low, _high, _meaning in relevant_bands(size):
        if 0 < low < LINKEDIN_CAP:
            fig.add_hline(y=low, line_dash="dot", annotation_text=f"{name} ({low:,})",
                          annotation_position="top left")


def _draw_cap(fig):
    fig.add_hline(y=LINKEDIN_CAP, line_dash="dash",
                  annotation_text=f"LinkedIn cap ({LINKEDIN_CAP:,})", annotation_position="top left")


def plot_growth(data, *, date="connected_on", freq="M", cumulative=True, bands=True, cap=None,
                **px_kwargs):
    """Connections over time: the network's size, or new connections per period.

    Parameters
    ----------
    data : DataFrame or Series
        One row per connection (e.g. a connections table), or a Series of dates.
        Rows without a date are left out.
    date : str, default "connected_on"
        The column holding the connection date.
    freq : str, default "M"
        A pandas period alias: "W", "M", "Q" or "Y".
    cumulative : bool, default True
        True draws the network size at the end of each period (a line);
        False draws the new connections in each period (bars).
    bands : bool, default True
        With ``cumulative``, draw the size bands reached plus the next one up
        as dotted reference lines.
    cap : bool or None, default None
        Draw LinkedIn's 30,000 cap: None draws it once the network reaches the
        open-networker band, True always, False never.
    **px_kwargs
        Passed to :func:`plotly.express.line` (cumulative) or
        :func:`plotly.express.bar`.

    Returns
    -------
    plotly.graph_objects.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> dates = pd.Series(pd.to_datetime(["2020-01-05", "2020-01-20", "2020-03-02"]))
    >>> fig = plot_growth(dates)
    >>> fig.data[0].y.tolist()
    [2, 2, 3]
    >>> plot_growth(dates, cumulative=False).data[0].y.tolist()
    [2, 0, 1]
    """
    table = _per_period(_dates(data, date), freq)
    if not cumulative:
        return px.bar(table, x="period", y="new connections", **px_kwargs)
    table["connections"] = table["new connections"].cumsum()
    fig = px.line(table, x="period", y="connections", **px_kwargs)
    size = int(table["connections"].iloc[-1]) if len(table) else 0
    if bands:
        _draw_bands(fig, size)
    if cap is None:  # in sight once the open-networker band is reached
        cap = bands and size >= OPEN_NETWORKER
    if cap:
        _draw_cap(fig)
    return fig
