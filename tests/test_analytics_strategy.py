"""Strategy profiles, alignment, triage, give-first and recruiters on tiny archives."""

import pandas as pd
import pytest

from netlib import (LinkedInExport, Strategy, alignment, give_first, load_strategy, recruiters,
                    triage)
from netlib.analytics import GROUPS, gap_analysis

U = "https://www.linkedin.com/in/"
ME = U + "me"
AS_OF = "2024-06-01"


@pytest.fixture
def export():
    names = ["Ada Core", "Bea Quiet", "Cal New", "Dan Far", "Eve Friend", "Fay Kept", "Rex Hire"]
    conns = pd.DataFrame({
        "full_name": names,
        "profile_url": [U + n.split()[0].lower() for n in names],
        "company": ["Acme Inc.", "ACME", "Globex", "Initech", "Initech", "Hooli", "Talent Co"],
        "position": ["Retail Marketing Director", "Marketing Manager", "Head of Marketing",
                     "Orthodontist", "Financial Planner", "Accountant", "Technical Recruiter"],
        "function": ["Marketing", "Marketing", "Marketing", "Healthcare Services", "Finance",
                     "Accounting", "Human Resources"],
        "seniority": ["Director", "Manager", "Director", "Senior", "Senior", "Senior", "Senior"],
        "is_recruiter": [False] * 6 + [True],
    })
    rows = []
    for who, day0, n in (("ada", "2024-05-01", 6), ("bea", "2022-03-01", 6),
                         ("eve", "2024-05-10", 6), ("rex", "2024-04-01", 2)):
        for i, at in enumerate(pd.date_range(day0, periods=n, freq="D", tz="UTC")):
            out = i % 2 == 0
            rows.append({"conversation_id": who, "sent_at": at,
                         "sender_url": ME if out else U + who,
                         "recipient_urls": U + who if out else ME,
                         "sender": "Me" if out else who, "recipients": who if out else "Me",
                         "is_group": False, "is_sponsored": False, "folder": "INBOX",
                         "n_recipients": 1})
    endorsements = pd.DataFrame({"direction": ["received"], "full_name": ["Bea Quiet"],
                                 "profile_url": [U + "bea"],
                                 "endorsed_at": pd.to_datetime(["2022-01-01"], utc=True)})
    return LinkedInExport(connections=conns, messages=pd.DataFrame(rows),
                          endorsements=endorsements, owner_url=ME)


STRATEGY = {"goal": "Lead retail digital marketing", "functions": ["Marketing"],
            "seniorities": ["Director", "VP"], "companies": ["Acme"],
            "keywords": ["retail"], "always_keep": [U + "fay/"], "aligned_at": 0.4}


def test_load_strategy_from_yaml(tmp_path):
    path = tmp_path / "strategy.yaml"
    path.write_text("goal: Lead retail marketing\nfunctions: [marketing, Sales]\n"
                    "seniorities: Director\nkeywords: [retail, e-commerce]\n"
                    "always_keep:\n  - Ada Core\n", encoding="utf-8")
    s = load_strategy(path)
    assert s.functions == ("Marketing", "Sales") and s.seniorities == ("Director",)
    assert s.always_keep == ("Ada Core",) and s.criteria == ["function", "seniority", "keyword"]
    assert load_strategy(s) is s and load_strategy(str(path)) == s


@pytest.mark.parametrize("profile, message", [
    ({"functions": ["Marketting"]},
     r"unknown function 'Marketting'; allowed: Accounting, .*\(did you mean 'Marketing'\?\)"),
    ({"seniorities": ["Directr"]},
     r"unknown seniority 'Directr'; allowed: Unpaid, .*did you mean 'Director'"),
    ({"fonctions": ["Marketing"]},
     r"unknown key 'fonctions'; allowed: goal, functions, .*did you mean 'functions'"),
    ({"weights": {"functoin": 1}}, r"unknown weight 'functoin'; allowed: function"),
    ({"aligned_at": 2}, r"aligned_at must be a number between 0 and 1, got 2"),
    ({"keywords": [""]}, r"keywords must hold non-empty strings"),
])
def test_strategy_validation_names_the_problem(profile, message):
    with pytest.raises(ValueError, match=message):
        load_strategy(profile)


def test_alignment_scores_and_reasons(export):
    a = alignment(export, STRATEGY)
    # weights: function 2, seniority 1, company 2, keyword 1 -> total 6
    assert a["alignment"].round(4).tolist() == [1.0, round(4 / 6, 4), 0.5, 0.0, 0.0, 0.0, 0.0]
    assert a["aligned"].tolist() == [True, True, True, False, False, True, False]
    assert a.loc[0, "reasons"] == ("works in Marketing (target function); is Director level "
                                   "(target seniority); works at Acme (target company); "
                                   "mentions 'retail'")
    assert a.loc[3, "reasons"].startswith("no target met: function Healthcare Services is not")
    assert a.loc[5, "reasons"].startswith("on your always-keep list; no target met")
    assert a.attrs["share_aligned"] == pytest.approx(4 / 7)


