"""Clean raw titles and headlines into normalized parts, many at a time.

All titles are joined into one text, one title per line, so that each clean-up
step is a single regular-expression pass in C rather than a Python call per
title. The text comes out lower-case ASCII, with accents folded, abbreviations
expanded on whole words, "Director of X" turned into "X director", headline
noise ("Open to work", "ex-Meta", " at Company") removed and headline parts
separated by ``|``.
"""

import codecs
import re
import unicodedata
from functools import lru_cache

import numpy as np

__all__ = ["MAX_CHARS", "to_strings", "split_parts"]

#: Longer input is cut to this many characters before anything else.
MAX_CHARS = 200

_FOLD = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
_APOSTROPHES = "\u2018\u2019\u02bc\u00b4`"
_HYPHENS = "\u2010\u2011\u2012\u00ad"
# ASCII clean-up in one C pass: control characters and tabs become spaces, ";" a part break
_ASCII = str.maketrans({**{chr(i): " " for i in range(32) if i != 10}, "\x7f": " ", ";": "|", "`": "'", ".": " ", **dict.fromkeys("()[]{}*!?\"", " ")})
_CUT = "\x01"
_GLUE = "\x02"
_SPACES = re.compile(r"  +")
_PART_EDGES = " ,.&/:'+-#*!?\"_~=<>[]{}"
_CACHE_LIMIT = 200_000

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


def _fold_chars(chars):
    """Fold non-ASCII characters: accents off, other scripts to spaces, symbols to breaks."""
    out = []
    for char in unicodedata.normalize("NFKD", chars):
        if char.isascii():
            out.append(char.lower())
        elif char in _FOLD:
            out.append(_FOLD[char])
        elif char in _APOSTROPHES:
            out.append("'")
        elif char in _HYPHENS:
            out.append("-")
        else:
            category = unicodedata.category(char)
            if category[0] == "M":
                continue
            # other scripts are not read (yet): a space; emoji and symbols: a break
            out.append(" " if category[0] in "LNZC" else " | ")
    return "".join(out)


def _fold_error(error):
    """Codec error handler: ``str.encode`` calls it only for runs of non-ASCII text."""
    return _fold_chars(error.object[error.start : error.end]), error.end


codecs.register_error("netlib.fold", _fold_error)


class _Compiled:
    """Regexes and look-up tables built from one :class:`TitleRules`."""

    def __init__(self, rules):
        abbreviations = sorted(rules.abbreviations, key=len, reverse=True)
        alternation = "|".join(re.escape(a.rstrip(".")) for a in abbreviations)
        self.abbreviation = re.compile(rf"(?<![a-z0-9])(?:{alternation})\.?(?![a-z0-9+#])")
        self.lookup = {a.rstrip("."): e for a, e in rules.abbreviations.items()}
        self.multi = {}
        for abbreviation, expansion in rules.abbreviations.items():
            words = abbreviation.split()
            if len(words) > 1:
                self.multi.setdefault(words[0], []).append((words[1:], expansion))
        for options in self.multi.values():
            options.sort(key=lambda o: -len(o[0]))
        replacement = {"company": " " + _CUT, "break": " | ", "drop": " ", "cut": " " + _CUT}
        self.early, self.late = [], []
        for literal, action in sorted(rules.headline, key=lambda r: (r[1] == "cut", -len(r[0]))):
            if action not in replacement:
                raise ValueError(f"unknown headline action: got {action!r}")
            step = (literal, replacement[action])
            (self.early if action in ("company", "break") else self.late).append(step)
        self.cache = {}
        # posting noise: single words dropped, phrases blanked; "keep" phrases are glued first
        self.noise_single = frozenset(p for p in rules.noise if " " not in p)
        self.noise_multi = {}
        for phrase, replacement in [(p, "") for p in rules.noise if " " in p] + [
            (p, p.replace(" ", _GLUE)) for p in rules.noise_keep
        ]:
            first, *rest = phrase.split(" ")
            self.noise_multi.setdefault(first, []).append((rest, replacement))
        for options in self.noise_multi.values():
            options.sort(key=lambda o: -len(o[0]))

    def expand_word(self, chunk):
        """Expand the abbreviations in one space-free chunk ("sr.", "mgr,")."""
        out = self.cache.get(chunk)
        if out is None:
            if len(self.cache) > _CACHE_LIMIT:
                self.cache.clear()
            out = self.abbreviation.sub(lambda m: self.lookup.get(m.group().rstrip("."), m.group()), chunk)
            self.cache[chunk] = out
        return out


@lru_cache(maxsize=8)
def _compiled(rules):
    return _Compiled(rules)


