"""Exceptions raised by netlib."""

__all__ = ["LoadError"]


class LoadError(ValueError):
    """An input file netlib cannot read, with a sentence saying why.

    Raised by every loader for missing, empty, binary or malformed files,
    unrecognised headers and unsafe archives. The message names the file,
    what was expected and what was found, so it can be shown to a person
    as it is.

    Examples
    --------
    >>> from netlib import LoadError, load_contacts
    >>> try:
    ...     load_contacts("no/such/Connections.csv")
    ... except LoadError as err:
    ...     print(type(err).__name__, "is a ValueError:", isinstance(err, ValueError))
    LoadError is a ValueError: True
    """
