"""``load_linkedin_export``: the whole LinkedIn data archive into tidy tables.

Each table has an alias table (data, below) and a small builder. Only
Connections.csv is required; any other file that is missing gives an empty
table, and one that cannot be read gives an empty table and a warning.
"""

from __future__ import annotations

import pandas as pd

from .._errors import LoadError
from ._canonical import read_aliased
from ._columns import join_words, map_distinct
from ._contacts import contacts_from_bytes
from ._dates import MONTH_FORMATS, TIMESTAMP_FORMATS, parse_dates
from ._export import CONTENT_COLUMNS, SCHEMAS, LinkedInExport, empty_table
from ._members import ArchiveFiles
from ._messages import (apply_owner, conversation_flags, infer_owner, is_empty_marker,
                        parse_messages)
from ._report import LoadReport
from ._urls import normalize_profile_url

__all__ = ["load_linkedin_export"]

CONNECTIONS_FILE = "connections.csv"
MESSAGES_SUFFIX = "messages.csv"

INVITATION_ALIASES = {
    "sender": ["from"], "recipient": ["to"], "sent_at": ["sent at"],
    "direction": ["direction"], "inviter_url": ["inviterprofileurl", "inviter profile url"],
    "invitee_url": ["inviteeprofileurl", "invitee profile url"],
}
ENDORSEMENT_ALIASES = {
    "endorsed_at": ["endorsement date"], "skill": ["skill name", "skill"],
    "first_name": ["endorse[re] first name"], "last_name": ["endorse[re] last name"],
    "profile_url": ["endorse[re] public url"], "status": ["endorsement status", "status"],
}
RECOMMENDATION_ALIASES = {
    "first_name": ["first name"], "last_name": ["last name"], "company": ["company"],
    "position": ["job title", "position"], "created_at": ["creation date"], "status": ["status"],
}
PROFILE_ALIASES = {
    "first_name": ["first name"], "last_name": ["last name"], "headline": ["headline"],
    "industry": ["industry"], "geo_location": ["geo location", "location"],
}
POSITION_ALIASES = {
    "company": ["company name", "company"], "title": ["title"], "location": ["location"],
    "started_on": ["started on"], "finished_on": ["finished on"],
}
#: Content columns: read only with include_content=True (they still help find the header).
CONTENT_ALIASES = {
    "invitations": {"message": ["message"]},
    "recommendations": {"text": ["text"]},
    "profile": {"_other": ["summary", "maiden name", "address", "birth date", "zip code"]},
    "positions": {"_other": ["description"]},
}

#: table -> [(file name, direction or None)], and the aliases it is read with.
TABLE_FILES = {
    "invitations": ([("invitations.csv", None)], INVITATION_ALIASES),
    "endorsements": ([("endorsement_received_info.csv", "received"),
                      ("endorsement_given_info.csv", "given")], ENDORSEMENT_ALIASES),
    "recommendations": ([("recommendations_received.csv", "received"),
                         ("recommendations_given.csv", "given")], RECOMMENDATION_ALIASES),
    "profile": ([("profile.csv", None)], PROFILE_ALIASES),
    "positions": ([("positions.csv", None)], POSITION_ALIASES),
}
DATE_COLUMNS = {  # column -> (formats, utc)
    "sent_at": (TIMESTAMP_FORMATS, True), "endorsed_at": (TIMESTAMP_FORMATS, True),
    "created_at": (TIMESTAMP_FORMATS, True),
    "started_on": (MONTH_FORMATS, False), "finished_on": (MONTH_FORMATS, False),
}


def conform(df, table, include_content=False):
    """Reorder and type ``df`` to the schema of ``table`` (text as ``string``)."""
    template = empty_table(table, include_content)
    out = {}
    for c in template.columns:
        if c not in df:
            out[c] = pd.Series(pd.NA if template[c].dtype == object else None,
                               index=df.index, dtype=template[c].dtype)
        else:
            out[c] = df[c]
        if template[c].dtype == object:
            out[c] = out[c].astype("string")
        else:
            out[c] = out[c].astype(template[c].dtype)
    return pd.DataFrame(out, index=df.index).reset_index(drop=True)