def replace_sequences(chunks, sequences):
    """Replace word sequences in a list of chunks, in place.

    ``sequences`` maps a first word to ``[(following words, replacement)]``,
    longest first; a replaced sequence leaves empty chunks behind.

    >>> chunks = "sys admin and vice president".split(" ")
    >>> replace_sequences(chunks, {"sys": [(["admin"], "sysadmin")], "vice": [(["president"], "")]})
    >>> chunks
    ['sysadmin', '', 'and', '', '']
    """
    for i in [i for i, chunk in enumerate(chunks) if chunk in sequences]:
        for rest, replacement in sequences.get(chunks[i], ()):
            following = chunks[i + 1 : i + 1 + len(rest)]
            if following[:-1] != rest[:-1] or len(following) != len(rest):
                continue
            last = following[-1]
            if last == rest[-1] or last.rstrip(_PART_EDGES) == rest[-1]:
                chunks[i] = replacement + last[len(rest[-1]) :]
                chunks[i + 1 : i + 1 + len(rest)] = [""] * len(rest)
                break


def _expand(text, compiled):
    """Expand abbreviations chunk by chunk: each distinct chunk is handled once."""
    chunks = text.replace("\n", " \n ").split(" ")
    replace_sequences(chunks, compiled.multi)
    expand = compiled.expand_word
    changed = {c: e for c in set(chunks) if (e := expand(c)) != c}
    if changed:
        chunks = [changed.get(c, c) for c in chunks]
    return " ".join(chunks).replace(" \n ", "\n")


def _strip_noise(text, compiled):
    """Remove posting noise ("part time", "night shift", "remote") on whole words."""
    if not compiled.noise_single and not compiled.noise_multi:
        return text
    chunks = text.replace("\n", " \n ").split(" ")
    if compiled.noise_multi:
        replace_sequences(chunks, compiled.noise_multi)
    single = compiled.noise_single
    if single:
        edges = _PART_EDGES
        chunks = [c for c in chunks if c not in single and c.strip(edges) not in single]
    return " ".join(chunks).replace(" \n ", "\n").replace(_GLUE, " ")


def _reorder(text):
    """"director of marketing" -> "marketing director", only on lines that have " of "/" for "."""
    if " of " not in text and " for " not in text:
        return text
    lines = text.split("\n")
    todo = [i for i, line in enumerate(lines) if " of " in line or " for " in line]
    done = _OF.sub(r"\2 \1", "\n".join([lines[i] for i in todo])).split("\n")
    for i, line in zip(todo, done):
        lines[i] = line
    return "\n".join(lines)


def clean_lines(strings, rules):
    """Lower-case ASCII lines with headline noise removed, parts separated by ``|``.

    Every step runs on all strings at once with C-level string methods; a
    company marker (`` at ``, ``@``) becomes ``\x01``: the rest of its part
    is dropped by :func:`split_parts`.

    >>> from netlib.titles._rules import load_rules
    >>> clean_lines(["Sr. Engineer | Café Owner 🚀 Baker"], load_rules())
    [' sr  engineer | cafe owner  |  baker']
    """
    compiled = _compiled(rules)
    text = " " + "\n ".join(strings)
    if text.count("\n") != max(len(strings) - 1, 0) or "\r" in text:
        text = " " + "\n ".join(s.replace("\n", " ").replace("\r", " ") for s in strings)
    if not text.isascii():
        text = text.encode("ascii", "netlib.fold").decode("ascii")
    text = text.lower().translate(_ASCII)
    for literal, replacement in compiled.early:
        text = text.replace(literal, replacement)
    lines = text.split("\n")
    if len(lines) != len(strings):  # pragma: no cover - guarded above
        raise RuntimeError("title text lost its line structure")
    return lines


def normalize_parts(parts, rules):
    """Expand abbreviations and reorder "X of Y" in distinct headline parts.

    >>> from netlib.titles._rules import load_rules
    >>> normalize_parts(["sr dir of mktg", "admin asst, ex-acme", "open to work nurse"], load_rules())
    ['senior marketing director', 'administrative assistant', 'nurse']
    """
    compiled = _compiled(rules)
    text = " " + "\n ".join(parts)
    for literal, replacement in compiled.late:
        text = text.replace(literal, replacement)
    if _CUT in text:
        text = "\n".join([p.partition(_CUT)[0] for p in text.split("\n")])
    text = _SPACES.sub(" ", text.replace("'s ", " "))
    text = _reorder(_expand(_strip_noise(text, compiled), compiled))
    text = _SPACES.sub(" ", text)
    return [p.strip(_PART_EDGES) for p in text.split("\n")]


def split_parts(lines):
    """Headline parts of each line and the index of the line each came from.

    >>> parts, owner = split_parts(["founder|ceo", "nurse"])
    >>> parts, owner.tolist()
    (['founder', 'ceo', 'nurse'], [0, 0, 1])
    """
    text = "\n".join(lines)
    data = np.frombuffer(text.encode("ascii", "replace"), dtype=np.uint8)
    seps = data[(data == 10) | (data == 124)]
    owner = np.concatenate([[0], np.cumsum(seps == 10)]).astype(np.int64)
    return [p.partition(_CUT)[0] for p in text.replace("|", "\n").split("\n")], owner
