"""Character normalisation to the display text and the matching key, with offsets kept.

Order (each step carries the raw offsets along, see ``textmap``):

1. ``unicode_normalize``: camel-tools ``normalize_unicode`` (NFKC plus its ﷼/﷽ fixes), applied
   per normalisation segment (a base character and its combining marks) so every output
   character knows its source. Composes decomposed hamza (ا + ٔ -> أ) and unfolds presentation
   forms (ﻻ -> لا) before any mapping, as camel-tools requires.
2. ``map_display``: one character table built once from camel-tools' ``arclean`` map, but only for
   characters of the Arabic blocks (arclean deletes everything it does not know: ğ, €, emoji,
   Cyrillic), with the fixes listed in ``DISPLAY_FIXES`` and context rules for Persian yeh and
   ZWNJ/ZWJ. Diacritics and tatweel go (arclean does camel ``dediac_ar``'s job and more).
3. ``tidy_whitespace``: one space between words, one ``\\n`` between paragraphs, no space before
   punctuation that follows an Arabic letter, nothing at either end.

The key is the display text folded one character for one (``KEY_FOLD``), so offsets are shared.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

from camel_tools.utils import charmap as charmap_module
from camel_tools.utils.normalize import normalize_unicode

from akhbar.nlp.charclasses import ARABIC_BLOCK_RANGES, ARABIC_LETTERS, is_arabic_block
from akhbar.nlp.textkey import KEY_FOLD
from akhbar.nlp.textmap import Offsets, Replacement, rewrite, spread, starts_word


def to_key(display: str) -> str:
    """The matching key of display text (``KEY_FOLD``; ``str.replace`` per letter is several
    times faster than ``str.translate`` on Arabic text)."""
    for letter, folded in KEY_FOLD.items():
        display = display.replace(letter, folded)
    return display


PERSIAN_YEH = "\u06cc"
JOINERS = "\u200c\u200d"
"""ZWNJ and ZWJ: removed inside Arabic words (arclean turns them into spaces and splits the
word); kept elsewhere, where ZWJ glues emoji sequences together."""

DISPLAY_FIXES: dict[str, str] = {
    PERSIAN_YEH: "ي",  # arclean: ى (alef maksura). Word-final: see ALEF_MAKSURA_WORDS.
    "\u06cd": "ي",  # yeh with tail (arclean: ى)
    "\u06ce": "ي",  # yeh with small v (arclean: ى)
    "\u06d5": "ه",  # ae, Kurdish/Uyghur heh (arclean deletes it)
    "،": "،",  # Arabic comma, semicolon and question mark stay Arabic (arclean: , ; ?)
    "؛": "؛",
    "؟": "؟",
    "٪": "%",  # Arabic percent sign
    "٫": ".",  # Arabic decimal separator: 3٫5 -> 3.5 (arclean: ,)
    "٬": ",",  # Arabic thousands separator
}
"""Where the display text departs from arclean for Arabic-block characters."""

INVISIBLE = (
    "\u00ad\u061c\u180e\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
"""Soft hyphen, direction marks and embeddings, zero-width space, word joiner, BOM: dropped."""

LINE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
SPACES = "\t\x1f\u1680"
CONTROLS = "".join(
    chr(c) for c in [*range(0x00, 0x09), *range(0x0E, 0x1C), *range(0x7F, 0x85), *range(0x86, 0xA0)]
)
"""C0/C1 control characters other than tab and line breaks: dropped."""

ALEF_MAKSURA_WORDS = frozenset(
    {
        "على", "إلى", "الى", "حتى", "لدى", "متى", "سوى", "مدى", "أنى",
        "شتى", "بلى", "أولى", "اولى", "أخرى", "اخرى", "كبرى", "صغرى", "عظمى",
        "وسطى", "قصوى", "مستوى", "معنى", "مبنى", "ملتقى", "منتدى", "مصلى", "مرمى",
        "مأوى", "فتوى", "دعوى", "شكوى", "ذكرى", "بشرى", "أعلى", "اعلى", "أدنى",
        "ادنى", "أقصى", "اقصى", "أقوى", "اقوى", "أغنى", "أسمى", "مصطفى", "مرتضى",
        "مجتبى", "موسى", "عيسى", "يحيى", "ليلى", "سلمى", "هدى", "منى", "نجوى",
        "تقوى",
    }
)  # fmt: skip
"""Words ending in alef maksura. A word-final Persian yeh (ی, typed on Persian keyboards for both
ي and ى) becomes ى when the word (after a proclitic و/ف) is one of these, else ي. The key folds
ى and ي together, so this only affects how the display text reads."""

_MARKS = "\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u08d3-\u08ff"
_MARK_RE = re.compile(f"[{_MARKS}]")
_ARABIC_LETTER_RE = re.compile(f"[{ARABIC_LETTERS}]")
_ALEF_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})
_CHUNK = re.compile(r"[^ \n]+")
_NO_SPACE_BEFORE = ".،؛:!؟,;?"
_TIDY = re.compile(
    f"(?<=[{ARABIC_LETTERS}])[^\\S\\n]+(?=[{_NO_SPACE_BEFORE}])"  # space before punctuation
    r"|[^\S\n]*\n\s*"  # any whitespace run holding a line break
    r"|[^\S\n]{2,}|[^\S \n]"  # other whitespace runs
)


def normalize(text: str, offsets: Offsets) -> tuple[str, Offsets]:
    """Raw-ish text -> display text, offsets carried along."""
    for _ in range(3):
        text, offsets = unicode_normalize(text, offsets)
        text, offsets = map_display(text, offsets)
        if _is_stable(text):
            break
    return tidy_whitespace(text, offsets)


def display_form(text: str) -> str:
    """The display form of any string (e.g. a lexicon entry), exactly as ``clean`` makes it."""
    return normalize(text, [0] * len(text))[0]


def key_form(text: str) -> str:
    """The matching key of any string: its display form folded with ``KEY_FOLD``."""
    return to_key(display_form(text))


def unicode_normalize(text: str, offsets: Offsets) -> tuple[str, Offsets]:
    """camel-tools ``normalize_unicode`` (NFKC + fixes) with offsets, segment by segment."""
    if _is_stable(text):
        return text, offsets
    return rewrite(text, offsets, _CHUNK, _normalize_chunk)


def _is_stable(text: str) -> bool:
    return unicodedata.is_normalized("NFKC", text) and "\ufdfd" not in text


def _starts_segment(char: str) -> bool:
    """A character that never combines with what precedes it under NFKC: not a mark (every
    canonical-composition second element is a mark or a Hangul medial/final jamo)."""
    return not (
        unicodedata.category(char)[0] == "M"
        or unicodedata.combining(char)
        or "\u1160" <= char <= "\u11ff"
    )


def _normalize_chunk(match: re.Match[str], offsets: Offsets) -> Replacement:
    chunk = match.group()
    if _is_stable(chunk):
        return None
    base = match.start()
    out: list[str] = []
    out_offsets: list[int] = []
    start = 0
    for end in range(1, len(chunk) + 1):
        if end < len(chunk) and not _starts_segment(chunk[end]):
            continue
        segment = chunk[start:end]
        new = segment if len(segment) == 1 and _is_stable(segment) else normalize_unicode(segment)
        word_start = starts_word(chunk, start)
        out.append(new)
        out_offsets.extend(
            spread(offsets[base + start : base + end], len(new), at_word_start=word_start)
        )
        start = end
    return "".join(out), out_offsets


@cache
def _display_table() -> dict[str, str]:
    """Every character whose display form differs from itself, mapped to that form."""
    arclean = _arclean_entries()
    table: dict[str, str] = {}
    for first, last in ARABIC_BLOCK_RANGES:
        for cp in range(first, last + 1):
            char = chr(cp)
            value = DISPLAY_FIXES.get(char)
            if value is None:
                value = _arclean_value(char, arclean.get(char))
            if value != char:
                table[char] = value
    table.update(dict.fromkeys(INVISIBLE + CONTROLS, ""))
    table.update(dict.fromkeys(LINE_BREAKS, "\n"))
    table.update(dict.fromkeys(SPACES, " "))
    return table


def _arclean_entries() -> dict[str, str]:
    """camel-tools' ``arclean`` map, expanded: character -> replacement, for the characters it
    names (its default deletes every other character)."""
    path = Path(charmap_module.__file__).parent / "charmaps" / "arclean_map.json"
    spec: dict[str, str | None] = json.loads(path.read_text(encoding="utf-8"))["charMap"]
    entries: dict[str, str] = {}
    for key, value in spec.items():
        first, last = (key[0], key[2]) if len(key) == 3 and key[1] == "-" else (key, key)
        for cp in range(ord(first), ord(last) + 1):
            entries[chr(cp)] = chr(cp) if value is None else value
    return entries


def _arclean_value(char: str, mapped: str | None) -> str:
    """arclean's mapping, except where it would lose a character: a letter, digit, punctuation
    mark or symbol it does not name (it deletes those) or turns into a space stays as it is;
    unnamed marks and format characters are dropped, as arclean does."""
    if mapped is not None and (mapped.strip() or mapped == ""):
        return mapped
    if unicodedata.category(char)[0] in "LNPS":
        return char
    return ""


@cache
def _special_re() -> re.Pattern[str]:
    chars = sorted({*_display_table(), *JOINERS})
    body = "".join(re.escape(c) for c in chars)
    return re.compile(f"[{body}\\ud800-\\udfff]+")


def map_display(text: str, offsets: Offsets) -> tuple[str, Offsets]:
    """Apply the display character table (plus context rules) with offsets."""
    return rewrite(text, offsets, _special_re(), _map_run)


def _map_run(match: re.Match[str], offsets: Offsets) -> Replacement:
    table = _display_table()
    text = match.string
    out: list[str] = []
    out_offsets: list[int] = []
    for i in range(match.start(), match.end()):
        char = text[i]
        if char == PERSIAN_YEH:
            value = _persian_yeh(text, i)
        elif char in JOINERS:
            value = "" if _next_to_arabic(text, i) else char
        else:
            value = table.get(char, "")  # not in the table: a lone surrogate
        out.append(value)
        out_offsets.extend([offsets[i]] * len(value))
    return "".join(out), out_offsets


def _next_to_arabic(text: str, i: int) -> bool:
    """Whether ``text[i]`` touches an Arabic-block character, looking through characters that
    are deleted anyway (joiners, invisible marks, controls)."""
    transparent = _transparent()
    before = i - 1
    while before >= 0 and text[before] in transparent:
        before -= 1
    after = i + 1
    while after < len(text) and text[after] in transparent:
        after += 1
    return (before >= 0 and is_arabic_block(text[before])) or (
        after < len(text) and is_arabic_block(text[after])
    )


@cache
def _transparent() -> frozenset[str]:
    surrogates = (chr(cp) for cp in range(0xD800, 0xE000))
    return frozenset([*JOINERS, *INVISIBLE, *CONTROLS, *surrogates])


def _persian_yeh(text: str, i: int) -> str:
    """ي, or ى when the yeh ends a word listed in ``ALEF_MAKSURA_WORDS``."""
    after = i + 1
    while after < len(text) and _MARK_RE.match(text, after):
        after += 1
    if after < len(text) and (_ARABIC_LETTER_RE.match(text, after) or text[after] in JOINERS):
        return "ي"
    start = i
    while start > 0 and (
        _ARABIC_LETTER_RE.match(text, start - 1) or _MARK_RE.match(text, start - 1)
    ):
        start -= 1
    word = _MARK_RE.sub("", text[start:i]).translate(_ALEF_FOLD) + "ى"
    words = _alef_maksura_keys()
    if word in words or (word[:1] in "وف" and word[1:] in words):
        return "ى"
    return "ي"


@cache
def _alef_maksura_keys() -> frozenset[str]:
    return frozenset(w.translate(_ALEF_FOLD) for w in ALEF_MAKSURA_WORDS)


def tidy_whitespace(text: str, offsets: Offsets) -> tuple[str, Offsets]:
    """Collapse whitespace (a run with a line break becomes one ``\\n``, others one space), drop
    spaces before punctuation after an Arabic letter, strip both ends."""
    text, offsets = rewrite(text, offsets, _TIDY, _tidy_run)
    left = len(text) - len(text.lstrip())
    right = len(text.rstrip())
    if left or right < len(text):
        return text[left:right], offsets[left:right]
    return text, offsets


def _tidy_run(match: re.Match[str], offsets: Offsets) -> Replacement:
    run = match.group()
    start = match.start()
    if "\n" in run:
        if run == "\n":
            return None
        return "\n", [offsets[start + run.index("\n")]]
    end = match.end()
    if (
        start > 0
        and end < len(match.string)
        and match.string[end] in _NO_SPACE_BEFORE
        and _ARABIC_LETTER_RE.match(match.string, start - 1)
    ):
        return "", []
    if run == " ":
        return None
    return " ", [offsets[start]]
