"""Accuracy of ``netlib.categorize`` on a hand-labelled set of invented titles.

The labelled set lives in ``tests/data/labelled_titles.csv`` (see the README
beside it). It is a measurement set, written without looking at the
categorizer. The data-quality tests check the CSV itself and always run; the
accuracy tests are skipped until ``netlib.categorize`` exists.

Print the figures with::

    .venv/bin/python tests/test_title_accuracy.py
"""

import csv
from collections import Counter
from importlib import import_module
from pathlib import Path

import pytest

import netlib

DATA = Path(__file__).parent / "data" / "labelled_titles.csv"
COLUMNS = ["title", "function", "seniority", "is_recruiter", "note"]
LANGUAGES = ("es", "fr", "de", "pt", "it")

MIN_ROWS = 400
MIN_PER_FUNCTION = 8
MIN_PER_SENIORITY = 10
MIN_RECRUITERS = 50
MIN_RECRUITER_NEGATIVES = 40
MIN_NON_ENGLISH = 30

MIN_FUNCTION_ACCURACY = 0.90
MIN_SENIORITY_ACCURACY = 0.90
MIN_RECRUITER_PRECISION = 0.97
MIN_RECRUITER_RECALL = 0.97
MAX_EXAMPLES = 15


# --------------------------------------------------------------------------- helpers


def load_labels(path=DATA):
    """Rows of the labelled set as dicts; ``|``-joined labels become sets.

    Read with the csv module, not pandas, so titles such as ``N/A`` stay text.
    """
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames
        rows = list(reader)
    for row in rows:
        row["functions"] = set(row["function"].split("|"))
        row["seniorities"] = set(row["seniority"].split("|"))
        row["recruiter"] = row["is_recruiter"] == "true"
    return header, rows


def _as_bool(value):
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes"}
    return bool(value)


def predict(rows):
    """Run ``netlib.categorize`` once over every title; one dict per row."""
    categorize = netlib.categorize
    frame = categorize([row["title"] for row in rows])
    assert len(frame) == len(rows), (
        f"categorize returned {len(frame)} rows for {len(rows)} titles"
    )
    frame = frame.reset_index(drop=True)
    return [
        {
            "function": str(frame.at[i, "function"]),
            "seniority": str(frame.at[i, "seniority"]),
            "is_recruiter": _as_bool(frame.at[i, "is_recruiter"]),
        }
        for i in range(len(frame))
    ]


def _accuracy(rows, preds, key, labels):
    misses = [
        (row["title"], row[key], pred[key])
        for row, pred in zip(rows, preds)
        if pred[key] not in row[labels]
    ]
    return 1 - len(misses) / len(rows), misses


def measure(rows, preds):
    """Function/seniority accuracy, recruiter precision/recall, and the misses."""
    function_acc, function_misses = _accuracy(rows, preds, "function", "functions")
    seniority_acc, seniority_misses = _accuracy(rows, preds, "seniority", "seniorities")
    fp = [
        (row["title"], "false", "true")
        for row, pred in zip(rows, preds)
        if pred["is_recruiter"] and not row["recruiter"]
    ]
    fn = [
        (row["title"], "true", "false")
        for row, pred in zip(rows, preds)
        if row["recruiter"] and not pred["is_recruiter"]
    ]
    tp = sum(row["recruiter"] and pred["is_recruiter"] for row, pred in zip(rows, preds))
    return {
        "n": len(rows),
        "function_accuracy": function_acc,
        "function_misses": function_misses,
        "seniority_accuracy": seniority_acc,
        "seniority_misses": seniority_misses,
        "recruiter_precision": tp / (tp + len(fp)) if tp + len(fp) else 0.0,
        "recruiter_false_positives": fp,
        "recruiter_recall": tp / (tp + len(fn)) if tp + len(fn) else 0.0,
        "recruiter_false_negatives": fn,
    }


def summary(figures):
    return (
        f"n={figures['n']}  "
        f"function {figures['function_accuracy']:.3f}  "
        f"seniority {figures['seniority_accuracy']:.3f}  "
        f"recruiter precision {figures['recruiter_precision']:.3f}  "
        f"recall {figures['recruiter_recall']:.3f}"
    )


def explain(name, value, minimum, misses):
    lines = [f"{name} = {value:.3f} (needs >= {minimum}); {len(misses)} misses, e.g.:"]
    lines += [
        f"  {title!r}: expected {expected!r}, got {got!r}"
        for title, expected, got in misses[:MAX_EXAMPLES]
    ]
    return "\n".join(lines)


def _categorizer_available():
    # Skip only when the function is not there yet; any other import error surfaces.
    return hasattr(import_module("netlib.titles"), "categorize")


# --------------------------------------------------------------------------- data quality


@pytest.fixture(scope="module")
def labelled():
    header, rows = load_labels()
    assert header == COLUMNS, f"columns are {header!r}, expected {COLUMNS!r}"
    return rows


def test_enough_rows(labelled):
    assert len(labelled) >= MIN_ROWS, f"only {len(labelled)} rows"


def test_labels_are_taxonomy_names(labelled):
    functions = set(netlib.FUNCTIONS.values())
    seniorities = set(netlib.SENIORITIES.values())
    bad = [
        (row["title"], row["function"], row["seniority"])
        for row in labelled
        if not row["functions"] <= functions or not row["seniorities"] <= seniorities
    ]
    assert not bad, f"labels outside the taxonomy: {bad[:MAX_EXAMPLES]}"


