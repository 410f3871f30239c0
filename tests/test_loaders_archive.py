"""load_linkedin_export on zips and folders: every table, message era, owner and bad archive.

Archives are written into tmp_path from the invented file contents below.
"""

import hashlib
import zipfile

import pandas as pd
import pytest

from netlib import LinkedInExport, LoadError, load_contacts, load_linkedin_export
from netlib.loaders._export import CONTENT_COLUMNS, SCHEMAS

ME = "https://www.linkedin.com/in/morgan-vale"
ADA = "https://www.linkedin.com/in/ada-byron"
BEA = "https://www.linkedin.com/in/bea-hart"

CONNECTIONS = (
    "Notes:\n\"Some email addresses are missing.\"\n\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Ada,Byron,https://www.linkedin.com/in/ada-byron,,\"Acme, Inc.\",CTO,07 Feb 2026\n"
    "Bea,Hart,https://www.linkedin.com/in/Bea-Hart/,,Oriel,CEO,08 Jan 2026\n"
    ",,,,,,01 Jan 2026"
)
MESSAGES_HEADER = ("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,"
                   "RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,"
                   "IS CONVERSATION DRAFT\n")
MESSAGES = MESSAGES_HEADER + (
    f'c1,,Ada Byron,{ADA},Morgan Vale,{ME},2026-02-01 09:00:00 UTC,,"Hi Morgan,\nlong time!",INBOX,false,false\n'
    f'c1,,Morgan Vale,https://linkedin.com/in/Morgan-Vale/,Ada Byron,{ADA},2026-02-01 10:30:00 UTC,,Hello!,INBOX,false,false\n'
    f"c2,,Bea Hart,{BEA},Morgan Vale,{ME},2026-02-02 08:00:00 UTC,,Coffee?,ARCHIVE,false,false\n"
    f'c3,Team,Morgan Vale,{ME},"Ada Byron, Bea Hart","{ADA},{BEA}",2026-02-03 12:00:00 UTC,,All,INBOX,false,false\n'
    "c4,Sponsored Conversation,LinkedIn Member,,Morgan Vale,"
    f'{ME},2026-02-04 12:00:00 UTC,Offer,"<p>Hi %FIRSTNAME%</p>",INBOX,false,false\n'
    f"c5,,Morgan Vale,{ME},Cal Dunn,https://www.linkedin.com/in/cal-dunn,2026-02-05 12:00:00 UTC,,Draft,,true,true\n"
)
GUIDE_MESSAGES = MESSAGES_HEADER + (
    f"g1,,Guide Bot,https://www.linkedin.com/in/guide-bot,Morgan Vale,{ME},"
    "2026-02-06 12:00:00 UTC,,Tip,INBOX,false,false\n")
FILES = {
    "Connections.csv": CONNECTIONS,
    "messages.csv": MESSAGES,
    "guide_messages.csv": GUIDE_MESSAGES,
    "coach_messages.csv": "No conversations found\n",
    "Invitations.csv": (
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
        f'Morgan Vale,Cal Dunn,"1/20/26, 8:56 PM",Let us connect,OUTGOING,{ME},'
        "https://www.linkedin.com/in/cal-dunn\n"
        'Dee Fox,Morgan Vale,"1/21/26, 9:05 AM",,INCOMING,'
        f"https://www.linkedin.com/in/dee-fox,{ME}\n"),
    "Endorsement_Received_Info.csv": (
        "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,"
        "Endorser Public Url,Endorsement Status\n"
        "2024/12/07 14:51:07 UTC,Negotiation,Ada,Byron,www.linkedin.com/in/ada-byron,ACCEPTED\n"),
    "Endorsement_Given_Info.csv": (
        "Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,"
        "Endorsee Public Url,Endorsement Status\n"
        "2025/01/02 10:00:00 UTC,Python,Bea,Hart,www.linkedin.com/in/bea-hart/,ACCEPTED\n"),
    "Recommendations_Received.csv": (
        "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n"
        'Ada,Byron,"Acme, Inc.",CTO,"Morgan is great, truly.","12/24/23, 05:28 AM",VISIBLE\n'),
    "Recommendations_Given.csv": (
        "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n"
        'Bea,Hart,Oriel,CEO,"Bea leads.","01/02/24, 11:00 PM",VISIBLE\n'),
    "Profile.csv": (
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
        "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
        'Morgan,Vale,,,,"Operations leader, ex-COO",Private summary,Logistics,,"Leeds, UK",,,\n'),
    "Positions.csv": (
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        "Vale Freight,COO,Ran things,Leeds,Aug 2019,\n"
        "Road Co,Analyst,,York,2014,Jul 2019\n"),
}


