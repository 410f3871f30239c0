"""Build netlib's default learned title model from the bundled lexicon.

The lexicon (``netlib/titles/data/functions.yaml`` plus the singular SOC
occupation titles from ``soc_occupations.csv`` through netlib's
``soc_functions.csv`` crosswalk) is both the rule table and the seed of the
training set. Each phrase is an example of its function, and a synthetic
corpus written here from general knowledge of how titles are built teaches
head-versus-modifier structure:

- a role with seniority words, level suffixes and settings ("senior nurse ii",
  "hospital pharmacist") keeps the role's function;
- a role after another function's topic ("marketing accountant") keeps the
  role's function: the head noun decides;
- a topic before a generic head ("payroll specialist", "inventory analyst")
  takes the topic's function.

Most examples come from ``occupation_titles.csv``, netlib's own corpus of
about 53,000 job titles (44,000 in English, 9,000 in es/fr/de/pt/it) written
occupation by occupation, each labelled with its SOC occupation's function
and normalized as titles are at run time.

A logistic regression on TF-IDF word 1-2-grams and character 2-5-grams
learns both word shapes ("-ologist", "therap") and word order. No network is
needed and nothing comes from evaluation data. The result is written as plain
JSON (vocabularies, idf, weights, and the scikit-learn version that built it),
so it loads with any scikit-learn version.

It also writes ``corpus_phrases.csv``: the corpus titles as role phrases, derived
once here so that loading the rules does not normalize 53,000 titles. The file
records a digest of its sources; when they change it is ignored (and the phrases
derived at load time) until this script is run again.

Usage: ``python scripts/build_title_model.py [--check]``
"""

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from netlib.titles._fallback import MODEL_PATH  # noqa: E402
from netlib.titles._rules import (DATA_DIR, corpus_titles, derive_corpus_phrases, load_rules,  # noqa: E402
                                  read_corpus_phrases, write_corpus_phrases)

FEATURES = [
    {"analyzer": "char_wb", "ngram_range": [2, 5], "max_features": 16000},
    {"analyzer": "word", "ngram_range": [1, 2], "max_features": 9000},
]
C = 10.0
#: Class weights of the logistic regression.
CLASS_WEIGHT = "balanced"
DECIMALS = 4
SEED = 0
#: Variants written per role phrase.
VARIANTS = 3

SENIORITY = ["senior", "junior", "lead", "principal", "staff", "chief", "head", "assistant", "associate",
             "entry level", "trainee", "apprentice", "master", "supervisory", "experienced", "certified"]
LEVEL = ["i", "ii", "iii", "iv", "1", "2", "3", "level 2", "grade 5"]
SETTING = ["hospital", "school", "warehouse", "bank", "retail", "clinic", "corporate", "county", "state", "city",
           "federal", "university", "home health", "residential", "community", "regional", "field", "plant",
           "store", "office", "district", "nonprofit", "government", "hotel", "restaurant", "manufacturing"]
#: Heads that name no function by themselves: the words before them decide.
GENERIC = ["specialist", "coordinator", "manager", "assistant", "associate", "analyst", "technician",
           "representative", "officer", "administrator", "supervisor", "director", "lead", "consultant",
           "clerk", "advisor", "aide", "worker", "agent"]


def _label(weights):
    fid, weight = max(weights.items(), key=lambda kv: (kv[1], -kv[0]))
    return fid if weight >= 0.5 else None


def training_set(rules, variants=VARIANTS, seed=SEED):
    """(text, function id) pairs: lexicon phrases and synthetic titles built from them."""
    import numpy as np

    rng = np.random.default_rng(seed)
    texts, labels = [], []
    roles, topics = [], []
    for words, (kind, weights) in sorted(rules.functions.items()):
        if not weights:
            continue
        fid = _label(weights)
        if fid is None:
            continue
        text = " ".join(words)
        texts.append(text)
        labels.append(fid)
        (roles if kind == "role" else topics).append((text, fid))
    # a role keeps its function under seniority, level, setting and other functions' topics
    topic_texts = [t for t, _ in topics]
    for text, fid in roles:
        for _ in range(variants):
            kind = rng.integers(4)
            if kind == 0:
                variant = f"{SENIORITY[rng.integers(len(SENIORITY))]} {text}"
            elif kind == 1:
                variant = f"{text} {LEVEL[rng.integers(len(LEVEL))]}"
            elif kind == 2:
                variant = f"{SETTING[rng.integers(len(SETTING))]} {text}"
            else:
                variant = f"{topic_texts[rng.integers(len(topic_texts))]} {text}"
            texts.append(variant)
            labels.append(fid)
    # a topic before a generic head takes the topic's function
    for text, fid in topics:
        for head in rng.choice(GENERIC, size=min(variants + 1, len(GENERIC)), replace=False):
            texts.append(f"{text} {head}")
            labels.append(fid)
    return texts, labels


