"""A light token view of one sentence of the folded key, and the word classes the rules use."""

from __future__ import annotations

import re
from typing import NamedTuple

from akhbar.nlp.quotes import lexicon as lx
from akhbar.nlp.quotes.cues import STRIP_MARKS, WORD, fold, folded
from akhbar.nlp.textkey import MARKS

_TOKEN_RE = re.compile(rf"{WORD}+(?:\.(?=\s))?|[^\w\s{MARKS}]")

OPEN_MARKS = {"«": "»", "“": "”", '"': '"', "„": "”"}
CLOSE_MARKS = frozenset("»”\"'")
FINAL_PUNCT = " \t\n.!?؟،,:;؛…-–"
DASHES = frozenset("-–ـ")
"""Hyphen, en dash and the tatweel Arabic typesetting uses as a dash (كتب ـ فلان)."""
DASH_CLASS = "[-–ـ]"
"""``DASHES`` as a regex character class."""


class Tok(NamedTuple):
    start: int
    end: int
    word: str
    """The folded form without marks (for lexicon lookups)."""


HAS_MARKS = re.compile(f"[{MARKS}]")


def tokenize(key: str, start: int, end: int, marks: bool = True) -> list[Tok]:
    """Words and single punctuation marks of ``key[start:end]``; ``marks=False`` promises the
    span has no diacritics or tatweel (skips stripping them from each word)."""
    if not marks:
        return [Tok(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(key, start, end)]
    return [
        Tok(m.start(), m.end(), m.group().translate(STRIP_MARKS))
        for m in _TOKEN_RE.finditer(key, start, end)
    ]


COMPLEMENTISERS = folded(lx.COMPLEMENTISERS)
PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "ني", "نا", "ك", "كم")
FUSED_COMPLEMENTISERS: dict[str, str] = {
    c + s: s for c in ("ان", "بان", "فان") for s in PRONOUN_SUFFIXES
} | {"انني": "ني", "اننا": "نا", "بانني": "ني", "باننا": "نا"}
"""Pronoun-fused complementiser -> its pronoun (أنه، إنهم، بأنها…)."""
EXPLETIVES = folded(lx.EXPLETIVE_PRONOUNS)
FRAME_PREPOSITIONS = {fold(k): v for k, v in lx.PREPOSITION_FRAMES.items()}
ANONYMOUS_HEADS = folded(lx.ANONYMOUS_HEADS)
DOCUMENT_HEADS = folded(lx.DOCUMENT_HEADS)
STIPULATING_HEADS = folded(lx.STIPULATING_HEADS)
ORGANISATION_HEADS = folded(lx.ORGANISATION_HEADS)
ROLE_HEADS = folded(lx.ROLE_HEADS)
GROUP_HEADS = folded(lx.GROUP_HEADS)
RECIPIENT_HEADS = folded(lx.RECIPIENT_HEADS)
QUANTIFIER_HEADS = folded(lx.QUANTIFIER_HEADS)
POSSESSED_SOURCES = folded(lx.POSSESSED_SOURCES)
ANONYMOUS_ADJECTIVES = folded(lx.ANONYMOUS_ADJECTIVES)
TITLES = folded(lx.TITLES)
LEADING_PARTICLES = folded(lx.LEADING_PARTICLES)
ADVERBIAL_STARTERS = folded(lx.ADVERBIAL_STARTERS)
FUNCTION_WORDS = folded(lx.FUNCTION_WORDS)
SUBJECT_ADJECTIVES = folded(lx.SUBJECT_ADJECTIVES)
DEMONSTRATIVES = folded(lx.words("هذا هذه هؤلاء"))
TIME_NOUNS = folded(lx.TIME_NOUNS)
THIS_IS_WHAT = folded(lx.words("هذا وهذا ذلك وذلك"))
"""هذا ما / ذلك ما before a cue: "…، هذا ما قاله X" (an attribution) or "وهو ما يؤكد" (a fact)."""
DAYS = folded(lx.words("أمس اليوم الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت"))
"""Yesterday, today and the weekdays: adverbs of time next to a subject or an aside."""
ISSUED_BY = folded(lx.ISSUED_BY)


def first_from(toks: list[Tok], i: int, end: int) -> int:
    """The first token at or after index ``i`` that starts at or after character ``end``."""
    while i < len(toks) and toks[i].start < end:
        i += 1
    return i


def is_punct(tok: Tok) -> bool:
    return not tok.word[:1].isalnum()


def is_complementiser(word: str) -> bool:
    return word in COMPLEMENTISERS or word in FUSED_COMPLEMENTISERS


def strip_article(word: str) -> str:
    """Drop a leading ال (or لل) so heads match in both states (المصدر/مصدر)."""
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    if word.startswith("لل") and len(word) > 3:
        return word[2:]
    return word
