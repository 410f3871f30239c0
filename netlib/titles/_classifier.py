"""``TitleClassifier``: teach netlib your own categories of job titles."""

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted

from ._categorize import _as_values, _categorize_values
from ._rules import load_rules
from ._taxonomy import FUNCTIONS, SENIORITIES

__all__ = ["TitleClassifier"]


def _one_hot(ids, size):
    out = np.zeros((len(ids), size))
    out[np.arange(len(ids)), np.asarray(ids, dtype=int)] = 1.0
    return out


class TitleClassifier(ClassifierMixin, BaseEstimator):
    """Learn your own title categories from a few dozen labelled examples.

    The built-in categories are LinkedIn's functions and seniorities; your
    questions may need others ("investors", "agencies", "retail marketing
    peers"). Label some of your contacts' titles, fit, and predict the rest.
    The classifier reads the normalized title (word and character n-grams,
    TF-IDF) and, with ``use_defaults=True``, netlib's own function and
    seniority of each title as extra features, so a handful of examples per
    category goes a long way.

    Parameters
    ----------
    C : float, default=10.0
        Inverse regularization strength of the logistic regression.
    use_defaults : bool, default=True
        Add netlib's default function and seniority as features.
    defaults_weight : float, default=1.0
        Scale of those default features against the text features.
    ngram_range : tuple, default=(1, 2)
        Word n-grams of the normalized title.
    char_ngrams : bool, default=True
        Add character 3-5-grams (robust to spelling and truncation).
    class_weight : dict, "balanced" or None, default="balanced"
        Passed to :class:`~sklearn.linear_model.LogisticRegression`.
    random_state : int or None, default=None
        Seed passed to the solver; the same seed gives the same model.

    Attributes
    ----------
    classes_ : ndarray
        Your category labels, sorted.
    model_ : LogisticRegression
        The fitted linear model.
    word_vectorizer_, char_vectorizer_ : TfidfVectorizer
        The fitted text features (``char_vectorizer_`` is None without
        ``char_ngrams``).

    Examples
    --------
    Teach it three categories of your own from labelled titles:

    >>> from netlib import TitleClassifier, categorize
    >>> titles = [
    ...     "Partner at Sequoia Capital", "Venture Partner", "Angel Investor",
    ...     "Principal, Growth Equity", "Investment Associate, Venture Capital", "General Partner",
    ...     "Account Director, Ogilvy", "Creative Director at a branding agency", "Agency Owner",
    ...     "Media Planner, Publicis", "Account Manager, digital agency", "Strategy Director, Wieden",
    ...     "Brand Manager, Unilever", "Category Marketing Manager, Tesco", "Trade Marketing Lead",
    ...     "Retail Marketing Manager", "Shopper Marketing Director", "Head of Marketing, fashion retail",
    ... ]
    >>> labels = ["investors"] * 6 + ["agencies"] * 6 + ["retail marketing peers"] * 6
    >>> clf = TitleClassifier(random_state=0).fit(titles, labels)
    >>> clf.classes_.tolist()
    ['agencies', 'investors', 'retail marketing peers']
    >>> clf.predict(["Seed Investor", "Merchandising Marketing Manager"]).tolist()
    ['investors', 'retail marketing peers']

    Add your categories next to the defaults:

    >>> df = categorize(["VC Partner", "Brand Marketing Manager, Carrefour"], classifier=clf)
    >>> df[["function", "category"]].values.tolist()
    [['Finance', 'investors'], ['Marketing', 'retail marketing peers']]
    """

    def __init__(
        self,
        C=10.0,
        use_defaults=True,
        defaults_weight=1.0,
        ngram_range=(1, 2),
        char_ngrams=True,
        class_weight="balanced",
        random_state=None,
    ):
        self.C = C
        self.use_defaults = use_defaults
        self.defaults_weight = defaults_weight
        self.ngram_range = ngram_range
        self.char_ngrams = char_ngrams
        self.class_weight = class_weight
        self.random_state = random_state

    # -- features ---------------------------------------------------------
    def _columns(self, titles):
        values, _ = _as_values(titles)
        return _categorize_values(values, load_rules())

    def _features(self, columns, fit=False):
        import scipy.sparse as sp

        clean = [str(c) for c in columns["title_clean"]]
        if fit:
            self.word_vectorizer_.fit(clean)
            if self.char_vectorizer_ is not None:
                self.char_vectorizer_.fit(clean)
        blocks = [self.word_vectorizer_.transform(clean)]
        if self.char_vectorizer_ is not None:
            blocks.append(self.char_vectorizer_.transform(clean))
        if self.use_defaults:
            defaults = np.hstack(
                [
                    _one_hot(columns["function_id"], len(FUNCTIONS)),
                    _one_hot(columns["seniority_id"], len(SENIORITIES)),
                ]
            )
            blocks.append(sp.csr_matrix(defaults * self.defaults_weight))
        return sp.hstack(blocks, format="csr")

    # -- estimator API ----------------------------------------------------
    def fit(self, titles, labels):
        """Fit on titles and their labels (any hashable category names).

        Parameters
        ----------
        titles : list or Series of str
        labels : list or Series, same length

        Returns
        -------
        self
        """
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        labels = np.asarray(list(labels), dtype=object)
        values, _ = _as_values(titles)
        if len(values) != len(labels):
            raise ValueError(f"titles and labels differ in length: got {len(values)} and {len(labels)}")
        if len(set(labels.tolist())) < 2:
            raise ValueError(f"need at least two categories to learn: got {sorted(set(labels.tolist()))!r}")
        if not (isinstance(self.C, (int, float)) and self.C > 0):
            raise ValueError(f"C must be a positive number: got {self.C!r}")
        self.word_vectorizer_ = TfidfVectorizer(
            ngram_range=tuple(self.ngram_range), sublinear_tf=True, token_pattern=r"[a-z0-9]+"
        )
        self.char_vectorizer_ = (
            TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True) if self.char_ngrams else None
        )
        X = self._features(self._columns(values), fit=True)
        self.model_ = LogisticRegression(
            C=self.C, class_weight=self.class_weight, max_iter=2000, random_state=self.random_state
        )
        self.model_.fit(X, labels)
        self.classes_ = self.model_.classes_
        return self

    def predict_proba(self, titles):
        """Probability of each category (columns ordered as ``classes_``).

        Returns
        -------
        ndarray of shape (n_titles, n_classes)
        """
        check_is_fitted(self, "model_")
        return self.model_.predict_proba(self._features(self._columns(titles)))

    def predict(self, titles):
        """The most probable category of each title.

        Returns
        -------
        ndarray of shape (n_titles,)
        """
        proba = self.predict_proba(titles)
        return self.classes_[proba.argmax(axis=1)]

    def _predict_with_confidence(self, values, frame):
        """Categories and their probabilities for :func:`netlib.categorize`."""
        check_is_fitted(self, "model_")
        columns = {name: frame[name].to_numpy() for name in ("title_clean", "function_id", "seniority_id")}
        proba = self.model_.predict_proba(self._features(columns))
        return self.classes_[proba.argmax(axis=1)], np.round(proba.max(axis=1), 3)