def test_recruiter_flag_is_boolean_text(labelled):
    bad = [row["title"] for row in labelled if row["is_recruiter"] not in {"true", "false"}]
    assert not bad, f"is_recruiter must be 'true' or 'false': {bad[:MAX_EXAMPLES]}"


def test_titles_unique_and_clean(labelled):
    titles = [row["title"] for row in labelled]
    dup = sorted(t for t, n in Counter(titles).items() if n > 1)
    assert not dup, f"duplicate titles: {dup}"
    messy = [t for t in titles if not t or t != t.strip()]
    assert not messy, f"empty or padded titles: {messy}"


def test_every_row_has_a_note(labelled):
    bad = [row["title"] for row in labelled if not row["note"].strip()]
    assert not bad, f"rows without a note: {bad[:MAX_EXAMPLES]}"


def test_every_function_covered(labelled):
    counts = Counter(f for row in labelled for f in row["functions"])
    thin = {
        name: counts[name]
        for name in netlib.FUNCTIONS.values()
        if name != "Unknown" and counts[name] < MIN_PER_FUNCTION
    }
    assert not thin, f"functions with fewer than {MIN_PER_FUNCTION} rows: {thin}"


def test_every_seniority_covered(labelled):
    counts = Counter(s for row in labelled for s in row["seniorities"])
    thin = {
        name: counts[name]
        for name in netlib.SENIORITIES.values()
        if name != "Unknown" and counts[name] < MIN_PER_SENIORITY
    }
    assert not thin, f"seniorities with fewer than {MIN_PER_SENIORITY} rows: {thin}"


def test_recruiters_and_hard_negatives(labelled):
    recruiters = [row for row in labelled if row["recruiter"]]
    negatives = [row for row in labelled if "recruiter-negative" in row["note"]]
    assert len(recruiters) >= MIN_RECRUITERS, f"only {len(recruiters)} recruiters"
    assert len(negatives) >= MIN_RECRUITER_NEGATIVES, f"only {len(negatives)} hard negatives"
    wrong = [row["title"] for row in negatives if row["recruiter"]]
    assert not wrong, f"rows noted recruiter-negative but labelled recruiter: {wrong}"


def test_non_english_titles(labelled):
    langs = Counter(
        part.split(":", 1)[1]
        for row in labelled
        for part in row["note"].split(";")
        if part.startswith("lang:")
    )
    assert sum(langs.values()) >= MIN_NON_ENGLISH, f"only {sum(langs.values())} non-English rows"
    missing = [lang for lang in LANGUAGES if langs[lang] == 0]
    assert not missing, f"no titles in {missing}"


# --------------------------------------------------------------------------- accuracy


@pytest.fixture(scope="module")
def figures(labelled):
    if not _categorizer_available():
        pytest.skip("netlib.categorize is not implemented yet")
    result = measure(labelled, predict(labelled))
    print("\ntitle accuracy:", summary(result))
    return result


def test_function_accuracy(figures):
    value = figures["function_accuracy"]
    assert value >= MIN_FUNCTION_ACCURACY, explain(
        "function accuracy", value, MIN_FUNCTION_ACCURACY, figures["function_misses"]
    )


def test_seniority_accuracy(figures):
    value = figures["seniority_accuracy"]
    assert value >= MIN_SENIORITY_ACCURACY, explain(
        "seniority accuracy", value, MIN_SENIORITY_ACCURACY, figures["seniority_misses"]
    )


def test_recruiter_precision(figures):
    value = figures["recruiter_precision"]
    assert value >= MIN_RECRUITER_PRECISION, explain(
        "recruiter precision", value, MIN_RECRUITER_PRECISION,
        figures["recruiter_false_positives"],
    )


def test_recruiter_recall(figures):
    value = figures["recruiter_recall"]
    assert value >= MIN_RECRUITER_RECALL, explain(
        "recruiter recall", value, MIN_RECRUITER_RECALL, figures["recruiter_false_negatives"]
    )


if __name__ == "__main__":
    _, rows = load_labels()
    if not _categorizer_available():
        raise SystemExit("netlib.categorize is not implemented yet")
    preds = predict(rows)
    result = measure(rows, preds)
    print(summary(result))
    print()
    print(explain("function accuracy", result["function_accuracy"],
                  MIN_FUNCTION_ACCURACY, result["function_misses"]))
    print(explain("seniority accuracy", result["seniority_accuracy"],
                  MIN_SENIORITY_ACCURACY, result["seniority_misses"]))
    print(explain("recruiter precision", result["recruiter_precision"],
                  MIN_RECRUITER_PRECISION, result["recruiter_false_positives"]))
    print(explain("recruiter recall", result["recruiter_recall"],
                  MIN_RECRUITER_RECALL, result["recruiter_false_negatives"]))
    print("\nfunction accuracy by first-listed label:")
    by_function = {}
    for row, pred in zip(rows, preds):
        key = row["function"].split("|")[0]
        hit = pred["function"] in row["functions"]
        total, hits = by_function.get(key, (0, 0))
        by_function[key] = (total + 1, hits + hit)
    for key, (total, hits) in sorted(by_function.items(), key=lambda kv: kv[1][1] / kv[1][0]):
        print(f"  {key:35s} {hits:4d}/{total:<4d} {hits / total:.2f}")