def test_gap_analysis_flags_under_represented_targets(export):
    g = gap_analysis(export, {**STRATEGY, "seniorities": ["VP"], "min_share": 0.2})
    gaps = dict(zip(g["target"], g["gap"]))
    assert gaps == {"VP": True, "Acme": False, "retail": True, "Marketing": False}
    assert g.iloc[0]["n"] == 0 and "under the 20%" in g.iloc[0]["advice"]
    assert g.set_index("target").loc["Marketing", "share"] == pytest.approx(3 / 7)
    assert alignment(export, STRATEGY).attrs["gaps"]["target"].tolist()


def test_locations_without_column_are_reported(export):
    a = alignment(export, {"functions": ["Marketing"], "locations": ["Paris"]})
    assert "no location column" in " ".join(a.attrs["notes"])
    assert a.loc[0, "alignment"] == 1.0


def test_triage_groups_and_always_keep(export):
    t = triage(export, STRATEGY, as_of=AS_OF)
    assert t["group"].tolist() == ["core", "re-engage", "nurture", "prune candidate", "core",
                                   "keep (always-keep list)", "core"]
    assert list(t["group"].cat.categories) == list(GROUPS)
    assert t.loc[1, "reason"].startswith("re-engage: aligned (works in Marketing")
    assert "6 messages, last 818 days ago" in t.loc[1, "reason"]
    assert t.loc[4, "reason"].startswith("core: not aligned")
    assert t.attrs["counts"]["prune candidate"] == 1
    assert any("Nothing has been removed or sent" in n for n in t.attrs["notes"])


def test_triage_leaves_the_export_untouched(export):
    before = {k: getattr(export, k).copy() for k in ("connections", "messages")}
    triage(export, STRATEGY, as_of=AS_OF)
    for k, df in before.items():
        pd.testing.assert_frame_equal(getattr(export, k), df)


def test_give_first_picks_aligned_quiet_once_close(export):
    g = give_first(export, STRATEGY, n=5, as_of=AS_OF)
    assert g["full_name"].tolist() == ["Bea Quiet"]
    assert g.iloc[0]["suggestion"] == "they endorsed you: endorse a skill of theirs"
    assert "now quiet: 6 messages, last 818 days ago" in g.iloc[0]["reason"]
    later = give_first(export, STRATEGY, as_of="2025-06-01", n=1)
    assert later["full_name"].tolist() == ["Ada Core"]  # the best aligned, quiet for a year


def test_recruiters_view_with_advice(export):
    r = recruiters(export, as_of=AS_OF)
    assert r["full_name"].tolist() == ["Rex Hire"]
    assert r.iloc[0]["n_messages"] == 2 and r.iloc[0]["days_since_contact"] == 60
    assert r.iloc[0]["warmth"] == "warm"
    assert r.iloc[0]["warmth"] != recruiters(export, as_of="2026-01-01").iloc[0]["warmth"]
    assert "never ask" in r.attrs["advice"] and "give first" in r.attrs["advice"]
    assert "never ask a" in recruiters.__doc__


def test_strategy_is_a_readable_dataclass():
    s = Strategy(functions="Sales", keywords=("retail",))
    assert s.functions == ("Sales",) and s.weights["function"] == 2.0
    assert Strategy(weights={"keyword": 3}).weights["keyword"] == 3.0


def test_a_precomputed_engagement_table_is_reused(export):
    from netlib import engagement

    e = engagement(export, as_of=AS_OF)
    pd.testing.assert_frame_equal(triage(export, STRATEGY, engagement=e),
                                  triage(export, STRATEGY, as_of=AS_OF))
    assert give_first(export, STRATEGY, engagement=e)["full_name"].tolist() == ["Bea Quiet"]
    assert recruiters(export, engagement=e)["days_since_contact"].tolist() == [60]
    with pytest.raises(ValueError, match="same index"):
        triage(export, STRATEGY, engagement=e.iloc[:3])
    with pytest.raises(ValueError, match="not together"):
        recruiters(export, engagement=e, as_of=AS_OF)


