"""Speed and memory of the loaders on a large invented archive (a script, not a test).

Generates (with ``netlib.generate_archive``) an archive of 30,000 connections
and 100,000 messages, as a folder and as a zip, then measures in a fresh
Python process per case, so the figures hold only that load:

- wall time (best of a few runs, without tracing),
- peak traced memory (``tracemalloc``, one more run),
- peak resident memory of the process (``resource.getrusage`` maxrss).

Targets on a 2-core machine: Connections.csv < 0.5 s, archive < 3 s, peak < 500 MB.

Usage: ``python benchmarks/bench_loaders.py [--connections N] [--messages N] [--repeat N]``
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

TARGETS = {"contacts": 0.5, "archive-zip": 3.0, "archive-folder": 3.0}
MEMORY_TARGET_MB = 500


def _measure(case, path, repeat):
    """Run in the child process: time ``repeat`` loads, then trace one."""
    import netlib

    load = {
        "contacts": lambda: netlib.load_contacts(path),
        "archive-zip": lambda: netlib.load_linkedin_export(path),
        "archive-folder": lambda: netlib.load_linkedin_export(path),
    }[case]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = load()
        times.append(time.perf_counter() - start)
        del result
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tracemalloc.start()
    result = load()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rows = len(result) if case == "contacts" else (len(result.connections), len(result.messages))
    print(json.dumps({"best_s": min(times), "median_s": sorted(times)[len(times) // 2],
                      "traced_peak_mb": peak / 2**20, "maxrss_mb": rss_mb, "rows": rows}))


def _child(case, path, repeat):
    out = subprocess.run([sys.executable, __file__, "--child", case, str(path), str(repeat)],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=30_000)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        # generated in a child process too: Linux keeps a process's peak RSS across
        # exec, so this parent must stay small for the children's figures to hold
        start = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--generate", tmp, str(args.connections),
                        str(args.messages)], check=True)
        folder = Path(tmp) / "folder"
        zpath = next((Path(tmp) / "zip").glob("*.zip"))
        print(f"generated {args.connections:,} connections, {args.messages:,} messages "
              f"in {time.perf_counter() - start:.1f} s "
              f"(messages.csv {(folder / 'messages.csv').stat().st_size / 2**20:.1f} MB, "
              f"zip {zpath.stat().st_size / 2**20:.1f} MB)")
        cases = {"contacts": folder / "Connections.csv", "archive-zip": zpath,
                 "archive-folder": folder}
        print(f"{'case':<16}{'best s':>8}{'median s':>10}{'target s':>10}"
              f"{'traced MB':>11}{'maxrss MB':>11}  rows")
        for case, path in cases.items():
            r = _child(case, path, args.repeat)
            ok = r["best_s"] < TARGETS[case] and r["maxrss_mb"] < MEMORY_TARGET_MB
            print(f"{case:<16}{r['best_s']:>8.3f}{r['median_s']:>10.3f}{TARGETS[case]:>10.1f}"
                  f"{r['traced_peak_mb']:>11.1f}{r['maxrss_mb']:>11.1f}  {r['rows']}"
                  f"{'' if ok else '  (over target)'}")


def _generate(tmp, n_connections, n_messages):
    from netlib import generate_archive

    generate_archive(Path(tmp) / "folder", n_connections, n_messages, seed=7)
    generate_archive(Path(tmp) / "zip", n_connections, n_messages, seed=7, as_zip=True)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _measure(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif len(sys.argv) > 1 and sys.argv[1] == "--generate":
        _generate(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        main()
