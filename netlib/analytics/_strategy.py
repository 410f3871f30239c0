"""What the person aims at, as a small readable profile (YAML or dict)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field, fields
from os import PathLike
from types import MappingProxyType

__all__ = ["Strategy", "load_strategy", "check_names", "CRITERION_WEIGHTS"]

#: Default weight of each criterion in the alignment score (see :func:`netlib.alignment`).
CRITERION_WEIGHTS = MappingProxyType(
    {"function": 2.0, "seniority": 1.0, "company": 2.0, "keyword": 1.0, "location": 1.0}
)


def check_names(kind: str, values, allowed) -> list[str]:
    """Return ``values`` spelled as in ``allowed`` (case-insensitive), or raise.

    The error names the bad value, lists the allowed ones and suggests the
    closest (``difflib``).

    Examples
    --------
    >>> check_names("function", ["marketing"], ["Marketing", "Sales"])
    ['Marketing']
    >>> check_names("function", ["Marketting"], ["Marketing", "Sales"])
    Traceback (most recent call last):
    ...
    ValueError: unknown function 'Marketting'; allowed: Marketing, Sales (did you mean 'Marketing'?)
    """
    allowed = list(allowed)
    lookup = {str(a).casefold(): a for a in allowed}
    out = []
    for value in values:
        canonical = lookup.get(str(value).strip().casefold())
        if canonical is None:
            close = difflib.get_close_matches(str(value), [str(a) for a in allowed], n=1,
                                              cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ValueError(f"unknown {kind} {value!r}; allowed: "
                             f"{', '.join(str(a) for a in allowed)}{hint}")
        out.append(canonical)
    return out


def _as_tuple(name: str, value) -> tuple:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    try:
        items = tuple(value)
    except TypeError:
        raise ValueError(f"{name} must be a list of strings, got {value!r}") from None
    bad = [v for v in items if not isinstance(v, str) or not v.strip()]
    if bad:
        raise ValueError(f"{name} must hold non-empty strings, got {bad[0]!r}")
    return tuple(v.strip() for v in items)


@dataclass(frozen=True)
class Strategy:
    """A career strategy: whom the network should hold.

    Every list is optional; an empty list means "no preference" and does not
    count in the alignment score. Function and seniority names are LinkedIn's
    (:data:`netlib.FUNCTIONS`, :data:`netlib.SENIORITIES`), matched without case.

    Attributes
    ----------
    goal : str
        One sentence on what the person aims at (shown in reports).
    functions, seniorities : tuple of str
        Target job functions and seniority levels.
    companies : tuple of str
        Target companies (matched with :func:`netlib.normalize_company`).
    keywords : tuple of str
        Industry or topic words looked for in position and company.
    locations : tuple of str
        Places looked for in a ``location`` column, when the data has one.
    always_keep : tuple of str
        Names or profile URLs never to prune.
    weights : dict
        Weight of each criterion (keys of :data:`CRITERION_WEIGHTS`).
    aligned_at : float
        Alignment score (0-1) from which a contact counts as aligned.
    min_share : float
        Share of the network under which a target category is a gap.

    Examples
    --------
    >>> s = Strategy(functions=["marketing"], seniorities="Director")
    >>> s.functions, s.seniorities
    (('Marketing',), ('Director',))
    >>> Strategy(functions=["Marketting"])
    Traceback (most recent call last):
    ...
    ValueError: unknown function 'Marketting'; allowed: Accounting, ... (did you mean 'Marketing'?)
    """

    goal: str = ""
    functions: tuple = ()
    seniorities: tuple = ()
    companies: tuple = ()
    keywords: tuple = ()
    locations: tuple = ()
    always_keep: tuple = ()
    weights: dict = field(default_factory=lambda: dict(CRITERION_WEIGHTS))
    aligned_at: float = 0.5
    min_share: float = 0.05

    def __post_init__(self):
        from netlib.titles._taxonomy import FUNCTIONS, SENIORITIES, UNKNOWN

        lists = {f.name: _as_tuple(f.name, getattr(self, f.name)) for f in fields(self)
                 if f.name in ("functions", "seniorities", "companies", "keywords",
                               "locations", "always_keep")}
        known_functions = [v for v in FUNCTIONS.values() if v != UNKNOWN]
        known_seniorities = [v for v in SENIORITIES.values() if v != UNKNOWN]
        lists["functions"] = tuple(check_names("function", lists["functions"], known_functions))
        lists["seniorities"] = tuple(
            check_names("seniority", lists["seniorities"], known_seniorities))
        for name, value in lists.items():
            object.__setattr__(self, name, value)
        weights = dict(self.weights or {})
        check_names("weight", list(weights), CRITERION_WEIGHTS)
        object.__setattr__(self, "weights", {**CRITERION_WEIGHTS, **{
            k: float(v) for k, v in weights.items()}})
        for name in ("aligned_at", "min_share"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or not 0 <= value <= 1:
                raise ValueError(f"{name} must be a number between 0 and 1, got {value!r}")
        if not isinstance(self.goal, str):
            raise ValueError(f"goal must be a sentence (str), got {self.goal!r}")

    @property
    def criteria(self) -> list[str]:
        """The criteria this strategy sets (those with a non-empty list)."""
        plural = {"function": "functions", "seniority": "seniorities",
                  "company": "companies", "keyword": "keywords", "location": "locations"}
        return [c for c, attr in plural.items() if getattr(self, attr)]


def load_strategy(source) -> Strategy:
    """Read a strategy from a YAML file, a dict or a :class:`Strategy`.

    Parameters
    ----------
    source : str, PathLike, dict or Strategy
        A path to a YAML file whose top level holds the keys of
        :class:`Strategy`, or the same as a dict.

    Returns
    -------
    Strategy

    Raises
    ------
    ValueError
        On an unknown key, function or seniority, naming it, listing the
        allowed values and suggesting the closest one.

    Examples
    --------
    >>> s = load_strategy({"goal": "Retail digital marketing lead",
    ...                    "functions": ["Marketing"], "keywords": ["retail"]})
    >>> s.criteria
    ['function', 'keyword']
    >>> load_strategy({"function": ["Marketing"]})
    Traceback (most recent call last):
    ...
    ValueError: unknown key 'function'; allowed: goal, functions, ... (did you mean 'functions'?)
    """
    if isinstance(source, Strategy):
        return source
    if isinstance(source, (str, PathLike)):
        import yaml

        with open(source, encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
        if not isinstance(data, dict):
            raise ValueError(f"{source}: a strategy file holds keys and values, "
                             f"got {type(data).__name__}")
    elif isinstance(source, dict):
        data = source
    else:
        raise TypeError(f"expected a path, a dict or a Strategy, got {type(source).__name__}")
    check_names("key", list(data), [f.name for f in fields(Strategy)])
    return Strategy(**data)
