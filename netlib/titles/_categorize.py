"""``categorize`` and ``normalize_title``: job titles to LinkedIn categories."""

import re
from functools import lru_cache

import numpy as np
import pandas as pd

from ._fallback import MIN_PROBABILITY, predict_proba
from ._normalize import clean_lines, normalize_parts, replace_sequences, split_parts, to_strings
from ._rules import load_rules
from ._scoring import compile_rules, complete_truncated, score_parts
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
_TRAINING = 2
_RECRUITING_FUNCTIONS = [0, 12]  # Unknown, Human Resources
_RECRUITING_TOPIC_FUNCTIONS = [0, 9, 12]  # and Entrepreneurship: "Owner, Acme Recruitment"
#: The learned fallback's probability is scaled by this: it is a guess, not a rule.
FALLBACK_CONFIDENCE = 0.6
#: Lexicon evidence below this lets the learned model vote, with its probabilities
#: times FALLBACK_WEIGHT: a title with no function-bearing head noun ("xyz specialist",
#: "hotel xyz"), or with a single head noun and nothing else, where the model trained
#: on the occupation title corpus knows more than the head-noun rule. Two role phrases,
#: or a role phrase with topics, outvote it.
STRONG_EVIDENCE = 2.0
FALLBACK_WEIGHT = 3.0
#: A headline part of seniority words only whose lexicon evidence is below this
#: ("partner", "board member": a shared guess, not a full-weight role) names no job
#: in :func:`_part_rank`.
NAMES_THE_JOB = 1.0
#: Bonus of a headline's first part in :func:`_part_rank`: people write their job first.
FIRST_PART = 3
#: Against some lexicon evidence the model needs at least this probability to change the
#: answer: an unsure model ("assistant manager", "team lead") leaves the lexicon's guess.
BLEND_MIN_PROBABILITY = 0.2
_FUNCTION_NAMES = np.array([FUNCTIONS[i] for i in range(len(FUNCTIONS))], dtype=object)
_SENIORITY_NAMES = np.array([SENIORITIES[i] for i in range(len(SENIORITIES))], dtype=object)


@lru_cache(maxsize=8)
def _strip_tables(strip_words):
    single = {w for w in strip_words if " " not in w}
    multi = {}
    for phrase in sorted((w for w in strip_words if " " in w), key=len, reverse=True):
        first, *rest = phrase.split(" ")
        multi.setdefault(first, []).append((rest, ""))
    return single, multi


def _first_best(owner, value, n_titles):
    """Per title, the index of its first part with the largest ``value``.

    ``owner`` (the title of each part) is sorted and every title has a part.
    """
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    value = np.asarray(value, dtype=np.int64)
    best = np.maximum.reduceat(value, starts)
    candidate = np.where(value == best[owner], np.arange(len(owner)), len(owner))
    return np.minimum.reduceat(candidate, starts)


def _roles(clean, strip_words):
    """``clean`` titles without pure seniority words ("senior", "vp", "intern");
    a title of such words only ("senior vice president") stays whole."""
    single, multi = _strip_tables(strip_words)
    chunks = "\n".join(clean).replace("\n", " \n ").split(" ")
    replace_sequences(chunks, multi)
    kept = " ".join([c for c in chunks if c not in single and c])
    roles = np.array([r.strip(" ,&/-") for r in kept.split("\n")], dtype=object)
    empty = roles == ""
    roles[empty] = np.asarray(clean, dtype=object)[empty]
    return roles


