"""LinkedIn ``Connections.csv``: column aliases and the era of each header.

LinkedIn changed the file several times (see ``docs/formats.md``); users then
re-save it from spreadsheets, which drops, reorders and renames columns. The
loader therefore reads columns by name only; the era is told from which
columns are present, whether a preamble precedes the header, and the date
style, and only reported, never relied on.
"""

from __future__ import annotations

import re

#: Canonical field -> header names (regular expressions on the normalized name).
LINKEDIN_ALIASES = {
    "first_name": ["first name", "firstname"],
    "last_name": ["last name", "lastname", "surname"],
    "profile_url": ["url", "profile url", "public profile url", "linkedin url"],
    "email": ["email address", "e-mail address", "email", "e-mail"],
    "company": ["company", "company name"],
    "position": ["position", "job title"],
    "connected_on": ["connected on", "connection date", "connected"],
}

#: Other LinkedIn columns: they count towards recognising the header, and are not read.
LINKEDIN_OTHER = ["address", "websites", "instant messengers"]

#: Era label -> header names of which any one identifies it; checked in order.
ERAS_BY_COLUMN = [
    ("linkedin-2018 (extra columns)", {"address", "websites", "instant messengers"}),
    ("linkedin-2023+ (URL column)", {"url", "profile url"}),
]

#: Eras without a telling column: (label, has preamble, dates look like "1/8/18, 6:14 PM").
ERAS_BY_LAYOUT = {
    (True, False): "linkedin-2020-23 (preamble)",
    (True, True): "linkedin-2020-23 (preamble)",
    (False, True): "linkedin-2018 (no preamble)",
    (False, False): "linkedin-2019-20 (no preamble)",
}

LEGACY_OUTLOOK_FORMAT = "linkedin-legacy (Outlook-style export)"
EXPECTED_HEADER = "'First Name', 'Last Name', 'Company', 'Position', 'Connected On'"

_US_STAMP = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2}\s*[AP]M\s*$", re.I)


def linkedin_era(header, preamble, connected_on):
    """Name the era of a LinkedIn Connections.csv from its header and dates.

    Parameters
    ----------
    header : list of str
        Normalized header names.
    preamble : bool
        Whether non-empty lines precede the header.
    connected_on : pandas.Series
        The raw ``Connected On`` strings (may be empty).

    Examples
    --------
    >>> import pandas as pd
    >>> linkedin_era(["first name", "url", "connected on"], True, pd.Series(["07 Feb 2026"]))
    'linkedin-2023+ (URL column)'
    >>> linkedin_era(["first name", "connected on"], False, pd.Series(["1/8/18, 6:14 PM"]))
    'linkedin-2018 (no preamble)'
    """
    names = set(header)
    for label, telling in ERAS_BY_COLUMN:
        if names & telling:
            return label
    sample = connected_on.dropna().head(50)
    us_stamps = bool(len(sample)) and bool(sample.str.match(_US_STAMP).mean() > 0.5)
    return ERAS_BY_LAYOUT[(bool(preamble), us_stamps)]
