"""``load_contacts``: any contacts file (LinkedIn, Google, Outlook, vCard) -> one table.

The source is told from the header: each source has an alias table (data,
below) and the header row is the line that matches one of them best. Outlook
``Title`` is an honorific (Mr., Dr.), so no Outlook alias reads it as a job.
"""

from __future__ import annotations

from pathlib import Path

from ._canonical import canonical_contacts, compile_aliases, header_score, match_columns
from ._connections import (EXPECTED_HEADER, LEGACY_OUTLOOK_FORMAT, LINKEDIN_ALIASES,
                           LINKEDIN_OTHER, linkedin_era)
from ._report import LoadReport
from ._text import PLACEHOLDERS, normalize_header, read_bytes, read_table, sniff
from ._vcard import looks_like_vcard, read_vcard

__all__ = ["load_contacts"]

OUTLOOK_ALIASES = {
    "first_name": ["first name"],
    "middle_name": ["middle name"],
    "last_name": ["last name"],
    "email": [r"e-mail address", r"e-mail \d address", "email address"],
    "company": ["company"],
    "position": ["job title"],
    "profile_url": ["web page", "business web page", "personal web page"],
}
OUTLOOK_OTHER = [
    "title", "suffix", "nickname", "department", "office location", "business street",
    "business city", "business phone", "home phone", "mobile phone", "notes", "categories",
    r"e-mail \d? ?(display name|type)", "birthday", "initials", "manager's name",
]

GOOGLE_ALIASES = {
    "first_name": ["first name"],
    "middle_name": ["middle name"],
    "last_name": ["last name"],
    "email": [r"e-mail \d+ - value"],
    "company": ["organization name", r"organization \d+ - name"],
    "position": ["organization title", r"organization \d+ - title"],
    "profile_url": [r"website \d+ - value"],
}
GOOGLE_OTHER = [
    "name prefix", "name suffix", "phonetic .*", "nickname", "file as", "organization department",
    "birthday", "notes", "photo", "labels", r"e-mail \d+ - label", r"phone \d+ - (label|value)",
    r"website \d+ - label", r"address \d+ - .*",
]

GOOGLE_LEGACY_ALIASES = {
    "full_name": ["name"],
    "first_name": ["given name"],
    "middle_name": ["additional name"],
    "last_name": ["family name"],
    "email": [r"e-mail \d+ - value"],
    "company": [r"organization \d+ - name"],
    "position": [r"organization \d+ - title"],
    "profile_url": [r"website \d+ - value"],
}
GOOGLE_LEGACY_OTHER = [
    "yomi name", ".* yomi", "name prefix", "name suffix", "initials", "nickname", "short name",
    "maiden name", "birthday", "gender", "location", "billing information", "directory server",
    "mileage", "occupation", "hobby", "sensitivity", "priority", "subject", "notes", "language",
    "photo", "group membership", r"e-mail \d+ - type", r"phone \d+ - (type|value)",
    r"organization \d+ - .*", r"website \d+ - type", r"address \d+ - .*",
]

#: (source, format label, field aliases, other known columns), in tie-break order.
SOURCES = [
    ("linkedin", "linkedin", LINKEDIN_ALIASES, LINKEDIN_OTHER),
    ("outlook", "outlook", OUTLOOK_ALIASES, OUTLOOK_OTHER),
    ("google", "google (current)", GOOGLE_ALIASES, GOOGLE_OTHER),
    ("google", "google (legacy)", GOOGLE_LEGACY_ALIASES, GOOGLE_LEGACY_OTHER),
]
_COMPILED = [
    (source, label, compile_aliases(aliases),
     compile_aliases({**aliases, "_other": other}))
    for source, label, aliases, other in SOURCES
]


def _best_source(names):
    scores = [header_score(names, known) for *_, known in _COMPILED]
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    return _COMPILED[best], scores[best]


