"""TitleClusterer and ClusterReview: estimator contract, tiny inputs, meaning, review loop."""

import pickle
import warnings

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError

from netlib import ClusterReview, TitleClusterer
from netlib.clustering import NO_TITLE

# An invented network: six fields, titles as people type them.
NETWORK = {
    "sales": ["Account Executive", "Senior Account Executive", "Enterprise Account Executive",
              "Sales Manager", "Regional Sales Director", "Inside Sales Representative",
              "Sales Development Representative", "VP of Sales"],
    "marketing": ["Marketing Manager", "Digital Marketing Specialist", "Brand Manager",
                  "Content Marketing Lead", "Marketing Coordinator", "SEO Specialist", "Head of Marketing"],
    "engineering": ["Software Engineer", "Senior Software Engineer", "Backend Developer",
                    "Frontend Engineer", "Engineering Manager", "Staff Software Engineer", "DevOps Engineer"],
    "health": ["Registered Nurse", "ICU Nurse", "Nurse Practitioner", "Charge Nurse",
               "Clinical Nurse Specialist"],
    "finance": ["Financial Analyst", "Senior Accountant", "Staff Accountant", "Controller",
                "FP&A Manager", "Tax Accountant"],
    "founders": ["Chief Executive Officer", "Founder & CEO", "Co-Founder", "CEO"],
}
TITLES = [title for titles in NETWORK.values() for title in titles]


@pytest.fixture(scope="module")
def model():
    return TitleClusterer(n_clusters=6, random_state=0).fit(TITLES * 2 + [None, ""])


# ------------------------------------------------------------ estimator API
def test_get_params_and_clone_round_trip():
    est = TitleClusterer(n_clusters=4, keep_seniority=True, function_weight=0.3, random_state=7)
    params = est.get_params()
    assert params["n_clusters"] == 4 and params["keep_seniority"] is True
    twin = clone(est)
    assert twin is not est and twin.get_params() == params
    assert TitleClusterer().set_params(**params).get_params() == params


def test_fit_returns_self_and_sets_attributes():
    est = TitleClusterer(n_clusters=3, random_state=0)
    assert est.fit(TITLES) is est
    assert est.labels_.shape == (len(TITLES),)
    assert est.n_clusters_ == 3 == len(est.cluster_names_) == len(est.top_terms_)
    assert est.cluster_sizes_.sum() == len(TITLES)
    assert len(set(est.cluster_names_)) == est.n_clusters_
    assert est.embedding_.shape == (len(TITLES), 2)


@pytest.mark.parametrize("method", ["predict", "transform", "embed"])
def test_not_fitted(method):
    with pytest.raises(NotFittedError):
        getattr(TitleClusterer(), method)(["Nurse"])


@pytest.mark.parametrize("params, quoted", [
    ({"n_clusters": 0}, "0"), ({"n_clusters": 2.5}, "2.5"), ({"n_clusters": "3"}, "'3'"),
    ({"function_weight": -1}, "-1"), ({"n_components": None}, "None"), ({"max_clusters": True}, "True"),
    ({"soc_weight": -0.5}, "-0.5"), ({"soc_weight": "1"}, "'1'"),
])
def test_bad_params_are_quoted(params, quoted):
    with pytest.raises(ValueError, match=quoted):
        TitleClusterer(**params).fit(TITLES)


def test_same_random_state_same_labels():
    first = TitleClusterer(random_state=3).fit(TITLES).labels_
    second = TitleClusterer(random_state=3).fit(TITLES).labels_
    np.testing.assert_array_equal(first, second)


def test_pickle_round_trip(model):
    restored = pickle.loads(pickle.dumps(model))
    np.testing.assert_array_equal(restored.predict(TITLES), model.predict(TITLES))
    np.testing.assert_allclose(restored.transform(["Staff Nurse"]), model.transform(["Staff Nurse"]))


def test_predict_on_fitted_titles_gives_labels(model):
    np.testing.assert_array_equal(model.predict(TITLES * 2 + [None, ""]), model.labels_)
    np.testing.assert_allclose(model.transform(TITLES * 2 + [None, ""]), model.embedding_)


