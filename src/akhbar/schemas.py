"""The input/output contract: raw article in, enriched article or dead letter out.

The JSON Schemas generated from these models are committed under ``schemas/`` and printed by
``akhbar schema input|result|dead-letter``. Bump ``SCHEMA_VERSION`` on any change a consumer
could notice (minor: fields added; major: fields removed or changed).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from akhbar.errors import Stage

SCHEMA_VERSION = "1.0"

ID_MAX_CHARS = 512


class RawArticle(BaseModel):
    """An article as a producer sends it.

    Unknown top-level fields are **kept**: they are moved into ``metadata`` (a field already in
    ``metadata`` wins), so a producer's extra bookkeeping survives to the result.
    """

    model_config = ConfigDict(extra="allow", str_strip_whitespace=False)

    id: str = Field(
        ...,
        min_length=1,
        max_length=ID_MAX_CHARS,
        description="The producer's stable id; integers are accepted and turned into strings.",
    )
    body: str = Field(..., description="Plain text or HTML.")
    title: str | None = None
    url: str | None = Field(None, max_length=8192)
    source: str | None = Field(None, max_length=1024)
    published_at: datetime | None = None
    language: str | None = Field(None, max_length=64)
    metadata: dict[str, Any] = Field(default_factory=dict)

    @field_validator("id", mode="before")
    @classmethod
    def _id_from_int(cls, value: Any) -> Any:
        if isinstance(value, bool):
            raise ValueError("id must be a string or an integer, not a boolean")
        if isinstance(value, int):
            return str(value)
        return value

    @field_validator("id")
    @classmethod
    def _id_printable(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("id must not be blank")
        if any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
            raise ValueError("id must not contain control characters")
        return value

    @model_validator(mode="after")
    def _extras_into_metadata(self) -> RawArticle:
        extra = self.__pydantic_extra__ or {}
        if extra:
            merged = dict(extra)
            merged.update(self.metadata)
            self.metadata = merged
            self.__pydantic_extra__ = {}
        return self


class SpanOut(BaseModel):
    start: int = Field(..., ge=0, description="Offset into `text` (Unicode code points).")
    end: int = Field(..., ge=0, description="Exclusive end offset into `text`.")
    raw_start: int = Field(..., ge=0, description="Offset into the body as received.")
    raw_end: int = Field(..., ge=0, description="Exclusive end offset into the body as received.")


class TextSpanOut(SpanOut):
    text: str


class SentenceOut(SpanOut):
    paragraph: int


class EntityOut(BaseModel):
    id: str = Field(..., description="Article-local id, e.g. E1; quotes refer to it.")
    type: Literal["PER", "LOC", "ORG", "MISC"]
    name: str = Field(..., description="Canonical name: clitics off, hamza restored when seen.")
    mentions: list[TextSpanOut]
    titles: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)


class NationalityOut(TextSpanOut):
    country: str
    entity_id: str | None = None


class CueOut(TextSpanOut):
    lemma: str


class SpeakerOut(BaseModel):
    entity_id: str | None
    name: str | None
    mention: TextSpanOut | None
    resolution: Literal["explicit", "role", "context", "anonymous"]
    kind: Literal["person", "organization", "document", "anonymous"]


class QuoteOut(BaseModel):
    cue: CueOut
    speaker: SpeakerOut
    content: TextSpanOut
    type: Literal["direct", "indirect", "mixed"]
    sentence: int
    confidence: float = Field(..., ge=0.0, le=1.0)


class Processing(BaseModel):
    akhbar_version: str
    backends: dict[str, str] = Field(..., description="Stage name -> backend that ran it.")
    duration_ms: float
    stages_ms: dict[str, float]
    content_hash: str = Field(..., description="Hash of (id, body, title): the idempotency key.")
    duplicates_dropped: int = Field(0, description="Exact duplicate paragraphs removed.")
    warnings: list[str] = Field(default_factory=list)


class EnrichedArticle(BaseModel):
    """One result per article on the results stream (field ``result``)."""

    schema_version: str = SCHEMA_VERSION
    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: datetime | None = None
    language: str = Field(..., description="Detected language (ISO 639-1), e.g. ar.")
    arabic_ratio: float = Field(..., ge=0.0, le=1.0)
    metadata: dict[str, Any] = Field(default_factory=dict)
    dateline: str | None = None
    credit: str | None = None
    text: str = Field(..., description="Cleaned display text; every offset points into it.")
    paragraphs: list[SpanOut]
    sentences: list[SentenceOut]
    entities: list[EntityOut]
    nationalities: list[NationalityOut] = Field(default_factory=list)
    quotes: list[QuoteOut]
    processing: Processing


class ErrorInfo(BaseModel):
    kind: str = Field(..., description="Stable machine-readable reason, e.g. invalid_json.")
    message: str
    stage: Stage
    details: Any = None


class DeadLetter(BaseModel):
    """What could not be processed, with the payload exactly as received."""

    schema_version: str = SCHEMA_VERSION
    id: str | None = Field(None, description="The article id when it could be read.")
    payload: str = Field(..., description="The payload as received (see payload_encoding).")
    payload_encoding: Literal["utf-8", "base64"] = "utf-8"
    payload_hash: str
    error: ErrorInfo
    attempts: int = Field(..., ge=1)
    origin: str = Field(..., description="Where it came in: stream:<entry id>, submit, replay.")
    received_at: datetime
    failed_at: datetime
    task_id: str | None = None
