"""Find which connection an event (message, endorsement, ...) is about (private).

By profile URL first; when a URL is missing on either side, by name, but only
when exactly one connection bears that name. Names shared by several
connections are reported, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ._common import Coded, column, full_names, name_key, url_key

__all__ = []


def _lookup(index: pd.Index, positions: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """``positions`` of ``keys`` in ``index`` (unique), -1 where absent."""
    loc = index.get_indexer(keys)
    out = np.full(len(keys), -1, dtype=np.int64)
    out[loc >= 0] = positions[loc[loc >= 0]]
    return out


@dataclass
class PeopleIndex:
    """Lookup tables built once per connections table."""

    urls: pd.Index           # unique url keys ("" excluded)
    url_pos: np.ndarray      # row position of each of ``urls`` (the first with that URL)
    names: pd.Index          # name keys borne by exactly one connection
    name_pos: np.ndarray     # row position of each of ``names``
    shared_names: pd.Index   # name keys borne by several connections
    has_url: np.ndarray      # per row position: the connection has a URL
    display: pd.Series       # name key -> a name as written
    written: pd.Series       # full names as written, per row (see ``full_names``)
    ambiguous: set = field(default_factory=set)  # shared names events needed

    @classmethod
    def build(cls, connections: pd.DataFrame) -> "PeopleIndex":
        urls = Coded.of(column(connections, "profile_url")).map(url_key.distinct).dense()
        written = full_names(connections)
        names = Coded.of(written).map(name_key.distinct).dense()
        positions = np.arange(len(connections))
        first = ~pd.Index(urls).duplicated() & (urls != "")
        counts = pd.Series(names).value_counts()
        counts = counts[counts.index != ""]
        unique = pd.Index(names).isin(counts.index[counts == 1])
        display = pd.Series(written.to_numpy(), index=names)
        display = display[~display.index.duplicated()]
        return cls(pd.Index(urls[first]), positions[first], pd.Index(names[unique]),
                   positions[unique], counts.index[counts > 1], urls != "", display, written)

    def ambiguous_names(self) -> list[str]:
        """Names (as written) that events needed but several connections bear."""
        return sorted(self.display.reindex(sorted(self.ambiguous)).tolist())

    def match(self, urls, names) -> np.ndarray:
        """Row position of the matching connection for each event, -1 if none."""
        return self.match_coded(Coded.of(urls).map(url_key.distinct),
                                Coded.of(names).map(name_key.distinct))

    def match_coded(self, urls: Coded, names: Coded) -> np.ndarray:
        """:meth:`match` on url and name *keys* (already normalized), given as :class:`Coded`.

        Looks every distinct key up once, then works on integer codes.
        """
        if not len(self.has_url):
            return np.full(len(urls.codes), -1, dtype=np.int64)
        by_url = _lookup(self.urls, self.url_pos, urls.values)[urls.codes]
        name_found = _lookup(self.names, self.name_pos, names.values)
        named = names.values != ""
        need = (by_url < 0) & named[names.codes]
        by_name = np.where(need, name_found[names.codes], -1)
        found = by_name >= 0
        # a name stands in for a URL only when one side has no URL
        usable = found & ((urls.values == "")[urls.codes] | ~self.has_url[by_name])
        shared = names.values[np.unique(names.codes[need])]
        self.ambiguous.update(shared[pd.Index(shared).isin(self.shared_names)].tolist())
        return np.where(usable, by_name, by_url).astype(np.int64)
