"""Tests of netlib.sample: the seeded archive generator and the bundled sample."""

import csv
import datetime as dt
import io
import re
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

import pytest

import netlib
from netlib.sample import archive_files, generate_contacts, sample_path, write_sample
from netlib.sample import _paths
from netlib.sample.__main__ import main

REPO_SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"
OWNER = "Maren Castellano"
CONNECTIONS_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
MESSAGES_HEADER = ("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,"
                   "RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,"
                   "IS MESSAGE DRAFT,IS CONVERSATION DRAFT")


def records(text):
    """Rows of a CSV text as dicts, read with the csv module."""
    return list(csv.DictReader(io.StringIO(text, newline="")))


def connections(text):
    return records(text.split("\n", 3)[3])


@pytest.fixture(scope="module")
def story():
    """The bundled sample's files, as text."""
    folder = sample_path("linkedin")
    return {p.name: p.read_bytes().decode("utf-8") for p in folder.iterdir()}


# determinism and sizes --------------------------------------------------------------------

def test_same_seed_same_bytes_folder_and_zip(tmp_path):
    a = netlib.generate_archive(tmp_path / "a", 120, seed=7)
    b = netlib.generate_archive(tmp_path / "b", 120, seed=7)
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(p.name for p in b.iterdir()) and len(names) == 10
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    za = netlib.generate_archive(tmp_path / "za", 120, seed=7, as_zip=True)
    zb = netlib.generate_archive(tmp_path / "zb" / "x.zip", 120, seed=7, as_zip=True)
    assert za.name == "Basic_LinkedInDataExport_11-20-2026.zip" and zb.name == "x.zip"
    assert za.read_bytes() == zb.read_bytes()
    with zipfile.ZipFile(za) as zf:  # files at the root, same bytes as the folder
        assert sorted(zf.namelist()) == names
        assert zf.read("messages.csv") == (a / "messages.csv").read_bytes()


def test_other_seed_other_data_and_messages_do_not_move_people():
    base = archive_files(120, seed=1)
    other = archive_files(120, seed=2)
    more_messages = archive_files(120, 900, seed=1)
    assert base["Connections.csv"] != other["Connections.csv"]
    assert base["messages.csv"] != other["messages.csv"]
    assert more_messages["Connections.csv"] == base["Connections.csv"]


@pytest.mark.parametrize("n", [1, 40, 450, 3000])
def test_sizes_and_default_message_count(n):
    files = archive_files(n, seed=3)
    assert len(connections(files["Connections.csv"])) == n
    assert len(records(files["messages.csv"])) == round(4.5 * n)


def test_explicit_message_count_and_zero():
    assert len(records(archive_files(40, 77)["messages.csv"])) == 77
    assert archive_files(40, 0)["messages.csv"] == MESSAGES_HEADER


def test_linkedin_cap_size():
    files = archive_files(30_000, 1_000, seed=5)
    rows = connections(files["Connections.csv"])
    assert len(rows) == 30_000
    assert len({r["URL"] for r in rows if r["URL"]}) == sum(bool(r["URL"]) for r in rows)


@pytest.mark.parametrize("kwargs, match", [
    ({"n_connections": 30_001}, "above LinkedIn's cap of 30,000"),
    ({"n_connections": 0}, "between 1 and 30,000"),
    ({"n_connections": 2.5}, "must be an integer"),
    ({"n_connections": True}, "must be an integer"),
    ({"n_connections": "450"}, "must be an integer"),
    ({"n_messages": -1}, "n_messages"),
    ({"seed": "abc"}, "seed"),
    ({"today": "20/11/2026"}, "today"),
])
def test_bad_arguments_raise(tmp_path, kwargs, match):
    with pytest.raises(ValueError, match=match):
        netlib.generate_archive(tmp_path, **{"n_connections": 40, **kwargs})
    assert not any(tmp_path.iterdir())  # nothing written


def test_today_moves_the_export():
    files = archive_files(60, seed=0, today="2025-06-30")
    dates = [dt.datetime.strptime(r["Connected On"], "%d %b %Y").date()
             for r in connections(files["Connections.csv"])]
    assert max(dates) <= dt.date(2025, 6, 30)
    assert all(r["DATE"] < "2025-06-30" for r in records(files["messages.csv"]))


# the committed sample ---------------------------------------------------------------------

