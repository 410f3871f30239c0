"""Title intelligence: normalize job titles and headlines, map them to LinkedIn's
job functions and seniorities, flag recruiters, and learn your own categories.

Examples
--------
>>> from netlib.titles import categorize
>>> categorize(["VP of Sales"])["function"].tolist()
['Sales']
"""

from ._categorize import COLUMNS, categorize, normalize_title
from ._rules import TitleRules, load_rules
from ._taxonomy import FUNCTIONS, SENIORITIES, UNKNOWN

__all__ = [
    "COLUMNS",
    "FUNCTIONS",
    "SENIORITIES",
    "UNKNOWN",
    "TitleClassifier",
    "TitleRules",
    "categorize",
    "load_rules",
    "normalize_title",
]


def __getattr__(name):
    # TitleClassifier needs scikit-learn (about a second to import): only when asked for
    if name == "TitleClassifier":
        from ._classifier import TitleClassifier

        return TitleClassifier
    raise AttributeError(f"module 'netlib.titles' has no attribute {name!r}")