@pytest.mark.parametrize("container", [list, np.array, pd.Series])
def test_accepts_lists_arrays_and_series(container):
    labels = TitleClusterer(n_clusters=2, random_state=0).fit(container(TITLES)).labels_
    assert len(labels) == len(TITLES)


# -------------------------------------------------------------- tiny inputs
def test_missing_titles_get_label_minus_one(model):
    assert model.labels_[-2:].tolist() == [-1, -1]
    assert np.isnan(model.embedding_[-2:]).all()
    assert model.predict([None, " ", "Nurse"]).tolist()[:2] == [-1, -1]
    assert model.cluster_name(-1) == NO_TITLE
    assert model.cluster_sizes_.sum() == 2 * len(TITLES)  # missing titles are not counted


def test_fewer_titles_than_clusters_warns_and_reduces():
    with pytest.warns(UserWarning, match="n_clusters=5"):
        est = TitleClusterer(n_clusters=5, random_state=0).fit(["Registered Nurse", "Software Engineer"])
    assert est.n_clusters_ == 2 and sorted(est.labels_) == [0, 1]


def test_identical_titles_make_one_cluster():
    est = TitleClusterer(random_state=0).fit(["Data Analyst"] * 5)
    assert est.n_clusters_ == 1 and set(est.labels_) == {0}
    assert "analyst" in est.cluster_names_[0]
    assert np.isfinite(est.embedding_).all()


def test_single_title_and_no_title():
    assert TitleClusterer().fit(["Nurse"]).labels_.tolist() == [0]
    with pytest.raises(ValueError, match="at least one non-empty title"):
        TitleClusterer().fit([None, "", "  "])


