"""Quality and speed figures for netlib's title categorizer.

Prints only aggregates: accuracy and posting-weighted accuracy on the shared
dev set (``../shared/eval/dev_titles.csv``, measure only: never trained on,
never looked at row by row), per-function recall, a confusion matrix,
accuracy on ``tests/data/labelled_titles.csv`` when present, speed and peak
memory for 30k and 1M generated titles, and ``import netlib`` time.

Run ``python benchmarks/bench_titles.py [--quick]``.
"""

import argparse
import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from netlib import FUNCTIONS, categorize  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "dev_titles.csv"
LABELLED = ROOT / "tests" / "data" / "labelled_titles.csv"

SENIORITY = ["", "", "", "Senior ", "Sr. ", "Junior ", "Lead ", "Principal ", "Staff ", "Head of ", "VP ",
             "Director of ", "Associate ", "Chief ", "Intern - ", "Assistant ", "Global ", "Regional "]
SPECIALTY = ["Software", "Data", "Marketing", "Sales", "Product", "Finance", "HR", "Operations", "Customer Success",
             "Clinical", "Legal", "Supply Chain", "Brand", "Digital", "Cloud", "Security", "Research", "Talent",
             "Procurement", "Quality", "Real Estate", "Design", "Content", "Growth", "Payroll", "Tax", "IT",
             "Nursing", "Project", "Program", "Business Development", "Community", "Communications", "Treasury",
             "Mobile", "Frontend", "Backend", "Machine Learning", "Partner", "Field", "Inside", "Enterprise"]
ROLE = ["Engineer", "Manager", "Analyst", "Director", "Specialist", "Coordinator", "Consultant", "Associate",
        "Developer", "Designer", "Scientist", "Lead", "Officer", "Administrator", "Representative", "Recruiter",
        "Executive", "Architect", "Nurse", "Accountant", "Advisor", "Strategist", "Partner", "Owner", "Assistant"]
DECOR = ["", "", "", "", " | Open to work", " | ex-Google", " 🚀", " (she/her)", " | Helping teams grow",
         " | Hiring!", " - EMEA", ", PhD", " | Speaker | Author"]
COMPANY = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries", "Wayne Enterprises", "Vandelay",
           "Soylent", "Cyberdyne", "Tyrell", "Wonka", "Dunder Mifflin", "Pied Piper", "Massive Dynamic"]


def generate_titles(n, seed=0):
    """``n`` realistic, mostly distinct titles and headlines from combinatorial pools."""
    rng = np.random.default_rng(seed)

    def pick(pool):
        return np.array(pool, dtype=object)[rng.integers(0, len(pool), n)]

    at = np.where(rng.random(n) < 0.4, " at " + pick(COMPANY) + " " + rng.integers(1, 500, n).astype(str), "")
    return list(pick(SENIORITY) + pick(SPECIALTY) + " " + pick(ROLE) + at + pick(DECOR))


def dev_quality():
    if not DEV.exists():
        print("dev set not found:", DEV)
        return
    dev = pd.read_csv(DEV)
    pred = categorize(dev["title"])["function"].to_numpy()
    acceptable = dev["acceptable_functions"].str.split("|")
    ok = np.array([p in a for p, a in zip(pred, acceptable)])
    w = dev["postings"].to_numpy(dtype=float)
    print(f"dev titles: {len(dev)}  accuracy {ok.mean():.3f}  posting-weighted {np.average(ok, weights=w):.3f}  "
          f"unknown {np.mean(pred == 'Unknown'):.3f}")
    names = [FUNCTIONS[i] for i in range(1, len(FUNCTIONS))]
    print("per-function recall (rows whose acceptable set holds the function):")
    for name in names:
        has = np.array([name in a for a in acceptable])
        if has.any():
            print(f"  {name:32s} n={has.sum():5d}  recall {np.mean(ok[has]):.3f}")
    primary = acceptable.str[0]
    matrix = pd.crosstab(pd.Series(primary, name="true (first acceptable)"), pd.Series(pred, name="predicted"))
    short = {n: n.replace(" and ", " ")[:6] for n in list(FUNCTIONS.values())}
    matrix = matrix.rename(index=short, columns=short)
    print("confusion matrix (rows: first acceptable function; initials):")
    print(matrix.to_string())


def labelled_quality():
    if not LABELLED.exists():
        print("labelled set not present:", LABELLED)
        return
    lab = pd.read_csv(LABELLED)
    df = categorize(lab["title"])
    f_ok = np.mean([p in str(a).split("|") for p, a in zip(df["function"], lab["function"])])
    s_ok = np.mean([p in str(a).split("|") for p, a in zip(df["seniority"], lab["seniority"])])
    truth = lab["is_recruiter"].astype(str).str.lower().isin(["1", "true", "yes"]).to_numpy()
    flagged = df["is_recruiter"].to_numpy()
    precision = (truth & flagged).sum() / max(flagged.sum(), 1)
    recall = (truth & flagged).sum() / max(truth.sum(), 1)
    print(f"labelled titles: {len(lab)}  function {f_ok:.3f}  seniority {s_ok:.3f}  "
          f"recruiter precision {precision:.3f} recall {recall:.3f}")


def speed(n, repeat=1):
    """Best of ``repeat`` runs: timings on a shared machine vary by a quarter between runs."""
    titles = generate_titles(n)
    distinct = len(set(titles))
    elapsed = cpu = np.inf
    for _ in range(repeat):
        start, cpu_start = time.perf_counter(), time.process_time()
        categorize(titles)
        elapsed = min(elapsed, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - cpu_start)
    tracemalloc.start()  # a second run: tracing slows Python down, so it is not timed
    categorize(titles)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"{n:>9,d} titles ({distinct:,d} distinct): {elapsed:6.2f} s wall, {cpu:6.2f} s cpu  "
          f"{n / elapsed:10,.0f} titles/s  peak traced memory {peak / 2**20:,.0f} MiB")


def _fresh_process(code):
    """Seconds printed by ``code`` run in a new Python process (nothing loaded or cached)."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=os.environ)
    return float(out.stdout.strip().splitlines()[-1])


def import_time():
    code = "import time; t = time.perf_counter(); import netlib; print(time.perf_counter() - t)"
    print(f"import netlib: {_fresh_process(code):.3f} s")


def first_call(repeat=3):
    """A kernel's first categorize call: loading the rules and the model (pandas is imported first,
    as any notebook does). Best of ``repeat`` fresh processes."""
    code = ("import time, pandas; import netlib; t = time.perf_counter(); "
            "netlib.categorize(['Senior Data Analyst']); print(time.perf_counter() - t)")
    print(f"first categorize call in a fresh process: {min(_fresh_process(code) for _ in range(repeat)):.2f} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 1M-title run")
    args = parser.parse_args()
    categorize(["warm up"])
    dev_quality()
    labelled_quality()
    speed(30_000, repeat=5)
    if not args.quick:
        speed(1_000_000, repeat=2)
    import_time()
    first_call()


if __name__ == "__main__":
    main()
