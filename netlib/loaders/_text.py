"""Bytes to a table: encoding, delimiter and header-row sniffing, with readable errors.

Every loader goes through here, so every unreadable input ends as a
:class:`netlib.LoadError` that names the file, says what was expected and
what was found. The file is only ever opened for reading.

The fast path never builds a Python string of the whole file: clean UTF-8
bytes go straight to pandas' C parser from the header row on. Other
encodings (UTF-16, cp1252, UTF-8 with stray cp1252 bytes) are decoded once
and re-encoded to UTF-8 for the parser.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .._errors import LoadError

#: Leading bytes of files that are certainly not text tables, and what they are.
MAGIC = {
    b"PK\x03\x04": "a zip archive (or an .xlsx workbook)",
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Office document (.xls/.doc)",
    b"\x1f\x8b": "a gzip file",
    b"SQLite format 3": "an SQLite database",
}

#: Byte-order marks, longest first, and the codec that reads the rest.
BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

#: Delimiters tried on each candidate header line.
DELIMITERS = [",", ";", "\t", "|"]

#: Cells a spreadsheet user typed for "nothing"; read as missing in contact files.
PLACEHOLDERS = ["", "NA", "N/A", "n/a", "#N/A", "NULL", "null", "-"]

HEAD_BYTES = 256 * 1024
HEADER_SCAN_LINES = 60
MIN_HEADER_SCORE = 2

_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178"
                       "\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]+")
_MOJIBAKE_MARKERS = (b"\xc3\x83", b"\xc3\x82", b"\xc3\xa2\xe2\x82\xac")
MOJIBAKE_SCAN_BYTES = 4 * 1024 * 1024  # double encoding is a whole-file accident: look early
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def _cp1252_fallback(err):
    bad = err.object[err.start:err.end]
    try:
        return bad.decode("cp1252"), err.end
    except UnicodeDecodeError:
        return bad.decode("latin-1"), err.end


codecs.register_error("netlib.cp1252", _cp1252_fallback)


def fail(name, expected, found):
    """Raise a LoadError naming the file, what was expected and what was found."""
    raise LoadError(f"{name}: expected {expected}, but found {found}.")


def read_bytes(path):
    """Return the bytes of ``path``, or raise LoadError when it is missing or empty."""
    p = Path(path)
    if not p.exists():
        raise LoadError(f"{p}: no such file. Check the path (it is relative to {Path.cwd()}).")
    if p.is_dir():
        fail(p, "a file", "a folder")
    try:
        data = p.read_bytes()
    except OSError as err:
        raise LoadError(f"{p}: cannot be read ({err.strerror or err}).") from None
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        fail(p, "a table with a header row",
             "an empty file" if not data else "only blank lines or spaces")
    return data


def _shorten(text, n=120):
    text = text.replace("\r", "").replace("\n", " ").strip()
    return repr(text if len(text) <= n else text[:n] + "…")


def _repair_mojibake(text):
    def fix(m):
        try:
            return m.group().encode("cp1252").decode("utf-8")
        except UnicodeError:
            return m.group()
    return _MOJIBAKE.sub(fix, text)


def _has_mojibake(data):
    return any(data.find(m, 0, MOJIBAKE_SCAN_BYTES) >= 0 for m in _MOJIBAKE_MARKERS)


def check_not_binary(data, name):
    """Raise LoadError for files that are binary (known magic numbers or NUL bytes)."""
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            fail(name, "a text file", what)


def _utf16_without_bom(head):
    sample = head[:2000]
    if len(sample) < 4 or sample.count(0) < len(sample) // 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 0.4 * len(sample) / 2 and even < odd / 4:
        return "utf-16-le"
    if even > 0.4 * len(sample) / 2 and odd < even / 4:
        return "utf-16-be"
    return None


def decode_all(data, name):
    """Decode all of ``data`` to text once, returning ``(text, encoding_label)``.

    BOMs pick their codec; UTF-16 without BOM is recognised by its NUL bytes;
    otherwise UTF-8, with any invalid byte read as cp1252 (files re-saved by
    Windows spreadsheets) and double-encoded UTF-8 repaired.

    Examples
    --------
    >>> decode_all("Zoë".encode("cp1252"), "x.csv")
    ('Zoë', 'cp1252')
    >>> decode_all(codecs.BOM_UTF16_LE + "a\\tb".encode("utf-16-le"), "x.csv")
    ('a\\tb', 'utf-16')
    """
    check_not_binary(data, name)
    for bom, codec in BOMS:
        if data.startswith(bom):
            label = "utf-8 with BOM" if codec == "utf-8-sig" else codec.rsplit("-", 1)[0]
            return data[len(bom):].decode(codec.replace("-sig", ""), "replace"), label
    codec = _utf16_without_bom(data[:4096])
    if codec:
        return data.decode(codec, "replace"), "utf-16"
    if b"\x00" in data[:4096]:
        fail(name, "a text file", "binary data (NUL bytes)")
    try:
        text, label = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text = data.decode("utf-8", "netlib.cp1252")
        label = "cp1252" if text == data.decode("cp1252", "replace") else "utf-8 with cp1252 bytes"
    if _has_mojibake(data):
        repaired = _repair_mojibake(text)
        if repaired != text:
            text, label = repaired, label + " (double-encoded text repaired)"
    return text, label


@dataclass
class Sniffed:
    """Where the table starts in a UTF-8 payload, and how it is delimited."""

    name: str
    payload: bytes
    encoding: str
    delimiter: str
    header_row: int
    header: list
    offset: int
    preamble: bool


def normalize_header(name):
    """Lower-case a column name and collapse spaces and underscores.

    Examples
    --------
    >>> normalize_header('  "First_Name" ')
    'first name'
    """
    name = str(name).replace("\ufeff", "").strip().strip('"').strip()
    return " ".join(name.replace("_", " ").lower().split())


def _split(line, delimiter):
    try:
        return next(csv.reader([line], delimiter=delimiter))
    except (csv.Error, StopIteration):
        return []


def _utf8_head(data):
    """Decode the start of clean UTF-8 bytes, or return None to take the slow path."""
    head = data[:HEAD_BYTES]
    if len(data) > HEAD_BYTES and b"\n" in head:
        head = head[: head.rindex(b"\n") + 1]
    if _has_mojibake(data):
        return None
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _payload(data, name):
    if not any(data.startswith(b) for b, _ in BOMS) and b"\x00" not in data[:4096]:
        check_not_binary(data, name)
        head = _utf8_head(data)
        if head is not None:
            return data, head, "utf-8"
    text, encoding = decode_all(data, name)
    payload = text.encode("utf-8")
    head = payload[:HEAD_BYTES].decode("utf-8", "ignore")
    return payload, head, encoding


def sniff(data, name, score, expected):
    """Find the header row and delimiter of a delimited text table.

    ``score(names)`` rates a candidate header (normalized names) by how many
    known column names it holds; the first line among the first
    ``HEADER_SCAN_LINES`` that holds at least ``MIN_HEADER_SCORE`` of them is
    the header, split with the delimiter that yields the most known names.
    """
    payload, head, encoding = _payload(data, name)
    stripped = head.lstrip("\ufeff \r\n\t")
    if stripped[:1] in ("{", "["):
        fail(name, expected, "JSON data")
    best = None
    char_offset = 0
    lines = []
    for idx, m in enumerate(_LINE.finditer(head)):
        line = m.group()
        if not line or idx >= HEADER_SCAN_LINES:
            break
        lines.append(line)
        for delim in DELIMITERS:
            if delim not in line:
                continue
            fields = _split(line.rstrip("\r\n"), delim)
            s = score([normalize_header(f) for f in fields])
            if s >= MIN_HEADER_SCORE and (best is None or s > best[0]):
                best = (s, idx, delim, fields, char_offset)
        if best is not None:  # the first line that looks like a header is the header
            break
        char_offset += len(line)
    if best is None:
        first = next((ln for ln in lines if ln.strip()), "")
        fail(name, expected, f"no such header (first line: {_shorten(first)})")
    _, idx, delim, fields, char_offset = best
    offset = len(head[:char_offset].encode("utf-8"))
    preamble = any(ln.strip(" ,;\t\r\n\"") for ln in lines[:idx])
    return Sniffed(name, payload, encoding, delim, idx, fields, offset, preamble)


def read_table(sn, usecols=None, na_values=("",)):
    """Read the sniffed table with pandas' C parser; every column as ``string``.

    Returns ``(frame, skipped_lines)``; raises LoadError for unterminated
    quotes and other damage the parser cannot get past.
    """
    buf = io.BytesIO(sn.payload)
    buf.seek(sn.offset)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", pd.errors.ParserWarning)
            df = pd.read_csv(
                buf, sep=sn.delimiter, dtype="string", keep_default_na=False,
                na_values=list(na_values), usecols=usecols, on_bad_lines="warn",
                encoding="utf-8", engine="c", index_col=False,
            )
    except UnicodeDecodeError:
        text, encoding = decode_all(sn.payload, sn.name)
        sn.payload, sn.encoding = text.encode("utf-8"), encoding
        return read_table(sn, usecols, na_values)
    except pd.errors.EmptyDataError:
        fail(sn.name, "rows under the header", "nothing after the header")
    except pd.errors.ParserError as err:
        msg = str(err)
        if "EOF inside string" in msg:
            row = re.search(r"row (\d+)", msg)
            where = f" starting at data row {row.group(1)}" if row else ""
            fail(sn.name, "every quoted value to be closed",
                 f"an unterminated quote{where} (the file may be cut short)")
        fail(sn.name, "a well-formed delimited table", f"damage the parser stopped at ({msg})")
    skipped = sum(str(w.message).count("Skipping line") for w in caught)
    return df, skipped
