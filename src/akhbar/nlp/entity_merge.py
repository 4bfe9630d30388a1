"""Mentions -> entities: canonical names, merging by folded key, partial-name coreference and
untagged repeats of names already found."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from akhbar.nlp.clitics import closed_class_stems, strip_proclitics
from akhbar.nlp.lexicons import Lexicons
from akhbar.nlp.mentions import TokenSpan, TokenView
from akhbar.nlp.spelling import SpellingIndex
from akhbar.nlp.textkey import fold_key, spelling_score
from akhbar.nlp.titles import leading_titles
from akhbar.nlp.types import EntityType

_MIN_PROPAGATED_KEY = 3
STATE_HEADS = frozenset(fold_key(w) for w in ("جمهورية", "مملكة", "إمارة", "سلطنة", "دوقية"))
"""Nouns that are part of a state's name: a LOC mention right after one is extended over it
(جمهورية + أفريقيا الوسطى)."""


@dataclass(slots=True)
class Draft:
    """One mention: tokens ``[first, last)`` and the canonical name they spell."""

    first: int
    last: int
    type: EntityType
    name: str
    words: tuple[str, ...]
    """Folded words of ``name``."""
    bare_nationality: bool = False


@dataclass(slots=True)
class Group:
    """The mentions of one entity."""

    drafts: list[Draft]
    type: EntityType
    name: str
    words: tuple[str, ...]
    titles: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return min(d.first for d in self.drafts)


class NameBuilder:
    """Turns token spans into canonical names with the article's evidence."""

    def __init__(self, view: TokenView, lex: Lexicons, spelling: SpellingIndex) -> None:
        self.view = view
        self.lex = lex
        self.spelling = spelling
        self._article = frozenset(view.keys)

    def is_name(self, key: str) -> bool:
        return key in self.lex.known_names or key in self.lex.name_heads

    def is_known(self, key: str) -> bool:
        return key in self.lex.known_names or key in self.lex.name_heads or key in self._article

    def is_nationality(self, key: str) -> bool:
        return any(s in self.lex.nationalities for s in closed_class_stems(key))

    def draft(self, span: TokenSpan) -> Draft | None:
        """The span as a mention, with leading titles (PER) and punctuation trimmed off."""
        first, last = span.first, span.last
        if span.type == "LOC" and first > 0 and self._state_head(first - 1, first):
            first -= 1
        if span.type == "PER":
            first, _ = leading_titles(self.view, first, last, self.lex)
        while first < last and not _has_letter(self.view.texts[first]):
            first += 1
        while last > first and not _has_letter(self.view.texts[last - 1]):
            last -= 1
        if first >= last:
            return None
        words = self.canonical_words(first, last)
        keys = tuple(self.view.keys[first:last])
        name = " ".join(words)
        folded = tuple(fold_key(w) for w in words)
        if len("".join(folded)) < 2:
            return None
        if all(self.is_closed_class(k) for k in keys):
            # A bare adjective or title; المصري tagged PER may still be a surname (kept until
            # partial names are linked, dropped if it joins no one).
            if span.type != "PER" or not all(self.is_nationality(k) for k in keys):
                return None
            return Draft(first, last, span.type, name, folded, bare_nationality=True)
        return Draft(first, last, span.type, name, folded)

    def canonical_words(self, first: int, last: int) -> list[str]:
        """Display words of tokens ``[first, last)``: proclitics off the first word, a detached
        و joined to the next word, hamza restored from the article."""
        texts = self.view.texts[first:last]
        rewrite = strip_proclitics(self.view.keys[first], self.is_name, self.is_known)
        texts = [rewrite.apply(texts[0]), *texts[1:]]
        words: list[str] = []
        pending = ""
        for text in texts:
            if text in ("و", "ف") and not pending:
                pending = text
                continue
            words.append(self.spelling.restore(pending + text))
            pending = ""
        if pending:
            words.append(pending)
        return words

    def _state_head(self, i: int, first: int) -> bool:
        same_sentence = self.view.group_of[i] == self.view.group_of[first]
        return same_sentence and any(
            s in STATE_HEADS for s in closed_class_stems(self.view.keys[i])
        )

    def is_closed_class(self, key: str) -> bool:
        """A title or nationality adjective (المصري as a surname is never propagated)."""
        stems = closed_class_stems(key)
        return any(s in self.lex.nationalities or (s,) in self.lex.titles for s in stems)


