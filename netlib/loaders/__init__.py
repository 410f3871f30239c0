"""Loaders: LinkedIn archives and contact exports into tidy tables.

Examples
--------
>>> from netlib.loaders import normalize_profile_url
>>> normalize_profile_url("www.linkedin.com/in/Ada/")
'https://www.linkedin.com/in/ada'
"""

from ._any import load
from ._archive import load_linkedin_export
from ._contacts import load_contacts
from ._urls import normalize_profile_url

__all__ = ["load", "load_contacts", "load_linkedin_export", "normalize_profile_url"]
