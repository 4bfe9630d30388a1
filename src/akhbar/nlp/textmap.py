"""Text rewrites that keep every character accountable to the raw body.

A rewrite works on ``(text, offsets)`` where ``offsets[i]`` is the raw-body index of the character
that became ``text[i]`` (exactly ``len(text)`` entries; the caller appends the raw end at the very
end). Each replacement says where its output characters come from, so the map stays monotonic.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from itertools import chain

Offsets = list[int]
Replacement = tuple[str, Sequence[int]] | None
"""``(new_text, raw_offsets_of_new_text)`` for a match, or ``None`` to leave the match as it is."""


def rewrite(
    text: str,
    offsets: Offsets,
    pattern: re.Pattern[str],
    replace: Callable[[re.Match[str], Offsets], Replacement],
) -> tuple[str, Offsets]:
    """Replace each match of ``pattern`` by what ``replace`` returns, carrying offsets along."""
    parts: list[str] = []
    offset_parts: list[Sequence[int]] = []
    last = 0
    for match in pattern.finditer(text):
        new = replace(match, offsets)
        if new is None:
            continue
        start, end = match.span()
        parts.append(text[last:start])
        offset_parts.append(offsets[last:start])
        parts.append(new[0])
        offset_parts.append(new[1])
        last = end
    if not parts:
        return text, offsets
    parts.append(text[last:])
    offset_parts.append(offsets[last:])
    return "".join(parts), list(chain.from_iterable(offset_parts))


def spread(raw: Sequence[int], produced: int, *, at_word_start: bool) -> list[int]:
    """Raw offsets for ``produced`` output characters made from the raw characters ``raw``.

    Every output character maps to the last raw character, so a span ending there covers the
    whole source (``ا`` + ``َ`` + ``ٔ`` -> ``أ``: the hamza stays inside the span; an entity: up to
    its ``;``). The first output character of a word maps to ``raw[0]`` instead, so a span
    starting there keeps the base letter. A one-character word made of several raw characters
    therefore loses its tail in ``Document.raw_span``, which reads one int per end.
    """
    if produced == 0:
        return []
    out = [raw[-1]] * produced
    if at_word_start:
        out[0] = raw[0]
    return out


def starts_word(text: str, i: int) -> bool:
    """Whether ``text[i]`` begins a word: no letter, mark or digit before it, looking through
    invisible characters that cleaning deletes (ZWNJ, direction marks, controls)."""
    j = i - 1
    while j >= 0 and unicodedata.category(text[j]) in _INVISIBLE and not text[j].isspace():
        j -= 1
    return j < 0 or unicodedata.category(text[j])[0] not in "LMN"


_INVISIBLE = frozenset({"Cf", "Cc", "Cs"})
