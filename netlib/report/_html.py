"""Assemble one self-contained HTML page from sections of text, tables and figures.

Plotly's JavaScript is inlined once, so the page works offline and can be
e-mailed or opened years later; every later figure reuses it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

__all__ = ["Section", "render_page"]

_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0;
       color: #1f2933; background: #f7f8fa; line-height: 1.5; }
main { max-width: 1100px; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
header { background: #12355b; color: #fff; padding: 1.5rem 1rem; }
header div { max-width: 1100px; margin: 0 auto; }
header h1 { margin: 0 0 .3rem; font-size: 1.8rem; }
header p { margin: 0; opacity: .85; }
section { background: #fff; border-radius: 8px; padding: 1rem 1.5rem; margin: 1.2rem 0;
          box-shadow: 0 1px 3px rgba(0,0,0,.08); overflow-x: auto; }
h2 { margin-top: .2rem; color: #12355b; }
.finding { font-size: 1.1rem; border-left: 4px solid #2f80ed; padding-left: .8rem; }
.note { color: #52606d; font-size: .92rem; }
table { border-collapse: collapse; margin: .6rem 0; font-size: .92rem; max-width: 100%; }
th, td { border-bottom: 1px solid #e4e7eb; padding: .3rem .6rem; text-align: left;
         vertical-align: top; }
th { background: #f0f4f8; }
td { overflow-wrap: anywhere; }
.figure { width: 100%; min-height: 300px; }
nav a { margin-right: 1rem; }
"""


@dataclass
class Section:
    """One part of the report: a heading, findings, then tables and figures.

    Parameters
    ----------
    title : str
        Heading of the section.
    findings : list of str
        Plain-language sentences, shown first (the point of the section).
    blocks : list
        ``pandas.DataFrame`` (rendered as a table), plotly ``go.Figure``
        (rendered interactive) or ``str`` (a note), in order.
    """

    title: str
    findings: list = field(default_factory=list)
    blocks: list = field(default_factory=list)

    @property
    def anchor(self):
        return "".join(c if c.isalnum() else "-" for c in self.title.lower()).strip("-")


# how a column's numbers read best, by a word in its name
_PERCENT_WORDS = ("share", "rate")
_LABELS = {"n": "contacts", "n_messages": "messages", "n_sent": "sent",
           "n_received": "received", "full_name": "name", "days_since_contact": "days since contact"}


def _cell_text(column, values):
    """Format one column for reading: percentages, whole days, yes/no, no <NA>."""
    import pandas as pd

    if pd.api.types.is_bool_dtype(values):
        return values.map({True: "yes", False: "no"})
    if pd.api.types.is_float_dtype(values):
        if any(word in column for word in _PERCENT_WORDS):
            return values.map(lambda v: "" if pd.isna(v) else f"{v:.1%}")
        whole = values.dropna()
        if len(whole) and (whole == whole.round()).all():
            return values.map(lambda v: "" if pd.isna(v) else f"{v:,.0f}")
        return values.map(lambda v: "" if pd.isna(v) else f"{v:.2f}")
    if pd.api.types.is_integer_dtype(values):
        return values.map(lambda v: "" if pd.isna(v) else f"{v:,}")
    return values.astype("object").where(values.notna(), "").astype(str)


def _readable(df):
    """A copy of ``df`` with every cell as display text and headers in words."""
    out = df.copy()
    for column in out.columns:
        out[column] = _cell_text(str(column), out[column])
    return out.rename(columns=lambda c: _LABELS.get(c, str(c).replace("_", " ")))


def _table(df, max_rows=25):
    shown = _readable(df.head(max_rows))
    body = shown.to_html(index=False, border=0, escape=True)
    if len(df) > max_rows:
        body += f'<p class="note">First {max_rows:,} of {len(df):,} rows.</p>'
    return body


def _block(block, state):
    import pandas as pd

    if isinstance(block, pd.DataFrame):
        return _table(block)
    if isinstance(block, str):
        return f'<p class="note">{html.escape(block)}</p>'
    if hasattr(block, "to_html") and hasattr(block, "data"):  # a plotly figure
        include = "inline" if not state["plotlyjs"] else False
        state["plotlyjs"] = True
        return block.to_html(
            full_html=False, include_plotlyjs=include, default_width="100%",
            config={"displaylogo": False, "responsive": True},
        )
    raise TypeError(f"cannot render a report block of type {type(block).__name__}")


def render_page(title, subtitle, sections):
    """Return the full HTML of a report page.

    Tables are shown for reading: shares as percentages, whole numbers
    without decimals, booleans as yes/no, missing values blank, and column
    names in words.

    Examples
    --------
    >>> import pandas as pd
    >>> page = render_page("My network", "sample", [
    ...     Section("Size", ["You have 3 contacts."], [pd.DataFrame({"a": [1]})])])
    >>> "<h2" in page and "You have 3 contacts." in page
    True
    """
    state = {"plotlyjs": False}
    nav = " ".join(
        f'<a href="#{s.anchor}">{html.escape(s.title)}</a>' for s in sections
    )
    parts = []
    for s in sections:
        findings = "".join(f'<p class="finding">{html.escape(f)}</p>' for f in s.findings)
        blocks = "".join(_block(b, state) for b in s.blocks)
        parts.append(
            f'<section id="{s.anchor}"><h2>{html.escape(s.title)}</h2>{findings}{blocks}</section>'
        )
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>"
        f"<header><div><h1>{html.escape(title)}</h1><p>{html.escape(subtitle)}</p></div></header>"
        f"<main><nav>{nav}</nav>{''.join(parts)}</main></body></html>"
    )
