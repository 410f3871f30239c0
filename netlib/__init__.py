"""netlib: understand and use your professional network.

Load your LinkedIn export (or Google, Outlook, vCard contacts), categorize your
contacts' job titles, cluster them, and turn the advice on network size,
composition and engagement into numbers.

The public API is flat::

    from netlib import load_linkedin_export, categorize, TitleClusterer

Names are imported on first use, so ``import netlib`` stays fast.

Examples
--------
>>> import netlib
>>> netlib.FUNCTIONS[15]
'Marketing'
"""

from importlib import import_module

__version__ = "0.1.0"

# public name -> private module that defines it
_API = {
    # loaders
    "LoadError": "netlib._errors",
    "LoadReport": "netlib.loaders._report",
    "LinkedInExport": "netlib.loaders._export",
    "load": "netlib.loaders",
    "load_contacts": "netlib.loaders",
    "load_linkedin_export": "netlib.loaders",
    "normalize_profile_url": "netlib.loaders",
    # the size guidance
    "SIZE_BANDS": "netlib._guidance",
    "LINKEDIN_CAP": "netlib._guidance",
    # sample data
    "generate_archive": "netlib.sample",
    "sample_path": "netlib.sample",
    # title intelligence
    "FUNCTIONS": "netlib.titles._taxonomy",
    "SENIORITIES": "netlib.titles._taxonomy",
    "normalize_title": "netlib.titles",
    "categorize": "netlib.titles",
    "TitleClassifier": "netlib.titles",
    # clustering
    "TitleClusterer": "netlib.clustering",
    "ClusterReview": "netlib.clustering",
    # analytics
    "network_size": "netlib.analytics",
    "growth": "netlib.analytics",
    "size_band": "netlib.analytics",
    "maintenance_estimate": "netlib.analytics",
    "categorize_contacts": "netlib.analytics",
    "composition": "netlib.analytics",
    "normalize_company": "netlib.analytics",
    "engagement": "netlib.analytics",
    "Strategy": "netlib.analytics",
    "load_strategy": "netlib.analytics",
    "alignment": "netlib.analytics",
    "triage": "netlib.analytics",
    "give_first": "netlib.analytics",
    "recruiters": "netlib.analytics",
    "pseudonymize": "netlib.analytics",
    "to_safe_csv": "netlib.analytics",
    # report
    "build_report": "netlib.report",
}

__all__ = sorted(_API)


def __getattr__(name):
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'netlib' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))
