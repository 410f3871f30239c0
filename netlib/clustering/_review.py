"""``ClusterReview``: look at clusters, fix them, save the fixes, re-apply them.

A review holds a fitted :class:`TitleClusterer` and, for each distinct title,
the reviewed cluster it belongs to. Edits (rename, merge, split, assign to
your own categories) change that table; ``save`` writes each cluster's name,
category, top terms and most common member titles to a small YAML file.

Re-applying a saved review to a model fitted on a newer export matches
clusters **by content, not by number** (numbers change with every fit):

1. For a new cluster, count its contacts whose title the saved file lists,
   per saved cluster. When at least a quarter of the new cluster's contacts
   have a listed title, it takes the saved cluster that holds most of
   them, provided that is at least half of the listed ones.
2. Otherwise it takes the saved cluster whose top terms are most similar
   (cosine of term weights, at least 0.5), or stays new.
3. New clusters that take the same saved cluster are merged (that saved
   cluster was one group for you). A saved cluster that no new cluster
   took, but whose listed titles sit inside one, is carved out of it title
   by title, so splits survive too.
Matched clusters get the saved name and category; the rest keep their
automatic names. ``matches_`` says what happened to each new cluster.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import yaml
from sklearn.cluster import KMeans
from sklearn.utils.validation import check_is_fitted

from ._clusterer import NO_TITLE, TitleClusterer, describe, unique_names
from ._similarity import merge_candidates

__all__ = ["ClusterReview"]

FORMAT = "netlib-cluster-review/1"
MAX_SAVED_TITLES = 100  # most common member titles saved per cluster
MIN_KNOWN_SHARE, MIN_MAJORITY, MIN_TERM_COSINE = 0.25, 0.5, 0.5


def _term_cosine(a: dict, b: dict) -> float:
    shared = set(a) & set(b)
    dot = sum(a[t] * b[t] for t in shared)
    norm = np.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


class ClusterReview:
    """Review, edit, save and re-apply the clusters of a fitted :class:`TitleClusterer`.

    Every edit returns the review, so edits chain.

    Parameters
    ----------
    model : TitleClusterer
        A fitted clusterer. Labels start as its labels and names as its
        ``cluster_names_``; categories start empty.

    Attributes
    ----------
    matches_ : DataFrame or None
        After :meth:`apply`: per new cluster, the saved cluster it took (if
        any), the share of its contacts with a saved title, and the rule used.
    unmatched_ : list of str
        After :meth:`apply`: saved clusters found nowhere in the new model.

    Examples
    --------
    >>> from netlib import TitleClusterer, ClusterReview
    >>> titles = ["Software Engineer", "Data Engineer", "Registered Nurse", "ICU Nurse"]
    >>> review = ClusterReview(TitleClusterer(n_clusters=2, random_state=0).fit(titles))
    >>> label = int(review.predict(["ICU Nurse"])[0])
    >>> review = review.rename(label, "Nursing").assign(label, "Healthcare")
    >>> review.annotate(["Registered Nurse"])[["name", "category"]].iloc[0].tolist()
    ['Nursing', 'Healthcare']
    """

    def __init__(self, model):
        check_is_fitted(model, "cluster_centers_")
        self.model = model
        self._titles = pd.DataFrame({"title": model.titles_, "count": model.title_counts_,
                                     "label": model.title_labels_})
        self._clusters = pd.DataFrame({"name": list(model.cluster_names_), "category": None,
                                       "top_terms": list(model.top_terms_)},
                                      index=pd.RangeIndex(model.n_clusters_, name="label"))
        self.matches_, self.unmatched_ = None, []

    # ------------------------------------------------------------------ views
    @property
    def clusters(self) -> pd.DataFrame:
        """One row per cluster: name, category, contacts, distinct titles, top terms, examples."""
        by_label = self._titles.sort_values("count", ascending=False, kind="stable").groupby("label")
        table = self._clusters.assign(
            size=by_label["count"].sum(), n_titles=by_label.size(),
            examples=by_label["title"].apply(lambda t: ", ".join(t.head(3))),
        )
        table["top_terms"] = table["top_terms"].map(lambda terms: ", ".join(list(terms)[:5]))
        return table[["name", "category", "size", "n_titles", "top_terms", "examples"]]

    def members(self, label=None) -> pd.DataFrame:
        """Distinct titles with their contact count, label, name and category, most common first."""
        table = self._titles.join(self._clusters[["name", "category"]], on="label")
        if label is not None:
            table = table[table["label"] == self._check(label)]
        return table.sort_values(["label", "count"], ascending=[True, False], kind="stable",
                                 ignore_index=True)

    def predict(self, titles) -> np.ndarray:
        """Reviewed cluster of each title: known titles keep their reviewed
        cluster, new ones take that of the most similar known title; -1 for none."""
        known = dict(zip(self._titles["title"], self._titles["label"]))
        embedding = self.model.embed(titles)
        raw = pd.Series(np.asarray(titles, dtype=object).ravel(), dtype=object)
        key = raw.where(raw.notna(), "").astype(str).str.split().str.join(" ")
        labels = key.map(known)
        todo = labels.isna().to_numpy() & (key != "").to_numpy()
        if todo.any():
            nearest = np.argmax(embedding[todo] @ self.model._title_embedding.T, axis=1)
            labels[todo] = self._titles["label"].to_numpy()[nearest]
        return labels.fillna(-1).astype(int).to_numpy()

    def annotate(self, titles) -> pd.DataFrame:
        """``label``, ``name`` and ``category`` of each title (index kept for a Series)."""
        labels = self.predict(titles)
        index = titles.index if isinstance(titles, pd.Series) else None
        names = self._clusters["name"].to_dict() | {-1: NO_TITLE}
        categories = self._clusters["category"].to_dict() | {-1: None}
        return pd.DataFrame({"label": labels, "name": [names[x] for x in labels],
                             "category": [categories[x] for x in labels]}, index=index)

    def _summary(self):
        """Labels, names, top terms and centres (weighted mean of member titles), for the figures."""
        labels = list(self._clusters.index)
        embedding, weights = self.model._title_embedding, self._titles["count"].to_numpy(float)
        centers = np.vstack([np.average(embedding[mask], axis=0, weights=weights[mask])
                             for mask in (self._titles["label"].to_numpy() == x for x in labels)])
        return labels, list(self._clusters["name"]), list(self._clusters["top_terms"]), centers

    def merge_candidates(self, top=5) -> pd.DataFrame:
        """Pairs of clusters most worth merging: the ``top`` most similar
        (cosine of their centres), most similar first.

        Columns: ``label_a``, ``name_a``, ``label_b``, ``name_b``, ``similarity``;
        pass a row's labels to :meth:`merge` if the two belong together.

        Examples
        --------
        >>> from netlib import TitleClusterer, ClusterReview
        >>> titles = ["Software Engineer", "Backend Developer", "Data Engineer",
        ...           "Registered Nurse", "ICU Nurse", "Charge Nurse"]
        >>> review = ClusterReview(TitleClusterer(n_clusters=3, random_state=0).fit(titles))
        >>> pairs = review.merge_candidates(top=2)
        >>> list(pairs.columns)
        ['label_a', 'name_a', 'label_b', 'name_b', 'similarity']
        >>> len(pairs), bool(pairs["similarity"].is_monotonic_decreasing)
        (2, True)
        """
        return merge_candidates(self, top)

    def _annotate(self, titles):
        table = self.annotate(titles)
        return table["label"].to_numpy(), table["name"].tolist()

    # ------------------------------------------------------------------ edits
    def _check(self, label):
        if label not in self._clusters.index:
            raise KeyError(f"no cluster {label!r}; clusters are {list(self._clusters.index)!r}")
        return label

    def rename(self, label, name):
        """Give cluster ``label`` the name ``name``."""
        self._clusters.loc[self._check(label), "name"] = str(name)
        return self

    def assign(self, label, category):
        """Put cluster ``label`` (or a list of labels) in your own ``category``."""
        for one in np.atleast_1d(label).tolist():
            self._clusters.loc[self._check(one), "category"] = category
        return self

    def merge(self, labels, name=None):
        """Merge ``labels`` into the first one, named ``name`` (default: the largest's name)."""
        labels = [self._check(label) for label in labels]
        if len(labels) < 2:
            return self
        sizes = self._titles.groupby("label")["count"].sum()
        keep = labels[0]
        if name is None:
            name = self._clusters.loc[max(labels, key=lambda x: sizes.get(x, 0)), "name"]
        self._titles.loc[self._titles["label"].isin(labels), "label"] = keep
        self._clusters = self._clusters.drop(labels[1:])
        return self._describe([keep]).rename(keep, name)

    def split(self, label, n=2):
        """Split cluster ``label`` in ``n`` with k-means on its titles; the
        first part keeps the label, the others get new labels."""
        members = self._titles.index[self._titles["label"] == self._check(label)]
        n = min(int(n), len(members))
        if n < 2:
            return self
        km = KMeans(n, n_init=3, random_state=self.model.random_state)
        parts = km.fit_predict(self.model._title_embedding[members],
                               sample_weight=self._titles.loc[members, "count"].to_numpy(float))
        new = [label] + list(range(self._clusters.index.max() + 1, self._clusters.index.max() + n))
        self._titles.loc[members, "label"] = np.asarray(new)[parts]
        for extra in new[1:]:
            self._add_cluster(extra, self._clusters.loc[label, "category"])
        return self._describe(new, rename=True)

    def _add_cluster(self, label, category=None):
        row = pd.DataFrame({"name": [None], "category": [category], "top_terms": [{}]},
                           index=pd.Index([label], name="label"))
        self._clusters = pd.concat([self._clusters, row])

    def _describe(self, labels, rename=False):
        """Recompute top terms (and automatic names) of ``labels`` from their titles."""
        model, rows = self.model, self._titles["label"].isin(labels).to_numpy()
        codes, uniques = pd.factorize(self._titles.loc[rows, "label"])
        terms, names = describe(model._featurizer, model._table.text[rows], codes,
                                self._titles.loc[rows, "count"].to_numpy(float), len(uniques), model.n_terms)
        for label, these in zip(uniques, terms):
            self._clusters.at[label, "top_terms"] = these
        if rename:
            names = unique_names(names)
            taken = set(self._clusters.drop(uniques)["name"])
            for label, name in zip(uniques, names):
                self._clusters.at[label, "name"] = name if name not in taken else f"{name} ({label})"
        return self

    # ------------------------------------------------------------ save / load
    def to_dict(self) -> dict:
        """The review as plain data: what :meth:`save` writes."""
        clusters = []
        for label, row in self._clusters.iterrows():
            members = self._titles[self._titles["label"] == label].nlargest(MAX_SAVED_TITLES, "count")
            clusters.append({"name": row["name"], "category": row["category"],
                             "size": int(members["count"].sum()),
                             "top_terms": {str(t): float(w) for t, w in row["top_terms"].items()},
                             "titles": {str(t): int(c) for t, c in zip(members["title"], members["count"])}})
        return {"format": FORMAT, "clusters": clusters}

    def save(self, path):
        """Write the review to ``path`` as YAML (readable and editable by hand)."""
        Path(path).write_text(yaml.safe_dump(self.to_dict(), sort_keys=False, allow_unicode=True),
                              encoding="utf-8")
        return Path(path)

    @classmethod
    def load(cls, path, model):
        """Read a saved review and apply it to ``model`` (see :meth:`apply`)."""
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError(f"{str(path)!r} is not a saved cluster review (format {FORMAT!r})")
        return cls(model)._apply_saved(data["clusters"])

    def apply(self, model):
        """This review's names and categories, carried over to another fitted ``model``.

        Returns a new :class:`ClusterReview` of ``model``; clusters are matched
        by content (see the module notes), never by number.
        """
        return type(self)(model)._apply_saved(self.to_dict()["clusters"])

    def _apply_saved(self, saved):
        owner = {}  # title -> index of the saved cluster listing it
        for i, cluster in enumerate(saved):
            for title in cluster["titles"]:
                owner.setdefault(title, i)
        known = self._titles.assign(saved=self._titles["title"].map(owner))
        overlap = known.dropna(subset=["saved"]).pivot_table(
            index="label", columns="saved", values="count", aggfunc="sum", fill_value=0)
        rows = []
        for label in self._clusters.index:
            total = known.loc[known["label"] == label, "count"].sum()
            counts = overlap.loc[label] if label in overlap.index else pd.Series(dtype=float)
            share, best, rule = counts.sum() / total, None, "new"
            if share >= MIN_KNOWN_SHARE and counts.max() >= MIN_MAJORITY * counts.sum():
                best, rule = int(counts.idxmax()), "shared titles"
            else:
                cosines = [_term_cosine(self._clusters.at[label, "top_terms"], c["top_terms"]) for c in saved]
                if cosines and max(cosines) >= MIN_TERM_COSINE:
                    best, rule = int(np.argmax(cosines)), "top terms"
            rows.append({"label": label, "saved": best, "known_share": round(float(share), 3), "rule": rule})
        matches = pd.DataFrame(rows).set_index("label")
        self._carve_out(saved, matches, known)
        for index, group in matches.dropna(subset=["saved"]).groupby("saved"):
            labels = [label for label in group.index if label in self._clusters.index]
            cluster = saved[int(index)]
            self.merge(labels).rename(labels[0], cluster["name"]).assign(labels[0], cluster["category"])
        taken = set(matches["saved"].dropna().astype(int))
        matches["saved"] = matches["saved"].map(lambda i: None if pd.isna(i) else saved[int(i)]["name"])
        self.matches_ = matches
        self.unmatched_ = [c["name"] for i, c in enumerate(saved) if i not in taken]
        return self

    def _carve_out(self, saved, matches, known):
        """Saved clusters no new cluster took get their listed titles back, if any are here."""
        taken = set(matches["saved"].dropna().astype(int))
        for index in sorted(set(range(len(saved))) - taken):
            rows = known.index[known["saved"] == index]
            if len(rows) == 0:
                continue
            label = int(self._clusters.index.max()) + 1
            donors = set(self._titles.loc[rows, "label"])
            self._titles.loc[rows, "label"] = label
            self._add_cluster(label)
            emptied = donors - set(self._titles["label"])
            self._clusters = self._clusters.drop(sorted(emptied))
            matches.drop(sorted(emptied), inplace=True)
            self._describe(sorted(donors - emptied) + [label])
            matches.loc[label] = [index, 1.0, "carved out"]