def test_a_precomputed_alignment_table_is_reused(export):
    from netlib import engagement

    a, e = alignment(export, STRATEGY), engagement(export, as_of=AS_OF)
    assert a.attrs["strategy"] == load_strategy(STRATEGY)
    pd.testing.assert_frame_equal(triage(export, STRATEGY, alignment=a, engagement=e),
                                  triage(export, STRATEGY, as_of=AS_OF))
    pd.testing.assert_frame_equal(give_first(export, STRATEGY, alignment=a, engagement=e),
                                  give_first(export, STRATEGY, as_of=AS_OF))
    with pytest.raises(ValueError, match="another strategy"):
        triage(export, {**STRATEGY, "aligned_at": 0.9}, alignment=a)
    with pytest.raises(ValueError, match="same index"):
        give_first(export, STRATEGY, alignment=a.iloc[:3])


def test_reasons_and_counts_per_distinct_value_match_the_rows(export):
    """Repeated values (and missing ones) get the reasons and counts written per row."""
    c = pd.concat([export.connections] * 3, ignore_index=True)
    c.loc[15, "function"] = ""   # Bea Quiet, Marketing Manager at ACME
    c.loc[17, "company"] = None  # Dan Far, at Initech
    a = alignment(c, STRATEGY)
    single = alignment(export, STRATEGY)
    for copy in (0, 7):
        assert a["reasons"].iloc[copy:copy + 7].tolist() == single["reasons"].tolist()
        assert a["alignment"].iloc[copy:copy + 7].tolist() == single["alignment"].tolist()
    assert a.loc[15, "reasons"] == "works at Acme (target company)"
    assert a.loc[15, "alignment"] == pytest.approx(2 / 6)
    assert a.loc[17, "reasons"] == a.loc[3, "reasons"]  # a missing company is no target
    assert a.loc[14:, "reasons"].tolist()[3:] == single["reasons"].tolist()[3:]
    g = gap_analysis(c, STRATEGY).set_index("target")
    assert g.loc["Marketing", "n"] == 3 * 3 - 1 and g.loc["Acme", "n"] == 2 * 3
    assert g.loc["retail", "n"] == 3


def test_hidden_members_have_their_own_group(export):
    c = export.connections
    hidden = pd.DataFrame({"full_name": [pd.NA, ""], "profile_url": [pd.NA, pd.NA],
                           "company": pd.NA, "position": pd.NA, "function": "Unknown",
                           "seniority": "Unknown", "is_recruiter": False,
                           "is_hidden": [True, pd.NA]}, index=[7, 8])
    export.connections = pd.concat([c.assign(is_hidden=False), hidden])
    t = triage(export, STRATEGY, as_of=AS_OF)
    assert list(GROUPS)[-1] == "hidden member"
    # flagged by the loader, or with neither a name nor a URL: nothing to act on
    assert t["group"].tolist()[7:] == ["hidden member", "hidden member"]
    assert t["group"].tolist()[:7] == ["core", "re-engage", "nurture", "prune candidate",
                                       "core", "keep (always-keep list)", "core"]
    assert t.loc[7, "reason"].startswith("hidden member: LinkedIn hides this member's name")
    assert "prune" not in t.loc[7, "reason"] and "never in touch" not in t.loc[7, "reason"]
    assert t.attrs["counts"]["prune candidate"] == 1 and t.attrs["counts"]["hidden member"] == 2
    assert t.attrs["n_actionable"] == 7 and sum(t.attrs["counts"].values()) == 9
    assert any("2 hidden member(s)" in n for n in t.attrs["notes"])
    assert give_first(export, STRATEGY, as_of=AS_OF)["full_name"].tolist() == ["Bea Quiet"]


def test_triage_without_hidden_members_says_nothing_about_them(export):
    t = triage(export, STRATEGY, as_of=AS_OF)
    assert t.attrs["counts"]["hidden member"] == 0 and t.attrs["n_actionable"] == 7
    assert not any("hidden" in n for n in t.attrs["notes"])


def test_give_first_leaves_out_people_in_a_live_group_thread(export):
    # Bea is quiet 1:1 since 2022, but wrote in a group thread with the owner last week
    at = pd.Timestamp("2024-05-25", tz="UTC")
    group = pd.DataFrame([{"conversation_id": "g", "sent_at": at, "sender_url": U + "bea",
                           "recipient_urls": f"{ME},{U}cal", "sender": "bea",
                           "recipients": "Me,cal", "is_group": True, "is_sponsored": False, "folder": "INBOX", "n_recipients": 2}])
    export.messages = pd.concat([export.messages, group], ignore_index=True)
    t = triage(export, STRATEGY, as_of=AS_OF)
    assert t.loc[1, "days_since_contact"] == 818  # 1:1 only
    assert t.loc[1, "last_group_contact"] == at
    assert give_first(export, STRATEGY, as_of=AS_OF).empty
    week = give_first(export, STRATEGY, as_of=AS_OF, quiet_after_days=7)
    assert "Bea Quiet" in week["full_name"].tolist()  # 7 days of silence is enough
