"""One canonical spelling for LinkedIn profile URLs, so files join."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pandas as pd

from ._columns import map_distinct

__all__ = ["normalize_profile_url"]

CANONICAL_PREFIX = "https://www.linkedin.com"

# host (any scheme, www., country or mobile sub-domain), then the path up to ? or #
_LINKEDIN = re.compile(
    r"^(?:[a-z][a-z0-9+.-]*://)?(?:[a-z]{1,3}\.|www\.)?linkedin\.com"
    r"(?P<path>/[^?#]*)?(?:[?#].*)?$"
)
_SLASHES = re.compile(r"/{2,}")


_CANONICAL = re.compile(r"https://www\.linkedin\.com/in/[a-z0-9_-]+")


def normalize_one(url):
    if _CANONICAL.fullmatch(url):  # fast path: already canonical, as in 2023+ files
        return url
    text = url.strip()
    if "%" in text:
        text = unquote(text)
    m = _LINKEDIN.match(text.lower())
    if m is None:
        return text or None
    return CANONICAL_PREFIX + _SLASHES.sub("/", m.group("path") or "").rstrip("/")


def normalize_profile_url(url):
    """Return LinkedIn profile URLs in one canonical form.

    Scheme, ``www.`` or country sub-domain, letter case, percent-encoding,
    repeated or trailing slashes, query strings and fragments are all
    normalized, giving ``https://www.linkedin.com/in/<slug>``. Values that are
    not LinkedIn URLs come back stripped of surrounding spaces; empty values
    come back missing.

    Parameters
    ----------
    url : str, None or pandas.Series
        One URL, or a column of them (normalized in a vectorized way).

    Returns
    -------
    str, None or pandas.Series
        The same shape as the input; a Series has the ``string`` dtype.

    Examples
    --------
    >>> normalize_profile_url("linkedin.com/in/Jane-Doe/?trk=abc")
    'https://www.linkedin.com/in/jane-doe'
    >>> normalize_profile_url("HTTP://fr.linkedin.com/in/jos%C3%A9-garc%C3%ADa/")
    'https://www.linkedin.com/in/josé-garcía'
    >>> import pandas as pd

from ._columns import map_distinct
    >>> normalize_profile_url(pd.Series(["www.linkedin.com/in/ada", "", None])).tolist()
    ['https://www.linkedin.com/in/ada', <NA>, <NA>]
    """
    if isinstance(url, pd.Series):
        return map_distinct(url, normalize_one)
    if url is None or (not isinstance(url, str) and pd.isna(url)):
        return None
    return normalize_one(str(url))
