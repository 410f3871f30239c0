"""How big is the network, how did it grow, and what does its size cost to keep warm."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import pandas as pd

from netlib._guidance import LINKEDIN_CAP, SIZE_BANDS

from ._common import column, connections_of, full_names

__all__ = ["SizeBand", "NetworkSize", "Maintenance", "size_band", "network_size",
           "growth", "maintenance_estimate"]

# user spellings of a frequency -> pandas Period frequency
_PERIODS = {"M": "M", "ME": "M", "MS": "M", "Q": "Q", "QE": "Q", "QS": "Q",
            "Y": "Y", "YE": "Y", "YS": "Y", "A": "Y", "W": "W"}


@dataclass(frozen=True)
class SizeBand:
    """Where a network of ``n`` connections sits in the size guidance.

    Attributes
    ----------
    n : int
        The network size.
    band : str
        Name of the band, from :data:`netlib._guidance.SIZE_BANDS`.
    low, high : float
        The band's range (``high`` exclusive).
    meaning : str
        What the band means, in a sentence.
    to_cap : int
        Connections left before LinkedIn's cap (0 at or beyond it).
    """

    n: int
    band: str
    low: float
    high: float
    meaning: str
    to_cap: int

    def __str__(self):
        return f"{self.n:,} connections: {self.band}. {self.meaning}"


def size_band(n: int) -> SizeBand:
    """Place a network size in the guidance bands and say what it means.

    Parameters
    ----------
    n : int
        Number of connections (a negative number is an error).

    Returns
    -------
    SizeBand

    Examples
    --------
    >>> b = size_band(2_000)
    >>> b.band, b.to_cap
    ('manageable peer network', 28000)
    >>> size_band(400).band
    'small'
    """
    if n < 0:
        raise ValueError(f"a network size cannot be negative, got {n!r}")
    for name, low, high, meaning in SIZE_BANDS:
        if low <= n < high:
            return SizeBand(int(n), name, low, high, meaning, max(LINKEDIN_CAP - int(n), 0))
    raise ValueError(f"no size band covers {n!r}")  # pragma: no cover - bands span 0..inf


@dataclass(frozen=True)
class NetworkSize:
    """Summary of a network's size (see :func:`network_size`)."""

    total: int
    named: int
    hidden: int
    first_connected: pd.Timestamp
    last_connected: pd.Timestamp
    band: str
    meaning: str
    to_cap: int

    def to_dict(self) -> dict:
        """The summary as a plain dict."""
        return asdict(self)

    def __str__(self):
        first = "?" if pd.isna(self.first_connected) else f"{self.first_connected:%Y-%m-%d}"
        last = "?" if pd.isna(self.last_connected) else f"{self.last_connected:%Y-%m-%d}"
        return (f"{self.total:,} connections ({self.named:,} named, {self.hidden:,} hidden), "
                f"connected {first} to {last}; band: {self.band}. {self.meaning} "
                f"{self.to_cap:,} left before LinkedIn's {LINKEDIN_CAP:,} cap.")


def network_size(connections) -> NetworkSize:
    """Count the network and place it against the size guidance.

    Parameters
    ----------
    connections : DataFrame or LinkedInExport
        The connections table (columns as :data:`netlib.loaders._export.SCHEMAS`).

    Returns
    -------
    NetworkSize
        ``total`` rows; ``named`` rows with a name; ``hidden`` rows flagged
        ``is_hidden``; first and last ``connected_on`` dates; the size ``band``
        and its ``meaning``; ``to_cap``, connections left before LinkedIn's cap.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"full_name": ["Ada Byron", ""],
    ...                   "connected_on": pd.to_datetime(["2020-01-05", "2021-03-01"]),
    ...                   "is_hidden": [False, True]})
    >>> s = network_size(c)
    >>> s.total, s.named, s.hidden, s.band
    (2, 1, 1, 'starting out')
    >>> str(s.last_connected.date())
    '2021-03-01'
    """
    df = connections_of(connections)
    dates = pd.to_datetime(column(df, "connected_on"), errors="coerce")
    hidden = column(df, "is_hidden", False).fillna(False).astype(bool)
    band = size_band(len(df))
    return NetworkSize(
        total=len(df),
        named=int((full_names(df) != "").sum()),
        hidden=int(hidden.sum()),
        first_connected=dates.min(),
        last_connected=dates.max(),
        band=band.band,
        meaning=band.meaning,
        to_cap=band.to_cap,
    )


