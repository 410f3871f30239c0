"""``categorize`` and ``normalize_title``: job titles to LinkedIn categories."""

import re
from functools import lru_cache

import numpy as np
import pandas as pd

from ._normalize import clean_text, split_parts, to_strings
from ._rules import load_rules
from ._scoring import compile_rules, score_parts
from ._taxonomy import FUNCTIONS, SENIORITIES

__all__ = ["categorize", "normalize_title", "COLUMNS"]

#: Output columns of :func:`categorize`, in order.
COLUMNS = [
    "title",
    "title_clean",
    "role",
    "function",
    "function_id",
    "seniority",
    "seniority_id",
    "is_recruiter",
    "confidence",
    "evidence",
]
_ENTRY = 3
_FUNCTION_NAMES = np.array([FUNCTIONS[i] for i in range(len(FUNCTIONS))], dtype=object)
_SENIORITY_NAMES = np.array([SENIORITIES[i] for i in range(len(SENIORITIES))], dtype=object)


@lru_cache(maxsize=8)
def _strip_pattern(strip_words):
    words = sorted(strip_words, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![a-z0-9])(?:{alternation})(?![a-z0-9])")


def _first_best(owner, value, n_titles):
    """Per title, the first part with the largest ``value``."""
    n = len(owner)
    key = value.astype(np.int64) * (n + 1) - np.arange(n)
    order = np.lexsort((key, owner))
    last = np.ones(n, dtype=bool)
    last[:-1] = owner[order][1:] != owner[order][:-1]
    best = np.zeros(n_titles, dtype=np.int64)
    best[owner[order][last]] = order[last]
    return best


def _roles(clean, strip_words):
    """``clean`` titles without pure seniority words ("senior", "vp", "intern")."""
    pattern = _strip_pattern(strip_words)
    text = pattern.sub(" ", "\n".join(clean))
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"(?m)^[ ,&/\-]+|[ ,&/\-]+$", "", text)
    roles = np.array(text.split("\n"), dtype=object)
    empty = roles == ""
    roles[empty] = np.asarray(clean, dtype=object)[empty]
    return roles


def _quoted(phrases, rows):
    """``'phrase'`` for each row (``""`` for -1)."""
    texts = np.array([""] + ["'" + " ".join(p) + "'" for p in phrases], dtype=object)
    return texts[rows + 1]


def _analyze(strings, rules):
    """Categorize distinct, already-coerced strings; a dict of column arrays."""
    compiled = compile_rules(rules)
    lines = clean_text(strings, rules)
    parts, owner = split_parts(lines)
    ev = score_parts(parts, compiled)
    n = len(strings)
    scores = ev["scores"]
    top = scores.max(axis=1)
    has_function = top > 0
    has_seniority = ev["seniority"] > 0
    non_empty = np.fromiter((len(p) > 0 for p in parts), dtype=bool, count=len(parts))
    rank = 3 * has_function + 2 * has_seniority + non_empty
    chosen = _first_best(owner, rank, n)
    senior_part = _first_best(owner, has_seniority, n)

    part_scores = scores[chosen]
    function_id = np.where(has_function[chosen], part_scores.argmax(axis=1), 0)
    ordered = np.sort(part_scores, axis=1)
    first, second = ordered[:, -1], ordered[:, -2]
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(first > 0, first / (first + second), 0.0)
    confidence = np.round(share * (1 - np.exp(-2 * first)), 3)

    s_part = np.where(has_seniority[chosen], chosen, senior_part)
    seniority_id = ev["seniority"][s_part].astype(np.int64)
    s_phrase = np.where(seniority_id > 0, ev["seniority_phrase"][s_part], -1)
    default_entry = (seniority_id == 0) & (function_id > 0)
    seniority_id[default_entry] = _ENTRY

    recruiter_part = _first_best(owner, ev["recruiter"], n)
    is_recruiter = ev["recruiter"][recruiter_part]
    clean = np.array(parts, dtype=object)[chosen]

    phrases = compiled.index.phrases
    f_text = _quoted(phrases, np.where(function_id > 0, ev["function_phrase"][chosen], -1))
    s_text = _quoted(phrases, s_phrase)
    r_text = _quoted(phrases, np.where(is_recruiter, ev["recruiter_phrase"][recruiter_part], -1))
    f_names = _FUNCTION_NAMES[function_id]
    s_names = _SENIORITY_NAMES[seniority_id]
    evidence = np.where(function_id > 0, f_text + " -> " + f_names, "no function words")
    evidence = evidence + np.where(
        s_phrase >= 0, "; " + s_text + " -> " + s_names, np.where(default_entry, "; no seniority words -> Entry", "")
    )
    evidence = evidence + np.where(is_recruiter, "; " + r_text + " -> recruiter", "")
    return {
        "title_clean": clean,
        "role": _roles(clean, compiled.strip_words),
        "function": f_names,
        "function_id": function_id,
        "seniority": s_names,
        "seniority_id": seniority_id,
        "is_recruiter": is_recruiter,
        "confidence": confidence,
        "evidence": evidence,
    }


