"""The one-command report: load, analyse, write one self-contained HTML page."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pandas as pd

from .._progress import Progress
from ._html import Section, render_page

__all__ = ["build_report"]

# columns never shown in a report table: contact details stay out of a page
# that may be shared, pseudonymized or not
_PRIVATE = ("profile_url", "email")
_STEPS = 7


def _people(df, columns):
    return df[[c for c in columns if c in df.columns and c not in _PRIVATE]]


def _categorized(export):
    from netlib.analytics import categorize_contacts

    return dataclasses.replace(export, connections=categorize_contacts(export.connections))


def _size_section(export):
    from netlib.analytics import growth, maintenance_estimate, network_size
    from netlib.plotting import plot_growth

    conn = export.connections
    size = network_size(conn)
    findings = [str(size), str(maintenance_estimate(int(size.total)))]
    blocks = []
    if conn["connected_on"].notna().any():
        per_year = growth(conn, freq="Y")
        blocks.append(plot_growth(conn, title="Your network over time"))
        blocks.append(per_year.reset_index().tail(15))
    else:
        blocks.append("This file has no connection dates, so growth cannot be drawn.")
    return Section("Size and growth", findings, blocks)


def _composition_section(export):
    from netlib.analytics import composition, normalize_company
    from netlib.plotting import plot_category_bars, plot_sunburst, plot_top_companies

    conn = export.connections
    by_function = composition(conn, by="function")
    recruiters = int(conn["is_recruiter"].sum())
    known = by_function.drop(index="Unknown", errors="ignore")
    findings = []
    if len(known):
        top = known.index[0]
        findings.append(
            f"The largest group is {top} ({known['share'].iloc[0]:.0%} of your network); "
            f"the top five functions hold {by_function.attrs['top_share']:.0%}."
        )
    findings.append(f"{recruiters:,} of your contacts are recruiters: people to keep warm, "
                    "not people to ask for a job.")
    titled = conn[conn["position"].notna()]
    blocks = [
        plot_category_bars(titled, "function", color="seniority",
                           title="Contacts by job function and seniority"),
        plot_sunburst(titled, path=["function", "seniority"], title="Function, then seniority"),
        # one bar per company, not per spelling ("Acme Inc.", "ACME")
        plot_top_companies(conn.assign(company=normalize_company(conn["company"])["company_display"]),
                           top=15, title="Companies with the most contacts"),
        by_function.reset_index(),
    ]
    return Section("Who is in your network", findings, blocks)


def _cluster_section(export):
    from netlib.clustering import TitleClusterer
    from netlib.plotting import plot_cluster_map

    conn = export.connections
    titles = conn["position"].dropna()
    if titles.nunique() < 3:
        return Section("Clusters", ["Too few job titles to cluster."], [])
    model = TitleClusterer(random_state=0).fit(titles)
    sizes = pd.DataFrame({"cluster": model.cluster_names_, "contacts": model.cluster_sizes_})
    findings = [
        f"Your contacts' titles fall into {model.n_clusters_} groups, named by their "
        "most telling words. Hover a point to see a title."
    ]
    blocks = [plot_cluster_map(conn, model, title="Your network, grouped by what people do"),
              sizes.sort_values("contacts", ascending=False, kind="stable")]
    return Section("Clusters", findings, blocks)


def _engagement_section(export, eng):
    from netlib.analytics import recruiters

    messaged = int((eng["n_messages"] > 0).sum())
    core = eng[eng["strength"] >= 0.25]
    findings = [
        f"You have exchanged 1:1 messages with {messaged:,} of {len(eng):,} contacts; "
        f"{len(core):,} relationships are warm today (strength 0.25 or more)."
    ]
    findings += list(eng.attrs.get("notes", []))
    top = eng.sort_values("strength", ascending=False).head(15)
    blocks = [
        "Days since contact counts 1:1 messages; group messages are counted apart.",
        _people(top, ["full_name", "company", "position", "n_messages", "n_sent",
                      "n_received", "days_since_contact", "n_group_messages", "strength"]),
    ]
    rec = recruiters(export, engagement=eng)
    section = [Section("Your engaged core", findings, blocks)]
    if len(rec):
        section.append(Section(
            "Recruiters", [rec.attrs.get("advice", "")],
            [_people(rec, ["full_name", "company", "position", "warmth",
                           "days_since_contact", "strength"])],
        ))
    return section


def _strategy_sections(export, strategy, eng):
    from netlib.analytics import alignment, gap_analysis, give_first, load_strategy, triage

    s = load_strategy(strategy)
    aligned = alignment(export.connections, s)
    share = aligned["aligned"].mean() if len(aligned) else 0.0
    gaps = gap_analysis(aligned, s)
    tri = triage(export, s, engagement=eng, alignment=aligned)
    counts = tri.attrs["counts"]
    findings = [f"Goal: {s.goal}"] if s.goal else []
    findings.append(f"{share:.0%} of your network is aligned with your strategy.")
    gap_rows = gaps[gaps["gap"]]
    if len(gap_rows):
        findings.append("Under-represented: " + ", ".join(gap_rows["target"].astype(str)) + ".")
    findings.append(
        "Groups: " + ", ".join(f"{g} {n:,}" for g, n in counts.items())
        + ". Nothing is deleted or sent: these are lists to review."
    )
    prune = tri[tri["group"] == "prune candidate"]
    prune_note = "Prune candidates, least engaged and least aligned first."
    prune = prune.sort_values(["lifetime_strength", "alignment"], kind="stable")
    give = give_first(export, s, n=10, engagement=eng, alignment=aligned)
    return [
        Section("Alignment with your strategy", findings, [
            gaps, prune_note,
            _people(prune.head(25), ["full_name", "company", "position", "reason"]),
        ]),
        Section("Give first", [
            "People worth a message this week: aligned, once engaged, gone quiet. "
            "Offer something useful; never ask anyone, recruiters included, to find you a job."
        ], [_people(give, ["full_name", "company", "position", "days_since_contact",
                           "suggestion"])]),
    ]


def build_report(path, output="report.html", *, strategy=None, pseudonymize=False,
                 progress=True):
    """Write a one-page HTML report of a network: size, composition, clusters, engagement.

    Loads any export the loaders accept, runs the analyses and writes one
    self-contained HTML file (interactive plotly figures with plotly.js
    inlined, tables and plain-language findings) that opens offline in any
    browser. Contact e-mails and profile URLs are never shown.

    Parameters
    ----------
    path : str or PathLike
        A LinkedIn archive (``.zip`` or folder) or a contacts file.
    output : str or PathLike, default "report.html"
        Where to write the page (parent folders are created).
    strategy : str, PathLike, dict or Strategy, optional
        A strategy profile; adds alignment, gaps, prune candidates and
        give-first suggestions.
    pseudonymize : bool, default False
        Replace every person with a stable pseudonym and drop e-mails, URLs and
        message text before analysing (for sharing the page).
    progress : bool, default True
        Print numbered steps to stderr.

    Returns
    -------
    pathlib.Path
        The written file.

    Raises
    ------
    LoadError
        When the input cannot be read (the message says why).
    ValueError
        When the strategy profile is invalid.

    Examples
    --------
    >>> import tempfile, netlib
    >>> out = build_report(netlib.sample_path("vcard"), tempfile.mkdtemp() + "/r.html",
    ...                    progress=False)
    >>> out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    True
    """
    from netlib.analytics import engagement, load_strategy
    from netlib.analytics import pseudonymize as _pseudonymize
    from netlib.loaders._any import load

    steps = Progress(_STEPS, enabled=progress)
    if strategy is not None:
        strategy = load_strategy(strategy)  # fail on a bad profile before the slow work
    steps.step(f"Loading {Path(path).name}")
    export = load(path)
    if pseudonymize:
        export = _pseudonymize(export)
    steps.step(f"Categorizing {len(export.connections):,} job titles")
    export = _categorized(export)
    steps.step("Sizing the network")
    sections = [_size_section(export)]
    steps.step("Breaking it down by function, seniority and company")
    sections.append(_composition_section(export))
    steps.step("Clustering titles")
    sections.append(_cluster_section(export))
    steps.step("Measuring engagement")
    eng = engagement(export)  # computed once, shared by every section below
    sections.extend(_engagement_section(export, eng))
    if strategy is not None:
        sections.extend(_strategy_sections(export, strategy, eng))
    else:
        sections.append(Section("Strategy", [
            "Run again with --strategy my_strategy.yaml to see alignment, gaps, "
            "prune candidates and whom to give to first."], []))
    sections.append(Section("What was read", [], [str(export.report)]))
    steps.step("Writing the page")
    owner = "" if pseudonymize else (export.owner_name or "")
    subtitle = " · ".join(x for x in (
        owner, f"generated {date.today():%d %b %Y}",
        "pseudonymized" if pseudonymize else "", "made with netlib") if x)
    html = render_page("Your professional network", subtitle, sections)
    out = Path(output).expanduser()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out
