"""Text rewrites that keep every character accountable to the raw body.

A rewrite works on ``(text, offsets)`` where ``offsets[i]`` is the raw-body index of the character
that became ``text[i]`` (exactly ``len(text)`` entries; the caller appends the raw end at the very
end). Each replacement says where its output characters come from, so the map stays monotonic.
"""

from __future__ import annotations

import re
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

    Output character ``j`` maps to ``raw[j]`` (clamped to the last one) and the last output
    character maps to the last raw character, so a span ending there covers the whole source
    (a decomposed ``ا`` + ``ٔ`` composed into ``أ`` keeps the hamza inside the span). A single
    output character that starts a word maps to the first raw character instead, so the span
    starting there does not lose the base letter.
    """
    if produced == 0:
        return []
    last = len(raw) - 1
    if produced == 1:
        return [raw[0] if at_word_start else raw[last]]
    return [raw[min(j, last)] for j in range(produced - 1)] + [raw[last]]
