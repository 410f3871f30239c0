"""Quality and speed of TitleClusterer, printed beside plain TF-IDF + k-means.

Quality: ../shared/eval/dev_titles.csv (real job-posting titles with their
SOC major group; measurement only, never used to fit or tune), k = number of
SOC major groups, NMI and ARI against ``soc_major``.

Speed: 30,000 LinkedIn-like titles built from an invented pool (seniority
prefixes x role families x headline noise), automatic k, against plain
TF-IDF + k-means (k=20) on the same titles; then the cluster map figure.

Run: ``.venv/bin/python benchmarks/bench_clustering.py [path/to/titles.csv]``
"""

from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from netlib import TitleClusterer
from netlib.plotting import plot_cluster_map

DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "dev_titles.csv"

# An invented pool shaped like LinkedIn positions: role families with their
# usual modifiers and heads, seniority words, and headline clutter.
FAMILIES = {
    "software": (["Software", "Backend", "Frontend", "Full Stack", "Mobile", "Platform", "DevOps", "Data"],
                 ["Engineer", "Developer", "Architect"]),
    "it": (["IT", "Systems", "Network", "Cloud", "Security", "Helpdesk"],
           ["Administrator", "Engineer", "Analyst", "Technician"]),
    "sales": (["Account", "Sales", "Enterprise Sales", "Inside Sales", "Territory", "Business Development"],
              ["Executive", "Manager", "Representative", "Director"]),
    "marketing": (["Marketing", "Brand", "Digital Marketing", "Content", "Growth", "Product Marketing", "SEO"],
                  ["Manager", "Specialist", "Strategist", "Coordinator", "Lead"]),
    "finance": (["Financial", "Finance", "FP&A", "Investment", "Credit", "Treasury"],
                ["Analyst", "Manager", "Controller", "Associate"]),
    "accounting": (["Staff", "Tax", "Cost", "Senior", "Audit"], ["Accountant", "Auditor", "Bookkeeper"]),
    "hr": (["HR", "Human Resources", "People", "Talent Acquisition", "Compensation"],
           ["Manager", "Business Partner", "Generalist", "Specialist", "Recruiter"]),
    "health": (["Registered", "ICU", "Clinical", "Pediatric", "Psychiatric", "Oncology"],
               ["Nurse", "Nurse Practitioner", "Physician", "Pharmacist", "Therapist"]),
    "education": (["High School", "Math", "Science", "English", "Special Education", "University"],
                  ["Teacher", "Professor", "Lecturer", "Instructor", "Tutor"]),
    "legal": (["Corporate", "Litigation", "Patent", "Employment", "Associate"],
              ["Attorney", "Counsel", "Paralegal", "Lawyer"]),
    "product": (["Product", "Technical Product", "Growth Product", "Platform Product"],
                ["Manager", "Owner", "Lead", "Designer"]),
    "design": (["UX", "UI", "Graphic", "Visual", "Interaction"], ["Designer", "Researcher", "Artist"]),
    "operations": (["Operations", "Supply Chain", "Logistics", "Warehouse", "Procurement"],
                   ["Manager", "Coordinator", "Analyst", "Specialist", "Buyer"]),
    "support": (["Customer Success", "Customer Support", "Client Services", "Technical Support"],
                ["Manager", "Specialist", "Representative", "Associate"]),
    "research": (["Research", "Data", "Machine Learning", "Clinical Research", "Lab"],
                 ["Scientist", "Analyst", "Associate", "Technician"]),
    "admin": (["Executive", "Administrative", "Office", "Front Desk"], ["Assistant", "Manager", "Coordinator"]),
    "consulting": (["Management", "Strategy", "IT", "Senior"], ["Consultant", "Advisor"]),
    "project": (["Project", "Program", "Portfolio", "Delivery"], ["Manager", "Coordinator", "Lead"]),
}
SENIORITY = ["", "", "", "", "Senior ", "Sr. ", "Junior ", "Lead ", "Principal ", "Associate ", "Head of ",
             "Director of ", "VP ", "VP of ", "Intern - ", "Chief "]
CLUTTER = ["", "", "", "", "", " | ex-{c}", " @ {c}", " at {c}", ", {c}", " - Open to work"]
COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Wonka", "Stark"]
EXTRA = ["Founder & CEO", "Co-Founder", "CEO", "CTO", "CFO", "Owner", "Student", "Retired", "Freelancer",
         "Chief of Staff", "Managing Director", "Partner", "Board Member", "Advisor"]


