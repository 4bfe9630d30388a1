"""Arabic-script character ranges shared by the cleaning modules."""

from __future__ import annotations

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
"""Arabic-script letters as a regex class body (no tatweel, marks, digits or punctuation)."""


def is_arabic_block(char: str) -> bool:
    """Whether ``char`` belongs to one of the Arabic Unicode blocks."""
    cp = ord(char)
    return any(first <= cp <= last for first, last in ARABIC_BLOCK_RANGES)
