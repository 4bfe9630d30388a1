"""Unicode character classes as regex fragments, built without camel-tools' import-time scan.

camel-tools' word tokenizer splits off every character of Unicode category P (punctuation) or
S (symbol). ``camel_tools.utils.charsets`` finds them by scanning all 1.1 M code points at import
(about 0.55 s). Here the scan covers only planes 0 and 1, the only planes holding P and S
characters (checked by a test against the full range), and runs once, on first use (~35 ms).
"""

from __future__ import annotations

import unicodedata
from functools import cache

ARABIC_BLOCK_RANGES = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x0870, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)
"""Arabic, Arabic Supplement, Extended-B/A, Presentation Forms-A and -B."""

ARABIC_LETTERS = (
    "\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef"
    "\u06fa-\u06fc\u06ff\u0750-\u077f\u08a0-\u08c9"
)
"""Arabic-script letters (no tatweel, marks, digits or punctuation)."""

_LAST_PLANE_WITH_PUNCT_OR_SYMBOL = 0x1FFFF


def is_arabic_block(char: str) -> bool:
    """Whether ``char`` belongs to one of the Arabic Unicode blocks."""
    cp = ord(char)
    return any(first <= cp <= last for first, last in ARABIC_BLOCK_RANGES)


@cache
def punct_symbol_class() -> str:
    """A regex class body (without brackets) matching every P* and S* character."""
    return _class_body("PS")


@cache
def symbol_class() -> str:
    """A regex class body (without brackets) matching every S* character (emoji bases)."""
    return _class_body("S")


def _class_body(major: str) -> str:
    ranges: list[tuple[int, int]] = []
    start = -1
    category = unicodedata.category
    for cp in range(_LAST_PLANE_WITH_PUNCT_OR_SYMBOL + 2):
        inside = cp <= _LAST_PLANE_WITH_PUNCT_OR_SYMBOL and category(chr(cp))[0] in major
        if inside and start < 0:
            start = cp
        elif not inside and start >= 0:
            ranges.append((start, cp - 1))
            start = -1
    return "".join(_escape(a) if a == b else f"{_escape(a)}-{_escape(b)}" for a, b in ranges)


def _escape(cp: int) -> str:
    return f"\\U{cp:08x}"