def write_archive(tmp_path, files=FILES, kind="zip", folder="Complete_LinkedInDataExport_02-07-2026"):
    root = tmp_path / folder
    if kind == "folder":
        root.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (root / name).write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        return tmp_path
    path = tmp_path / f"{folder}.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(f"{folder}/{name}" if kind == "zip-folder" else name, text)
    return path


@pytest.fixture(scope="module", params=["zip", "zip-folder", "folder"])
def export(request, tmp_path_factory):
    """The full archive, loaded once per layout (tests only read it)."""
    return load_linkedin_export(write_archive(tmp_path_factory.mktemp(request.param),
                                              kind=request.param))


def test_all_tables_follow_the_schema(export):
    assert isinstance(export, LinkedInExport)
    for table, columns in SCHEMAS.items():
        assert list(getattr(export, table).columns) == columns, table
    assert export.messages["sent_at"].dtype == "datetime64[ns, UTC]"
    assert export.connections["connected_on"].dtype == "datetime64[ns]"
    for col in ("is_draft", "is_group", "is_sponsored", "is_conversation_draft"):
        assert export.messages[col].dtype == bool


def test_connections_and_owner(export):
    c = export.connections
    assert c["full_name"].dropna().tolist() == ["Ada Byron", "Bea Hart"]
    assert c["profile_url"].dropna().tolist() == [ADA, BEA]
    assert c["is_hidden"].sum() == 1
    assert export.owner_name == "Morgan Vale"
    assert export.owner_url == ME


def test_messages_rows_and_flags(export):
    m = export.messages.set_index(["conversation_id", "sent_at"]).sort_index()
    assert len(export.messages) == 7  # 6 + 1 from guide_messages.csv; coach file is empty
    reply = m.loc[("c1", pd.Timestamp("2026-02-01 10:30", tz="UTC"))]
    assert (reply["sender"], reply["sender_url"], reply["direction"]) == ("Morgan Vale", ME, "OUTGOING")
    first = m.loc[("c1", pd.Timestamp("2026-02-01 09:00", tz="UTC"))]
    assert (first["direction"], first["recipient_urls"], first["folder"]) == ("INCOMING", ME, "INBOX")
    group = m.loc["c3"].iloc[0]
    assert group["recipient_urls"] == f"{ADA},{BEA}"
    assert (group["n_recipients"], group["is_group"]) == (2, True)
    assert m.loc["c4"].iloc[0]["is_sponsored"] and not m.loc["c1"]["is_sponsored"].any()
    draft = m.loc["c5"].iloc[0]
    assert draft["is_draft"] and draft["is_conversation_draft"] and pd.isna(draft["folder"])
    assert not m.loc["c2"].iloc[0]["is_draft"]
    files = export.messages.groupby("source_file").size().to_dict()
    assert files == {"messages.csv": 6, "guide_messages.csv": 1}


def test_content_not_loaded_by_default(export):
    for table, columns in CONTENT_COLUMNS.items():
        assert not set(columns) & set(getattr(export, table).columns)
    assert "summary" not in export.profile.columns


def test_content_loaded_on_request(tmp_path):
    ex = load_linkedin_export(write_archive(tmp_path), include_content=True)
    m = ex.messages.set_index("sent_at").sort_index()
    assert m["content"].iloc[0] == "Hi Morgan,\nlong time!"
    assert list(ex.messages.columns) == SCHEMAS["messages"] + ["subject", "content"]
    assert ex.invitations["message"].tolist()[0] == "Let us connect"
    assert ex.recommendations.set_index("direction").loc["received", "text"] == "Morgan is great, truly."


def test_invitations_endorsements_recommendations(export):
    inv = export.invitations.set_index("direction")
    assert inv.loc["OUTGOING", "counterpart"] == "Cal Dunn"
    assert inv.loc["OUTGOING", "counterpart_url"] == "https://www.linkedin.com/in/cal-dunn"
    assert inv.loc["INCOMING", "counterpart_url"] == "https://www.linkedin.com/in/dee-fox"
    assert inv.loc["OUTGOING", "sent_at"] == pd.Timestamp("2026-01-20 20:56", tz="UTC")
    end = export.endorsements.set_index("direction")
    assert end.loc["received", "skill"] == "Negotiation"
    assert end.loc["received", "profile_url"] == ADA
    assert end.loc["given", "profile_url"] == BEA
    assert end.loc["received", "endorsed_at"] == pd.Timestamp("2024-12-07 14:51:07", tz="UTC")
    rec = export.recommendations.set_index("direction")
    assert rec.loc["received", "company"] == "Acme, Inc."
    assert rec.loc["given", "full_name"] == "Bea Hart"
    assert rec.loc["given", "created_at"] == pd.Timestamp("2024-01-02 23:00", tz="UTC")


