"""Invent the other address books: Google Contacts CSV, Outlook CSV, vCard 3.0.

The three files share people with each other and with the LinkedIn archive
of the same seed (friends, the orthodontist, the financial planner, some
colleagues), plus people who are not on LinkedIn at all (family, local
services), so that merging and deduplicating has something to do.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ._csvio import csv_text
from ._names import FIRST_NAMES, LAST_NAMES
from ._people import ascii_fold, make_people

#: people who are in her phone but not on LinkedIn: (title, company, label)
OFFLINE = (
    ("", "", "Family"), ("", "", "Family"), ("Pediatrician", "Hoboken Pediatrics", ""),
    ("Plumber", "Hudson Plumbing & Heating", ""), ("Piano Teacher", "", ""),
    ("Dog Walker", "", ""), ("Owner", "Bistro Marcel", ""), ("", "", "Friends"),
    ("Soccer Coach", "Hoboken Youth Soccer", ""), ("Accountant", "Brightwater Accounting, LLC", ""),
)
STORY_ROLES = ("planner", "orthodontist", "friend", "core", "recruiter")
GOOGLE_HEADER = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
    "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,"
    "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,"
    "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
    "Phone 1 - Label,Phone 1 - Value,Address 1 - Label,Address 1 - Formatted,"
    "Address 1 - City,Address 1 - Region,Website 1 - Label,Website 1 - Value"
).split(",")
OUTLOOK_HEADER = (
    "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,"
    "E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,"
    "Business Phone,Business Phone 2,Mobile Phone,Car Phone,Other Phone,Primary Phone,"
    "Pager,Business Fax,Home Fax,Other Fax,Company Main Phone,Callback,Radio Phone,Telex,"
    "TTY/TDD Phone,IMAddress,Job Title,Department,Company,Office Location,Manager's Name,"
    "Assistant's Name,Assistant's Phone,Company Yomi,Business Street,Business City,"
    "Business State,Business Postal Code,Business Country/Region,Home Street,Home City,"
    "Home State,Home Postal Code,Home Country/Region,Other Street,Other City,Other State,"
    "Other Postal Code,Other Country/Region,Personal Web Page,Spouse,Schools,Hobby,"
    "Location,Web Page,Birthday,Anniversary,Notes"
).split(",")


def _address_book(n_connections, seed):
    """Everyone who may appear in an address book, as dicts."""
    rng = np.random.default_rng(np.random.SeedSequence(seed).spawn(4)[3])
    people = make_people(n_connections, np.random.default_rng(
        np.random.SeedSequence(seed).spawn(3)[0]), np.datetime64("2026-11-20"))
    story = [i for i in range(len(people)) if people.role[i] in STORY_ROLES]
    other = np.flatnonzero(~people.hidden & (people.role == ""))
    picked = story + rng.choice(other, size=min(len(other), 20), replace=False).tolist()
    book = []
    for i in picked:
        book.append(dict(first=people.first[i], last=people.last[i],
                         company=people.company[i], title=people.position[i],
                         url=people.url[i], role=people.role[i], label=""))
    for k, (title, company, label) in enumerate(OFFLINE):
        book.append(dict(first=FIRST_NAMES[rng.integers(len(FIRST_NAMES))],
                         last="Castellano" if label == "Family" else
                         LAST_NAMES[rng.integers(len(LAST_NAMES))],
                         company=company, title=title, url="", role="offline", label=label))
    for k, p in enumerate(book):
        user = f"{ascii_fold(p['first'])}.{ascii_fold(p['last'])}".lower()
        user = user.replace(" ", "").replace("'", "")
        work = p["company"] and p["role"] != "offline" and rng.random() < 0.5
        domain = ascii_fold(p["company"]).lower().split(",")[0].split()[0] if work else ""
        p["email"] = f"{user}@{domain}.example" if work else f"{user}@mail.example"
        p["phone"] = f"+1 201-555-{100 + k:04d}"
    return book, rng


def _subset(book, rng, n):
    """A source's share of the book: story people first, then a random part."""
    must = [p for p in book if p["role"] in ("planner", "orthodontist", "friend")
            or "," in p["company"]]
    rest = [p for p in book if p not in must]
    take = rng.choice(len(rest), size=min(len(rest), max(0, n - len(must))), replace=False)
    return must + [rest[i] for i in sorted(take)]


def _honorific(p):
    return "Dr." if p["role"] == "orthodontist" or "Physician" in p["title"] else ""