def _finish(raw, table, direction, report):
    for c, (formats, utc) in DATE_COLUMNS.items():
        if c in raw:
            values = raw[c]
            raw[c], unparsed = parse_dates(values, formats, utc=utc)
            if unparsed:
                report.warnings.append(f"{len(unparsed):,} distinct '{c}' values could not be "
                                       f"read (e.g. {unparsed[0]!r}); left empty")
    if direction:
        raw["direction"] = direction
    if {"first_name", "last_name"} <= set(raw) and table in ("endorsements", "recommendations"):
        raw["full_name"] = join_words(raw["first_name"], raw["last_name"])
    if table == "endorsements" and "profile_url" in raw:
        raw["profile_url"] = normalize_profile_url(raw["profile_url"])
    if table == "invitations":
        for c in ("inviter_url", "invitee_url"):
            raw[c] = normalize_profile_url(raw[c]) if c in raw else pd.NA
        raw["direction"] = (map_distinct(raw["direction"], lambda v: v.strip().upper())
                            if "direction" in raw else pd.NA)
        outgoing = (raw["direction"] == "OUTGOING").fillna(False)
        raw["counterpart"] = raw.get("recipient").where(outgoing, raw.get("sender"))
        raw["counterpart_url"] = raw["invitee_url"].where(outgoing, raw["inviter_url"])
    if table == "positions":
        raw["is_current"] = raw["finished_on"].isna() if "finished_on" in raw else False
    return raw


def _read_table(files, folder, table, include_content, report):
    names, aliases = TABLE_FILES[table]
    content = CONTENT_ALIASES.get(table, {})
    read_content = {k: v for k, v in content.items() if include_content and k != "_other"}
    frames = []
    for filename, direction in names:
        member = files.find(filename, folder)
        if member is None:
            continue
        part = LoadReport(path=member, source="linkedin", format=table)
        report.parts.append(part)
        try:
            raw, sn, skipped = read_aliased(files.read(member), f"{files.path} [{member}]",
                                            {**aliases, **read_content},
                                            f"a {table} header", also=content)
        except LoadError as err:
            part.warnings.append(f"not read: {err}")
            report.warnings.append(f"{member} could not be read; its table is empty")
            continue
        part.encoding, part.delimiter, part.rows = sn.encoding, sn.delimiter, len(raw)
        if skipped:
            part.skipped["malformed lines"] = skipped
        frames.append(_finish(raw, table, direction, part))
    if not frames:
        return empty_table(table, include_content)
    return conform(pd.concat(frames, ignore_index=True), table, include_content)


def _read_messages(files, folder, include_content, report):
    frames = []
    for member in files.find_suffix(MESSAGES_SUFFIX, folder):
        part = LoadReport(path=member, source="linkedin", format="messages")
        report.parts.append(part)
        data = files.read(member)
        if is_empty_marker(data):
            part.warnings.append("says 'No conversations found'")
            continue
        try:
            msgs, sn, skipped, unparsed = parse_messages(
                data, f"{files.path} [{member}]", include_content)
        except LoadError as err:
            part.warnings.append(f"not read: {err}")
            report.warnings.append(f"{member} could not be read; its messages are left out")
            continue
        msgs["source_file"] = member.rsplit("/", 1)[-1]
        part.encoding, part.delimiter, part.rows = sn.encoding, sn.delimiter, len(msgs)
        part.format = "messages (" + ("conversation ids" if "conversation id" in
                                      [h.strip().lower() for h in sn.header]
                                      else "synthetic conversation ids") + ")"
        if skipped:
            part.skipped["malformed lines"] = skipped
        if unparsed:
            part.warnings.append(f"{len(unparsed):,} dates could not be read "
                                 f"(e.g. {unparsed[0]!r})")
        frames.append(msgs)
    if not frames:
        return empty_table("messages", include_content)
    return pd.concat(frames, ignore_index=True)


def _owner(profile, messages, invitations):
    name, url = infer_owner(messages) if not messages.empty else (None, None)
    if not profile.empty:
        first = profile["first_name"].fillna("").iloc[0]
        last = profile["last_name"].fillna("").iloc[0]
        name = f"{first} {last}".strip() or name
    if url is None and not invitations.empty:
        inv = invitations
        mine = pd.concat([inv.loc[inv["direction"] == "OUTGOING", "inviter_url"],
                          inv.loc[inv["direction"] == "INCOMING", "invitee_url"]]).dropna()
        url = mine.mode().iloc[0] if not mine.empty else None
    return name, url


