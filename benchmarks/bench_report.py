"""Time the one-command report on a maxed-out network (a script, not a test).

Generates an invented archive of 30,000 connections and 100,000 messages,
then runs ``python -m netlib report`` on it in a fresh process (as a person
would), with and without a strategy, and prints wall time, CPU time of the
child, peak resident memory and the page size. Target: under 20 s.

Usage: ``python benchmarks/bench_report.py [--connections N] [--messages N]``
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import netlib

TARGET_S = 20.0


def _run(args):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "netlib", "report", *args, "-q"], check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=30_000)
    parser.add_argument("--messages", type=int, default=100_000)
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = netlib.generate_archive(Path(tmp) / "export.zip", opts.connections,
                                          opts.messages, seed=7, as_zip=True)
        strategy = netlib.sample_path("strategy")
        print(f"report on {opts.connections:,} connections, {opts.messages:,} messages "
              f"({os.cpu_count()} cores); target < {TARGET_S:.0f} s")
        for label, extra in (("no strategy", []), ("with strategy", ["--strategy", str(strategy)]),
                             ("pseudonymized", ["--pseudonymize"])):
            out = Path(tmp) / "report.html"
            wall, cpu, rss = _run([str(archive), "-o", str(out), *extra])
            verdict = "ok" if wall < TARGET_S else "OVER TARGET"
            print(f"  {label:14s} wall {wall:6.2f} s  cpu {cpu:6.2f} s  "
                  f"peak rss {rss:6.0f} MB  page {out.stat().st_size / 1e6:5.1f} MB  {verdict}")


if __name__ == "__main__":
    main()