def _format_label(source, label, sn, found, raw):
    header = [normalize_header(h) for h in sn.header]
    if source == "linkedin" and label == "outlook":
        return LEGACY_OUTLOOK_FORMAT
    if source == "linkedin":
        dates = raw[found["connected_on"][0]] if "connected_on" in found else raw.iloc[:0, 0]
        return linkedin_era(header, sn.preamble, dates)
    if source == "outlook":
        return "outlook (classic desktop)" if header[:1] == ["title"] else "outlook (outlook.com)"
    return label


def contacts_from_bytes(data, name, *, source_hint=None):
    """Parse the bytes of a contacts CSV; ``name`` is used in messages and reports."""
    sn = sniff(data, name, lambda names: _best_source(names)[1],
               expected=f"a contacts table with a header such as {EXPECTED_HEADER}")
    names = [normalize_header(h) for h in sn.header]
    (source, label, aliases, known), _ = _best_source(names)
    if source == "outlook" and "linkedin" in (source_hint or Path(name).name.lower()):
        source = "linkedin"
    found = match_columns(sn.header, aliases)
    # every column is parsed (files are small) so rows with extra fields are caught
    raw, bad_lines = read_table(sn, na_values=PLACEHOLDERS)
    found = {f: [c for c in cols if c in raw] for f, cols in found.items()}
    found = {f: cols for f, cols in found.items() if cols}
    report = LoadReport(path=str(name), source=source, encoding=sn.encoding,
                        delimiter=sn.delimiter)
    report.format = _format_label(source, label, sn, found, raw)
    report.header_row = sn.header_row + 1
    report.columns = {f: cols[0] for f, cols in found.items()}
    if bad_lines:
        report.skipped["malformed lines"] = bad_lines
    missing = [f for f in ("first_name", "last_name", "company", "position") if f not in found]
    if missing:
        report.warnings.append("columns not found (left empty): " + ", ".join(missing))
    df = canonical_contacts(raw, found, source, report)
    df.attrs["load_report"] = report
    return df


def load_contacts(path):
    """Load a contacts file into one canonical table, whatever its source.

    Detects LinkedIn ``Connections.csv`` of every era (also after a
    spreadsheet re-save), Google Contacts (current and legacy CSV), Outlook
    (outlook.com and classic desktop CSV) and vCard files. A LinkedIn data
    archive (``.zip`` or unpacked folder) gives its connections.

    Parameters
    ----------
    path : str or path-like
        The file to read. It is only read, never modified.

    Returns
    -------
    pandas.DataFrame
        Columns ``first_name, last_name, full_name, profile_url, email,
        company, position, connected_on, source, is_hidden``. Text columns
        have the ``string`` dtype (``<NA>`` when empty); ``connected_on`` is a
        naive date (NaT when the source has none); ``profile_url`` is
        normalized with :func:`netlib.normalize_profile_url`. What was done
        is in ``df.attrs["load_report"]`` (a :class:`netlib.LoadReport`).

    Raises
    ------
    netlib.LoadError
        When the file is missing, empty, binary, JSON, has no recognisable
        header or is damaged beyond reading.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "Connections.csv").write_text(
    ...     "Notes:\\n\\"Some emails are missing.\\"\\n\\n"
    ...     "First Name,Last Name,URL,Email Address,Company,Position,Connected On\\n"
    ...     "Ada,Byron,https://www.linkedin.com/in/ada-byron,,\\"Analytical, Ltd\\",CTO,07 Feb 2026\\n"
    ...     ",,,,,,08 Feb 2026")
    >>> df = load_contacts(folder / "Connections.csv")
    >>> df[["full_name", "company", "connected_on", "is_hidden"]]
       full_name         company connected_on  is_hidden
    0  Ada Byron  Analytical, Ltd   2026-02-07      False
    1       <NA>            <NA>   2026-02-08       True
    >>> df.attrs["load_report"].format
    'linkedin-2023+ (URL column)'
    """
    p = Path(path)
    if p.is_dir() or p.suffix.lower() == ".zip":
        from ._archive import load_linkedin_export

        export = load_linkedin_export(p)
        df = export.connections
        df.attrs["load_report"] = export.report.parts[0]
        return df
    data = read_bytes(p)
    if looks_like_vcard(data, p):
        return read_vcard(data, str(p))
    return contacts_from_bytes(data, str(p))
