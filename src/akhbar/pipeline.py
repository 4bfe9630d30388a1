"""The whole NLP pipeline as one pure call: RawArticle -> EnrichedArticle.

Built once per process (the NER model loads in ``Pipeline.__init__``) and reused for every
article. Knows nothing of Celery or Redis: ``akhbar process`` and the worker both call ``run``.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any, Literal

from akhbar import __version__
from akhbar.errors import RejectedInput
from akhbar.nlp.clean import clean
from akhbar.nlp.entities import extract_entities
from akhbar.nlp.ner import Tagger, load_tagger
from akhbar.nlp.quotes import cue_model, extract_quotes
from akhbar.nlp.types import Document, EntityResult, Quote
from akhbar.schemas import EnrichedArticle, RawArticle
from akhbar.settings import Settings


def content_hash(article: RawArticle) -> str:
    """The idempotency key's content part: same id + same content = same result."""
    h = hashlib.sha256()
    for part in (article.id, article.title or "", article.body):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()[:32]


class Pipeline:
    """clean -> entities -> quotes, with the expensive resources built once."""

    def __init__(
        self,
        ner_backend: str = "crf",
        tagger: Tagger | None = None,
        cue_filter: cue_model.CueFilter | Literal["shipped"] | None = "shipped",
    ) -> None:
        """``cue_filter``: the quote stage's learned filter (``cue_model``), None for its rules
        alone (``Settings.quote_learned``)."""
        self.tagger = tagger if tagger is not None else load_tagger(ner_backend)
        self.cue_filter = cue_model.chosen(cue_filter)

    @classmethod
    def from_settings(cls, settings: Settings) -> Pipeline:
        """The pipeline the service runs: its NER backend and quote stage as configured."""
        return cls(settings.ner_backend, cue_filter="shipped" if settings.quote_learned else None)

    def run(self, article: RawArticle) -> EnrichedArticle:
        """Process one validated article. Raises ``RejectedInput`` for unprocessable content."""
        started = time.perf_counter()
        stages: dict[str, float] = {}

        t0 = time.perf_counter()
        doc = clean(article.body, article.title)
        stages["clean"] = _ms(t0)

        t0 = time.perf_counter()
        entities = extract_entities(doc, self.tagger)
        stages["entities"] = _ms(t0)

        t0 = time.perf_counter()
        quotes = extract_quotes(doc, entities, self.cue_filter)
        stages["quotes"] = _ms(t0)

        t0 = time.perf_counter()
        result = assemble(article, doc, entities, quotes, self.cue_filter is not None)
        stages["assemble"] = _ms(t0)
        result.processing.stages_ms = stages
        result.processing.duration_ms = _ms(started)
        return result


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000.0, 3)


def _span(doc: Document, start: int, end: int) -> dict[str, int]:
    raw_start, raw_end = doc.raw_span(start, end)
    return {"start": start, "end": end, "raw_start": raw_start, "raw_end": raw_end}


def _text_span(doc: Document, start: int, end: int) -> dict[str, Any]:
    return {**_span(doc, start, end), "text": doc.text[start:end]}


def assemble(
    article: RawArticle,
    doc: Document,
    entities: EntityResult,
    quotes: list[Quote],
    learned_quotes: bool = True,
) -> EnrichedArticle:
    """The result model from the stages' outputs (also used by scripts that run the stages
    themselves), built as plain dicts and validated once (a third cheaper than constructing
    every nested model on its own; the output is identical)."""
    if not doc.text.strip():
        raise RejectedInput("empty_body", "nothing is left of the body after cleaning")
    return EnrichedArticle.model_validate(
        {
            "id": article.id,
            "title": article.title if article.title is not None else doc.title,
            "url": article.url,
            "source": article.source,
            "published_at": article.published_at,
            "language": doc.language,
            "arabic_ratio": doc.arabic_ratio,
            "metadata": article.metadata,
            "dateline": doc.dateline,
            "credit": doc.credit,
            "text": doc.text,
            "paragraphs": [_span(doc, p.start, p.end) for p in doc.paragraphs],
            "sentences": [
                {**_span(doc, s.start, s.end), "paragraph": s.paragraph} for s in doc.sentences
            ],
            "entities": [
                {
                    "id": e.id,
                    "type": e.type,
                    "name": e.name,
                    "mentions": [_text_span(doc, m.start, m.end) for m in e.mentions],
                    "titles": e.titles,
                    "roles": e.roles,
                }
                for e in entities.entities
            ],
            "nationalities": [
                {**_text_span(doc, n.start, n.end), "country": n.country, "entity_id": n.entity_id}
                for n in entities.nationalities
            ],
            "quotes": [_quote(doc, q) for q in quotes],
            "processing": {
                "akhbar_version": __version__,
                "backends": {
                    "clean": "akhbar",
                    "entities": entities.backend,
                    "quotes": "rules+cue-crf" if learned_quotes else "rules",
                },
                "duration_ms": 0.0,
                "stages_ms": {},
                "content_hash": content_hash(article),
                "duplicates_dropped": doc.duplicates_dropped,
                "warnings": doc.warnings,
            },
        }
    )


def _quote(doc: Document, q: Quote) -> dict[str, Any]:
    mention = q.speaker.mention
    return {
        "cue": {**_text_span(doc, q.cue.start, q.cue.end), "lemma": q.cue.lemma},
        "speaker": {
            "entity_id": q.speaker.entity_id,
            "name": q.speaker.name,
            "mention": _text_span(doc, mention.start, mention.end) if mention else None,
            "resolution": q.speaker.resolution,
            "kind": q.speaker.kind,
        },
        "content": _text_span(doc, q.content.start, q.content.end),
        "type": q.type,
        "sentence": q.sentence,
        "confidence": q.confidence,
    }
