"""vCard 2.1 / 3.0 / 4.0 files (``.vcf``) -> the canonical contacts table.

Handles line folding (a line break followed by a space or tab), quoted-
printable soft breaks (``=`` at the end of a line), ``CHARSET=`` and
``ENCODING=QUOTED-PRINTABLE`` parameters, escapes (``\\,`` ``\\;`` ``\\n``),
property groups (``item1.ORG:``) and multi-unit ``ORG`` values, of which the
first unit is the company.
"""

from __future__ import annotations

import quopri
import re

import pandas as pd

from ._canonical import canonical_contacts
from ._report import LoadReport
from ._text import decode_all, fail

#: vCard property -> canonical field it fills, and which ``;``-separated component.
PROPERTIES = {
    "FN": ("full_name", 0),
    "ORG": ("company", 0),
    "TITLE": ("position", 0),
    "ROLE": ("role", 0),
    "EMAIL": ("email", 0),
    "URL": ("url", 0),
    "X-SOCIALPROFILE": ("url", 0),
}
#: Components of the structured ``N`` property.
NAME_PARTS = {"last_name": 0, "first_name": 1, "middle_name": 2}
ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}

_LINE = re.compile(
    r"^(?:[\w-]+\.)?(?P<name>[\w-]+)(?P<params>(?:;[^:]*)?):(?P<value>.*)$", re.S)
_ESCAPE = re.compile(r"\\(.)")
_UNESCAPED_SEMI = re.compile(r"(?<!\\);")


def looks_like_vcard(data, path):
    """Tell a vCard file by its extension or its first line.

    Examples
    --------
    >>> looks_like_vcard(b"BEGIN:VCARD\\r\\nVERSION:3.0", "contacts.txt")
    True
    """
    if str(path).lower().endswith((".vcf", ".vcard")):
        return True
    head = data[:2048].replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xff\xfe \r\n\t")
    return head[:11].upper() == b"BEGIN:VCARD"


def _logical_lines(text):
    lines = []
    for line in re.split(r"\r\n|\r|\n", text):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += line[1:]
        elif lines and lines[-1].endswith("=") and "QUOTED-PRINTABLE" in lines[-1].upper().split(":")[0]:
            lines[-1] = lines[-1][:-1] + line
        elif line.strip():
            lines.append(line)
    return lines


def _params(raw):
    params = {}
    for part in raw.split(";"):
        if part:
            key, _, value = part.partition("=")
            params[(key if value else "TYPE").upper()] = (value or key).strip('"')
    if params.get("TYPE", "").upper() == "QUOTED-PRINTABLE":
        params["ENCODING"] = "QUOTED-PRINTABLE"
    return params


def _decode_value(value, params):
    if params.get("ENCODING", "").upper() not in ("QUOTED-PRINTABLE", "QP"):
        return value
    raw = quopri.decodestring(value.encode("utf-8"))
    charset = params.get("CHARSET", "utf-8")
    try:
        return raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return raw.decode("cp1252", "replace")


def _components(value):
    return [_ESCAPE.sub(lambda m: ESCAPES.get(m.group(1), m.group(1)), part).strip()
            for part in _UNESCAPED_SEMI.split(value)]


def _cards(lines):
    card, versions = None, []
    for line in lines:
        m = _LINE.match(line)
        if not m:
            continue
        name, params = m.group("name").upper(), _params(m.group("params")[1:])
        value = _decode_value(m.group("value"), params)
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            card = {}
        elif card is None:
            continue
        elif name == "END":
            yield card
            card = None
        elif name == "VERSION":
            versions.append(value.strip())
            card["_version"] = value.strip()
        elif name == "N":
            parts = _components(value)
            for fld, i in NAME_PARTS.items():
                card.setdefault(fld, parts[i] if i < len(parts) else "")
        elif name in PROPERTIES:
            fld, i = PROPERTIES[name]
            part = _components(value)[i] if fld != "url" else _ESCAPE.sub(r"\1", value)
            if fld == "url" and "linkedin.com" not in part.lower():
                continue
            if part and fld not in card:
                card[fld] = part
    if card:
        card["_unterminated"] = True
        yield card


def read_vcard(data, name):
    """Parse vCard bytes into the canonical contacts table (``source`` = ``"vcard"``).

    Examples
    --------
    >>> vcf = (b"BEGIN:VCARD\\r\\nVERSION:3.0\\r\\nN:Byron;Ada;;;\\r\\nFN:Ada Byron\\r\\n"
    ...        b"item1.ORG:ABC\\\\, Inc.;North American Division\\r\\n"
    ...        b"TITLE:Chief\\r\\n  Engineer\\r\\nEND:VCARD\\r\\n")
    >>> df = read_vcard(vcf, "ada.vcf")
    >>> df.loc[0, ["first_name", "company", "position"]].tolist()
    ['Ada', 'ABC, Inc.', 'Chief Engineer']
    """
    text, encoding = decode_all(data, name)
    if "BEGIN:VCARD" not in text.upper():
        fail(name, "a vCard file (BEGIN:VCARD … END:VCARD)", "no BEGIN:VCARD line")
    cards = list(_cards(_logical_lines(text)))
    columns = ["first_name", "middle_name", "last_name", "full_name", "company",
               "position", "role", "email", "url"]
    raw = pd.DataFrame([{c: card.get(c) or None for c in columns} for card in cards],
                       columns=columns, dtype="string")
    raw["position"] = raw["position"].fillna(raw["role"])
    versions = sorted({c["_version"] for c in cards if "_version" in c})
    report = LoadReport(path=str(name), source="vcard", encoding=encoding,
                        format="vcard " + "/".join(versions) if versions else "vcard")
    if any(c.get("_unterminated") for c in cards):
        report.warnings.append("the last card has no END:VCARD line; it was read anyway")
    found = {c: [c] for c in columns if c not in ("role", "url")}
    found["profile_url"] = ["url"]
    df = canonical_contacts(raw, found, "vcard", report)
    df.attrs["load_report"] = report
    return df
