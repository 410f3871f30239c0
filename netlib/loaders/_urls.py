"""One canonical spelling for LinkedIn profile URLs, so files join."""

from __future__ import annotations

from urllib.parse import unquote

import pandas as pd

__all__ = ["normalize_profile_url"]

CANONICAL_PREFIX = "https://www.linkedin.com"

# host (any scheme, www., country or mobile sub-domain), then the path up to ? or #
_LINKEDIN = (
    r"^(?:[a-z][a-z0-9+.-]*://)?(?:[a-z]{1,3}\.|www\.)?linkedin\.com"
    r"(?P<path>/[^?#]*)?(?:[?#].*)?$"
)


def _normalize_series(values):
    if len(values) > 256:  # URLs repeat (one per message): normalize each distinct one once
        codes, uniq = pd.factorize(values.astype("string"))
        if len(uniq) < len(values) // 2:
            done = _normalize_unique(pd.Series(uniq, dtype="string")).to_numpy()
            out = pd.Series(done[codes], index=values.index, dtype="string")
            return out.mask(codes < 0)
    return _normalize_unique(values).set_axis(values.index)


def _normalize_unique(values):
    text = values.astype("string").str.strip()
    encoded = text.str.contains("%", regex=False).fillna(False)
    if encoded.any():
        text = text.mask(encoded, text[encoded].map(unquote, na_action="ignore"))
    lowered = text.str.lower()
    path = lowered.str.extract(_LINKEDIN)["path"].astype("string")
    path = path.str.replace(r"/{2,}", "/", regex=True).str.rstrip("/")
    canonical = (CANONICAL_PREFIX + path.fillna("")).astype("string")
    is_linkedin = lowered.str.match(_LINKEDIN).fillna(False)
    out = text.where(~is_linkedin, canonical)
    return out.mask(out.fillna("") == "")


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
    >>> normalize_profile_url(pd.Series(["www.linkedin.com/in/ada", "", None])).tolist()
    ['https://www.linkedin.com/in/ada', <NA>, <NA>]
    """
    if isinstance(url, pd.Series):
        return _normalize_series(url)
    if url is None or (not isinstance(url, str) and pd.isna(url)):
        return None
    out = _normalize_series(pd.Series([str(url)]))[0]
    return None if pd.isna(out) else out
