"""Speed and memory of the analytics on a 30,000-connection, 100,000-message archive.

Generates an invented archive with :func:`netlib.generate_archive`, loads it
with :func:`netlib.load_linkedin_export`, categorizes the titles once (as a
notebook would), then times every analytics function on its own, and a
notebook flow in which one engagement table and one alignment table are
passed to triage, give_first and recruiters. Target: the analytics together under 5 s of CPU (wall time on
a shared machine is printed too), peak memory (whole process) under 1 GB.

Run: ``.venv/bin/python benchmarks/bench_analytics.py [n_connections n_messages]``
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time

import netlib
from netlib import analytics as A

TARGET_SECONDS = 5.0
TARGET_MB = 1024
# steps the notebook flow replaces by one engagement and one alignment table
REUSED = ("engagement", "alignment + gaps", "triage", "give_first", "recruiters")

STRATEGY = {
    "goal": "Lead digital marketing for a retailer",
    "functions": ["Marketing", "Sales", "Product Management"],
    "seniorities": ["Director", "VP", "CXO"],
    "keywords": ["retail", "e-commerce", "digital"],
    "companies": ["Acme", "Globex"],
}


def _timed(label, func, *args, **kwargs):
    start, cpu = time.perf_counter(), time.process_time()
    result = func(*args, **kwargs)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"  {label:<38} {elapsed:7.3f} s wall {cpu:7.3f} s cpu")
    return result, (elapsed, cpu)


def _categorized(export):
    """Add function/seniority/is_recruiter once, so every analysis reuses them."""
    cats = netlib.categorize(export.connections["position"])
    export.connections = export.connections.assign(
        function=cats["function"].to_numpy(), seniority=cats["seniority"].to_numpy(),
        is_recruiter=cats["is_recruiter"].to_numpy())
    return export


def main(n_connections: int = 30_000, n_messages: int = 100_000) -> int:
    print(f"netlib analytics benchmark: {n_connections:,} connections, "
          f"{n_messages:,} messages")
    with tempfile.TemporaryDirectory() as tmp:
        folder, _ = _timed("generate_archive (setup)", netlib.generate_archive, tmp,
                           n_connections=n_connections, n_messages=n_messages, seed=0)
        export, _ = _timed("load_linkedin_export (setup)", netlib.load_linkedin_export, folder)
    export, _ = _timed("categorize (setup)", _categorized, export)
    print(f"  loaded: {export!r}")

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("analytics:")
    steps = [
        ("network_size", A.network_size, (export,), {}),
        ("growth (monthly)", A.growth, (export,), {"freq": "M"}),
        ("maintenance_estimate", A.maintenance_estimate, (export,), {}),
        ("composition x4", lambda e: [A.composition(e, by=b) for b in
                                      ("function", "seniority", "is_recruiter", "company")],
         (export,), {}),
        ("engagement", A.engagement, (export,), {}),
        ("alignment + gaps", A.alignment, (export, STRATEGY), {}),
        ("triage", A.triage, (export, STRATEGY), {}),
        ("give_first", A.give_first, (export, STRATEGY), {"n": 20}),
        ("recruiters", A.recruiters, (export,), {}),
        ("pseudonymize", A.pseudonymize, (export,), {"seed": 1}),
    ]
    results, results_times, total, total_cpu = {}, {}, 0.0, 0.0
    for label, func, args, kwargs in steps:
        results[label], (elapsed, cpu) = _timed(label, func, *args, **kwargs)
        results_times[label] = (elapsed, cpu)
        total, total_cpu = total + elapsed, total_cpu + cpu
    with tempfile.TemporaryDirectory() as tmp:
        _, (elapsed, cpu) = _timed("to_safe_csv (triage)", A.to_safe_csv, results["triage"],
                                   f"{tmp}/triage.csv")
        total, total_cpu = total + elapsed, total_cpu + cpu
        results_times["to_safe_csv"] = (elapsed, cpu)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    e, t = results["engagement"], results["triage"]
    print("notebook flow (engagement and alignment computed once, passed to the views):")
    e, (w1, c1) = _timed("engagement", A.engagement, export)
    a, (w2, c2) = _timed("alignment + gaps", A.alignment, export, STRATEGY)
    reuse = {"engagement": e, "alignment": a}
    flow_steps = [
        ("triage(engagement=e, alignment=a)", A.triage, (export, STRATEGY), reuse),
        ("give_first(engagement=e, alignment=a)", A.give_first, (export, STRATEGY),
         {"n": 20, **reuse}),
        ("recruiters(engagement=e)", A.recruiters, (export,), {"engagement": e}),
    ]
    flow, flow_cpu = w1 + w2, c1 + c2
    for label, func, args, kwargs in flow_steps:
        _, (elapsed, cpu) = _timed(label, func, *args, **kwargs)
        flow, flow_cpu = flow + elapsed, flow_cpu + cpu
    others = sum(results_times[k][0] for k in results_times if k not in REUSED)
    others_cpu = sum(results_times[k][1] for k in results_times if k not in REUSED)
    flow, flow_cpu = flow + others, flow_cpu + others_cpu

    print("figures:")
    print(f"  size: {results['network_size']}")
    print(f"  messaged 1:1: {(e['n_messages'] > 0).sum():,} contacts; "
          f"1:1 messages counted: {e['n_messages'].sum():,}; "
          f"group: {e['n_group_messages'].sum():,}; "
          f"spam/sponsored: {e['n_spam_or_sponsored'].sum():,}")
    print(f"  aligned: {results['alignment + gaps'].attrs['share_aligned']:.1%}; "
          f"triage: {t.attrs['counts']}")
    print(f"  recruiters: {len(results['recruiters']):,}")
    for note in e.attrs["notes"]:
        print(f"  note: {note}")
    print(f"total, every function standalone: {total:.2f} s wall, {total_cpu:.2f} s cpu")
    print(f"total, notebook flow: {flow:.2f} s wall, {flow_cpu:.2f} s cpu "
          f"(target < {TARGET_SECONDS:.0f} s; load average {os.getloadavg()[0]:.1f})")
    print(f"peak memory (process RSS): {peak_mb:,.0f} MB (before analytics {rss_before:,.0f} MB; "
          f"target < {TARGET_MB:,} MB)")
    ok = flow_cpu < TARGET_SECONDS and peak_mb < TARGET_MB
    print("OK" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(*map(int, sys.argv[1:3])))