def _connections(files, report):
    member = files.find(CONNECTIONS_FILE)
    if member is None:
        found = ", ".join(sorted(files.members)[:8]) or "no files"
        raise LoadError(f"{files.path}: expected a LinkedIn archive holding Connections.csv "
                        f"(at the root or in one folder), but found {found}.")
    df = contacts_from_bytes(files.read(member), f"{files.path} [{member}]",
                             source_hint="linkedin")
    part = df.attrs.pop("load_report")
    part.path = member
    report.parts.append(part)
    return member, df


def load_linkedin_export(path, *, include_content=False):
    """Load a LinkedIn data archive (``.zip`` or unpacked folder) into tidy tables.

    Parameters
    ----------
    path : str or path-like
        The ``Basic_…``/``Complete_LinkedInDataExport_….zip`` file, or the
        folder it was unpacked to. Files may sit at its root or in one folder,
        with any letter case. Zip members are read in memory, never extracted.
    include_content : bool, default False
        Also load message subjects and text, invitation messages and
        recommendation texts. Off by default: these columns are then not
        even parsed.

    Returns
    -------
    LinkedInExport
        ``connections``, ``messages`` (one row per message, including sibling
        files such as ``guide_messages.csv``), ``invitations``,
        ``endorsements`` and ``recommendations`` (``direction`` is
        ``"received"`` or ``"given"``), ``profile`` and ``positions``; empty
        tables for files the archive lacks. ``owner_name`` comes from
        Profile.csv (else the messages), ``owner_url`` from the messages (else
        the invitations). ``report`` has one part per file read.

    Raises
    ------
    netlib.LoadError
        When the path is missing, is not a zip or folder, the zip is damaged
        or unsafe (zip bomb), or there is no readable Connections.csv.

    Examples
    --------
    >>> import tempfile, pathlib, zipfile
    >>> zpath = pathlib.Path(tempfile.mkdtemp()) / "Basic_LinkedInDataExport_02-07-2026.zip"
    >>> with zipfile.ZipFile(zpath, "w") as z:
    ...     z.writestr("Connections.csv", "First Name,Last Name,URL,Email Address,Company,"
    ...                "Position,Connected On\\nAda,Byron,https://www.linkedin.com/in/ada,,"
    ...                "Acme,CTO,07 Feb 2026")
    ...     z.writestr("messages.csv", "CONVERSATION ID,CONVERSATION TITLE,FROM,"
    ...                "SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\\n"
    ...                "c1,,Ada Byron,https://www.linkedin.com/in/ada,Me,https://www.linkedin.com/in/me,"
    ...                "2026-02-08 10:00:00 UTC,,Hello!,INBOX")
    ...     z.writestr("Profile.csv", "First Name,Last Name,Headline\\nMe,Myself,Analyst")
    >>> ex = load_linkedin_export(zpath)
    >>> ex
    LinkedInExport(connections=1, messages=1, invitations=0, endorsements=0, recommendations=0, positions=0, owner='Me Myself')
    >>> ex.messages.loc[0, ["sender", "sent_at"]].tolist()
    ['Ada Byron', Timestamp('2026-02-08 10:00:00+0000', tz='UTC')]
    >>> "content" in ex.messages
    False
    """
    files = ArchiveFiles(path)
    report = LoadReport(path=str(path), source="linkedin", format=f"linkedin archive ({files.kind})")
    try:
        member, connections = _connections(files, report)
        folder = files.folder_of(member)
        tables = {t: _read_table(files, folder, t, include_content, report) for t in TABLE_FILES}
        messages = _read_messages(files, folder, include_content, report)
    finally:
        files.close()
    if files.ignored:
        report.warnings.append(f"{files.ignored} archive entries with unsafe or system paths ignored")
    owner_name, owner_url = _owner(tables["profile"], messages, tables["invitations"])
    if not messages.empty:
        messages = conversation_flags(apply_owner(messages, owner_url, owner_name))
    messages = conform(messages, "messages", include_content)
    report.rows = len(connections)
    report.flagged = dict(report.parts[0].flagged)
    for part in report.parts[1:]:
        report.warnings.extend(f"{part.path}: {w}" for w in part.warnings if "not read" not in w)
    return LinkedInExport(connections=connections, messages=messages, owner_name=owner_name,
                          owner_url=owner_url, report=report, **tables)
