"""Figures, tested through the figure objects (invented people only)."""

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from netlib._guidance import LINKEDIN_CAP
from netlib.plotting import (
    plot_category_bars,
    plot_growth,
    plot_sunburst,
    plot_top_companies,
    plot_treemap,
    relevant_bands,
)


@pytest.fixture
def categorized():
    return pd.DataFrame({
        "function": ["Sales", "Sales", "Sales", "Engineering", "Engineering", None, "Marketing"],
        "seniority": ["Senior", "Entry", "Senior", "Senior", "Manager", "Unknown", ""],
        "company": ["Acme", "Acme", "Globex", "Initech", "Acme", "Acme", "Umbrella"],
    })


def _leaf_total(trace):
    """Sum of the root values of a sunburst/treemap trace."""
    return sum(v for v, parent in zip(trace.values, trace.parents) if parent == "")


# ---------------------------------------------------------------- composition
@pytest.mark.parametrize("plot, kind", [(plot_sunburst, "sunburst"), (plot_treemap, "treemap")])
def test_hierarchy_values_sum_to_rows(categorized, plot, kind):
    fig = plot(categorized)
    assert isinstance(fig, go.Figure)
    assert fig.data[0].type == kind
    assert _leaf_total(fig.data[0]) == len(categorized)
    assert "(none)" in set(fig.data[0].labels)  # the missing function is counted, not dropped


@pytest.mark.parametrize("plot", [plot_sunburst, plot_treemap])
def test_hierarchy_top_folds_the_tail_per_parent(categorized, plot):
    fig = plot(categorized, path=["function", "company"], top=1)
    trace = fig.data[0]
    ids = list(trace.ids)
    assert "Sales/Other" in ids and "Sales/Acme" in ids and "Sales/Globex" not in ids
    assert _leaf_total(trace) == len(categorized)


def test_hierarchy_forwards_px_kwargs_and_checks_path(categorized):
    fig = plot_sunburst(categorized, path=["function"], title="Who", maxdepth=2)
    assert fig.layout.title.text == "Who"
    assert fig.data[0].maxdepth == 2
    with pytest.raises(ValueError, match="cluster"):
        plot_treemap(categorized, path=["function", "cluster"])


def test_category_bars_count_and_order(categorized):
    fig = plot_category_bars(categorized, "function", title="Functions")
    assert fig.data[0].type == "bar" and fig.layout.title.text == "Functions"
    top_down = list(reversed(fig.layout.yaxis.categoryarray))  # px lists horizontal bars bottom-up
    assert top_down[:2] == ["Sales", "Engineering"]
    assert dict(zip(fig.data[0].y, fig.data[0].x)) == {"Sales": 3, "Engineering": 2, "(none)": 1,
                                                        "Marketing": 1}
    assert sum(fig.data[0].x) == len(categorized)


def test_category_bars_color_splits_and_top_folds(categorized):
    fig = plot_category_bars(categorized, "function", color="seniority", top=2)
    assert sum(sum(t.x) for t in fig.data) == len(categorized)
    assert {y for t in fig.data for y in t.y} == {"Sales", "Engineering", "Other"}
    assert list(reversed(fig.layout.yaxis.categoryarray)) == ["Sales", "Engineering", "Other"]
    with pytest.raises(ValueError, match="top"):
        plot_category_bars(categorized, "function", top=0)


def test_top_companies_leaves_the_tail_out(categorized):
    fig = plot_top_companies(categorized, top=2)
    assert list(fig.data[0].y)[0] == "Acme" and len(fig.data[0].y) == 2
    assert "Other" not in fig.data[0].y
    assert sum(fig.data[0].x) == 4 + 1


def test_top_companies_ignores_missing_companies():
    df = pd.DataFrame({"company": ["Acme", " ", None, pd.NA, "Acme"]}).astype({"company": "string"})
    fig = plot_top_companies(df)
    assert list(fig.data[0].y) == ["Acme"] and list(fig.data[0].x) == [2]


# ---------------------------------------------------------------------- growth
def _connections(n, start="2019-01-01", days=900, seed=0):
    rng = np.random.default_rng(seed)
    dates = pd.Timestamp(start) + pd.to_timedelta(rng.integers(0, days, n), unit="D")
    return pd.DataFrame({"first_name": "Invented", "connected_on": dates})


def _hlines(fig):
    return sorted(s.y0 for s in fig.layout.shapes if s.y0 == s.y1)