def test_profile_and_positions(export):
    assert export.profile.iloc[0].tolist() == ["Morgan", "Vale", "Operations leader, ex-COO",
                                               "Logistics", "Leeds, UK"]
    pos = export.positions.set_index("company")
    assert pos.loc["Vale Freight", "started_on"] == pd.Timestamp("2019-08-01")
    assert bool(pos.loc["Vale Freight", "is_current"]) is True
    assert pos.loc["Road Co", "started_on"] == pd.Timestamp("2014-01-01")
    assert pos.loc["Road Co", "finished_on"] == pd.Timestamp("2019-07-01")


def test_report_has_parts_per_file(export):
    parts = {p.path.rsplit("/", 1)[-1]: p for p in export.report.parts}
    assert parts["Connections.csv"].rows == 3
    assert parts["messages.csv"].rows == 6
    assert "No conversations found" in parts["coach_messages.csv"].warnings[0]
    assert export.report.flagged == {"hidden members (only a date)": 1}
    assert "Connections.csv" in str(export.report)


def test_minimal_archive_gives_empty_tables_and_any_case_names(tmp_path):
    ex = load_linkedin_export(write_archive(tmp_path, {"CONNECTIONS.CSV": CONNECTIONS}))
    assert len(ex.connections) == 3
    for table in ("messages", "invitations", "endorsements", "recommendations", "positions"):
        assert getattr(ex, table).empty
        assert list(getattr(ex, table).columns) == SCHEMAS[table]
    assert ex.owner_name is None and ex.owner_url is None


def test_load_contacts_accepts_an_archive(tmp_path):
    df = load_contacts(write_archive(tmp_path))
    assert df["full_name"].dropna().tolist() == ["Ada Byron", "Bea Hart"]


# --- messages of every era ------------------------------------------------------------

ERA_FILES = {
    "2018": ("From,To,Date,Subject,Content,Direction,Folder\n"
             'Ada Byron,Morgan Vale,"10/16/18, 8:36 AM",Hi,"Hello, you",INCOMING,INBOX\n'
             'Morgan Vale,Ada Byron,"10/16/18, 9:01 PM",Re: Hi,Thanks,OUTGOING,SENT\n'
             'Bea Hart,Morgan Vale,"10/17/18, 7:00 AM",Q,Question,INCOMING,INBOX\n'),
    "2020": ("FROM,TO,DATE,SUBJECT,CONTENT,DIRECTION,FOLDER\n"
             "Ada Byron,Morgan Vale,2019-11-06T02:08:20,Hi,Hello,INCOMING,INBOX\n"
             "Morgan Vale,Ada Byron,2019-11-06T03:00:00,Re,Thanks,OUTGOING,INBOX\n"
             "Bea Hart,Morgan Vale,2019-11-07T07:00:00,Q,Question,INCOMING,INBOX\n"),
    "2021": ("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,"
             "CONTENT,FOLDER\n"
             f"x1,,Ada Byron,{ADA},Morgan Vale,2021-03-01 10:00:00 UTC,,Hello,INBOX\n"
             f"x1,,Morgan Vale,{ME},Ada Byron,2021-03-01 11:00:00 UTC,,Thanks,INBOX\n"
             f"x2,,Bea Hart,{BEA},Morgan Vale,2021-03-02 07:00:00 UTC,,Question,INBOX\n"),
}
ERA_FIRST_DATES = {"2018": "2018-10-16 08:36", "2020": "2019-11-06 02:08:20",
                   "2021": "2021-03-01 10:00"}


@pytest.mark.parametrize("era", sorted(ERA_FILES))
def test_messages_eras(tmp_path, era):
    files = {"Connections.csv": CONNECTIONS, "Messages.csv": ERA_FILES[era]}
    ex = load_linkedin_export(write_archive(tmp_path, files))
    m = ex.messages.sort_values("sent_at").reset_index(drop=True)
    assert m["sender"].tolist() == ["Ada Byron", "Morgan Vale", "Bea Hart"]
    assert m.loc[0, "sent_at"] == pd.Timestamp(ERA_FIRST_DATES[era], tz="UTC")
    assert m["direction"].tolist() == ["INCOMING", "OUTGOING", "INCOMING"]
    # the two messages between Ada and Morgan share one conversation, Bea's is another
    assert m.loc[0, "conversation_id"] == m.loc[1, "conversation_id"] != m.loc[2, "conversation_id"]
    assert m["conversation_id"].notna().all()
    assert ex.owner_name == "Morgan Vale"