def _as_values(titles):
    """Values and index of ``titles`` (a list, array, Series or a single string)."""
    if isinstance(titles, str) or titles is None or np.ndim(titles) == 0:
        titles = [titles]
    if isinstance(titles, pd.Series):
        return list(titles.array), titles.index
    values = list(titles)
    return values, pd.RangeIndex(len(values))


def _categorize_values(values, rules):
    strings = to_strings(values)
    codes, uniques = pd.factorize(np.array(strings, dtype=object))
    columns = _analyze(list(uniques) or [""], rules)
    return {name: np.asarray(col)[codes] for name, col in columns.items()}


def categorize(titles, classifier=None, rules=None):
    """Categorize job titles or LinkedIn headlines into LinkedIn's taxonomies.

    Each distinct title is analysed once: normalized (abbreviations expanded,
    headline noise removed), matched against the rule tables for function,
    seniority and recruiter words, and explained.

    Parameters
    ----------
    titles : list, array or Series of str
        Titles or headlines; ``None``, NaN, numbers and empty strings give
        ``Unknown`` with confidence 0.
    classifier : TitleClassifier, optional
        A fitted :class:`netlib.TitleClassifier`; adds ``category`` and
        ``category_confidence`` columns with your own categories.
    rules : TitleRules, optional
        Rule tables from :func:`netlib.titles.load_rules`, possibly edited.

    Returns
    -------
    DataFrame
        One row per input (index aligned with a Series' index) with columns
        ``title, title_clean, role, function, function_id, seniority,
        seniority_id, is_recruiter, confidence, evidence``.

    Examples
    --------
    >>> from netlib import categorize
    >>> df = categorize(["Sr. Software Engineer @ Acme", "Talent Acquisition Partner", None])
    >>> df["function"].tolist()
    ['Engineering', 'Human Resources', 'Unknown']
    >>> df["seniority"].tolist(), df["is_recruiter"].tolist()
    (['Senior', 'Entry', 'Unknown'], [False, True, False])
    >>> df.loc[0, "role"]
    'software engineer'
    >>> print(df.loc[0, "evidence"])
    'software engineer' -> Engineering; 'senior' -> Senior
    """
    values, index = _as_values(titles)
    rules = load_rules() if rules is None else rules
    columns = _categorize_values(values, rules)
    frame = pd.DataFrame({"title": pd.Series(values, index=index, dtype=object)}, index=index)
    for name in COLUMNS[1:]:
        frame[name] = columns[name]
    if classifier is not None:
        category, confidence = classifier._predict_with_confidence(values, frame)
        frame["category"] = category
        frame["category_confidence"] = confidence
    return frame


def normalize_title(title):
    """Normalize a title or headline: the cleaned title that ``categorize`` reads.

    Lower case, accents folded, abbreviations expanded on whole words (Sr,
    Mgr, VP, HR, ...), "Director of X" turned into "X director", headline
    decorations (`` at Company``, ``| taglines``, emojis, "Open to work",
    "ex-Meta") removed; for a headline, the first part that names a job.

    Parameters
    ----------
    title : str, or list / array / Series of str
        Bad values (None, NaN, numbers) give ``""``.

    Returns
    -------
    str, list of str, or Series aligned with the input Series

    Examples
    --------
    >>> from netlib import normalize_title
    >>> normalize_title("Sr. Dir. of Mktg @ Acme | ex-Google 🚀")
    'senior marketing director'
    >>> normalize_title(["Open to Work | Admin Asst", None])
    ['administrative assistant', '']
    """
    scalar = isinstance(title, str) or title is None or np.ndim(title) == 0
    values, index = _as_values(title)
    clean = _categorize_values(values, load_rules())["title_clean"]
    if scalar:
        return str(clean[0])
    if isinstance(title, pd.Series):
        return pd.Series(clean, index=index, name=title.name, dtype=object)
    return [str(c) for c in clean]
