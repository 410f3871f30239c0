"""Clean raw titles and headlines into normalized parts, many at a time.

All titles are joined into one text, one title per line, so that each clean-up
step is a single regular-expression pass in C rather than a Python call per
title. The text comes out lower-case ASCII, with accents folded, abbreviations
expanded on whole words, "Director of X" turned into "X director", headline
noise ("Open to work", "ex-Meta", " at Company") removed and headline parts
separated by ``|``.
"""

import re
import unicodedata
from functools import lru_cache

import numpy as np

__all__ = ["MAX_CHARS", "to_strings", "split_parts"]

#: Longer input is cut to this many characters before anything else.
MAX_CHARS = 200

_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_FOLD = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
_APOSTROPHES = "\u2018\u2019\u02bc\u00b4`"
_HYPHENS = "\u2010\u2011\u2012\u00ad"
_LETTER_DOT = re.compile(r"(?<=[a-z])\.(?![a-z0-9]*\()")
_APOSTROPHE_S = re.compile(r"'s\b")
_SPACES = re.compile(r"[ \t]+")
_BARS = re.compile(r"[ ,.&/:'+\-]*\|[ ,.&/:'+\-|]*")
_EDGES = re.compile(r"(?m)^[ ,.&/:'+\-|]+|[ ,.&/:'+\-|]+$")

# "director of marketing" -> "marketing director"; the object stops at punctuation.
_OF_HEADS = (
    "director|directors|manager|head|vice president|president|dean|professor|lecturer|teacher|"
    "officer|supervisor|coordinator|specialist|consultant|lead|leader|chair|analyst|engineer|"
    "administrator|superintendent|commissioner|secretary|editor|curator|counsel|instructor|"
    "associate|assistant|executive|representative|advisor|adviser|controller|architect|"
    "strategist|owner|partner|scientist|researcher|designer|developer|technician|planner"
)
_OF = re.compile(
    rf"(?m)(?<![a-z0-9])({_OF_HEADS}) "
    r"(?:of|for) (?:the )?((?:(?! - )[^|\n,;()@:])+?)[ \t]*(?=$|[|,;()@:]| - )"
)


def to_strings(values):
    """Plain strings from anything: non-strings become ``""``, long ones are cut.

    >>> to_strings(["Sr. Engineer", None, float("nan"), 42, "x" * 500])[-1] == "x" * 200
    True
    """
    return [v[:MAX_CHARS] if isinstance(v, str) else "" for v in values]


def _fold_run(match):
    """Fold one run of non-ASCII characters: accents off, symbols become breaks."""
    out = []
    for char in unicodedata.normalize("NFKD", match.group()):
        if char.isascii():
            out.append(char)
        elif char in _FOLD:
            out.append(_FOLD[char])
        elif char in _APOSTROPHES:
            out.append("'")
        elif char in _HYPHENS:
            out.append("-")
        else:
            category = unicodedata.category(char)
            if category.startswith("M"):
                continue
            # other scripts are not read (yet): a space; emoji and symbols: a break
            out.append(" " if category[0] in "LN" else " | " if category != "Zs" else " ")
    return "".join(out)


@lru_cache(maxsize=8)
def _compiled(rules):
    """Regexes built from a :class:`TitleRules` (cached per rules object)."""
    abbreviations = sorted(rules.abbreviations, key=len, reverse=True)
    alternation = "|".join(re.escape(a.rstrip(".")) for a in abbreviations)
    abbreviation = re.compile(rf"(?<![a-z0-9])(?:{alternation})\.?(?![a-z0-9+#])")
    lookup = {a.rstrip("."): e for a, e in rules.abbreviations.items()}
    steps = []
    for pattern, action in rules.headline:
        if action == "cut":
            steps.append((re.compile(rf"(?m)(?:{pattern})[^|\n]*"), " | "))
        elif action == "break":
            steps.append((re.compile(rf"(?m){pattern}"), " | "))
        elif action == "drop":
            steps.append((re.compile(rf"(?m){pattern}"), " "))
        else:
            raise ValueError(f"unknown headline action: got {action!r}")
    return abbreviation, lookup, steps


def _expand(text, abbreviation, lookup):
    def repl(match):
        word = match.group()
        return lookup.get(word.rstrip("."), word)

    return abbreviation.sub(repl, text)


def clean_text(strings, rules):
    """One normalized line per input string, parts separated by ``|``.

    >>> from netlib.titles._rules import load_rules
    >>> clean_text(["Sr. Director of Sales @ Acme | ex-Meta"], load_rules())
    ['senior sales director']
    """
    abbreviation, lookup, steps = _compiled(rules)
    text = "\n".join(strings)
    text = _CONTROL.sub(" ", text)
    if text.count("\n") != max(len(strings) - 1, 0):
        text = "\n".join(s.replace("\n", " ") for s in _CONTROL.sub(" ", "\x00".join(strings)).split("\x00"))
        text = _CONTROL.sub(" ", text)
    text = text.lower()
    if not text.isascii():
        text = _NON_ASCII.sub(_fold_run, text).lower()
    for pattern, replacement in steps:
        text = pattern.sub(replacement, text)
    text = _LETTER_DOT.sub(" ", text)
    text = _APOSTROPHE_S.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _expand(text, abbreviation, lookup)
    text = _OF.sub(r"\2 \1", text)
    text = _SPACES.sub(" ", text)
    text = _BARS.sub("|", text)
    text = _EDGES.sub("", text)
    lines = text.split("\n")
    if len(lines) != len(strings):  # pragma: no cover - guarded by the control-char pass
        raise RuntimeError("title text lost its line structure")
    return lines


def split_parts(lines):
    """Headline parts of each line, and the index of the line each part came from.

    >>> parts, owner = split_parts(["founder|ceo", "nurse"])
    >>> parts, owner.tolist()
    (['founder', 'ceo', 'nurse'], [0, 0, 1])
    """
    text = "\n".join(lines)
    data = np.frombuffer(text.encode("ascii", "replace"), dtype=np.uint8)
    seps = data[(data == 10) | (data == 124)]
    owner = np.concatenate([[0], np.cumsum(seps == 10)]).astype(np.int64)
    parts = text.replace("|", "\n").split("\n")
    return parts, owner
