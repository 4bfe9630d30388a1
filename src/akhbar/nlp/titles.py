"""Titles written before a person's name (العميد، الجنرال، الشيخ …): found, never part of names."""

from __future__ import annotations

from akhbar.nlp.clitics import closed_class_stems
from akhbar.nlp.lexicons import Lexicons
from akhbar.nlp.mentions import TokenView

_LONGEST_TITLE = 2


def title_at(view: TokenView, i: int, lex: Lexicons) -> tuple[int, str] | None:
    """``(tokens, display)`` of the title starting at token ``i`` (والجنرال counts), or None."""
    stems = closed_class_stems(view.keys[i])
    if lex.title_starts.isdisjoint(stems):
        return None
    for n in range(_LONGEST_TITLE, 0, -1):
        if i + n > len(view.keys) or view.group_of[i + n - 1] != view.group_of[i]:
            continue
        tail = tuple(view.keys[i + 1 : i + n])
        for stem in stems:
            words = (stem, *tail)
            if words in lex.titles:
                return n, lex.title_display[words]
    return None


def titles_before(view: TokenView, first: int, lex: Lexicons) -> tuple[int, list[str]]:
    """Titles immediately before token ``first``, in reading order, and where they start."""
    found: list[str] = []
    pos = first
    while pos > 0:
        match = None
        for n in range(_LONGEST_TITLE, 0, -1):
            start = pos - n
            if start < 0 or view.group_of[start] != view.group_of[first]:
                continue
            hit = title_at(view, start, lex)
            if hit is not None and hit[0] == n:
                match = (start, hit[1])
                break
        if match is None:
            break
        pos = match[0]
        found.insert(0, match[1])
    return pos, found


def leading_titles(view: TokenView, first: int, last: int, lex: Lexicons) -> tuple[int, list[str]]:
    """Titles at the start of a tagged span (the tagger put العميد inside): new start, titles."""
    found: list[str] = []
    while first < last - 1:
        hit = title_at(view, first, lex)
        if hit is None or first + hit[0] >= last:
            break
        found.append(hit[1])
        first += hit[0]
    return first, found