def google_rows(people, rng):
    rows = []
    for k, p in enumerate(people):
        labels = " ::: ".join(x for x in ("* myContacts", p["label"] or
                              ("LinkedIn" if p["url"] else ""), "* starred" if k % 9 == 0
                              else "") if x)
        email2 = f"{p['first'].lower()}@home.example" if k % 7 == 0 else ""
        rows.append([p["first"], "", p["last"], "", "", "", _honorific(p), "", "", "",
                     p["company"], p["title"], "", "", "", "", labels,
                     "* Work" if "@mail." not in p["email"] else "* Home", p["email"],
                     "Home" if email2 else "", email2,
                     "Mobile", p["phone"] + (" ::: +1 201-555-0199" if k % 11 == 0 else ""),
                     "", "", "", "", "LinkedIn" if p["url"] else "", p["url"]])
    return rows


def outlook_rows(people, rng):
    rows = []
    for p in people:
        row = dict.fromkeys(OUTLOOK_HEADER, "")
        row.update({"First Name": p["first"], "Last Name": p["last"],
                    "Title": _honorific(p), "E-mail Address": p["email"],
                    "Mobile Phone": p["phone"], "Job Title": p["title"],
                    "Company": p["company"], "Web Page": p["url"]})
        if p["role"] == "planner":
            row.update({"Business City": "Seattle", "Business State": "WA"})
        rows.append(list(row.values()))
    return rows


def _escape(value):
    return (value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\n", "\\n"))


def _fold(line, limit=75):
    """Fold a content line at ``limit`` octets (CRLF + space), never inside a character."""
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = " "
        current += ch
    return "\r\n".join(out + [current])


def vcard_text(people, rng):
    cards = []
    for k, p in enumerate(people):
        lines = ["BEGIN:VCARD", "VERSION:3.0",
                 f"N:{_escape(p['last'])};{_escape(p['first'])};;{_honorific(p)};",
                 f"FN:{_escape(p['first'] + ' ' + p['last'])}"]
        if p["company"]:
            unit = ";Marketing" if p["role"] == "core" and k % 3 == 0 else ""
            lines.append(f"ORG:{_escape(p['company'])}{unit}")
        if p["title"]:
            lines.append(f"TITLE:{_escape(p['title'])}")
        lines += [f"EMAIL;TYPE=INTERNET;TYPE=HOME:{p['email']}",
                  f"TEL;TYPE=CELL:{p['phone']}"]
        if p["url"]:
            lines += [f"item1.URL:{p['url']}", "item1.X-ABLabel:LinkedIn"]
        if p["role"] in ("planner", "orthodontist"):
            lines.append("NOTE:" + _escape(
                f"Met through {'Jenna' if p['role'] == 'planner' else 'the school'}, "
                "very helpful; call before the end of the year to review the plan.\n"
                "Prefers email."))
        lines.append("END:VCARD")
        cards.append("\r\n".join(_fold(line) for line in lines))
    return "\r\n".join(cards) + "\r\n"


def generate_contacts(path, n_contacts=45, *, seed=0, n_connections=450):
    """Write ``google_contacts.csv``, ``outlook_contacts.csv`` and ``contacts.vcf``.

    The address books overlap with each other and with the LinkedIn archive
    that :func:`netlib.generate_archive` writes for the same ``seed`` and
    ``n_connections``; every person is invented.

    Parameters
    ----------
    path : str or path-like
        Folder to write into (created if needed).
    n_contacts : int, default 45
        About how many people each file holds.
    seed : int, default 0
        Seed of the random generator.
    n_connections : int, default 450
        Size of the LinkedIn network the books overlap with.

    Returns
    -------
    dict
        ``{"google": Path, "outlook": Path, "vcard": Path}``.

    Examples
    --------
    >>> import tempfile
    >>> paths = generate_contacts(tempfile.mkdtemp(), 10, n_connections=40)
    >>> paths["vcard"].read_text(encoding="utf-8").count("BEGIN:VCARD") >= 10
    True
    """
    if isinstance(n_contacts, bool) or not isinstance(n_contacts, int) or n_contacts < 1:
        raise ValueError(f"n_contacts must be a positive integer, got {n_contacts!r}")
    book, rng = _address_book(n_connections, seed)
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    out = {"google": path / "google_contacts.csv", "outlook": path / "outlook_contacts.csv",
           "vcard": path / "contacts.vcf"}
    google = csv_text(GOOGLE_HEADER, google_rows(_subset(book, rng, n_contacts), rng),
                      lineterminator="\r\n", trailing_newline=True)
    outlook = csv_text(OUTLOOK_HEADER, outlook_rows(_subset(book, rng, n_contacts), rng),
                       lineterminator="\r\n", trailing_newline=True)
    out["google"].write_bytes(google.encode("utf-8"))
    out["outlook"].write_bytes(outlook.encode("utf-8"))
    out["vcard"].write_bytes(vcard_text(_subset(book, rng, n_contacts), rng).encode("utf-8"))
    return out