def lexicon_rules():
    """The default rules without the corpus phrases: the corpus joins the training set as
    whole titles (:func:`corpus_set`), so it is not varied synthetically a second time."""
    from dataclasses import replace

    from netlib.titles._rules import _read_functions, _read_occupations

    functions = {**_read_occupations(DATA_DIR), **_read_functions(DATA_DIR / "functions.yaml")}
    return replace(load_rules(), functions=functions)


def corpus_set(folder=DATA_DIR):
    """(normalized title, function id) pairs from the occupation title corpus.

    Titles are normalized as at run time, by the rule tables alone (not by
    the model being built), and keep their first part; occupations the
    crosswalk leaves out are skipped.
    """
    pairs = sorted({(text, fid) for fid, text, _ in corpus_titles(folder, load_rules()) if text})
    return [t for t, _ in pairs], [f for _, f in pairs]


def _vectorizers():
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    return [
        TfidfVectorizer(analyzer=f["analyzer"], ngram_range=tuple(f["ngram_range"]), max_features=f["max_features"],
                        sublinear_tf=True, norm=None, dtype=np.float64)
        for f in FEATURES
    ]


def build(rules=None):
    """The model as a JSON-ready dict (deterministic for a given lexicon and scikit-learn)."""
    import numpy as np
    import scipy.sparse as sp
    import sklearn
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import normalize

    rules = lexicon_rules() if rules is None else rules
    texts, labels = training_set(rules)
    corpus_texts, corpus_labels = corpus_set()
    texts, labels = texts + corpus_texts, labels + corpus_labels
    vectorizers = _vectorizers()
    X = normalize(sp.hstack([v.fit_transform(texts) for v in vectorizers]).tocsr())
    model = LogisticRegression(C=C, max_iter=3000, class_weight=CLASS_WEIGHT).fit(X, labels)
    features = []
    for spec, v in zip(FEATURES, vectorizers):
        vocabulary = sorted(v.vocabulary_, key=v.vocabulary_.get)
        features.append({"analyzer": spec["analyzer"], "ngram_range": spec["ngram_range"], "vocabulary": vocabulary,
                         "idf": np.round(v.idf_, DECIMALS).tolist()})
    return {
        "about": "netlib title fallback model; built by scripts/build_title_model.py from functions.yaml, "
                 "the SOC titles, synthetic variants of them and occupation_titles.csv",
        "sklearn_version": sklearn.__version__,
        "features": features,
        "coef": np.round(model.coef_, DECIMALS).tolist(),
        "intercept": np.round(model.intercept_, DECIMALS).tolist(),
        "classes": [int(c) for c in model.classes_],
        "n_examples": len(texts),
    }


def write(model, path=MODEL_PATH):
    with gzip.GzipFile(path, "wb", mtime=0) as handle:
        handle.write(json.dumps(model, separators=(",", ":")).encode("utf-8"))


def corpus_phrases(folder=DATA_DIR):
    """The corpus role phrases, derived from the folder's files (see ``derive_corpus_phrases``)."""
    return derive_corpus_phrases(folder, load_rules(folder))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare with the shipped files")
    args = parser.parse_args()
    phrases = corpus_phrases()
    model = build()
    if args.check:
        with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as handle:
            same_model = json.load(handle) == json.loads(json.dumps(model))
        same_phrases = read_corpus_phrases(DATA_DIR) == phrases
        for name, same in [("model", same_model), ("corpus phrase table", same_phrases)]:
            print(f"shipped {name} is up to date" if same else f"shipped {name} differs: rebuild it")
        return 0 if same_model and same_phrases else 1
    write_corpus_phrases(DATA_DIR, phrases)
    print(f"wrote {DATA_DIR / 'corpus_phrases.csv'} ({len(phrases)} phrases)")
    write(model)
    n_features = sum(len(f["vocabulary"]) for f in model["features"])
    print(f"wrote {MODEL_PATH} ({model['n_examples']} examples, {n_features} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
