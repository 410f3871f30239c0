"""Pseudonymization and spreadsheet-safe CSV."""

import csv

import pandas as pd
import pytest

from netlib import LinkedInExport, engagement, pseudonymize, to_safe_csv

U = "https://www.linkedin.com/in/"
ME = U + "owner"


@pytest.fixture
def export():
    conns = pd.DataFrame({
        "first_name": ["Ada", "Alan", "Grace"], "last_name": ["Byron", "Turing", "Hopper"],
        "full_name": ["Ada Byron", "Alan Turing", "Grace Hopper"],
        "profile_url": [U + "ada", U + "alan", U + "grace"],
        "email": ["ada@example.com", pd.NA, "grace@example.org"],
        "company": ["Acme", "Initech", "Navy"], "position": ["CMO", "Engineer", "Admiral"],
        "connected_on": pd.to_datetime(["2020-01-01", "2021-01-01", "2022-01-01"]),
    })
    msgs = pd.DataFrame({
        "conversation_id": ["c1", "c1", "c2"],
        "conversation_title": ["Lunch with Ada", "Lunch with Ada", "Team"],
        "sender": ["Owen Owner", "Ada Byron", "Alan Turing"],
        "sender_url": [ME, U + "ada", U + "alan"],
        "recipients": ["Ada Byron", "Owen Owner", "Owen Owner,Ada Byron"],
        "recipient_urls": [U + "ada", ME, ME + "," + U + "ada"],
        "n_recipients": [1, 1, 2],
        "sent_at": pd.to_datetime(["2024-01-01", "2024-01-02", "2024-01-03"], utc=True),
        "is_group": [False, False, True], "is_sponsored": False, "folder": "INBOX",
        "subject": ["hi", "re: hi", "team"],
        "content": ["call me at ada@example.com", "sure", "agenda"],
    })
    endorsements = pd.DataFrame({"direction": ["received"], "first_name": ["Grace"],
                                 "last_name": ["Hopper"], "full_name": ["Grace Hopper"],
                                 "profile_url": [U + "grace"], "skill": ["COBOL"]})
    recommendations = pd.DataFrame({"direction": ["received"], "full_name": ["Grace Hopper"],
                                    "company": ["Navy"], "text": ["A pioneer."]})
    invitations = pd.DataFrame({"direction": ["INCOMING"], "sender": ["Alan Turing"],
                                "recipient": ["Owen Owner"], "counterpart": ["Alan Turing"],
                                "counterpart_url": [U + "alan"], "inviter_url": [U + "alan"],
                                "invitee_url": [ME], "message": ["Let's connect"]})
    profile = pd.DataFrame({"first_name": ["Owen"], "last_name": ["Owner"],
                            "headline": ["CMO at Acme"], "industry": ["Retail"]})
    return LinkedInExport(connections=conns, messages=msgs, endorsements=endorsements,
                          recommendations=recommendations, invitations=invitations,
                          profile=profile, owner_name="Owen Owner", owner_url=ME)


def _all_text(ex):
    tables = [ex.connections, ex.messages, ex.invitations, ex.endorsements,
              ex.recommendations, ex.profile, ex.positions]
    cells = [str(v) for t in tables for v in t.astype("object").to_numpy().ravel()]
    return " ".join(cells + [str(ex.owner_name), str(ex.owner_url)])


def test_no_names_emails_urls_or_content_left(export):
    p = pseudonymize(export, seed=7)
    blob = _all_text(p)
    for secret in ("@", "linkedin.com", "Ada", "Byron", "Turing", "Hopper", "Owen",
                   "Lunch", "pioneer", "connect", "agenda"):
        assert secret not in blob, secret
    assert "content" not in p.messages.columns and "subject" not in p.messages.columns
    assert "text" not in p.recommendations.columns and "message" not in p.invitations.columns


def test_analysis_columns_are_kept(export):
    p = pseudonymize(export, seed=7)
    assert p.connections["company"].tolist() == ["Acme", "Initech", "Navy"]
    assert p.connections["position"].tolist() == ["CMO", "Engineer", "Admiral"]
    pd.testing.assert_series_equal(p.connections["connected_on"],
                                   export.connections["connected_on"])
    assert p.messages["sent_at"].equals(export.messages["sent_at"])
    assert p.endorsements["skill"].tolist() == ["COBOL"]


def test_same_person_same_pseudonym_across_tables(export):
    p = pseudonymize(export, seed=7)
    ada, alan, grace = p.connections["full_name"]
    assert len({ada, alan, grace}) == 3 and ada.startswith("Person ")
    assert p.messages["sender"].tolist()[1:] == [ada, alan]
    assert p.messages["recipients"].iloc[0] == ada
    assert p.endorsements["full_name"].iloc[0] == grace
    assert p.recommendations["full_name"].iloc[0] == grace  # matched by name only
    assert p.invitations["counterpart"].iloc[0] == alan
    owner = p.owner_name
    assert p.messages["sender"].iloc[0] == owner
    assert p.messages["recipients"].iloc[2] == f"{owner},{ada}"
    assert p.profile["last_name"].iloc[0] == owner.split()[1]
    assert p.connections["profile_url"].str.startswith("pseudo:").all()


def test_pseudonyms_stable_for_a_key_and_different_across_keys(export):
    a, b = pseudonymize(export, key="workshop"), pseudonymize(export, key="workshop")
    c = pseudonymize(export, key="other")
    assert a.connections["full_name"].tolist() == b.connections["full_name"].tolist()
    assert a.connections["full_name"].tolist() != c.connections["full_name"].tolist()
    assert pseudonymize(export, seed=3).owner_url == pseudonymize(export, seed=3).owner_url


def test_input_is_not_modified_and_analyses_still_work(export):
    before = export.connections.copy()
    p = pseudonymize(export, seed=1)
    pd.testing.assert_frame_equal(export.connections, before)
    original, shared = engagement(export), engagement(p)
    for col in ("n_messages", "n_sent", "n_received", "n_group_messages",
                "endorsement_received", "recommendation_received", "invited_by", "strength"):
        assert original[col].tolist() == shared[col].tolist(), col


def test_pseudonymize_a_single_table(export):
    t = pseudonymize(export.connections, seed=1)
    assert t["email"].isna().all() and not t["full_name"].str.contains("Ada").any()
    assert t["first_name"].eq("Person").all()
    m = pseudonymize(export.messages, seed=1)
    assert "content" not in m.columns and m["conversation_title"].isna().all()
    assert m["conversation_id"].nunique() == 2


@pytest.mark.parametrize("cell", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\r=1"])
def test_to_safe_csv_escapes_formula_starts(tmp_path, cell):
    path = to_safe_csv(pd.DataFrame({"name": [cell, "Ada"], "n": [-1, 2]}), tmp_path / "x.csv")
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][0] == "'" + cell and rows[2][0] == "Ada"
    assert rows[1][1] == "-1"  # numbers are numbers, not text


def test_to_safe_csv_escapes_headers_and_index(tmp_path):
    df = pd.DataFrame({"=bad": ["ok"]}, index=pd.Index(["=idx"], name="who"))
    path = to_safe_csv(df, tmp_path / "y.csv", index=True)
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows == [["who", "'=bad"], ["'=idx", "ok"]]
