"""categorize_contacts: the one place where connections get their title categories."""

import pandas as pd
import pytest

from netlib import LinkedInExport, TitleClassifier
from netlib.analytics import categorize_contacts

BASE = ["function", "seniority", "is_recruiter", "confidence"]


@pytest.fixture
def conns():
    return pd.DataFrame({"full_name": ["Ada Byron", "Rita Hunt", "Bob Stone", "Ada Twin"],
                         "position": ["Software Engineer", "Technical Recruiter", None,
                                      "Software Engineer"]},
                        index=[10, 11, 12, 13])


def test_adds_the_category_columns_and_leaves_the_input_alone(conns):
    before = conns.copy()
    df = categorize_contacts(conns)
    pd.testing.assert_frame_equal(conns, before)
    assert list(df.columns) == ["full_name", "position"] + BASE
    assert df.index.equals(conns.index)
    assert df["function"].tolist() == ["Engineering", "Human Resources", "Unknown", "Engineering"]
    assert df["is_recruiter"].tolist() == [False, True, False, False]
    assert df.loc[12, "confidence"] == 0 and df.loc[10, "confidence"] > 0
    assert df.loc[10, BASE].tolist() == df.loc[13, BASE].tolist()  # same title, same answer


def test_an_export_gives_its_connections_table(conns):
    df = categorize_contacts(LinkedInExport(connections=conns))
    pd.testing.assert_frame_equal(df, categorize_contacts(conns))


def test_your_own_categories_are_kept(conns, monkeypatch):
    own = conns.assign(function="Marketing", seniority="Director", is_recruiter=False)
    import netlib.titles

    def fail(*args, **kwargs):
        raise AssertionError("categorize must not run again")

    monkeypatch.setattr(netlib.titles, "categorize", fail)
    df = categorize_contacts(own)
    assert df["function"].tolist() == ["Marketing"] * 4
    assert df["confidence"].isna().all()
    done = categorize_contacts(df)  # nothing missing: the same table back
    pd.testing.assert_frame_equal(done, df)


def test_only_missing_columns_are_filled(conns):
    df = categorize_contacts(conns.assign(seniority="CXO"))
    assert df["seniority"].tolist() == ["CXO"] * 4
    assert df["function"].tolist()[:2] == ["Engineering", "Human Resources"]


def test_a_classifier_adds_your_categories_even_when_categorized(conns):
    titles = ["Software Engineer", "Backend Developer", "Data Engineer",
              "Technical Recruiter", "Talent Acquisition Partner", "Sourcer"]
    clf = TitleClassifier(random_state=0).fit(titles, ["builders"] * 3 + ["hirers"] * 3)
    df = categorize_contacts(categorize_contacts(conns), classifier=clf)
    assert list(df.columns) == ["full_name", "position"] + BASE + ["category",
                                                                   "category_confidence"]
    assert df.loc[[10, 11], "category"].tolist() == ["builders", "hirers"]
    assert df["category_confidence"].between(0, 1).all()