def group_drafts(drafts: list[Draft]) -> list[Group]:
    """One group per folded name; its type is the majority type of its mentions."""
    by_key: dict[tuple[str, ...], list[Draft]] = {}
    for d in sorted(drafts, key=lambda d: d.first):
        by_key.setdefault(d.words, []).append(d)
    groups = []
    for words, members in by_key.items():
        counts = Counter(d.type for d in members)
        etype: EntityType = max(counts, key=lambda t: (counts[t], -_first_of(members, t)))
        best = max(members, key=lambda d: (spelling_score(d.name), -d.first))
        groups.append(Group(members, etype, best.name, words))
    return groups


def link_partial_names(groups: list[Group]) -> list[Group]:
    """A PER name that is the first or last part of exactly one longer PER name joins it
    (شويغو -> سيرجي شويغو); ambiguous ones join none. Unjoined bare nationalities are dropped."""
    people = [g for g in groups if g.type == "PER"]
    kept: list[Group] = []
    for group in sorted(groups, key=lambda g: len(g.words)):
        target = _unique_container(group, people) if group.type == "PER" else None
        if target is not None:
            target.drafts.extend(group.drafts)
            people.remove(group)
        elif not all(d.bare_nationality for d in group.drafts):
            kept.append(group)
        elif group in people:
            people.remove(group)
    return sorted(kept, key=lambda g: g.start)


def propagate(view: TokenView, groups: list[Group], builder: NameBuilder) -> None:
    """Add untagged repeats of multi-word names, and of the last word of multi-word PER names
    when that surname belongs to one person only."""
    patterns: dict[tuple[str, ...], Group | None] = {}
    for g in groups:
        if len(g.words) >= 2:
            patterns[g.words] = g
        if (
            g.type == "PER"
            and len(g.words) >= 2
            and len(g.words[-1]) >= _MIN_PROPAGATED_KEY
            and not builder.is_closed_class(g.words[-1])
        ):
            surname = (g.words[-1],)
            patterns[surname] = None if surname in patterns else g
    if not patterns:
        return
    covered = [False] * len(view.keys)
    for g in groups:
        for d in g.drafts:
            covered[d.first : d.last] = [True] * (d.last - d.first)
    longest = max(len(p) for p in patterns)
    firsts = frozenset(p[0] for p in patterns)
    i = 0
    while i < len(view.keys):
        key = view.keys[i]
        if covered[i] or firsts.isdisjoint(_readings(key)):
            i += 1
            continue
        stems = tuple(s for s in _name_stems(key, builder) if s in firsts)
        hit = _match_at(view, i, stems, longest, patterns, covered) if stems else None
        if hit is None:
            i += 1
            continue
        n, group = hit
        group.drafts.append(Draft(i, i + n, group.type, group.name, group.words))
        i += n


def _match_at(
    view: TokenView,
    i: int,
    stems: tuple[str, ...],
    longest: int,
    patterns: dict[tuple[str, ...], Group | None],
    covered: list[bool],
) -> tuple[int, Group] | None:
    for n in range(longest, 0, -1):
        end = i + n
        if (
            end > len(view.keys)
            or view.group_of[end - 1] != view.group_of[i]
            or any(covered[i:end])
        ):
            continue
        tail = tuple(view.keys[i + 1 : end])
        for stem in stems:
            group = patterns.get((stem, *tail))
            if group is not None:
                return n, group
    return None


def _readings(key: str) -> tuple[str, ...]:
    """Every form ``_name_stems`` can give for ``key`` (proclitics take 1-3 letters off, لل
    becomes ال): a cheap test that no pattern starts at a word."""
    return (key, key[1:], key[2:], "ال" + key[2:], "ال" + key[3:])


def _name_stems(key: str, builder: NameBuilder) -> tuple[str, ...]:
    rewrite = strip_proclitics(key, builder.is_name, builder.is_known)
    return (key,) if rewrite.drop == 0 else (key, rewrite.apply(key))


def _unique_container(group: Group, people: list[Group]) -> Group | None:
    n = len(group.words)
    found = [
        p
        for p in people
        if len(p.words) > n and (p.words[-n:] == group.words or p.words[:n] == group.words)
    ]
    return found[0] if len(found) == 1 else None


def _first_of(drafts: list[Draft], etype: str) -> int:
    return min(d.first for d in drafts if d.type == etype)


def _has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)
