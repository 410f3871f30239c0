"""Engagement on a tiny hand-built archive whose right answers are known."""

import pandas as pd
import pytest

from netlib import LinkedInExport, engagement
from netlib.analytics import StrengthWeights

U = "https://www.linkedin.com/in/"
ME = U + "me"


def _messages(rows):
    cols = ["conversation_id", "sender", "sender_url", "recipients", "recipient_urls",
            "sent_at", "is_group", "is_sponsored", "folder", "is_draft"]
    df = pd.DataFrame(rows, columns=cols)
    df["sent_at"] = pd.to_datetime(df["sent_at"], utc=True)
    df["n_recipients"] = df["recipient_urls"].fillna(df["recipients"]).str.count(",") + 1
    df["is_conversation_draft"] = False
    df["direction"] = pd.NA
    return df


@pytest.fixture
def export():
    conns = pd.DataFrame({
        "full_name": ["Ada Byron", "Alan Turing", "Grace Hopper", "John Smith", "John Smith",
                      "Rita Hunt", "Nora Silent"],
        "profile_url": [U + "ada", U + "alan", pd.NA, U + "js1", U + "js2", U + "rita",
                        U + "nora"],
        "company": ["Acme", "Initech", "Navy", "A", "B", "Hire Co", "Quiet"],
    })
    msgs = _messages([
        # 1:1 with Ada: 2 sent, 1 received
        ("c1", "Owner", ME, "Ada Byron", U + "ada", "2024-01-01", False, False, "INBOX", False),
        ("c1", "Ada Byron", U + "ada", "Owner", ME, "2024-01-05", False, False, "INBOX", False),
        ("c1", "Owner", ME, "Ada Byron", U + "ada", "2024-03-01", False, False, "ARCHIVE", False),
        # group thread with Ada and Alan: never 1:1
        ("c2", "Alan Turing", U + "alan", "Owner,Ada Byron", ME + "," + U + "ada", "2024-02-01",
         True, False, "INBOX", False),
        ("c2", "Owner", ME, "Ada Byron,Alan Turing", U + "ada," + U + "alan", "2024-02-02",
         True, False, "INBOX", False),
        # sponsored from Alan, spam from Rita: counted apart
        ("c3", "Alan Turing", U + "alan", "Owner", ME, "2024-02-03", False, True, "INBOX", False),
        ("c4", "Rita Hunt", U + "rita", "Owner", ME, "2024-02-04", False, False, "SPAM", False),
        # Grace has no URL anywhere: matched by (unique) name
        ("c5", "Grace Hopper", pd.NA, "Owner", ME, "2024-02-10", False, False, "INBOX", False),
        # two connections are called John Smith: not guessed
        ("c6", "John Smith", pd.NA, "Owner", ME, "2024-02-11", False, False, "INBOX", False),
        # a draft is not a message
        ("c7", "Owner", ME, "Alan Turing", U + "alan", "2024-02-12", False, False, "INBOX", True),
        # someone who is not a connection
        ("c8", "Stranger", U + "stranger", "Owner", ME, "2024-02-13", False, False, "INBOX", False),
        ("c9", "Alan Turing", U + "alan", "Owner", ME, "2024-03-10", False, False, "INBOX", False),
    ])
    endorsements = pd.DataFrame({
        "direction": ["received", "given", "received"],
        "full_name": ["Ada Byron", "Ada Byron", "Rita Hunt"],
        "profile_url": [U + "ada", U + "ada", U + "rita"],
        "endorsed_at": pd.to_datetime(["2023-01-01"] * 3, utc=True),
        "status": ["ACCEPTED"] * 3,
    })
    recommendations = pd.DataFrame({
        "direction": ["received"], "first_name": ["Grace"], "last_name": ["Hopper"],
        "full_name": ["Grace Hopper"], "created_at": pd.to_datetime(["2022-05-01"], utc=True),
        "status": ["VISIBLE"],
    })
    invitations = pd.DataFrame({
        "direction": ["INCOMING", "OUTGOING"], "sender": ["Alan Turing", "Owner"],
        "recipient": ["Owner", "Ada Byron"], "counterpart": ["Alan Turing", "Ada Byron"],
        "counterpart_url": [U + "alan", U + "ada"],
        "sent_at": pd.to_datetime(["2020-01-01", "2020-02-01"], utc=True),
        "inviter_url": [U + "alan", ME], "invitee_url": [ME, U + "ada"],
    })
    return LinkedInExport(connections=conns, messages=msgs, endorsements=endorsements,
                          recommendations=recommendations, invitations=invitations,
                          owner_name="Owner", owner_url=ME)