def _part_rank(has_role, function_id, seniority_id, weak_bare, clean, hiring):
    """How surely each headline part is the person's job; the title takes its best part
    (with :data:`FIRST_PART` added to its first part) for the function.

    A part with a head noun of the lexicon (a role) counts most, then seniority words
    and any other function evidence (topics, the learned model), then being first:
    "Legal Developer | Speaker | Author" is the developer's, "Python | Senior Engineer"
    the engineer's, "Python | SQL | Data Analyst" the analyst's. A part of seniority
    words only with a weak guess ("partner" -> Consulting) names no function, so
    "Attorney | Partner at X" is the attorney's (its seniority still comes from
    "partner"). A hiring part ("Hiring for data engineers") is not the person's job.
    """
    found = (function_id > 0) & ~weak_bare
    named = found & has_role
    return (8 * named + 4 * (found & ~named) + 4 * (seniority_id > 0) + (clean != "")) * ~hiring


def _describe_parts(parts, compiled, explain=True):
    """Function, seniority, recruiter and (if ``explain``) evidence text of each distinct part."""
    ev = score_parts(parts, compiled)
    scores = ev["scores"]
    ordered = np.sort(scores, axis=1)
    first, second = ordered[:, -1], ordered[:, -2]
    function_id = np.where(first > 0, scores.argmax(axis=1), 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(first > 0, first / (first + second), 0.0)
    confidence = np.round(share * (1 - np.exp(-2 * first)), 3)
    if explain:
        f_text = compiled.quoted[np.where(function_id > 0, ev["function_phrase"], -1) + 1]
        f_evidence = np.where(function_id > 0, f_text + " -> " + _FUNCTION_NAMES[function_id], "no function words")
    seniority_id = ev["seniority"].astype(np.int64)
    clean = np.array(parts, dtype=object)

    # weak lexicon evidence (no words, generic heads, topics only): the learned model votes too
    from_lexicon = function_id > 0
    lexicon_function = function_id.copy()  # recruiter rules read the lexicon, not the model
    role = _roles(parts, compiled.strip_words)
    # a title of seniority words only ("managing director", "vice president") names no
    # function: the model is not asked (it would read "director" as a film director)
    bare = np.array([r in compiled.seniority_phrases for r in role], dtype=bool)
    weak = np.flatnonzero((first < STRONG_EVIDENCE) & (clean != "") & ~bare)
    if len(weak):
        # seniority words say nothing of the function: the model reads each distinct role once
        codes, distinct = pd.factorize(role[weak])
        probability = predict_proba(list(distinct), scores.shape[1])[codes]
        blended = scores[weak] + FALLBACK_WEIGHT * probability
        guessed = np.where(blended.max(axis=1) > 0, blended.argmax(axis=1), 0)
        top = probability[np.arange(len(weak)), guessed]
        # with some lexicon evidence the blend decides; with none the model must be sure
        sure = (top >= MIN_PROBABILITY) | (from_lexicon[weak] & (top >= BLEND_MIN_PROBABILITY))
        changed = (guessed != function_id[weak]) & (guessed > 0) & sure
        rows = weak[changed]
        function_id[rows] = guessed[changed]
        from_lexicon[rows] = False
        confidence[rows] = np.round(top[changed] * FALLBACK_CONFIDENCE, 3)
        if explain:
            f_evidence[rows] = "character n-grams -> " + _FUNCTION_NAMES[guessed[changed]] + " (learned fallback)"
    out = {
        "clean": clean,
        "role": role,
        "function_id": function_id,
        "lexicon_function": lexicon_function,
        "confidence": confidence,
        "seniority_id": seniority_id,
        # recruiting topics count when recruiting is the job ("Engineer, Recruiting Platform" is not)
        "is_recruiter": ev["recruiter"]
        | (ev["recruiting_topic"] & np.isin(lexicon_function, _RECRUITING_TOPIC_FUNCTIONS)),
        "is_hiring": ev["hiring"],
        # a hiring part ("Hiring for data engineers") is not the person's own job
        "bare": bare,
        "rank": _part_rank(ev["has_role"], function_id, seniority_id, bare & (first < NAMES_THE_JOB), clean,
                           ev["hiring"]),
    }
    if explain:
        s_text = compiled.quoted[ev["seniority_phrase"] + 1]
        out["f_evidence"] = f_evidence
        out["s_evidence"] = np.where(seniority_id > 0, "; " + s_text + " -> " + _SENIORITY_NAMES[seniority_id], "")
        out["r_evidence"] = "; " + compiled.quoted[ev["recruiter_phrase"] + 1] + " -> recruiter"
    return out


def _analyze(strings, rules, explain=True):
    """Categorize distinct, already-coerced strings; a dict of column arrays.

    Headline parts repeat much more than whole headlines (companies and
    taglines differ), so the work is done once per distinct part.
    """
    compiled = compile_rules(rules)
    raw_parts, owner = split_parts(clean_lines(strings, rules))
    codes, distinct = pd.factorize(np.array(raw_parts, dtype=object))
    d = _describe_parts(complete_truncated(normalize_parts(list(distinct), rules), compiled), compiled, explain)
    n = len(strings)
    rank = d["rank"][codes]
    rank = rank + FIRST_PART * ((rank > 0) & np.r_[True, owner[1:] != owner[:-1]])
    chosen = codes[_first_best(owner, rank, n)]
    senior = codes[_first_best(owner, d["seniority_id"][codes] > 0, n)]
    recruiter = codes[_first_best(owner, 2 * d["is_recruiter"][codes] + d["is_hiring"][codes], n)]

    function_id = d["function_id"][chosen]
    s_part = np.where(d["seniority_id"][chosen] > 0, chosen, senior)
    # a part that only says intern or student ("Intern - Growth Architect") is the level
    in_training = (d["seniority_id"] == _TRAINING) & d["bare"]
    trainee = codes[_first_best(owner, in_training[codes], n)]
    s_part = np.where(in_training[trainee], trainee, s_part)
    seniority_id = d["seniority_id"][s_part]
    default_entry = (seniority_id == 0) & (function_id > 0)
    seniority_id = np.where(default_entry, _ENTRY, seniority_id)
    # a hiring headline is a recruiter's only when it names no other job ("Hiring! DM me")
    hiring_only = d["is_hiring"][recruiter] & np.isin(d["lexicon_function"][chosen], _RECRUITING_FUNCTIONS)
    is_recruiter = d["is_recruiter"][recruiter] | hiring_only
    if explain:
        evidence = d["f_evidence"][chosen] + np.where(
            default_entry, "; no seniority words -> Entry", d["s_evidence"][s_part]
        )
        evidence = evidence + np.where(is_recruiter, d["r_evidence"][recruiter], "")
    else:  # callers that only need the categories (clustering) skip the text
        evidence = np.full(n, "", dtype=object)
    return {
        "title_clean": d["clean"][chosen],
        "role": d["role"][chosen],
        "function": _FUNCTION_NAMES[function_id],
        "function_id": function_id,
        "seniority": _SENIORITY_NAMES[seniority_id],
        "seniority_id": seniority_id,
        "is_recruiter": is_recruiter,
        "confidence": d["confidence"][chosen],
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


def _categorize_values(values, rules, explain=True):
    strings = to_strings(values)
    codes, uniques = pd.factorize(np.array(strings, dtype=object))
    columns = _analyze(list(uniques) or [""], rules, explain)
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
    frame = _frame(values, index, _categorize_values(values, rules))
    if classifier is not None:
        category, confidence = classifier._predict_with_confidence(values, frame)
        frame["category"] = category
        frame["category_confidence"] = confidence
    return frame


def categories(titles):
    """:func:`categorize` without the evidence text (``evidence`` is empty): for code
    that only needs the categories, such as the title clusterer."""
    values, index = _as_values(titles)
    return _frame(values, index, _categorize_values(values, load_rules(), explain=False))


def _frame(values, index, columns):
    """The output DataFrame of :func:`categorize`: the input titles, then :data:`COLUMNS`."""
    frame = pd.DataFrame({"title": pd.Series(values, index=index, dtype=object)}, index=index)
    for name in COLUMNS[1:]:
        frame[name] = columns[name]
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
