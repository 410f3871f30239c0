"""Find which connection an event (message, endorsement, ...) is about (private).

By profile URL first; when a URL is missing on either side, by name, but only
when exactly one connection bears that name. Names shared by several
connections are reported, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ._common import column, full_names, name_key, url_key

__all__ = []


@dataclass
class PeopleIndex:
    """Lookup tables built once per connections table."""

    by_url: pd.Series        # url key -> row position
    by_name: pd.Series       # unique name key -> row position
    shared_names: pd.Index   # name keys borne by several connections
    has_url: np.ndarray      # per row position: the connection has a URL
    display: pd.Series       # name key -> a name as written
    ambiguous: set = field(default_factory=set)  # shared names events needed

    @classmethod
    def build(cls, connections: pd.DataFrame) -> "PeopleIndex":
        urls = url_key(column(connections, "profile_url")).to_numpy()
        written = full_names(connections)
        names = name_key(written).to_numpy()
        positions = np.arange(len(connections))
        by_url = pd.Series(positions, index=urls)
        by_url = by_url[(by_url.index != "") & ~by_url.index.duplicated()]
        counts = pd.Series(names).value_counts()
        counts = counts[counts.index != ""]
        by_name = pd.Series(positions, index=names)
        by_name = by_name[by_name.index.isin(counts.index[counts == 1])]
        display = pd.Series(written.to_numpy(), index=names)
        display = display[~display.index.duplicated()]
        return cls(by_url, by_name, counts.index[counts > 1], urls != "", display)

    def ambiguous_names(self) -> list[str]:
        """Names (as written) that events needed but several connections bear."""
        return sorted(self.display.reindex(sorted(self.ambiguous)).tolist())

    def match(self, urls: pd.Series, names: pd.Series) -> pd.Series:
        """Row position of the matching connection for each event, -1 if none."""
        u = url_key(urls)
        n = name_key(names)
        pos = u.map(self.by_url)
        need = pos.isna() & (n != "")
        by_name = n.where(need).map(self.by_name)
        found = by_name.notna()
        target_has_url = pd.Series(False, index=by_name.index)
        target_has_url[found] = self.has_url[by_name[found].astype(int).to_numpy()]
        # a name stands in for a URL only when one side has no URL
        usable = found & ((u == "") | ~target_has_url)
        pos = pos.where(~usable, by_name)
        self.ambiguous.update(n[need & n.isin(self.shared_names)].unique().tolist())
        return pos.fillna(-1).astype("int64")
