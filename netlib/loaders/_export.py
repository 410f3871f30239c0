"""The container returned by :func:`netlib.load_linkedin_export`, and its table schemas.

The column lists below are the contract between the loaders and everything
downstream (analytics, clustering, notebooks). Every table is always present:
a file the archive does not hold gives an empty table with these columns.
Timestamps are timezone-aware UTC (``datetime64[ns, UTC]``), except
``connected_on``, which is a calendar date (``datetime64[ns]``, NaT when unknown).
Profile URLs are normalized with :func:`netlib.normalize_profile_url`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ._report import LoadReport

__all__ = ["LinkedInExport", "SCHEMAS", "empty_table"]

#: Columns of every table, in order. Text columns hold strings or <NA>.
SCHEMAS = {
    # also what load_contacts returns for every source
    "connections": [
        "first_name", "last_name", "full_name", "profile_url", "email",
        "company", "position", "connected_on", "source", "is_hidden",
    ],
    # one row per message; "subject" and "content" only with include_content=True
    "messages": [
        "conversation_id", "conversation_title", "sender", "sender_url",
        "recipients", "recipient_urls", "n_recipients", "sent_at", "folder",
        "direction", "is_draft", "is_conversation_draft", "is_group",
        "is_sponsored", "source_file",
    ],
    # "message" only with include_content=True
    "invitations": [
        "direction", "sender", "recipient", "counterpart", "counterpart_url",
        "sent_at", "inviter_url", "invitee_url",
    ],
    # received and given in one table, told apart by "direction"
    "endorsements": [
        "direction", "endorsed_at", "skill", "first_name", "last_name",
        "full_name", "profile_url", "status",
    ],
    # "text" only with include_content=True
    "recommendations": [
        "direction", "first_name", "last_name", "full_name", "company",
        "position", "created_at", "status",
    ],
    "profile": [
        "first_name", "last_name", "headline", "industry", "geo_location",
    ],
    "positions": [
        "company", "title", "location", "started_on", "finished_on", "is_current",
    ],
}

CONTENT_COLUMNS = {
    "messages": ["subject", "content"],
    "invitations": ["message"],
    "recommendations": ["text"],
}


def empty_table(name: str, include_content: bool = False) -> pd.DataFrame:
    """Return an empty table with the schema of ``name``.

    Examples
    --------
    >>> list(empty_table("invitations").columns)[:3]
    ['direction', 'sender', 'recipient']
    """
    columns = list(SCHEMAS[name])
    if include_content:
        columns += CONTENT_COLUMNS.get(name, [])
    return pd.DataFrame({c: pd.Series(dtype=_dtype(c)) for c in columns})


def _dtype(column: str):
    if column in ("sent_at", "endorsed_at", "created_at"):
        return "datetime64[ns, UTC]"
    if column in ("connected_on", "started_on", "finished_on"):
        return "datetime64[ns]"
    if column.startswith("is_"):
        return "bool"
    if column.startswith("n_"):
        return "int64"
    return "object"


@dataclass
class LinkedInExport:
    """A LinkedIn data archive, loaded into tidy tables.

    Returned by :func:`netlib.load_linkedin_export`; can also be built by hand
    from DataFrames (missing tables default to empty ones with the right
    columns), which is how tests make tiny archives with known answers.

    Attributes
    ----------
    connections : pandas.DataFrame
        One row per first-degree connection (columns as :func:`netlib.load_contacts`).
    messages : pandas.DataFrame
        One row per message. Message text is absent unless loaded with
        ``include_content=True``.
    invitations, endorsements, recommendations, profile, positions : pandas.DataFrame
        The other tables of the archive; empty when the archive lacks them.
    owner_name : str or None
        The archive owner's name (from Profile.csv, or inferred from messages).
    owner_url : str or None
        The owner's normalized profile URL when it can be inferred from messages.
    report : LoadReport
        What was read, detected and flagged.

    Examples
    --------
    >>> import pandas as pd
    >>> ex = LinkedInExport(connections=pd.DataFrame({"full_name": ["Ada Byron"]}))
    >>> ex.messages.empty, "sent_at" in ex.messages.columns
    (True, True)
    """

    connections: pd.DataFrame = field(default_factory=lambda: empty_table("connections"))
    messages: pd.DataFrame = field(default_factory=lambda: empty_table("messages"))
    invitations: pd.DataFrame = field(default_factory=lambda: empty_table("invitations"))
    endorsements: pd.DataFrame = field(default_factory=lambda: empty_table("endorsements"))
    recommendations: pd.DataFrame = field(
        default_factory=lambda: empty_table("recommendations")
    )
    profile: pd.DataFrame = field(default_factory=lambda: empty_table("profile"))
    positions: pd.DataFrame = field(default_factory=lambda: empty_table("positions"))
    owner_name: str | None = None
    owner_url: str | None = None
    report: LoadReport = field(default_factory=lambda: LoadReport(path="<in memory>"))

    def __repr__(self):
        sizes = ", ".join(
            f"{name}={len(getattr(self, name)):,}"
            for name in ("connections", "messages", "invitations", "endorsements",
                         "recommendations", "positions")
        )
        return f"LinkedInExport({sizes}, owner={self.owner_name!r})"

    def _repr_html_(self):
        return f"<p><code>{repr(self)}</code></p>" + self.report._repr_html_()
