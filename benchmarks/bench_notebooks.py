"""Time every guided notebook on the sample, a tiny and a maxed-out network.

Runs each notebook top to bottom (one at a time, in a fresh kernel) with
``NETLIB_DATA`` pointing at:

- ``sample``: the bundled invented sample (``netlib.sample_path("linkedin")``);
- ``tiny-40``: a generated archive of 40 connections (``seed=1``);
- ``max-30k``: a generated archive at LinkedIn's cap, 30,000 connections and
  100,000 messages;
- ``connections-csv``: the bare ``Connections.csv`` of the tiny archive (no messages).

Prints one line per run and a table of seconds per notebook and input. The
target is under 30 s per notebook on the sample. Outputs go to a temporary
folder (``NETLIB_OUTPUT``), never into the repository.

Usage::

    python benchmarks/bench_notebooks.py                 # everything
    python benchmarks/bench_notebooks.py --data sample tiny-40 --only 00 03
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

import netlib

NOTEBOOK_DIR = Path(__file__).resolve().parents[1] / "notebooks"
TARGET_SECONDS = 30


def _inputs(root: Path, wanted):
    makers = {
        "sample": lambda: Path(netlib.sample_path("linkedin")),
        "tiny-40": lambda: netlib.generate_archive(root / "tiny", n_connections=40, seed=1),
        "max-30k": lambda: netlib.generate_archive(root / "max", n_connections=30_000,
                                                   n_messages=100_000, seed=2),
        "connections-csv": lambda: netlib.generate_archive(
            root / "csv", n_connections=40, seed=1) / "Connections.csv",
    }
    for name in wanted:
        start = time.perf_counter()
        path = makers[name]()
        print(f"input {name}: {path} ({time.perf_counter() - start:.1f}s to prepare)", flush=True)
        yield name, path


def _run(notebook: Path, data: Path, output: Path):
    os.environ["NETLIB_DATA"] = str(data)
    os.environ["NETLIB_OUTPUT"] = str(output)
    nb = nbformat.read(notebook, as_version=4)
    client = NotebookClient(nb, timeout=900, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK_DIR)}})
    start = time.perf_counter()
    try:
        client.execute()
        error = ""
    except CellExecutionError as exc:
        plain = re.sub(r"\x1b\[[0-9;]*m", "", str(exc)).strip()
        error = plain.splitlines()[-1][:200] if plain else type(exc).__name__
    return time.perf_counter() - start, error


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", nargs="+",
                        default=["sample", "tiny-40", "max-30k", "connections-csv"])
    parser.add_argument("--only", nargs="+", default=None,
                        help="notebook number prefixes, e.g. 00 03")
    args = parser.parse_args(argv)
    notebooks = sorted(NOTEBOOK_DIR.glob("[0-9][0-9]_*.ipynb"))
    if args.only:
        notebooks = [nb for nb in notebooks if nb.name[:2] in args.only]

    results, failures = {}, []
    saved_env = {k: os.environ.get(k) for k in ("NETLIB_DATA", "NETLIB_OUTPUT")}
    with tempfile.TemporaryDirectory(prefix="netlib-bench-") as tmp:
        root = Path(tmp)
        for data_name, data in _inputs(root, args.data):
            for notebook in notebooks:
                out = root / "output" / data_name
                out.mkdir(parents=True, exist_ok=True)
                seconds, error = _run(notebook, data, out)
                results[notebook.stem, data_name] = seconds
                status = f"FAILED: {error}" if error else "ok"
                print(f"{notebook.stem:<28} {data_name:<16} {seconds:6.1f}s  {status}", flush=True)
                if error:
                    failures.append((notebook.stem, data_name, error))
    for key, value in saved_env.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value

    print()
    header = f"{'seconds':<28}" + "".join(f"{name:>17}" for name in args.data)
    print(header)
    for notebook in notebooks:
        row = "".join(f"{results.get((notebook.stem, name), float('nan')):17.1f}"
                      for name in args.data)
        print(f"{notebook.stem:<28}{row}")
    totals = "".join(
        f"{sum(results.get((nb.stem, name), 0.0) for nb in notebooks):17.1f}" for name in args.data)
    print(f"{'all notebooks':<28}{totals}")
    slow = [nb.stem for nb in notebooks if results.get((nb.stem, "sample"), 0) > TARGET_SECONDS]
    if slow:
        print(f"over the {TARGET_SECONDS}s target on the sample: {', '.join(slow)}")
    if failures:
        print(f"{len(failures)} failed run(s)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