def test_committed_sample_is_what_the_generator_writes(tmp_path):
    fresh = write_sample(tmp_path)
    generated = sorted(p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file())
    assert len(generated) == 15
    for rel in generated:
        committed = REPO_SAMPLE / rel
        assert committed.exists(), f"{rel} missing: run `make sample`"
        if rel.suffix == ".zip":  # compare members, not zlib's bytes
            with zipfile.ZipFile(committed) as zc, zipfile.ZipFile(fresh / rel) as zg:
                assert zc.namelist() == zg.namelist()
                assert all(zc.read(n) == zg.read(n) for n in zg.namelist())
        else:
            assert committed.read_bytes() == (fresh / rel).read_bytes(), \
                f"data/sample/{rel} drifted from its generator: run `make sample`"


@pytest.mark.parametrize("kind, name", [
    ("linkedin", "linkedin_export"), ("zip", "Basic_LinkedInDataExport_11-20-2026.zip"),
    ("google", "google_contacts.csv"), ("outlook", "outlook_contacts.csv"),
    ("vcard", "contacts.vcf"),
])
def test_sample_path_kinds(kind, name):
    path = sample_path(kind)
    assert isinstance(path, Path) and path.name == name and path.exists()
    assert netlib.sample_path(kind) == path


def test_sample_path_bad_kind():
    with pytest.raises(ValueError, match="'linkedin'.*got 'csv'"):
        sample_path("csv")


def test_sample_path_falls_back_to_a_generated_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(_paths, "_repo_sample", lambda: tmp_path / "no-repo")
    monkeypatch.setattr(_paths, "_cache_dir", lambda: tmp_path / "cache")
    path = sample_path("vcard")
    assert path == tmp_path / "cache" / "other" / "contacts.vcf"
    assert path.read_bytes() == (REPO_SAMPLE / "other" / "contacts.vcf").read_bytes()
    assert sample_path("linkedin").is_dir()


