"""What a loader did, in a form a notebook (or a terminal) can display."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

__all__ = ["LoadReport"]


@dataclass
class LoadReport:
    """Summary of one load: file, detected format, encoding, rows and warnings.

    Loaders attach it to what they return (``df.attrs["load_report"]`` for a
    table, ``export.report`` for an archive). It prints as plain text and
    renders as a small HTML table in Jupyter.

    Attributes
    ----------
    path : str
        The file or folder that was read.
    source : str
        Detected source, e.g. ``"linkedin"``, ``"google"``, ``"outlook"``, ``"vcard"``.
    format : str
        Detected format or era, e.g. ``"linkedin-2023+ (URL column)"``.
    encoding : str
        Text encoding used to decode the file.
    delimiter : str
        Field delimiter (``","``, ``";"`` or ``"\\t"``); empty for vCard.
    rows : int
        Rows in the returned table.
    flagged : dict
        Counts of rows kept but flagged, e.g. ``{"hidden members": 9}``.
    skipped : dict
        Counts of rows dropped, with the reason as key.
    warnings : list of str
        Plain-language notes about anything unusual.
    parts : list of LoadReport
        For an archive: one report per file read.
    header_row : int
        1-based line number of the header row (0 when not applicable).
    columns : dict
        Canonical field -> the column name it was read from.

    Examples
    --------
    >>> r = LoadReport(path="Connections.csv", source="linkedin", rows=3)
    >>> r.warnings.append("2 dates could not be read")
    >>> print(r)
    Connections.csv: 3 rows, source linkedin
      warning: 2 dates could not be read
    """

    path: str
    source: str = ""
    format: str = ""
    encoding: str = ""
    delimiter: str = ""
    rows: int = 0
    flagged: dict = field(default_factory=dict)
    skipped: dict = field(default_factory=dict)
    warnings: list = field(default_factory=list)
    parts: list = field(default_factory=list)
    header_row: int = 0
    columns: dict = field(default_factory=dict)

    def _lines(self, indent=""):
        head = f"{indent}{self.path}: {self.rows:,} rows"
        details = [
            f"source {self.source}" if self.source else "",
            f"format {self.format}" if self.format else "",
            f"encoding {self.encoding}" if self.encoding else "",
            f"delimiter {self.delimiter!r}" if self.delimiter else "",
        ]
        details = [d for d in details if d]
        lines = [head + (", " + ", ".join(details) if details else "")]
        for name, n in self.flagged.items():
            lines.append(f"{indent}  flagged: {n:,} {name}")
        for name, n in self.skipped.items():
            lines.append(f"{indent}  skipped: {n:,} {name}")
        for w in self.warnings:
            lines.append(f"{indent}  warning: {w}")
        for part in self.parts:
            lines.extend(part._lines(indent + "  "))
        return lines

    def __str__(self):
        return "\n".join(self._lines())

    def _repr_html_(self):
        reports = [self, *self.parts]
        rows = []
        for r in reports:
            notes = [f"{n:,} {k} (flagged)" for k, n in r.flagged.items()]
            notes += [f"{n:,} {k} (skipped)" for k, n in r.skipped.items()]
            notes += list(r.warnings)
            rows.append(
                "<tr>"
                + "".join(
                    f"<td>{html.escape(str(v))}</td>"
                    for v in (r.path, f"{r.rows:,}", r.source, r.format, r.encoding)
                )
                + f"<td>{'<br>'.join(html.escape(n) for n in notes)}</td></tr>"
            )
        header = "".join(
            f"<th>{h}</th>" for h in ("file", "rows", "source", "format", "encoding", "notes")
        )
        return (
            "<table><thead><tr>" + header + "</tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>"
        )
