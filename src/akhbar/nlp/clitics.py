"""Proclitics off the first word of a name: لمجلس الأمن -> مجلس الأمن, وروسيا -> روسيا.

A one-letter proclitic (و ف ب ل ك) is removed only when the whole word is not a known name and
what remains is known (``is_known``: elsewhere in the article, in a gazetteer, a head noun),
because ليبيا, بغداد, فرنسا, كندا, واشنطن begin with those letters. Before the article the
proclitic is unambiguous (والتلفزة, بالعاصمة), and لل is ل + ال (للحكومة -> الحكومة).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

CONJUNCTIONS = "وف"
PREPOSITIONS = "بلك"
_MIN_STEM = 3

Known = Callable[[str], bool]


@dataclass(frozen=True, slots=True)
class Stripped:
    """How to rewrite a word: drop ``drop`` leading letters, then prepend ``prefix``."""

    drop: int
    prefix: str = ""

    def apply(self, word: str) -> str:
        return self.prefix + word[self.drop :]


KEEP = Stripped(0)


def strip_proclitics(key: str, is_name: Known, is_known: Known) -> Stripped:
    """The rewrite that takes proclitics off one folded word (``KEEP`` when none).

    ``is_name`` says whether a whole word is itself a name (then nothing is stripped);
    ``is_known`` whether a remainder is attested (the article, gazetteers, head nouns).
    """
    if len(key) <= _MIN_STEM or is_name(key):
        return KEEP
    if key[0] in CONJUNCTIONS:
        rest = key[1:]
        inner = _strip_preposition(rest, is_name, is_known)
        if inner is not KEEP:
            return Stripped(1 + inner.drop, inner.prefix)
        if _article_word(rest) or is_known(rest):
            return Stripped(1)
        return KEEP
    return _strip_preposition(key, is_name, is_known)


def _strip_preposition(key: str, is_name: Known, is_known: Known) -> Stripped:
    if len(key) <= _MIN_STEM or is_name(key):
        return KEEP
    if key.startswith("لل") and len(key) > _MIN_STEM + 1:
        return Stripped(2, "ال")
    if key[0] in PREPOSITIONS and _attested(key[1:], is_known):
        return Stripped(1)
    return KEEP


def _attested(rest: str, is_known: Known) -> bool:
    """A remainder worth splitting off a preposition: a definite word with a real stem, or a
    known word that does not start with ال (بالاك is no ب + الاك, whatever a name list holds;
    after و a folded أل may start a name: وألفا)."""
    if rest.startswith("ال"):
        return _article_word(rest)
    return is_known(rest)


def _article_word(key: str) -> bool:
    """A definite word with a real stem after ال (not والي, بالي)."""
    return key.startswith("ال") and len(key) - 2 >= _MIN_STEM


@lru_cache(maxsize=65536)
def closed_class_stems(key: str) -> tuple[str, ...]:
    """The word and its readings with proclitics off, for closed-class lookups (titles, role
    heads, nationality adjectives) where a false split cannot match: والجنرال -> الجنرال,
    بوزيرة -> وزيرة, للحكومة -> الحكومة, وللرئيس -> الرئيس."""
    out = [key]
    rest = key
    if len(rest) > 3 and rest[0] in CONJUNCTIONS:
        rest = rest[1:]
        out.append(rest)
    if len(rest) > 3 and rest.startswith("لل"):
        out.append("ال" + rest[2:])
    elif len(rest) > 3 and rest[0] in PREPOSITIONS:
        out.append(rest[1:])
    return tuple(out)