def test_2026_all_quoted_messages_with_line_breaks_and_attachments(tmp_path):
    header = ("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
              "DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT")
    row = ["q1", "", "Ada Byron", ADA, "Morgan Vale", ME, "2026-11-02 08:15:00 UTC", "",
           "First line\nsecond, with \"quotes\"", "INBOX", "", "No", "No"]
    text = ",".join(f'"{h}"' for h in header.split(",")) + "\n"
    text += ",".join('"' + v.replace('"', '""') + '"' for v in row) + "\n"
    files = {"Connections.csv": CONNECTIONS, "messages.csv": text}
    ex = load_linkedin_export(write_archive(tmp_path, files), include_content=True)
    msg = ex.messages.iloc[0]
    assert msg["content"] == 'First line\nsecond, with "quotes"'
    assert (msg["sender_url"], msg["recipient_urls"], msg["is_draft"]) == (ADA, ME, False)
    assert msg["sent_at"] == pd.Timestamp("2026-11-02 08:15", tz="UTC")


def test_synthetic_conversation_ids_are_stable(tmp_path):
    files = {"Connections.csv": CONNECTIONS, "Messages.csv": ERA_FILES["2018"]}
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    a = load_linkedin_export(write_archive(tmp_path / "a", files)).messages
    b = load_linkedin_export(write_archive(tmp_path / "b", files)).messages
    assert a["conversation_id"].tolist() == b["conversation_id"].tolist()
    assert a["conversation_id"].str.startswith("syn-").all()


# --- bad archives ---------------------------------------------------------------------

def test_missing_archive(tmp_path):
    with pytest.raises(LoadError, match="no such file"):
        load_linkedin_export(tmp_path / "nothing.zip")


def test_corrupt_zip(tmp_path):
    path = tmp_path / "Basic_LinkedInDataExport.zip"
    path.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    with pytest.raises(LoadError, match="Basic_LinkedInDataExport.zip.*damaged zip"):
        load_linkedin_export(path)


def test_truncated_zip(tmp_path):
    good = write_archive(tmp_path)
    cut = tmp_path / "cut.zip"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(LoadError, match="cut.zip"):
        load_linkedin_export(cut)


def test_csv_is_not_an_archive(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(CONNECTIONS)
    with pytest.raises(LoadError, match="not a zip archive"):
        load_linkedin_export(path)


def test_archive_without_connections(tmp_path):
    path = write_archive(tmp_path, {"messages.csv": MESSAGES, "Profile.csv": FILES["Profile.csv"]})
    with pytest.raises(LoadError, match="Connections.csv.*found.*messages.csv"):
        load_linkedin_export(path)


def test_zip_bomb_is_refused_before_reading(tmp_path):
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("Connections.csv", "First Name,Last Name,Connected On\n" + "\n" * 20_000_000)
    with pytest.raises(LoadError, match="zip bomb"):
        load_linkedin_export(path)


def test_unsafe_member_paths_are_ignored(tmp_path):
    path = tmp_path / "slip.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("../../evil/Connections.csv", CONNECTIONS)
        z.writestr("/abs/Connections.csv", CONNECTIONS)
        z.writestr("__MACOSX/._Connections.csv", b"\x00\x05\x16\x07binary")
    with pytest.raises(LoadError, match="expected a LinkedIn archive holding Connections.csv"):
        load_linkedin_export(path)
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("Connections.csv", CONNECTIONS)
    ex = load_linkedin_export(path)
    assert len(ex.connections) == 3
    assert any("3 archive entries" in w for w in ex.report.warnings)
    assert not (tmp_path.parent / "evil").exists()


def test_unreadable_optional_file_gives_warning_not_failure(tmp_path):
    files = {**FILES, "Invitations.csv": b"\x89PNG\r\n\x1a\n\x00\x00"}
    ex = load_linkedin_export(write_archive(tmp_path, files))
    assert ex.invitations.empty
    assert any("Invitations.csv" in w for w in ex.report.warnings)


@pytest.mark.parametrize("kind", ["zip", "folder"])
def test_archive_is_unchanged_after_loading(tmp_path, kind):
    path = write_archive(tmp_path, kind=kind)
    files = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in files}
    load_linkedin_export(path)
    after = {p: hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(q for q in tmp_path.rglob("*") if q.is_file())}
    assert after == before
