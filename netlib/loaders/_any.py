"""Load whatever a person has: a LinkedIn archive or a single contacts file."""

from __future__ import annotations

from pathlib import Path

from ._archive import load_linkedin_export
from ._contacts import load_contacts
from ._export import LinkedInExport

__all__ = ["load"]


def load(path, *, include_content=False):
    """Load a LinkedIn archive or any single contacts file as a :class:`LinkedInExport`.

    A ``.zip`` or a folder is read as a LinkedIn archive
    (:func:`load_linkedin_export`); any other file (Connections.csv, Google or
    Outlook CSV, vCard) with :func:`load_contacts`, giving an export whose only
    table is ``connections`` (the others are empty). Notebooks and the report
    use this so they work on every format the loaders accept.

    Parameters
    ----------
    path : str or PathLike
        The archive (``.zip`` or unpacked folder) or a contacts file.
    include_content : bool, default False
        Read message and recommendation text too (archives only).

    Returns
    -------
    LinkedInExport

    Raises
    ------
    LoadError
        When the input cannot be read; the message says why.

    Examples
    --------
    >>> import netlib
    >>> export = netlib.load(netlib.sample_path("vcard"))
    >>> export.connections["source"].unique().tolist(), export.messages.empty
    (['vcard'], True)
    """
    p = Path(path).expanduser()
    if p.is_dir() or p.suffix.lower() == ".zip":
        return load_linkedin_export(p, include_content=include_content)
    connections = load_contacts(p)
    report = connections.attrs.get("load_report")
    export = LinkedInExport(connections=connections)
    if report is not None:
        export.report = report
    return export
