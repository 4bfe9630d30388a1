"""Role descriptions (وزير الدفاع الروسي، الأمين العام للأمم المتحدة) tied to the people they
describe, and ``resolve_role`` for the quotes stage.

A role is a head noun from ``data/role_heads.txt`` (or a title followed by a nationality
adjective: الرئيس الأمريكي) and its genitive complement: up to two indefinite nouns, then one
definite word or tagged LOC/ORG/MISC name that closes the construct, then definite adjectives,
nationality adjectives and ``لل`` phrases. It is tied to a person when the article writes
``ROLE TITLE? NAME``, ``ROLE، NAME``, ``NAME ROLE`` / ``NAME، ROLE``, or the dual
``وزيرا الدفاع الإيراني والروسي TITLE NAME1 و TITLE NAME2`` (the nationalities go in order).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from akhbar.nlp.clitics import closed_class_stems
from akhbar.nlp.lexicons import Lexicons, load_lexicons
from akhbar.nlp.mentions import TokenView, token_view
from akhbar.nlp.spelling import SpellingIndex
from akhbar.nlp.textkey import phrase_key
from akhbar.nlp.titles import title_at
from akhbar.nlp.types import Document, EntityResult

_LONGEST_HEAD = 3
_MAX_ROLE_TOKENS = 8
_MAX_INDEFINITE = 2
_COMMAS = frozenset({"،", ","})


@dataclass(frozen=True, slots=True)
class MentionRef:
    """A tagged mention as the role parser sees it: tokens ``[first, last)``."""

    last: int
    type: str
    entity_id: str | None


@dataclass(frozen=True, slots=True)
class RolePhrase:
    """A role description over tokens ``[first, last)`` and the person(s) it is tied to."""

    first: int
    last: int
    texts: tuple[str, ...]
    """The role as written (proclitics off, dual made singular), one per coordinated person."""
    title: str | None = None
    """The title that opened it (الرئيس in الرئيس الأمريكي), also a title of the person."""


@dataclass(frozen=True, slots=True)
class RoleMention:
    """A role description in the text resolved to an entity (for the quotes stage)."""

    start: int
    end: int
    text: str
    entity_id: str


@dataclass(frozen=True, slots=True)
class _Head:
    size: int
    text: str
    closed: bool
    dual: bool
    title: str | None


class RoleParser:
    """Finds role phrases and the people they are tied to in one article."""

    def __init__(
        self,
        view: TokenView,
        lex: Lexicons,
        spelling: SpellingIndex,
        mentions: Mapping[int, MentionRef],
    ) -> None:
        self.view = view
        self.lex = lex
        self.spelling = spelling
        self.mentions = mentions

    def ties(self) -> list[tuple[RolePhrase, list[str]]]:
        """Every role phrase with the entity ids it describes (one per text; may be empty)."""
        out: list[tuple[RolePhrase, list[str]]] = []
        i = 0
        keys = self.view.keys
        n = len(keys)
        head_starts, title_starts = self.lex.role_head_starts, self.lex.title_starts
        while i < n:
            ref = self.mentions.get(i)
            if ref is not None and ref.type == "PER":
                i = ref.last
                continue
            if not _may_open(keys[i], head_starts, title_starts):
                i += 1
                continue
            role = self.parse(i)
            if role is None:
                i += 1
                continue
            out.append((role, self._tied(role)))
            i = role.last
        return out

    def parse(self, i: int) -> RolePhrase | None:
        """The role phrase starting at token ``i``, or None."""
        head = self._head_at(i)
        if head is None:
            return None
        j = i + head.size
        body, j, closed = self._body(j, head.closed)
        if not closed:
            return None
        if head.dual:
            return self._dual(i, head, body, j)
        return RolePhrase(i, j, (_join((head.text, *body)),), head.title)

    def _head_at(self, i: int) -> _Head | None:
        keys, texts = self.view.keys, self.view.texts
        if not _may_open(keys[i], self.lex.role_head_starts, self.lex.title_starts):
            return None
        group = self.view.group_of[i]
        for stem in closed_class_stems(keys[i]):
            single = _dual_singular(stem)
            if stem not in self.lex.role_head_starts and (
                single is None or single[0] not in self.lex.role_head_starts
            ):
                continue
            first = self._surface(texts[i], keys[i], stem)
            for size in range(_LONGEST_HEAD, 0, -1):
                end = i + size
                if end > len(keys) or self.view.group_of[end - 1] != group:
                    continue
                words = (stem, *keys[i + 1 : end])
                if words in self.lex.role_heads:
                    text = _join((first, *texts[i + 1 : end]))
                    return _Head(size, self._restore(text), words[-1].startswith("ال"), False, None)
            if single is not None and (single[0],) in self.lex.role_heads:
                return _Head(1, self._restore(single[1](first)), False, True, None)
        hit = title_at(self.view, i, self.lex)
        after = i + hit[0] if hit else -1
        if hit and after < len(keys) and self._nationality(after) and keys[after][:2] == "ال":
            return _Head(hit[0], hit[1], True, False, hit[1])
        return None

    def _body(self, j: int, closed: bool) -> tuple[list[str], int, bool]:
        """The genitive complement after a head: indefinite nouns while the construct is open,
        then the definite word or tagged name that closes it, then nationality adjectives,
        role modifiers (السابق) and لل/ل + head-noun phrases (للأمم المتحدة، لجامعة الدول)."""
        keys, texts = self.view.keys, self.view.texts
        group = self.view.group_of[j - 1]
        body: list[str] = []
        indefinite = 0
        after_nationality = after_phrase = False
        while j < len(keys) and self.view.group_of[j] == group and len(body) < _MAX_ROLE_TOKENS:
            key = keys[j]
            ref = self.mentions.get(j)
            if ref is not None:
                if ref.type == "PER" or after_nationality:
                    break
                body.append(self._restore(_join(texts[j : ref.last])))
                j, closed, after_phrase = ref.last, True, True
                continue
            if not any(ch.isalpha() for ch in key) or key in self.lex.role_stopwords:
                break
            definite = key[:2] in ("ال", "لل") or key in self.lex.known_names
            if not closed:
                if not definite and (indefinite >= _MAX_INDEFINITE or self._nationality(j)):
                    break
                indefinite += not definite
            elif title_at(self.view, j, self.lex) is not None:
                break
            elif self._nationality(j) and definite and not after_nationality:
                after_nationality = True
            elif key in self.lex.role_modifiers:
                pass
            elif after_nationality:
                break
            elif key.startswith("لل") or (after_phrase and definite):
                after_phrase = True
            elif key[0] == "ل" and key[1:] in self.lex.name_heads:
                closed, indefinite = False, 0
                body.append(self._restore(texts[j]))
                j += 1
                continue
            else:
                break
            body.append(self._restore(texts[j]))
            closed = closed or definite
            j += 1
        return body, j, closed

    def _dual(self, i: int, head: _Head, body: list[str], j: int) -> RolePhrase | None:
        """وزيرا الدفاع الإيراني والروسي: one role per coordinated adjective or name."""
        if not body:
            return None
        items = [body[-1]]
        keys, texts = self.view.keys, self.view.texts
        while j < len(keys) and keys[j].startswith("و") and len(keys[j]) > 1:
            ref = self.mentions.get(j)
            if self._nationality(j):
                items.append(self._restore(texts[j][1:]))
                j += 1
            elif ref is not None and ref.type in ("LOC", "ORG"):
                items.append(self._restore(_join(texts[j : ref.last])[1:]))
                j = ref.last
            else:
                break
        if len(items) != 2:
            return None
        base = (head.text, *body[:-1])
        return RolePhrase(i, j, tuple(_join((*base, item)) for item in items))

    def _tied(self, role: RolePhrase) -> list[str]:
        """Entity ids the role describes, in order; empty when the article does not tie it."""
        after = role.last
        if after < len(self.view.keys) and self.view.texts[after] in _COMMAS:
            after += 1
        people: list[str] = []
        pos = after
        while len(people) < len(role.texts):
            found = self._person_at(pos)
            if found is None:
                break
            people.append(found[0])
            pos = found[1]
            if pos < len(self.view.texts) and self.view.texts[pos] == "و":
                pos += 1
        if len(people) == len(role.texts):
            return people
        before = self._person_ending_at(role.first)
        return [before] if before is not None and len(role.texts) == 1 else []

    def _person_at(self, pos: int) -> tuple[str, int] | None:
        """A PER mention at ``pos`` after any titles: (entity id, token after it)."""
        while pos < len(self.view.keys):
            ref = self.mentions.get(pos)
            if ref is not None:
                if ref.type == "PER" and ref.entity_id is not None:
                    return ref.entity_id, ref.last
                return None
            hit = title_at(self.view, pos, self.lex)
            if hit is None:
                return None
            pos += hit[0]
        return None

    def _person_ending_at(self, end: int) -> str | None:
        if end > 0 and self.view.texts[end - 1] in _COMMAS:
            end -= 1
        for first, ref in self.mentions.items():
            if ref.last == end and ref.type == "PER" and first < end:
                return ref.entity_id
        return None

    def _nationality(self, j: int) -> bool:
        return any(s in self.lex.nationalities for s in closed_class_stems(self.view.keys[j]))

    def _surface(self, text: str, key: str, stem: str) -> str:
        if key.endswith(stem):
            return text[len(key) - len(stem) :]
        return "ال" + text[len(key) - len(stem) + 2 :]

    def _restore(self, text: str) -> str:
        return " ".join(self.spelling.restore(w) for w in text.split(" "))


@lru_cache(maxsize=65536)
def _may_open(key: str, head_starts: frozenset[str], title_starts: frozenset[str]) -> bool:
    """Whether a role head (or its dual) or a title can start at a word: most words can't."""
    for stem in closed_class_stems(key):
        if stem in head_starts or stem in title_starts:
            return True
        single = _dual_singular(stem)
        if single is not None and single[0] in head_starts:
            return True
    return False