def test_growth_cumulative_ends_at_the_network_size():
    df = _connections(420)
    df.loc[:4, "connected_on"] = pd.NaT  # undated rows are left out
    fig = plot_growth(df, title="Growth")
    assert fig.data[0].type == "scatter" and fig.layout.title.text == "Growth"
    assert fig.data[0].y[-1] == 415
    assert list(fig.data[0].y) == sorted(fig.data[0].y)


def test_growth_per_month_sums_to_rows_and_fills_empty_months():
    dates = pd.Series(pd.to_datetime(["2021-01-03", "2021-01-30", "2021-04-01"]))
    fig = plot_growth(pd.DataFrame({"connected_on": dates}), cumulative=False)
    assert fig.data[0].type == "bar"
    assert list(fig.data[0].y) == [2, 0, 0, 1]
    assert not fig.layout.shapes  # bands are for the network size only


def test_growth_draws_relevant_bands_plus_next_one():
    fig = plot_growth(_connections(420))  # "small" band (350-500)
    assert _hlines(fig) == [350, 500]
    texts = [a.text for a in fig.layout.annotations]
    assert any("growing" in t for t in texts) and not any("cap" in t for t in texts)


def test_growth_draws_the_cap_once_in_sight():
    fig = plot_growth(_connections(16_000, days=3000))
    assert LINKEDIN_CAP in _hlines(fig)
    assert any("cap" in a.text for a in fig.layout.annotations)
    assert LINKEDIN_CAP in _hlines(plot_growth(_connections(50), cap=True))
    assert _hlines(plot_growth(_connections(50), bands=False)) == []


def test_growth_accepts_timezone_aware_dates_and_a_series():
    dates = pd.Series(pd.to_datetime(["2022-05-01", "2022-06-01"]).tz_localize("UTC"))
    fig = plot_growth(dates, freq="Q")
    assert list(fig.data[0].y) == [2]


def test_relevant_bands():
    assert [b[0] for b in relevant_bands(0)] == ["starting out", "small"]
    assert [b[0] for b in relevant_bands(2_000)][-2:] == ["manageable peer network", "large"]
    assert relevant_bands(40_000)[-1][0] == "at the cap"


# --------------------------------------------------------------------- clusters
from netlib import ClusterReview, TitleClusterer  # noqa: E402
from netlib.plotting import (  # noqa: E402
    plot_cluster_map,
    plot_cluster_similarity,
    plot_dendrogram,
    plot_top_terms,
)

FIELDS = {
    "Nursing": ["Registered Nurse", "ICU Nurse", "Charge Nurse", "Nurse Practitioner"],
    "Software": ["Software Engineer", "Senior Software Engineer", "Backend Developer", "DevOps Engineer"],
    "Sales": ["Account Executive", "Sales Manager", "Sales Development Representative"],
    "Legal": ["Corporate Attorney", "Paralegal", "General Counsel"],
}