def invented_titles(n, seed=0):
    """``n`` LinkedIn-like titles from the invented pool (a few thousand distinct)."""
    rng = np.random.default_rng(seed)
    names = list(FAMILIES)
    weights = rng.dirichlet(np.ones(len(names)) * 2)
    out = []
    for _ in range(n):
        if rng.random() < 0.05:
            out.append(str(rng.choice(EXTRA)))
            continue
        modifiers, heads = FAMILIES[names[rng.choice(len(names), p=weights)]]
        title = f"{rng.choice(SENIORITY)}{rng.choice(modifiers)} {rng.choice(heads)}"
        title += str(rng.choice(CLUTTER)).format(c=rng.choice(COMPANIES))
        out.append(title.lower() if rng.random() < 0.05 else title)
    return out


def plain_kmeans(titles, k, random_state=0):
    features = TfidfVectorizer().fit_transform(titles)
    return KMeans(k, n_init="auto", random_state=random_state).fit_predict(features)


def timed(function, *args, repeat=1, **kwargs):
    best, result = np.inf, None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function(*args, **kwargs)
        best = min(best, time.perf_counter() - start)
    return best, result


def quality(path):
    dev = pd.read_csv(path)
    truth, k = dev["soc_major"], dev["soc_major"].nunique()
    print(f"Quality on {path.name}: {len(dev):,} titles, k = {k} SOC major groups")
    print(f"  {'method':<34}{'NMI':>7}{'ARI':>7}{'seconds':>9}")
    rows = {"plain TF-IDF + k-means": lambda: plain_kmeans(dev["title"], k)}
    for seed in (0, 1, 2):
        rows[f"TitleClusterer (random_state={seed})"] = (
            lambda s=seed: TitleClusterer(n_clusters=k, random_state=s).fit(dev["title"]).labels_)
    for seed in (0, 1, 2):  # the optional SOC "type of work" block, to compare
        rows[f"  + soc_weight=1 (random_state={seed})"] = (
            lambda s=seed: TitleClusterer(n_clusters=k, random_state=s, soc_weight=1.0).fit(dev["title"]).labels_)
    for name, run in rows.items():
        seconds, labels = timed(run)
        print(f"  {name:<34}{normalized_mutual_info_score(truth, labels):7.3f}"
              f"{adjusted_rand_score(truth, labels):7.3f}{seconds:9.2f}")


def speed(n=30_000):
    titles = invented_titles(n)
    print(f"\nSpeed on {n:,} invented LinkedIn-like titles ({len(set(titles)):,} distinct)")
    # best of 5: this shared machine's timings vary by a quarter from run to run
    plain, _ = timed(plain_kmeans, titles, 20, repeat=5)
    ours, model = timed(lambda: TitleClusterer(random_state=0).fit(titles), repeat=5)
    print(f"  plain TF-IDF + k-means (k=20):      {plain:6.2f} s")
    print(f"  TitleClusterer, automatic k = {model.n_clusters_:<3}   {ours:6.2f} s  "
          f"({ours / plain:.1f}x plain; targets < 10 s and <= 4x)")
    from netlib.titles._soc import soc_major_groups

    soc_major_groups(titles[:10])
    seconds, _ = timed(soc_major_groups, titles)
    print(f"  SOC type-of-work lookup:              {seconds:6.2f} s")
    contacts = pd.DataFrame({"position": titles, "company": "Acme"})
    seconds, fig = timed(plot_cluster_map, contacts, model)
    kinds = {trace.type for trace in fig.data}
    print(f"  cluster map of {n:,} points:          {seconds:6.2f} s  traces: {sorted(kinds)}")
    print("  cluster names:", "; ".join(model.cluster_names_[:12]), "...")


def sample_names():
    """Automatic clusters of the bundled 450-contact sample, as the HTML report shows them."""
    import netlib

    titles = netlib.load(netlib.sample_path()).connections["position"]
    model = TitleClusterer(random_state=0).fit(titles)
    print(f"\nSample network: {titles.notna().sum()} titled contacts, automatic k = {model.n_clusters_}")
    for name, size in sorted(zip(model.cluster_names_, model.cluster_sizes_), key=lambda x: -x[1]):
        print(f"  {size:4d}  {name}")


def main(argv):
    warnings.simplefilter("ignore", UserWarning)
    path = Path(argv[1]) if len(argv) > 1 else DEV
    if path.exists():
        quality(path)
    else:
        print(f"(no evaluation file at {path}; quality skipped)")
    sample_names()
    speed()


if __name__ == "__main__":
    main(sys.argv)