def _dual_singular(stem: str) -> tuple[str, Callable[[str], str]] | None:
    """وزيرا/وزيري -> وزير, وزيرتا/وزيرتي -> وزيرة: (folded singular, rewrite of the text)."""
    if len(stem) < 4 or stem[-1] not in "اي":
        return None
    if stem[-2] == "ت":
        return stem[:-2] + "ه", _feminine
    return stem[:-1], _drop_last


def _feminine(text: str) -> str:
    return text[:-2] + "ة"


def _drop_last(text: str) -> str:
    return text[:-1]


def _join(words: tuple[str, ...] | list[str]) -> str:
    return " ".join(words)


def role_index(ties: list[tuple[str, str]]) -> dict[str, str]:
    """Folded role -> entity id, for roles tied to exactly one entity in the article."""
    owners: dict[str, set[str]] = {}
    for role, entity_id in ties:
        owners.setdefault(phrase_key(role), set()).add(entity_id)
    return {key: next(iter(ids)) for key, ids in owners.items() if len(ids) == 1}


def resolve_role(roles: EntityResult | Mapping[str, str], text: str) -> str | None:
    """The entity id a role description refers to in this article, or None.

    ``roles`` is the article's ``EntityResult`` (its ``roles`` index) or that index itself;
    ``text`` is a role as written in a sentence, with or without hamza or a proclitic
    (ووزير الدفاع الايراني). Exact folded match first; otherwise the one role that extends the
    text or that the text extends (وزير الدفاع الروسي الجنرال شويغو); ambiguity gives None.
    """
    index = roles.roles if isinstance(roles, EntityResult) else roles
    words = phrase_key(text).split(" ")
    if not words[0]:
        return None
    candidates = [" ".join((stem, *words[1:])) for stem in closed_class_stems(words[0])]
    for key in candidates:
        if key in index:
            return index[key]
    found = {
        entity_id
        for role, entity_id in index.items()
        for key in candidates
        if role.startswith(key + " ") or key.startswith(role + " ")
    }
    return found.pop() if len(found) == 1 else None


def find_role_mentions(doc: Document, result: EntityResult) -> list[RoleMention]:
    """Every role description in ``doc`` that resolves to one of ``result``'s entities
    (e.g. a later "وشدد وزير الدفاع الروسي" with no name), in text order."""
    view = token_view(doc)
    token_at = {start: i for i, start in enumerate(view.starts)}
    end_at = {end: i for i, end in enumerate(view.ends)}
    refs: dict[int, MentionRef] = {}
    for entity in result.entities:
        for m in entity.mentions:
            first, last = token_at.get(m.start), end_at.get(m.end)
            if first is not None and last is not None:
                refs[first] = MentionRef(last + 1, entity.type, entity.id)
    parser = RoleParser(view, load_lexicons(), SpellingIndex(view), refs)
    out: list[RoleMention] = []
    for role, _ in parser.ties():
        if len(role.texts) != 1:
            continue
        entity_id = resolve_role(result, role.texts[0])
        if entity_id is not None:
            start, end = view.starts[role.first], view.ends[role.last - 1]
            out.append(RoleMention(start, end, doc.text[start:end], entity_id))
    return out