@pytest.fixture(scope="module")
def contacts():
    titles = [t for ts in FIELDS.values() for t in ts] * 3 + [None]
    return pd.DataFrame({
        "full_name": [f"Invented Person {i}" for i in range(len(titles))],
        "first_name": "Invented", "last_name": [f"Person {i}" for i in range(len(titles))],
        "company": ["Acme", "Globex", "Initech"] * (len(titles) // 3) + ["Acme"] * (len(titles) % 3),
        "position": titles,
    })


@pytest.fixture(scope="module")
def clusters(contacts):
    return TitleClusterer(n_clusters=4, random_state=0).fit(contacts["position"])


def _hover(fig):
    return " ".join(str(t.hovertemplate) for t in fig.data)


def test_cluster_map_one_point_per_titled_contact(contacts, clusters):
    fig = plot_cluster_map(contacts, clusters, title="Map")
    assert fig.layout.title.text == "Map"
    assert {t.type for t in fig.data} == {"scatter"}
    assert sum(len(t.x) for t in fig.data) == contacts["position"].notna().sum()
    assert {t.name for t in fig.data} == set(clusters.cluster_names_)
    assert "position" in _hover(fig) and "company" in _hover(fig)


def test_cluster_map_hides_names_unless_asked(contacts, clusters):
    assert "name" not in _hover(plot_cluster_map(contacts, clusters))
    shown = plot_cluster_map(contacts, clusters, show_names=True)
    assert "full_name" in _hover(shown)
    values = {v for t in shown.data for row in t.customdata for v in row}
    assert "Invented Person 0" in values


def test_cluster_map_uses_webgl_for_large_networks(clusters):
    titles = pd.Series([t for ts in FIELDS.values() for t in ts] * 100, name="title")
    fig = plot_cluster_map(titles, clusters)
    assert {t.type for t in fig.data} == {"scattergl"}
    assert sum(len(t.x) for t in fig.data) == len(titles)


def test_cluster_map_shows_reviewed_names_and_extra_hover(contacts, clusters):
    review = ClusterReview(clusters)
    nurses = int(review.predict(["ICU Nurse"])[0])
    review.rename(nurses, "Nursing team")
    fig = plot_cluster_map(contacts, review, hover_data=["last_name"])
    assert "Nursing team" in {t.name for t in fig.data}
    assert "last_name" in _hover(fig)


def test_top_terms_one_panel_per_cluster(clusters):
    fig = plot_top_terms(clusters, top=3, title="Terms")
    assert fig.layout.title.text == "Terms"
    assert len(fig.data) == clusters.n_clusters_
    assert all(t.type == "bar" and len(t.y) <= 3 for t in fig.data)
    nurse = clusters.cluster_names_[clusters.predict(["ICU Nurse"])[0]]
    assert "nurse" in {y for t in fig.data if t.name == nurse for y in t.y}


def test_similarity_heatmap_is_symmetric_with_unit_diagonal(clusters):
    fig = plot_cluster_similarity(clusters, title="Similarity")
    z = np.asarray(fig.data[0].z, dtype=float)
    assert fig.data[0].type == "heatmap" and z.shape == (4, 4)
    np.testing.assert_allclose(z, z.T)
    np.testing.assert_allclose(np.diag(z), 1.0)
    assert list(fig.data[0].x) == list(clusters.cluster_names_)


def test_dendrogram_has_a_leaf_per_cluster(clusters):
    fig = plot_dendrogram(clusters, title="Merge candidates", color_threshold=0.5)
    assert fig.layout.title.text == "Merge candidates"
    assert sorted(fig.layout.yaxis.ticktext) == sorted(clusters.cluster_names_)
    assert len(fig.data) == clusters.n_clusters_ - 1  # one link per merge
    one = TitleClusterer(random_state=0).fit(["Nurse"] * 3)
    with pytest.raises(ValueError, match="at least two clusters"):
        plot_dendrogram(one)


# ------------------------------------------------------- every label shows
MANY = pd.DataFrame({"function": [f"Function {chr(65 + i)}" for i in range(26) for _ in range(i + 1)],
                     "company": [f"Company {chr(65 + i)}" for i in range(26) for _ in range(i + 1)]})


def _pixels_per_row(fig, rows):
    margin = fig.layout.margin
    plot_height = fig.layout.height - (margin.t or 100) - (margin.b or 80)  # plotly's defaults
    return plot_height / rows


@pytest.mark.parametrize("plot", [plot_category_bars, plot_top_companies])
def test_bars_leave_room_for_every_category_label(plot):
    fig = plot(MANY, top=26) if plot is plot_top_companies else plot(MANY)
    assert len(fig.data[0].y) == 26
    assert _pixels_per_row(fig, 26) >= 18  # plotly thins 12 px tick labels below ~16 px per row
    assert plot(MANY.head(3)).layout.height == 450  # a short chart keeps plotly's size
    assert plot(MANY, height=300).layout.height == 300  # the user's height wins


def test_top_terms_grow_with_the_panels():
    titles = ["Registered Nurse", "Software Engineer", "Account Executive", "Corporate Attorney",
              "Marketing Manager", "Financial Analyst", "High School Teacher", "Recruiter", "UX Designer"]
    model = TitleClusterer(n_clusters=9, random_state=0).fit(titles * 2)
    fig = plot_top_terms(model, top=5, facet_col_wrap=3)
    assert fig.layout.height >= 3 * (5 * 18 + 40)  # three rows of panels, five terms each
    assert plot_top_terms(model, top=5, height=500).layout.height == 500


def test_cluster_map_spreads_clusters_over_the_plane(contacts, clusters):
    fig = plot_cluster_map(contacts, clusters, jitter=0)
    centres = np.array([[np.mean(t.x), np.mean(t.y)] for t in fig.data])
    points = np.concatenate([np.column_stack([t.x, t.y]) for t in fig.data])
    extent = np.ptp(points, axis=0).max()
    gaps = np.linalg.norm(centres[:, None] - centres[None], axis=-1)[np.triu_indices(len(centres), 1)]
    assert gaps.min() >= 0.15 * extent
