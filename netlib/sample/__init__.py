"""Invented sample data: a seeded LinkedIn-archive generator and the bundled sample.

Every person in the sample and in generated archives is invented.
``python -m netlib.sample OUTDIR`` rewrites the bundled sample.

Examples
--------
>>> from netlib.sample import generate_archive, sample_path
>>> sample_path("zip").name
'Basic_LinkedInDataExport_11-20-2026.zip'
"""

from ._archive import MAX_CONNECTIONS, archive_files, generate_archive
from ._contacts import generate_contacts
from ._paths import sample_path, write_sample

__all__ = ["MAX_CONNECTIONS", "archive_files", "generate_archive", "generate_contacts",
           "sample_path", "write_sample"]