@pytest.mark.parametrize("n_unique, bounds", [(40, (2, 6)), (400, (6, 20))])
def test_automatic_k_grows_with_the_network(n_unique, bounds):
    pool = [f"{field} {word}" for field in ("marketing", "software", "nursing", "tax", "sales",
                                            "legal", "supply chain", "teaching", "design", "data")
            for word in ("manager", "specialist", "analyst", "lead", "coordinator", "assistant",
                         "director", "consultant")]
    titles = [f"{title} {i}" for i, title in enumerate(pool * (n_unique // len(pool) + 1))][:n_unique]
    est = TitleClusterer(random_state=0).fit(titles)
    assert bounds[0] <= est.n_clusters_ <= bounds[1]


# ------------------------------------------------------------------ meaning
def test_clusters_follow_what_people_do(model):
    label = dict(zip(TITLES, model.predict(TITLES)))
    for field in ("sales", "engineering", "health"):
        assert len({label[t] for t in NETWORK[field]}) == 1, field
    assert label["Account Executive"] != label["Chief Executive Officer"]
    assert label["Engineering Manager"] == label["Software Engineer"]
    assert label["Engineering Manager"] != label["Marketing Manager"]


def test_names_come_from_top_terms(model):
    nurse = model.predict(["Registered Nurse"])[0]
    assert "nurse" in model.cluster_names_[nurse]
    assert "nurse" in model.top_terms_[nurse]
    weights = list(model.top_terms_[nurse].values())
    assert weights == sorted(weights, reverse=True)


def test_seniority_is_stripped_unless_kept():
    pair = ["Senior Software Engineer", "Software Engineer"]
    plain = TitleClusterer(n_clusters=2, random_state=0).fit(TITLES).embed(pair)
    np.testing.assert_allclose(plain[0], plain[1])
    kept = TitleClusterer(n_clusters=2, keep_seniority=True, random_state=0).fit(TITLES).embed(pair)
    assert kept[0] @ kept[1] < 0.99


def test_new_titles_go_to_the_nearest_field(model):
    engineering = model.predict(["Software Engineer"])[0]
    assert model.predict(["Senior Backend Software Engineer"])[0] == engineering
    assert model.transform(["Lead Software Engineer"]).shape == (1, 2)


# ------------------------------------------------------------- review loop
def _label(review, title):
    return int(review.predict([title])[0])


def test_review_tables(model):
    review = ClusterReview(model)
    table = review.clusters
    assert list(table.columns) == ["name", "category", "size", "n_titles", "top_terms", "examples"]
    assert table["size"].sum() == 2 * len(TITLES)
    members = review.members(_label(review, "ICU Nurse"))
    assert set(NETWORK["health"]) <= set(members["title"]) and (members["count"] == 2).all()


def test_review_rename_assign_merge_split(model):
    review = ClusterReview(model)
    nurses, sales = _label(review, "ICU Nurse"), _label(review, "Account Executive")
    engineers = _label(review, "Software Engineer")
    review.rename(nurses, "Nursing").assign([nurses, sales], "Clients")
    review.merge([sales, engineers], name="Go-to-market and tech")
    annotated = review.annotate(pd.Series(["Registered Nurse", "Backend Developer", None], index=[7, 8, 9]))
    assert annotated.loc[7, "name"] == "Nursing" and annotated.loc[7, "category"] == "Clients"
    assert annotated.loc[8, "name"] == "Go-to-market and tech" and annotated.loc[8, "category"] == "Clients"
    assert annotated.loc[9, "label"] == -1
    assert len(review.clusters) == model.n_clusters_ - 1
    before = len(review.clusters)
    review.split(sales, n=2)
    assert len(review.clusters) == before + 1
    assert _label(review, "Account Executive") != _label(review, "Software Engineer")
    with pytest.raises(KeyError, match="no cluster 99"):
        review.rename(99, "x")


def test_review_survives_a_newer_export(tmp_path, model):
    review = ClusterReview(model)
    nurses, sales = _label(review, "ICU Nurse"), _label(review, "Account Executive")
    marketing = _label(review, "Marketing Manager")
    review.rename(nurses, "Nursing").assign(nurses, "Healthcare clients")
    review.merge([sales, marketing], name="Revenue team").assign(sales, "Go-to-market")
    path = review.save(tmp_path / "clusters.yaml")

    newer = list(reversed(TITLES)) * 3 + ["Staff Nurse", "Account Manager", "Growth Marketing Manager"]
    refit = TitleClusterer(n_clusters=7, random_state=42).fit(newer)
    again = ClusterReview.load(path, refit)
    names = again.annotate(["Charge Nurse", "Enterprise Account Executive", "Brand Manager", "Staff Nurse"])
    assert names["name"].tolist() == ["Nursing", "Revenue team", "Revenue team", "Nursing"]
    assert names["category"].tolist() == ["Healthcare clients", "Go-to-market", "Go-to-market",
                                          "Healthcare clients"]
    assert set(again.matches_["rule"]) <= {"shared titles", "top terms", "carved out", "new"}
    assert ClusterReview(model).apply(refit).annotate(["ICU Nurse"])["name"].iloc[0] != "Nursing"


def test_review_load_rejects_other_files(tmp_path, model):
    path = tmp_path / "other.yaml"
    path.write_text("just: a mapping\n")
    with pytest.raises(ValueError, match="not a saved cluster review"):
        ClusterReview.load(path, model)


# ------------------------------------------------- a real-sized network
# Nine fields of invented titles, 400 contacts: the automatic choice must not
# merge unrelated occupations, and names must say what most members do.
BIG = dict(NETWORK, legal=["Attorney", "Associate Attorney", "Paralegal", "General Counsel"],
           recruiting=["Recruiter", "Technical Recruiter", "Talent Acquisition Partner", "Sourcer"],
           teaching=["High School Teacher", "Math Teacher", "Teacher", "Substitute Teacher"])


@pytest.fixture(scope="module")
def network():
    rng = np.random.default_rng(0)
    fields = list(BIG)
    sizes = rng.integers(25, 70, len(fields))
    rows = [(field, str(rng.choice(BIG[field]))) for field, n in zip(fields, sizes) for _ in range(n)]
    table = pd.DataFrame(rows, columns=["field", "title"])
    return table, TitleClusterer(random_state=0).fit(table["title"])


def test_automatic_k_does_not_merge_occupations(network):
    table, est = network
    assert est.n_clusters_ >= len(BIG) - 1
    purity = pd.crosstab(est.labels_, table["field"]).pipe(lambda t: t.max(axis=1).sum() / t.to_numpy().sum())
    assert purity >= 0.9


def test_names_say_what_most_members_do(network):
    table, est = network
    for field, word in [("health", "nurse"), ("legal", "attorney"), ("teaching", "teacher")]:
        label = pd.Series(est.labels_[table["field"] == field]).mode()[0]
        assert est.cluster_names_[label].startswith(word) or f"/ {word}" in est.cluster_names_[label], field


def test_candidate_ks_start_at_the_well_populated_functions():
    from netlib.clustering._clusterer import _candidate_ks, well_populated_functions

    function = np.array(["Sales", "Legal", "Healthcare Services", "Unknown", "Legal"])
    assert well_populated_functions(function, np.array([50, 1, 30, 40, 1])) == 2  # Legal: 2 contacts
    assert well_populated_functions(function, np.array([50, 2, 300, 40, 2])) == 2  # Legal: 4 of 394 < 2%
    assert _candidate_ks(200, 450, 13, 30)[0] == 13
    assert _candidate_ks(200, 450, 13, 30)[-1] == 21  # sqrt of the contacts
    assert _candidate_ks(40, 40, 10, 30) == [6]  # never above sqrt(n)


def test_map_spreads_clusters_and_is_reproducible(network):
    table, est = network
    centres = est._layout.centers_2d_
    extent = np.ptp(est.embedding_, axis=0).max()
    gaps = np.linalg.norm(centres[:, None] - centres[None], axis=-1)[np.triu_indices(len(centres), 1)]
    assert gaps.min() >= 0.08 * extent
    # each contact sits nearer its own centre than any other
    nearest = np.argmin(np.linalg.norm(est.embedding_[:, None] - centres[None], axis=-1), axis=1)
    assert (nearest == est.labels_).all()
    again = TitleClusterer(random_state=0).fit(table["title"])
    np.testing.assert_allclose(again.embedding_, est.embedding_)


def test_merge_candidates(network):
    _, est = network
    review = ClusterReview(est)
    pairs = review.merge_candidates(top=3)
    assert list(pairs.columns) == ["label_a", "name_a", "label_b", "name_b", "similarity"]
    assert len(pairs) == 3 and pairs["similarity"].is_monotonic_decreasing
    k = est.n_clusters_
    assert len(review.merge_candidates(top=1000)) == k * (k - 1) // 2
    first = pairs.iloc[0]
    assert first["name_a"] == review.clusters.loc[first["label_a"], "name"]
    centres = review._summary()[3]
    unit = centres / np.linalg.norm(centres, axis=1, keepdims=True)
    assert first["similarity"] == pytest.approx(np.max((unit @ unit.T)[np.triu_indices(k, 1)]), abs=1e-4)
    merged = review.merge([first["label_a"], first["label_b"]])
    assert len(merged.merge_candidates(top=1000)) == (k - 1) * (k - 2) // 2
    with pytest.raises(ValueError, match="top"):
        review.merge_candidates(top=0)


def test_function_purity():
    from netlib.clustering._clusterer import function_purity

    labels = np.array([0, 0, 0, 1, 1])
    function = np.array(["Sales", "Sales", "Legal", "Legal", "Unknown"], dtype=object)
    assert function_purity(labels, function, np.ones(5)) == pytest.approx(3 / 4)  # Unknown not counted
    assert function_purity(labels, np.array(["Unknown"] * 5, dtype=object), np.ones(5)) == 1.0


# ------------------------------------------------- type of work, coherence
def test_soc_major_groups_tell_types_of_work_apart():
    from netlib.titles._soc import soc_major_groups

    titles = ["registered nurse", "nursing assistant", "office clerk", "data scientist / physician",
              "physician, data scientist", "dm me", "", None]
    majors, onehot = soc_major_groups(titles)
    found = [majors[row.argmax()] if row.any() else None for row in onehot]
    assert found == ["29", "31", "43", "15", "29", None, None, None]
    assert onehot.shape == (len(titles), len(majors)) and set(onehot.ravel()) <= {0.0, 1.0}


def test_soc_weight_adds_the_type_of_work():
    titles = ["Registered Nurse", "Nursing Assistant"] + TITLES
    plain = TitleClusterer(n_clusters=6, random_state=0).fit(titles).embed(titles)
    typed = TitleClusterer(n_clusters=6, random_state=0, soc_weight=2.0).fit(titles).embed(titles)
    # nurse and nursing assistant: same job function, different SOC major groups
    assert typed[0] @ typed[1] < plain[0] @ plain[1] - 0.05


def test_titles_that_say_nothing_about_work_are_unplaced():
    titles = TITLES + ["DM me", "Retired", "--"]
    est = TitleClusterer(random_state=0).fit(titles)
    assert est.labels_[-3:].tolist() == [-1, -1, -1]
    assert (est.labels_[:len(TITLES)] >= 0).all()
    assert est.cluster_sizes_.sum() == len(TITLES)
    assert np.isnan(est.embedding_[-3:]).all() and not np.isnan(est.embedding_[:len(TITLES)]).any()
    assert est.predict(["Retired", "Happily retired", "Registered Nurse"]).tolist()[:2] == [-1, -1]
    assert est.predict(titles).tolist() == est.labels_.tolist()
    review = ClusterReview(est)
    assert review.annotate(["DM me"])["name"].tolist() == [NO_TITLE]


def test_only_titles_saying_nothing_are_still_clustered():
    est = TitleClusterer(random_state=0).fit(["DM me", "Retired", "--", "DM me"])
    assert (est.labels_ >= 0).all() and (est.predict(["Retired"]) >= 0).all()


def test_mixed_clusters_are_split_by_function_and_tiny_ones_merged():
    from netlib.clustering._clusterer import separate_functions

    # cluster 0: 6 data scientists + 4 physicians; 1 and 2: marketing; 3: one more marketer
    function = np.array(["Research"] * 6 + ["Healthcare Services"] * 4 + ["Marketing"] * 9, dtype=object)
    labels = np.array([0] * 10 + [1] * 4 + [2] * 4 + [3])
    embedding = np.eye(19)[:, :7] + 0.01
    weights, soc = np.ones(19), np.full(19, -1)
    new, centers = separate_functions(labels, embedding, weights, function, soc, max_clusters=30)
    groups = pd.Series(function).groupby(new).agg(lambda f: sorted(set(f)))
    assert sorted(map(tuple, groups)) == [("Healthcare Services",), ("Marketing",), ("Marketing",), ("Research",)]
    assert len(centers) == 4 and np.bincount(new).min() >= 4  # the lone marketer joined a marketing cluster
    # a bound below the kinds merges the most similar, of one kind first
    new, centers = separate_functions(labels, embedding, weights, function, soc, max_clusters=3)
    assert len(np.unique(new)) == len(centers) == 3
    assert sorted(map(tuple, pd.Series(function).groupby(new).agg(lambda f: sorted(set(f))))) == [
        ("Healthcare Services",), ("Marketing",), ("Research",)]
    new, centers = separate_functions(labels, embedding, weights, function, soc, max_clusters=2)
    assert len(np.unique(new)) == len(centers) == 2


def test_sample_clusters_are_function_pure():
    import netlib
    from netlib.clustering._clusterer import _is_mixed, _table
    from netlib.titles import categorize

    titles = netlib.load(netlib.sample_path()).connections["position"]
    est = TitleClusterer(random_state=0).fit(titles)
    names = [name for name in est.cluster_names_ if "dm me" in name or "data scientist / physician" in name]
    assert not names
    function = categorize(titles.fillna(""))["function"].to_numpy(dtype=object)
    placed = est.labels_ >= 0
    codes, _ = pd.factorize(pd.Series(function[placed]).mask(lambda f: f == "Unknown"))
    counts = _table(est.labels_[placed], codes, np.ones(placed.sum()), est.n_clusters_, codes.max() + 1)
    assert not _is_mixed(counts).any()
