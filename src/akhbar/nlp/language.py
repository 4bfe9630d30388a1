"""Which language an article is in, guessed from its letters' scripts (no model, no data).

``arabic_ratio`` is the share of letters that are Arabic script. When that is more than half,
the text is ``ar`` unless its letters are mostly Persian (پ چ ژ گ ی ک, against ي ك ة ى: ``fa``)
or Urdu (ٹ ڈ ڑ ں ے ھ ہ: ``ur``). Otherwise the script of more than half of the letters decides
(``SCRIPT_LANGUAGE``), or ``und``. Anything but ``ar`` gets the warning ``not_mostly_arabic``;
the article is still processed.
"""

from __future__ import annotations

import re

from akhbar.nlp.charclasses import ARABIC_LETTERS

ARABIC_MAJORITY = 0.5

SCRIPT_LANGUAGE: dict[str, str] = {"latin": "en", "cyrillic": "ru", "greek": "el", "hebrew": "he"}
"""Language guessed for a non-Arabic script: its most common newswire language."""

_ARABIC = re.compile(f"[{ARABIC_LETTERS}]+")
_SCRIPTS = {
    "latin": re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]+"),
    "cyrillic": re.compile("[\u0400-\u052f]+"),
    "greek": re.compile("[\u0370-\u03ff\u1f00-\u1fff]+"),
    "hebrew": re.compile("[\u05d0-\u05ea]+"),
}
_LETTERS = re.compile(r"[^\W\d_]+")
PERSIAN_LETTERS = "پچژگیک"
URDU_LETTERS = "ٹڈڑںےھہ"
ARABIC_ONLY_LETTERS = "يكةى"


def _count(pattern: re.Pattern[str], text: str) -> int:
    return len(text) - len(pattern.sub("", text))


def guess_language(text: str, before_folding: str) -> tuple[str, float]:
    """``(language, arabic_ratio)`` of the display ``text``; ``before_folding`` is the text as
    extracted, before Persian and Urdu letters were mapped to Arabic ones."""
    letters = _count(_LETTERS, text)
    if letters == 0:
        return "und", 0.0
    ratio = _count(_ARABIC, text) / letters
    if ratio <= ARABIC_MAJORITY:
        counts = {name: _count(pattern, text) for name, pattern in _SCRIPTS.items()}
        script = max(counts, key=lambda name: counts[name])
        return (SCRIPT_LANGUAGE[script] if counts[script] > letters / 2 else "und"), ratio
    arabic = sum(map(before_folding.count, ARABIC_ONLY_LETTERS))
    persian = sum(map(before_folding.count, PERSIAN_LETTERS))
    urdu = sum(map(before_folding.count, URDU_LETTERS))
    if urdu > arabic and urdu >= persian:
        return "ur", ratio
    if persian > arabic:
        return "fa", ratio
    return "ar", ratio