def growth(connections, freq: str = "M") -> pd.DataFrame:
    """New and cumulative connections per period, with the growth rate.

    Parameters
    ----------
    connections : DataFrame or LinkedInExport
        Needs a ``connected_on`` column; rows without a date are left out and
        counted in ``.attrs["undated"]``.
    freq : {"M", "Q", "Y", "W"}
        Period length (``"ME"``, ``"YE"``, ``"A"`` are accepted too).

    Returns
    -------
    DataFrame
        Indexed by period (every period between the first and last connection,
        empty ones included), with ``new``, ``cumulative`` and ``growth_rate``
        (new / cumulative at the end of the previous period; NaN for the first).

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"connected_on": pd.to_datetime(
    ...     ["2024-01-03", "2024-01-20", "2024-03-02", None])})
    >>> g = growth(c)
    >>> g[["new", "cumulative"]].to_dict("list")
    {'new': [2, 0, 1], 'cumulative': [2, 2, 3]}
    >>> g["growth_rate"].tolist()[1:], g.attrs["undated"]
    ([0.0, 0.5], 1)
    """
    period = _PERIODS.get(str(freq).upper())
    if period is None:
        raise ValueError(f"unknown freq {freq!r}; allowed: {', '.join(sorted(_PERIODS))}")
    df = connections_of(connections)
    dates = pd.to_datetime(column(df, "connected_on"), errors="coerce")
    if dates.dt.tz is not None:
        dates = dates.dt.tz_localize(None)
    known = dates.dropna()
    if known.empty:
        out = pd.DataFrame({"new": pd.Series(dtype="int64"),
                            "cumulative": pd.Series(dtype="int64"),
                            "growth_rate": pd.Series(dtype="float64")})
    else:
        periods = known.dt.to_period(period)
        index = pd.period_range(periods.min(), periods.max(), freq=period, name="period")
        new = periods.value_counts().reindex(index, fill_value=0).astype("int64")
        cumulative = new.cumsum()
        out = pd.DataFrame({"new": new, "cumulative": cumulative,
                            "growth_rate": new / cumulative.shift(1)})
    out.attrs["undated"] = int(dates.isna().sum())
    return out


@dataclass(frozen=True)
class Maintenance:
    """The weekly effort to keep ``n`` contacts warm (see :func:`maintenance_estimate`)."""

    n: int
    cadence_days: float
    minutes_per_touch: float
    touches_per_week: float
    touches_per_workday: float
    hours_per_week: float

    def __str__(self):
        return (f"Keeping {self.n:,} contacts warm with one touch every "
                f"{self.cadence_days:g} days takes {self.touches_per_week:,.0f} touches a week "
                f"({self.touches_per_workday:,.0f} per workday), about "
                f"{self.hours_per_week:,.1f} hours a week at {self.minutes_per_touch:g} "
                f"minutes each.")


def maintenance_estimate(n, cadence_days: float = 90, minutes_per_touch: float = 5,
                         workdays_per_week: int = 5) -> Maintenance:
    """How many touches a week keep every contact warm: bigger garden, more work.

    One touch (a message, a comment, a congratulation) per contact every
    ``cadence_days`` means ``n * 7 / cadence_days`` touches a week.

    Parameters
    ----------
    n : int, DataFrame or LinkedInExport
        Number of contacts (or a table whose rows are counted).
    cadence_days : float, default 90
        Days between two touches of the same contact.
    minutes_per_touch : float, default 5
        Time one touch takes.
    workdays_per_week : int, default 5
        Days the touches are spread over.

    Returns
    -------
    Maintenance
        With ``touches_per_week``, ``touches_per_workday`` and ``hours_per_week``;
        ``str()`` gives the sentence.

    Examples
    --------
    >>> m = maintenance_estimate(1_800, cadence_days=90, minutes_per_touch=5)
    >>> m.touches_per_week, m.touches_per_workday, m.hours_per_week
    (140.0, 28.0, 11.666666666666666)
    >>> maintenance_estimate(400).touches_per_week < m.touches_per_week
    True
    """
    if not isinstance(n, (int, float)):
        n = len(connections_of(n))
    for name, value in (("n", n), ("cadence_days", cadence_days),
                        ("minutes_per_touch", minutes_per_touch),
                        ("workdays_per_week", workdays_per_week)):
        if not (isinstance(value, (int, float)) and math.isfinite(value)) or value < 0:
            raise ValueError(f"{name} must be a non-negative number, got {value!r}")
    if cadence_days == 0 or workdays_per_week == 0:
        raise ValueError("cadence_days and workdays_per_week must be positive")
    per_week = n * 7 / cadence_days
    return Maintenance(
        n=int(n), cadence_days=cadence_days, minutes_per_touch=minutes_per_touch,
        touches_per_week=per_week, touches_per_workday=per_week / workdays_per_week,
        hours_per_week=per_week * minutes_per_touch / 60,
    )
