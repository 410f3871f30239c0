"""Invented sample data: a seeded LinkedIn-archive generator and the bundled sample.

Examples
--------
>>> from netlib.sample import generate_archive
>>> callable(generate_archive)
True
"""

from ._archive import generate_archive

__all__ = ["generate_archive"]