def test_one_to_one_counts_exclude_group_sponsored_spam_drafts(export):
    e = engagement(export)
    assert e["n_messages"].tolist() == [3, 1, 1, 0, 0, 0, 0]
    assert e["n_sent"].tolist() == [2, 0, 0, 0, 0, 0, 0]
    assert e["n_received"].tolist() == [1, 1, 1, 0, 0, 0, 0]
    assert e["n_group_messages"].tolist() == [2, 2, 0, 0, 0, 0, 0]
    assert e["n_group_threads"].tolist() == [1, 1, 0, 0, 0, 0, 0]
    assert e["n_spam_or_sponsored"].tolist() == [0, 1, 0, 0, 0, 1, 0]
    assert e.index.equals(export.connections.index) and len(e) == 7


def test_dates_and_days_since_contact(export):
    e = engagement(export)
    assert e.attrs["as_of"] == pd.Timestamp("2024-03-10", tz="UTC")
    assert e.loc[0, "first_contact"] == pd.Timestamp("2024-01-01", tz="UTC")
    assert e.loc[0, "last_contact"] == pd.Timestamp("2024-03-01", tz="UTC")
    assert e["days_since_contact"].tolist()[:3] == [9, 0, 29]
    assert e["days_since_contact"].iloc[3:].isna().all()


def test_as_of_is_fixed_and_excludes_later_events(export):
    e = engagement(export, as_of="2024-02-01")
    assert e["n_messages"].tolist()[:3] == [2, 0, 0]
    assert e.loc[0, "days_since_contact"] == 27


def test_reciprocity_invitations_endorsements_recommendations(export):
    e = engagement(export)
    assert e.loc[0, ["endorsement_given", "endorsement_received"]].tolist() == [1, 1]
    assert e.loc[5, ["endorsement_given", "endorsement_received"]].tolist() == [0, 1]
    assert e.loc[2, "recommendation_received"] == 1
    assert e["invited_by"].tolist()[:3] == ["me", "them", ""]
    assert e["reciprocal"].tolist() == [True, False, False, False, False, False, False]


def test_strength_formula_is_the_documented_one(export):
    e = engagement(export)
    # Grace: one received message 29 days old, one recommendation received 679 days ago
    assert (pd.Timestamp("2024-03-10") - pd.Timestamp("2022-05-01")).days == 679
    points = 0.5 ** (29 / 180) + 4.0 * 0.5 ** (679 / 180)
    assert e.loc[2, "strength"] == pytest.approx(points / (points + 10))
    assert e.loc[2, "lifetime_strength"] == pytest.approx(5 / 15)
    # Rita: one endorsement received 434 days ago, one spam message (not counted)
    points = 0.5 ** (434 / 180)
    assert e.loc[5, "strength"] == pytest.approx(points / (points + 10))
    assert e.loc[5, "lifetime_strength"] == pytest.approx(1 / 11)
    assert e.loc[6, "strength"] == 0.0
    assert e["strength"].between(0, 1).all()
    assert e.loc[0, "strength"] == e["strength"].max()


def test_weights_can_be_changed(export):
    base = engagement(export)
    heavier = engagement(export, weights={"message": 5.0})
    assert heavier.loc[1, "strength"] > base.loc[1, "strength"]
    slow = engagement(export, weights=StrengthWeights(half_life_days=10_000))
    assert slow.loc[0, "strength"] > base.loc[0, "strength"]
    assert heavier.attrs["weights"]["message"] == 5.0
    with pytest.raises(ValueError, match="unknown weight 'halflife'.*half_life_days"):
        engagement(export, weights={"halflife": 30})


def test_ambiguous_names_are_reported_not_guessed(export):
    e = engagement(export)
    assert e.attrs["ambiguous_names"] == ["John Smith"]
    assert any("John Smith" in n for n in e.attrs["notes"])
    assert any("not (or no longer) connections" in n for n in e.attrs["notes"])


def test_owner_inferred_when_not_given(export):
    export.owner_url = None
    e = engagement(export)
    assert e["n_sent"].tolist()[:3] == [2, 0, 0]
    assert e["n_messages"].tolist()[:3] == [3, 1, 1]


def test_direction_column_is_used_when_urls_are_missing(export):
    msgs = export.messages.copy()
    msgs["sender_url"] = pd.NA
    msgs["direction"] = (msgs["sender"] == "Owner").map({True: "OUTGOING", False: "INCOMING"})
    export.messages, export.owner_url = msgs, None
    e = engagement(export)
    assert e.loc[0, ["n_sent", "n_received"]].tolist() == [2, 1]


