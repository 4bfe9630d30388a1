"""Plain data passed between the NLP stages (clean -> entities -> quotes).

Every offset is a half-open ``[start, end)`` index into ``Document.text`` (the display text).
``Document.key`` is the matching key: the same length as ``text``, folded character by character,
so an offset into one is an offset into the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EntityType = Literal["PER", "LOC", "ORG", "MISC"]
QuoteType = Literal["direct", "indirect", "mixed"]
SpeakerResolution = Literal["explicit", "role", "context", "anonymous"]
SpeakerKind = Literal["person", "organization", "document", "anonymous"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character span ``[start, end)`` into ``Document.text``."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass(slots=True)
class Document:
    """The cleaned article: display text, matching key and structure, all in one offset space."""

    text: str
    key: str
    raw_offsets: list[int]
    """``raw_offsets[i]`` is the index in the raw body of the character that became ``text[i]``;
    one extra final element holds the raw end. Monotonic non-decreasing; ``len(text) + 1`` long."""
    paragraphs: list[Span]
    sentences: list[Sentence]
    tokens: list[Span]
    """Word and punctuation tokens in reading order (camel-tools ``simple_word_tokenize`` rules)."""
    title: str | None = None
    dateline: str | None = None
    credit: str | None = None
    duplicates_dropped: int = 0
    language: str = "ar"
    arabic_ratio: float = 1.0
    warnings: list[str] = field(default_factory=list)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``text`` back to ``(raw_start, raw_end)`` in the body as received."""
        if start >= end:
            pos = self.raw_offsets[start]
            return pos, pos
        return self.raw_offsets[start], self.raw_offsets[end - 1] + 1


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity:
    id: str
    type: EntityType
    name: str
    mentions: list[Mention]
    titles: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Nationality:
    """A nationality adjective (الروسي، الإيرانية) linked to its country."""

    start: int
    end: int
    text: str
    country: str
    entity_id: str | None = None


@dataclass(slots=True)
class EntityResult:
    entities: list[Entity]
    nationalities: list[Nationality]
    backend: str
    roles: dict[str, str] = field(default_factory=dict)
    """Folded role description (``phrase_key``) -> the id of the one entity it describes."""


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    text: str
    lemma: str


@dataclass(frozen=True, slots=True)
class Speaker:
    entity_id: str | None
    name: str | None
    mention: Span | None
    resolution: SpeakerResolution
    kind: SpeakerKind
    guessed: bool = False
    """A last-resort guess (the person named last before the cue): lowers the quote's
    confidence, as an unknown speaker does."""


@dataclass(frozen=True, slots=True)
class Content:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Quote:
    cue: Cue
    speaker: Speaker
    content: Content
    type: QuoteType
    sentence: int
    confidence: float
