"""Build netlib's default learned title model from the bundled lexicon.

The lexicon (``netlib/titles/data/functions.yaml`` plus the singular SOC
occupation titles from ``soc_occupations.csv`` through netlib's
``soc_functions.csv`` crosswalk) is both the rule table and the training set:
each phrase is an example of its function; no network is needed. A logistic
regression on character 3-4-grams learns word shapes ("-ologist", "therap",
"engineer") so that titles with no lexicon word still get a function.
The result is written as plain JSON (vocabulary, idf, weights), so it loads
with any scikit-learn version.

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
from netlib.titles._rules import load_rules  # noqa: E402

NGRAM_RANGE = (3, 4)
MAX_FEATURES = 6000
C = 4.0
DECIMALS = 4


def training_set(rules):
    """(phrase, function id) pairs: every lexicon phrase with a clear function.

    The default rules hold the curated lexicon (``functions.yaml``) and the
    singular SOC occupation titles (``soc_occupations.csv`` through netlib's
    ``soc_functions.csv`` crosswalk); both are examples here.
    """
    texts, labels = [], []
    for words, (_, weights) in sorted(rules.functions.items()):
        if not weights:
            continue
        fid, weight = max(weights.items(), key=lambda kv: (kv[1], -kv[0]))
        if weight >= 0.5:
            texts.append(" ".join(words))
            labels.append(fid)
    return texts, labels


def build(rules=None):
    """The model as a JSON-ready dict (deterministic for a given lexicon)."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    rules = load_rules() if rules is None else rules
    texts, labels = training_set(rules)
    vectorizer = TfidfVectorizer(
        analyzer="char_wb", ngram_range=NGRAM_RANGE, sublinear_tf=True, max_features=MAX_FEATURES
    )
    X = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(X, labels)
    vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    return {
        "about": "netlib title fallback model; built by scripts/build_title_model.py from functions.yaml and the SOC titles",
        "ngram_range": list(NGRAM_RANGE),
        "vocabulary": vocabulary,
        "idf": np.round(vectorizer.idf_, DECIMALS).tolist(),
        "coef": np.round(model.coef_, DECIMALS).tolist(),
        "intercept": np.round(model.intercept_, DECIMALS).tolist(),
        "classes": [int(c) for c in model.classes_],
        "n_examples": len(texts),
    }


def write(model, path=MODEL_PATH):
    with gzip.GzipFile(path, "wb", mtime=0) as handle:
        handle.write(json.dumps(model, separators=(",", ":")).encode("utf-8"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare with the shipped model")
    args = parser.parse_args()
    model = build()
    if args.check:
        with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as handle:
            same = json.load(handle) == json.loads(json.dumps(model))
        print("shipped model is up to date" if same else "shipped model differs: rebuild it")
        return 0 if same else 1
    write(model)
    print(f"wrote {MODEL_PATH} ({model['n_examples']} examples, {len(model['vocabulary'])} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