def test_archive_without_messages_or_other_tables():
    conns = pd.DataFrame({"full_name": ["Ada Byron", "Alan Turing"],
                          "profile_url": [U + "ada", U + "alan"],
                          "connected_on": pd.to_datetime(["2020-01-01", "2021-01-01"])})
    e = engagement(LinkedInExport(connections=conns))
    assert e["n_messages"].tolist() == [0, 0] and e["strength"].tolist() == [0.0, 0.0]
    assert e["last_contact"].isna().all() and e["days_since_contact"].isna().all()
    notes = " ".join(e.attrs["notes"])
    assert "No messages" in notes and "No engagement found" in notes
    assert e.attrs["as_of"] == pd.Timestamp("2021-01-01", tz="UTC")


def test_connections_without_urls_match_by_name():
    conns = pd.DataFrame({"full_name": ["Ada Byron", "Alan Turing"]})  # old export: no URLs
    msgs = _messages([
        ("c1", "Ada Byron", U + "ada", "Owner", ME, "2024-01-01", False, False, "INBOX", False),
        ("c2", "Owner", ME, "alan turing", U + "alan", "2024-01-02", False, False, "INBOX", False),
    ])
    e = engagement(LinkedInExport(connections=conns, messages=msgs, owner_url=ME))
    assert e["n_messages"].tolist() == [1, 1] and e["n_sent"].tolist() == [0, 1]


def _one_signal(table: str, when, as_of="2024-01-01"):
    """Ada, and one received recommendation / endorsement / invitation dated ``when``."""
    conns = pd.DataFrame({"full_name": ["Ada Byron"], "profile_url": [U + "ada"]})
    at = pd.to_datetime(pd.Series([when]), utc=True)
    tables = {
        "recommendations": pd.DataFrame({"direction": ["received"], "full_name": ["Ada Byron"],
                                         "created_at": at}),
        "endorsements": pd.DataFrame({"direction": ["received"], "full_name": ["Ada Byron"],
                                      "profile_url": [U + "ada"], "endorsed_at": at}),
        "invitations": pd.DataFrame({"direction": ["INCOMING"], "counterpart": ["Ada Byron"],
                                     "counterpart_url": [U + "ada"], "sent_at": at}),
    }
    e = engagement(LinkedInExport(connections=conns, **{table: tables[table]}), as_of=as_of)
    return e.loc[0, "strength"], e.loc[0, "lifetime_strength"]


def test_an_old_recommendation_is_lifetime_not_today():
    # 10 years = 3,652 days, about 20 half-lives: nothing left today
    strength, lifetime = _one_signal("recommendations", "2014-01-01")
    assert lifetime == pytest.approx(4 / 14)
    assert strength == pytest.approx(4 * 0.5 ** (3652 / 180) / (4 * 0.5 ** (3652 / 180) + 10))
    assert strength < 0.001


def test_a_fresh_recommendation_is_both_today_and_lifetime():
    strength, lifetime = _one_signal("recommendations", "2024-01-01")
    assert strength == pytest.approx(4 / 14) and lifetime == pytest.approx(4 / 14)
    # one half-life old: counts half
    strength, lifetime = _one_signal("recommendations", pd.Timestamp("2024-01-01")
                                     - pd.Timedelta(days=180))
    assert strength == pytest.approx(2 / 12) and lifetime == pytest.approx(4 / 14)


@pytest.mark.parametrize("table, points", [("endorsements", 1.0), ("invitations", 1.0)])
def test_endorsements_and_invitations_decay_too(table, points):
    old, lifetime = _one_signal(table, "2019-01-01")
    fresh, _ = _one_signal(table, "2023-12-31")
    assert lifetime == pytest.approx(points / (points + 10))
    assert old < 0.001 and fresh == pytest.approx(points * 0.5 ** (1 / 180)
                                                  / (points * 0.5 ** (1 / 180) + 10))


@pytest.mark.parametrize("table", ["recommendations", "endorsements", "invitations"])
def test_an_undated_signal_counts_as_one_half_life_old(table):
    weight = {"recommendations": 4.0}.get(table, 1.0)
    strength, lifetime = _one_signal(table, None)
    assert strength == pytest.approx(weight / 2 / (weight / 2 + 10))
    assert lifetime == pytest.approx(weight / (weight + 10))


def test_names_companies_and_positions_come_with_the_table(export):
    e = engagement(export)
    assert list(e.columns[:4]) == ["profile_url", "full_name", "company", "position"]
    assert e["company"].tolist() == export.connections["company"].tolist()
    assert e["position"].isna().all()  # the fixture has no position column
    assert e.loc[0, "last_group_contact"] == pd.Timestamp("2024-02-02", tz="UTC")
    assert e["last_group_contact"].iloc[2:].isna().all()
    for c in ("n_messages", "days_since_contact", "invited_by", "reciprocal", "strength",
              "lifetime_strength"):  # the contract columns are all still there
        assert c in e.columns
