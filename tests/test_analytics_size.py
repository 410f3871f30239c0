"""Sizing and composition: known answers on tiny hand-built tables."""

import math

import pandas as pd
import pytest

from netlib import (LinkedInExport, composition, growth, maintenance_estimate, network_size,
                    normalize_company, size_band)
from netlib._guidance import LINKEDIN_CAP
from netlib.analytics import concentration, diversity


@pytest.fixture
def connections():
    return pd.DataFrame({
        "full_name": ["Ada Byron", "Alan Turing", "", "Grace Hopper", "Rita Hunt"],
        "company": ["Acme Inc.", "ACME", "Acme, Inc.", "Globex GmbH", None],
        "connected_on": pd.to_datetime(["2019-12-30", "2020-01-02", "2020-01-20",
                                        "2022-06-01", None]),
        "is_hidden": [False, False, True, False, False],
        "function": ["Marketing", "Engineering", "Unknown", "Engineering", "Human Resources"],
        "seniority": ["Director", "Senior", "Unknown", "VP", "Senior"],
        "is_recruiter": [False, False, False, False, True],
        "cluster": ["a", "b", "b", "b", None],
    })


def test_network_size_summary(connections):
    s = network_size(LinkedInExport(connections=connections))
    assert (s.total, s.named, s.hidden) == (5, 4, 1)
    assert s.first_connected == pd.Timestamp("2019-12-30")
    assert s.last_connected == pd.Timestamp("2022-06-01")
    assert s.band == "starting out" and s.to_cap == LINKEDIN_CAP - 5
    assert "5 connections" in str(s) and s.to_dict()["meaning"] == s.meaning


@pytest.mark.parametrize("n, band", [(0, "starting out"), (349, "starting out"), (350, "small"),
                                     (499, "small"), (1_500, "manageable peer network"),
                                     (2_999, "manageable peer network"),
                                     (20_000, "open networker"), (30_000, "at the cap"),
                                     (31_000, "at the cap")])
def test_size_band_boundaries(n, band):
    b = size_band(n)
    assert b.band == band and b.low <= n < b.high
    assert b.to_cap == max(LINKEDIN_CAP - n, 0)
    assert b.meaning


def test_size_band_rejects_negative():
    with pytest.raises(ValueError, match="-1"):
        size_band(-1)


def test_growth_monthly_fills_empty_months(connections):
    g = growth(connections, freq="M")
    assert str(g.index[0]) == "2019-12" and str(g.index[-1]) == "2022-06"
    assert len(g) == 31
    assert g["new"].sum() == 4 and g.loc[pd.Period("2020-01", "M"), "new"] == 2
    assert g["cumulative"].iloc[-1] == 4 and g["cumulative"].is_monotonic_increasing
    assert g.loc[pd.Period("2020-01", "M"), "growth_rate"] == 2.0
    assert math.isnan(g["growth_rate"].iloc[0])
    assert g.attrs["undated"] == 1


def test_growth_yearly_and_bad_freq(connections):
    g = growth(connections, freq="Y")
    assert g["new"].tolist() == [1, 2, 0, 1] and g["cumulative"].tolist() == [1, 3, 3, 4]
    assert g["growth_rate"].tolist()[1:] == [2.0, 0.0, 1 / 3]
    with pytest.raises(ValueError, match="unknown freq 'fortnight'"):
        growth(connections, freq="fortnight")


def test_growth_without_dates():
    g = growth(pd.DataFrame({"connected_on": [pd.NaT, pd.NaT]}))
    assert g.empty and g.attrs["undated"] == 2


def test_maintenance_bigger_garden_more_work():
    small, big = maintenance_estimate(350), maintenance_estimate(25_000)
    assert small.touches_per_week == pytest.approx(350 * 7 / 90)
    assert big.hours_per_week == pytest.approx(25_000 * 7 / 90 * 5 / 60)
    monthly = maintenance_estimate(1_500, cadence_days=30, minutes_per_touch=10)
    assert monthly.touches_per_workday == pytest.approx(70)
    assert "1,500 contacts" in str(monthly)
    with pytest.raises(ValueError, match="cadence_days"):
        maintenance_estimate(100, cadence_days=-3)


def test_maintenance_counts_a_table(connections):
    assert maintenance_estimate(connections).n == 5


@pytest.mark.parametrize("spellings, key, display", [
    (["Acme Inc.", "ACME", "Acme, Inc.", "acme inc"], "acme", "Acme"),
    (["Globex GmbH", "Globex", "GLOBEX GMBH"], "globex", "Globex"),
    (["Initech S.A.", "Initech SA", "Initech"], "initech", "Initech"),
    (["Procter & Gamble", "Procter and Gamble Co."], "procter and gamble", "Procter & Gamble"),
    (["Société Générale", "Societe Generale S.A."], "societe generale", "Société Générale"),
    (["The Home Depot", "Home Depot, Inc."], "home depot", "The Home Depot"),
])
def test_normalize_company_variants(spellings, key, display):
    out = normalize_company(pd.Series(spellings, index=range(10, 10 + len(spellings))))
    assert out.index.tolist() == list(range(10, 10 + len(spellings)))
    assert set(out["company_key"]) == {key}
    assert out["company_display"].nunique() == 1
    assert out["company_display"].iloc[0] in (display, spellings[0])


def test_normalize_company_keeps_distinct_companies_apart():
    out = normalize_company(["Acme", "Acme Robotics", "Apple", "", None])
    assert out["company_key"].tolist() == ["acme", "acme robotics", "apple", "", ""]
    assert out["company_display"].tolist()[-2:] == ["", ""]


def test_composition_by_function_and_company(connections):
    f = composition(connections, by="function")
    assert f.loc["Engineering", "n"] == 2 and f.loc["Engineering", "share"] == 0.4
    assert f.index[-1] == "Unknown" and f.attrs["unknown"] == 1
    assert f["n"].sum() == 5 and f["cumulative_share"].iloc[-1] == pytest.approx(1.0)
    c = composition(connections, by="company", concentration_top=1)
    assert c.loc["Acme", "n"] == 3 and c.loc["(no company)", "n"] == 1
    assert c.attrs["top_share"] == 0.75


def test_composition_cluster_recruiter_and_top(connections):
    assert composition(connections, by="cluster")["n"].to_dict() == {
        "b": 3, "a": 1, "(no cluster)": 1}
    assert composition(connections, by="is_recruiter")["n"].to_dict() == {"False": 4, "True": 1}
    top = composition(connections, by="function", top=1)
    assert top["n"].to_dict() == {"Engineering": 2, "(other)": 2, "Unknown": 1}
    with pytest.raises(ValueError, match="no column 'region'"):
        composition(connections, by="region")


def test_diversity_and_concentration_extremes():
    even = diversity(["a", "b", "c", "d"])
    assert even["normalized_entropy"] == pytest.approx(1.0)
    assert even["effective_number"] == pytest.approx(4.0)
    assert diversity(["a", "a", "", None])["categories"] == 1
    assert diversity([])["categories"] == 0
    assert concentration(["a", "a", "b", "c"], top=2) == 0.75
