"""scikit-learn API tests for TitleClassifier, written by hand (text input)."""

import pickle

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError

from netlib import TitleClassifier, categorize

TITLES = [
    "Partner at Sequoia Capital", "Venture Partner", "Angel Investor", "Principal, Growth Equity",
    "Investment Associate, Venture Capital", "General Partner", "Seed Investor", "VC Associate",
    "Account Director, Ogilvy", "Creative Director, branding agency", "Agency Owner", "Media Planner, Publicis",
    "Account Manager, digital agency", "Strategy Director, creative agency", "Copywriter at an ad agency",
    "Brand Manager, Unilever", "Category Marketing Manager, Tesco", "Trade Marketing Lead",
    "Retail Marketing Manager", "Shopper Marketing Director", "Head of Marketing, fashion retail",
]
LABELS = ["investors"] * 8 + ["agencies"] * 7 + ["retail"] * 6


@pytest.fixture(scope="module")
def fitted():
    return TitleClassifier(random_state=0).fit(TITLES, LABELS)


def test_init_only_stores_params_and_clone_round_trips():
    clf = TitleClassifier(C=3.0, use_defaults=False, ngram_range=(1, 3), random_state=7)
    params = clf.get_params()
    assert params["C"] == 3.0 and params["ngram_range"] == (1, 3) and params["random_state"] == 7
    twin = clone(clf)
    assert twin.get_params() == params and twin is not clf
    assert not hasattr(twin, "classes_")


def test_fit_returns_self():
    clf = TitleClassifier(random_state=0)
    assert clf.fit(TITLES, LABELS) is clf


def test_not_fitted_error():
    with pytest.raises(NotFittedError):
        TitleClassifier().predict(["Venture Partner"])
    with pytest.raises(NotFittedError):
        categorize(["Venture Partner"], classifier=TitleClassifier())


def test_classes_and_probabilities(fitted):
    assert fitted.classes_.tolist() == ["agencies", "investors", "retail"]
    proba = fitted.predict_proba(["Angel investor", "Shopper marketing manager", None, ""])
    assert proba.shape == (4, 3)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    assert set(fitted.predict(TITLES)) <= set(fitted.classes_)


def test_learns_the_training_categories(fitted):
    assert np.mean(fitted.predict(TITLES) == np.array(LABELS)) >= 0.9
    assert fitted.predict(["Seed Investor at a fund", "Retail Marketing Director"]).tolist() == ["investors", "retail"]


def test_same_random_state_same_predictions():
    new = ["Growth equity principal", "Ad agency account executive", "Marketing lead, grocery retail"]
    a = TitleClassifier(random_state=1).fit(TITLES, LABELS).predict_proba(new)
    b = TitleClassifier(random_state=1).fit(TITLES, LABELS).predict_proba(new)
    np.testing.assert_array_equal(a, b)


def test_pickle_round_trip(fitted):
    twin = pickle.loads(pickle.dumps(fitted))
    np.testing.assert_array_equal(twin.predict_proba(TITLES), fitted.predict_proba(TITLES))


def test_categorize_adds_category_columns(fitted):
    df = categorize(["VC Partner", "Brand Marketing Manager, Carrefour", None], classifier=fitted)
    assert df["category"].tolist()[:2] == ["investors", "retail"]
    assert df["category_confidence"].between(0, 1).all()
    assert "function" in df.columns


@pytest.mark.parametrize("use_defaults, char_ngrams", [(False, False), (True, False), (False, True)])
def test_feature_options(use_defaults, char_ngrams):
    clf = TitleClassifier(use_defaults=use_defaults, char_ngrams=char_ngrams, random_state=0).fit(TITLES, LABELS)
    assert clf.predict(["Venture Partner"]).tolist() == ["investors"]


def test_bad_fit_arguments_are_quoted():
    with pytest.raises(ValueError, match="differ in length"):
        TitleClassifier().fit(TITLES, LABELS[:-1])
    with pytest.raises(ValueError, match="two categories"):
        TitleClassifier().fit(TITLES[:3], ["a"] * 3)
    with pytest.raises(ValueError, match="got -1"):
        TitleClassifier(C=-1).fit(TITLES, LABELS)
