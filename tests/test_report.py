"""The one-command report: content, privacy, and the command line."""

import re
import subprocess
import sys

import pandas as pd
import pytest

import netlib
from netlib.__main__ import main


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return netlib.generate_archive(tmp_path_factory.mktemp("a"), n_connections=120, seed=3)


STRATEGY = {
    "goal": "Lead digital marketing at a retailer",
    "functions": ["Marketing", "Product Management"],
    "seniorities": ["Director", "VP"],
    "keywords": ["retail", "e-commerce"],
}


@pytest.fixture(scope="module")
def page(archive, tmp_path_factory):
    out = tmp_path_factory.mktemp("r") / "report.html"
    netlib.build_report(archive, out, strategy=STRATEGY, progress=False)
    return out.read_text(encoding="utf-8")


def test_report_is_one_self_contained_page(page):
    assert page.startswith("<!DOCTYPE html>")
    # plotly.js inlined exactly once, no script loaded from elsewhere
    assert len(re.findall(r"<script[^>]+src=", page)) == 0
    assert page.count("plotly.js v") <= 2  # the library banner, once inlined
    for heading in ("Size and growth", "Who is in your network", "Clusters",
                    "Your engaged core", "Alignment with your strategy", "Give first"):
        assert f">{heading}</h2>" in page


def test_report_states_the_size_band(archive, page):
    export = netlib.load_linkedin_export(archive)
    band = netlib.size_band(len(export.connections)).band
    assert f"band: {band}" in page
    assert f"{len(export.connections):,} connections" in page


def test_report_never_shows_contact_details(archive, page):
    export = netlib.load_linkedin_export(archive)
    emails = export.connections["email"].dropna()
    assert len(emails) == 0 or not any(e in page for e in emails)
    urls = export.connections["profile_url"].dropna()
    assert not any(u in page for u in urls)


def test_pseudonymized_report_has_no_names(archive, tmp_path):
    out = netlib.build_report(archive, tmp_path / "p.html", pseudonymize=True, progress=False)
    page = out.read_text(encoding="utf-8")
    export = netlib.load_linkedin_export(archive)
    names = export.connections["full_name"].dropna()
    names = names[names.str.len() > 6]
    assert len(names) > 50
    assert not any(n in page for n in names)
    assert export.owner_name not in page
    assert "Person " in page and "pseudonymized" in page


def test_report_on_a_single_contacts_file(tmp_path):
    out = netlib.build_report(netlib.sample_path("google"), tmp_path / "g.html", progress=False)
    page = out.read_text(encoding="utf-8")
    assert "no connection dates" in page
    assert ">Who is in your network</h2>" in page


def test_cli_writes_the_report_and_shows_progress(archive, tmp_path, capsys):
    out = tmp_path / "cli.html"
    assert main(["report", str(archive), "-o", str(out)]) == 0
    assert out.exists()
    err = capsys.readouterr().err
    assert "[1/7] Loading" in err and "Report written to" in err


@pytest.mark.parametrize("content, expected", [
    (None, "no such file"),
    (b"\x00\x01\x02binary", "binary"),
    (b"garbage\n", "found no such header"),
])
def test_cli_bad_input_is_one_clear_line_and_exit_2(tmp_path, capsys, content, expected):
    path = tmp_path / "Connections.csv"
    if content is not None:
        path.write_bytes(content)
    assert main(["report", str(path), "-o", str(tmp_path / "x.html"), "-q"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("netlib report: ") and expected in err
    assert "Traceback" not in err and not (tmp_path / "x.html").exists()


def test_cli_bad_strategy_names_the_key(archive, tmp_path, capsys):
    strategy = tmp_path / "s.yaml"
    strategy.write_text("functions: [Marketting]\n", encoding="utf-8")
    code = main(["report", str(archive), "-o", str(tmp_path / "x.html"), "-q",
                 "--strategy", str(strategy)])
    assert code == 2
    assert "Marketing" in capsys.readouterr().err


def test_python_dash_m_entry_point(tmp_path):
    done = subprocess.run([sys.executable, "-m", "netlib", "report", "--help"],
                          capture_output=True, text=True, check=True)
    assert "--pseudonymize" in done.stdout and "--strategy" in done.stdout


def test_report_tables_hide_urls_even_when_present():
    from netlib.report._build import _people

    df = pd.DataFrame({"full_name": ["A"], "profile_url": ["https://x"], "email": ["a@b"]})
    assert list(_people(df, ["full_name", "profile_url", "email"]).columns) == ["full_name"]


def test_tables_read_as_text_not_as_dtypes():
    from netlib.report._html import _readable

    df = pd.DataFrame({
        "full_name": pd.Series(["Ada", None], dtype="string"),
        "share": [0.0088889, 0.5], "gap": [True, False],
        "days_since_contact": [4869.0, None], "strength": [0.61043, 0.1],
    })
    out = _readable(df)
    assert list(out.columns) == ["name", "share", "gap", "days since contact", "strength"]
    assert out.iloc[0].tolist() == ["Ada", "0.9%", "yes", "4,869", "0.61"]
    assert out.iloc[1].tolist() == ["", "50.0%", "no", "", "0.10"]


def test_prune_list_leaves_hidden_members_out(archive, page):
    assert "&lt;NA&gt;" not in page and "<NA>" not in page
    hidden = int(netlib.load_linkedin_export(archive).connections["is_hidden"].sum())
    assert hidden > 0 and f"hidden member {hidden}" in page


def test_report_lists_every_cluster_with_its_size(archive, page):
    titles = netlib.load_linkedin_export(archive).connections["position"].dropna()
    model = netlib.TitleClusterer(random_state=0).fit(titles)
    section = page[page.index(">Clusters</h2>"):page.index(">Your engaged core</h2>")]
    assert "<th>contacts</th>" in section
    assert all(name in section for name in model.cluster_names_)


def test_report_counts_companies_once_whatever_the_spelling(tmp_path):
    rows = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    spellings = ["Acme Inc.", "ACME", "Acme, Inc.", "Globex"]
    rows += [f'P{i},Q{i},,,"{c}",Analyst,01 Feb 2024' for i, c in enumerate(spellings * 3)]
    csv = tmp_path / "Connections.csv"
    csv.write_text("\n".join(rows), encoding="utf-8")
    page = netlib.build_report(csv, tmp_path / "r.html", progress=False).read_text(encoding="utf-8")
    companies = page[page.index(">Who is in your network</h2>"):page.index(">Clusters</h2>")]
    assert '"ACME"' not in companies and '"Acme, Inc."' not in companies
    assert '"Acme"' in companies