def test_cache_dir_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.setattr(_paths.sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert _paths._cache_dir() == tmp_path / "netlib" / "sample"


def test_module_entry_point(tmp_path, capsys):
    main([str(tmp_path / "out")])
    assert (tmp_path / "out" / "linkedin_export" / "Connections.csv").exists()
    assert "invented sample" in capsys.readouterr().out


# formats (docs/formats.md, 2026 versions) --------------------------------------------------

def test_connections_file_format(story):
    text = story["Connections.csv"]
    lines = text.split("\n")
    assert lines[0] == "Notes:" and lines[2] == "" and lines[3] == CONNECTIONS_HEADER
    assert lines[1].startswith('"') and lines[1].endswith('"') and "email" in lines[1]
    assert "\r" not in text and not text.endswith("\n") and not text.startswith("\ufeff")
    rows = connections(text)
    assert all(re.fullmatch(r"\d\d [A-Z][a-z]{2} 20\d\d", r["Connected On"]) for r in rows)
    named = [r for r in rows if r["First Name"]]
    assert all(re.fullmatch(r"https://www\.linkedin\.com/in/[A-Za-z0-9%-]+", r["URL"])
               for r in named)
    assert any("%C3%" in r["URL"] for r in named)  # percent-encoded accented slugs
    assert '"Acme, Inc."' in text or '"Associate Director, Digital Marketing"' in text
    hidden = [r for r in rows if not r["First Name"]]
    assert 0.01 <= len(hidden) / len(rows) <= 0.03
    assert all(set(v for k, v in r.items() if k != "Connected On") == {""} for r in hidden)
    assert 0.01 <= sum(bool(r["Email Address"]) for r in rows) / len(rows) <= 0.03
    blank = sum(not r["Company"] or not r["Position"] for r in named) / len(named)
    assert 0.02 <= blank <= 0.05
    dates = [dt.datetime.strptime(r["Connected On"], "%d %b %Y") for r in rows]
    assert dates == sorted(dates, reverse=True)  # newest first, like LinkedIn


def test_messages_file_format(story):
    assert story["messages.csv"].split("\n", 1)[0] == MESSAGES_HEADER
    rows = records(story["messages.csv"])
    assert all(re.fullmatch(r"20\d\d-\d\d-\d\d \d\d:\d\d:\d\d UTC", r["DATE"]) for r in rows)
    assert {r["FOLDER"] for r in rows} == {"INBOX", "ARCHIVE", "SPAM", ""}
    groups = [r for r in rows if r["RECIPIENT PROFILE URLS"].count(",") >= 1]
    assert groups and all(r["TO"].count(", ") == r["RECIPIENT PROFILE URLS"].count(",")
                          for r in groups)
    sponsored = [r for r in rows if r["CONVERSATION TITLE"] == "Sponsored Conversation"]
    assert sponsored and all(r["FROM"] == "LinkedIn Member" and r["SENDER PROFILE URL"] == ""
                             and "%FIRSTNAME%" in r["CONTENT"] and "<p>" in r["CONTENT"]
                             for r in sponsored)
    drafts = [r for r in rows if r["IS MESSAGE DRAFT"] == "Yes"]
    assert drafts and all(r["FROM"] == OWNER and r["FOLDER"] == "" for r in drafts)
    assert any("\n" in r["CONTENT"] for r in rows)  # real line breaks, quoted
    by_conv = defaultdict(set)
    for r in rows:
        by_conv[r["CONVERSATION ID"]].add(r["CONVERSATION TITLE"])
    assert all(len(titles) == 1 for titles in by_conv.values())


def test_other_archive_files_format(story):
    inv = records(story["Invitations.csv"])
    assert list(inv[0]) == ["From", "To", "Sent At", "Message", "Direction",
                            "inviterProfileUrl", "inviteeProfileUrl"]
    assert all(re.fullmatch(r"\d{1,2}/\d{1,2}/\d\d, \d{1,2}:\d\d [AP]M", r["Sent At"])
               for r in inv)
    sent = [dt.datetime.strptime(r["Sent At"], "%m/%d/%y, %I:%M %p") for r in inv]
    assert min(sent) >= dt.datetime(2026, 3, 1) and max(sent) < dt.datetime(2026, 11, 21)
    assert {r["Direction"] for r in inv} == {"INCOMING", "OUTGOING"}
    names = {f"{r['First Name']} {r['Last Name']}" for r in connections(story["Connections.csv"])}
    assert any(r["From"] in names for r in inv) and any(r["From"] not in names for r in inv)
    for name, who in (("Endorsement_Received_Info.csv", "Endorser"),
                      ("Endorsement_Given_Info.csv", "Endorsee")):
        rows = records(story[name])
        assert list(rows[0]) == ["Endorsement Date", "Skill Name", f"{who} First Name",
                                 f"{who} Last Name", f"{who} Public Url", "Endorsement Status"]
        assert all(re.fullmatch(r"20\d\d/\d\d/\d\d \d\d:\d\d:\d\d UTC", r["Endorsement Date"])
                   and r[f"{who} Public Url"].startswith("www.linkedin.com/in/") for r in rows)
    for name in ("Recommendations_Received.csv", "Recommendations_Given.csv"):
        rows = records(story[name])
        assert rows and list(rows[0]) == ["First Name", "Last Name", "Company", "Job Title",
                                          "Text", "Creation Date", "Status"]
        assert all(re.fullmatch(r"\d{1,2}/\d{1,2}/\d\d, \d\d:\d\d [AP]M", r["Creation Date"])
                   for r in rows)
    positions = records(story["Positions.csv"])
    assert positions[0]["Finished On"].endswith("2026")  # laid off this year
    assert records(story["Profile.csv"])[0]["First Name"] == "Maren"
    assert len(records(story["Skills.csv"])) >= 10


# the story -----------------------------------------------------------------------------------

def test_story_people_are_there(story):
    rows = connections(story["Connections.csv"])
    text = [f"{r['Company']} | {r['Position']}" for r in rows]
    assert any("Financial Planner" in t and "Seattle" in t for t in text)
    assert any("Hoboken" in t and "Orthodont" in t for t in text)
    recruiting = re.compile(r"recruit|talent|sourcer|headhunt|executive search|hiring", re.I)
    assert sum(bool(recruiting.search(t)) for t in text) >= 8
    for kind in ("Talent Acquisition", "Agency", "Sourcer", "Executive Search", "Hiring!"):
        assert any(kind in t for t in text), kind
    for trap in ("Product Owner", "Account Executive", "Executive Assistant", "Chief of Staff",
                 "HR Business Partner", "Principal", "Associate Director", "Managing Director"):
        assert any(trap in t for t in text), trap
    foreign = ("Directora", "Responsable", "Geschäftsführer", "Diretor", "Direttore",
               "Gerente", "Leiterin", "Chef de", "Responsabile", "Ingeniero", "Analista")
    assert sum(any(w in t for w in foreign) for t in text) >= 3
    assert any("|" in t.split(" | ", 1)[1] or "@" in t for t in text)  # headlines
    acme = {r["Company"] for r in rows if r["Company"].lower().startswith("acme")}
    assert len(acme) >= 2  # spelling variants of one employer
    years = Counter(r["Connected On"][-4:] for r in rows)
    assert len(years) >= 14 and min(years) <= "2011"


def test_core_long_tail_and_recruiter_mail(story):
    rows = records(story["messages.csv"])
    per_person, directions, years = Counter(), defaultdict(set), defaultdict(set)
    for r in rows:
        if r["CONVERSATION TITLE"] or r["RECIPIENT PROFILE URLS"].count(","):
            continue
        other = r["TO"] if r["FROM"] == OWNER else r["FROM"]
        per_person[other] += 1
        directions[other].add(r["FROM"] == OWNER)
        years[other].add(r["DATE"][:4])
    core = [p for p, n in per_person.items() if n >= 10 and len(directions[p]) == 2
            and len(years[p]) >= 3]
    assert 20 <= len(core) <= 35
    one_on_one = sum(per_person.values())
    assert sum(per_person[p] for p in core) / one_on_one > 0.5
    tail = [p for p, n in per_person.items() if n <= 2]
    assert len(tail) > 5 * len(core)
    assert any(r["SUBJECT"] and r["FROM"] in ("Tasha Greene", "Derek Lang", "Vanessa Cole")
               for r in rows)
    assert 1500 <= len(rows) <= 2500


def test_address_books_overlap_and_formats(story):
    linkedin = {f"{r['First Name']} {r['Last Name']}"
                for r in connections(story["Connections.csv"])}
    google = sample_path("google").read_bytes().decode("utf-8")
    outlook = sample_path("outlook").read_bytes().decode("utf-8")
    vcard = sample_path("vcard").read_bytes().decode("utf-8")
    g, o = records(google), records(outlook)
    header = google.split("\r\n", 1)[0].split(",")
    assert header[:3] == ["First Name", "Middle Name", "Last Name"]
    for col in ("Organization Name", "Organization Title", "Labels",
                "E-mail 1 - Label", "E-mail 1 - Value"):
        assert col in header
    assert " ::: " in google and all("* myContacts" in r["Labels"] for r in g)
    assert {"Title", "Job Title", "Company", "E-mail Address"} <= set(o[0])
    assert any(r["Title"] == "Dr." and "Orthodont" in r["Job Title"] for r in o)
    cards = vcard.split("END:VCARD\r\n")[:-1]
    assert all(c.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n") for c in cards)
    assert "\r\n " in vcard and "\\," in vcard and "item1." in vcard
    assert re.search(r"^ORG:[^\r\n;]+;Marketing\r$", vcard, re.M)
    fns = [re.search(r"^FN:(.*)\r$", c, re.M).group(1).replace("\\,", ",") for c in cards]
    for people in ([f"{r['First Name']} {r['Last Name']}" for r in g],
                   [f"{r['First Name']} {r['Last Name']}" for r in o], fns):
        assert 30 <= len(people) <= 60
        assert 10 <= len(set(people) & linkedin) < len(people)
    assert 0 < len(set(fns) & {f"{r['First Name']} {r['Last Name']}" for r in g}) < len(fns)


def test_generate_contacts_is_seeded(tmp_path):
    a = generate_contacts(tmp_path / "a", 20, seed=4, n_connections=100)
    b = generate_contacts(tmp_path / "b", 20, seed=4, n_connections=100)
    assert all(a[k].read_bytes() == b[k].read_bytes() for k in a)
    with pytest.raises(ValueError, match="n_contacts"):
        generate_contacts(tmp_path, 0)


def test_round_trip_through_the_loader():
    ex = netlib.load_linkedin_export(sample_path("zip"))
    assert len(ex.connections) == 450 and ex.owner_name == OWNER
    assert ex.connections["is_hidden"].sum() == sum(
        not r["First Name"] for r in connections(
            (sample_path() / "Connections.csv").read_text(encoding="utf-8")))
    assert len(ex.messages) == 2025 and ex.messages["is_sponsored"].any()
    assert ex.messages["is_group"].any() and ex.messages["is_draft"].sum() == 1
    assert set(ex.messages["direction"]) >= {"INCOMING", "OUTGOING"}
    assert set(ex.invitations["direction"]) == {"INCOMING", "OUTGOING"}
    assert set(ex.endorsements["direction"]) == set(ex.recommendations["direction"])
    assert ex.positions["finished_on"].max().year == 2026
    assert len(netlib.load_contacts(sample_path("vcard"))) >= 30
