"""Where the bundled sample lives: :func:`sample_path`, and how to rebuild it."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from ._archive import TODAY, generate_archive, zip_name
from ._contacts import generate_contacts

__all__ = ["sample_path", "write_sample", "KINDS"]

#: kind -> path inside the sample folder
KINDS = {
    "linkedin": "linkedin_export",
    "zip": zip_name(TODAY),
    "google": "other/google_contacts.csv",
    "outlook": "other/outlook_contacts.csv",
    "vcard": "other/contacts.vcf",
    "strategy": "strategy.yaml",
}
# the example strategy profile ships with the package and is copied beside the sample
_STRATEGY = Path(__file__).with_name("strategy.yaml")
SEED = 0
N_CONNECTIONS = 450


def write_sample(outdir):
    """Write the bundled sample (seed 0, 450 connections) into ``outdir``.

    Writes ``linkedin_export/`` (the unpacked archive), the same archive as
    ``Basic_LinkedInDataExport_11-20-2026.zip``, ``other/`` (Google,
    Outlook and vCard address books) and ``strategy.yaml`` (an example
    strategy profile for the sample's owner). ``python -m netlib.sample
    data/sample`` calls this.

    Examples
    --------
    >>> import tempfile
    >>> out = write_sample(tempfile.mkdtemp())
    >>> sorted(p.name for p in out.iterdir())
    ['Basic_LinkedInDataExport_11-20-2026.zip', 'linkedin_export', 'other', 'strategy.yaml']
    """
    outdir = Path(outdir)
    generate_archive(outdir / KINDS["linkedin"], N_CONNECTIONS, seed=SEED)
    generate_archive(outdir / KINDS["zip"], N_CONNECTIONS, seed=SEED, as_zip=True)
    generate_contacts(outdir / "other", seed=SEED, n_connections=N_CONNECTIONS)
    shutil.copyfile(_STRATEGY, outdir / KINDS["strategy"])
    return outdir


def _repo_sample():
    return Path(__file__).resolve().parents[2] / "data" / "sample"


def _cache_dir():
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "netlib" / "sample"


def sample_path(kind="linkedin"):
    """Path of the bundled invented sample data.

    The sample is the archive of Maren Castellano (invented; 450 connections,
    seed 0) and three address books that overlap with it. In a repository
    checkout (``pip install -e .``) it is ``data/sample/``; when the package
    is installed elsewhere, the files are generated once into a per-user
    cache folder (``$XDG_CACHE_HOME/netlib/sample``, ``~/.cache/netlib/sample``
    by default) and that path is returned.

    Parameters
    ----------
    kind : {"linkedin", "zip", "google", "outlook", "vcard", "strategy"}, default "linkedin"
        ``"linkedin"``: the unpacked archive folder; ``"zip"``: the same
        archive as ``Basic_LinkedInDataExport_11-20-2026.zip``; ``"google"``,
        ``"outlook"``, ``"vcard"``: the address-book files; ``"strategy"``:
        an example strategy profile (YAML) for the sample's owner, to copy
        and edit.

    Returns
    -------
    pathlib.Path

    Raises
    ------
    ValueError
        For an unknown ``kind``.

    Examples
    --------
    >>> folder = sample_path()
    >>> folder.name, (folder / "Connections.csv").exists()
    ('linkedin_export', True)
    >>> sample_path("vcard").suffix
    '.vcf'
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(map(repr, KINDS))}, got {kind!r}")
    for root in (_repo_sample(), _cache_dir()):
        if (root / KINDS[kind]).exists():
            return root / KINDS[kind]
    return write_sample(_cache_dir()) / KINDS[kind]
