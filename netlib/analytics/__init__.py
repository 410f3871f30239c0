"""Network analytics: size, composition, engagement, strategy, triage and privacy.

Turns the advice on networks into numbers: how big the network is against
the size guidance, who is in it, how engaged each relationship is, how well
each contact fits a career strategy, whom to re-engage, nurture or prune, whom
to give to first, and how to share the data safely.

Examples
--------
>>> from netlib.analytics import size_band
>>> size_band(450).band
'small'
"""

from ._alignment import alignment, gap_analysis
from ._categories import categorize_contacts
from ._companies import LEGAL_SUFFIXES, normalize_company
from ._composition import composition, concentration, diversity
from ._engagement import StrengthWeights, engagement
from ._privacy import pseudonymize, to_safe_csv
from ._recruiters import RECRUITER_ADVICE, WARMTH_DAYS, recruiters
from ._size import (Maintenance, NetworkSize, SizeBand, growth, maintenance_estimate,
                    network_size, size_band)
from ._strategy import CRITERION_WEIGHTS, Strategy, load_strategy
from ._triage import GROUPS, give_first, triage

__all__ = [
    "CRITERION_WEIGHTS", "GROUPS", "LEGAL_SUFFIXES", "Maintenance", "NetworkSize",
    "RECRUITER_ADVICE", "SizeBand", "Strategy", "StrengthWeights", "WARMTH_DAYS",
    "alignment", "categorize_contacts", "composition", "concentration", "diversity",
    "engagement", "gap_analysis", "give_first", "growth", "load_strategy", "maintenance_estimate",
    "network_size", "normalize_company", "pseudonymize", "recruiters", "size_band",
    "to_safe_csv", "triage",
]
