"""The 1:1 matching key for Arabic strings, the same folding as ``Document.key``.

``fold_key`` maps character to character (length kept), so a key computed from a lexicon entry
compares with any slice of ``Document.key``. ``spelling_score`` counts the letters a spelling
carries beyond its key (hamza on alef, teh marbuta): the higher, the more informative.
"""

from __future__ import annotations

import re

KEY_FOLD: dict[str, str] = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
"""Display text -> ``Document.key``: hamza on alef, alef maksura, teh marbuta (one for one).
The one definition of the key; every other fold in the package builds on it."""

PERSIAN_FOLD: dict[str, str] = {"ی": "ي", "ک": "ك"}
"""Persian yeh and keheh, which the display text has already mapped but raw strings may hold."""

MARKS = "\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
"""Tatweel and the Arabic diacritics the display text drops."""

FOLD_TABLE = str.maketrans({**KEY_FOLD, **PERSIAN_FOLD})

_INFORMATIVE = frozenset("أإآٱة")
_SPACES = re.compile(r"\s+")


def fold_key(text: str) -> str:
    """Fold hamza-on-alef, alef maksura, teh marbuta and Persian yeh/keheh, one char for one."""
    return text.translate(FOLD_TABLE)


def phrase_key(text: str) -> str:
    """The key of a multi-word phrase: folded, whitespace collapsed to single spaces."""
    return _SPACES.sub(" ", fold_key(text)).strip()


def spelling_score(text: str) -> int:
    """How many letters of ``text`` carry information its key drops (أ إ آ ٱ ة)."""
    return sum(1 for ch in text if ch in _INFORMATIVE)


def restore_letters(text: str, better: str) -> str:
    """``text`` with the informative letters of ``better`` (same key, same length) put back.

    Only hamza-on-alef and teh marbuta are taken from ``better``; everything else (ى/ي) stays as
    ``text`` spells it, since a preposition (على) and a name (علي) share one key.
    """
    if len(text) != len(better):
        return text
    return "".join(
        b if b in _INFORMATIVE and a in "اه" else a for a, b in zip(text, better, strict=True)
    )
