"""One delivered payload -> exactly one outcome: a published result or a dead letter.

Pure orchestration over a ``Pipeline`` and a ``Sink``; the Celery task is a thin wrapper.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

import orjson
import structlog

from akhbar import keys, metrics
from akhbar.errors import RejectedInput
from akhbar.intake import parse_payload, payload_text
from akhbar.pipeline import Pipeline, content_hash
from akhbar.schemas import ID_MAX_CHARS, DeadLetter, ErrorInfo
from akhbar.settings import Settings
from akhbar.sinks import Sink

log = structlog.get_logger("akhbar.handling")

Outcome = Literal["published", "duplicate", "dead", "dead_duplicate"]

_INTAKE_KINDS = {
    "payload_not_utf8",
    "payload_too_large",
    "invalid_json",
    "invalid_unicode",
    "not_an_object",
    "nesting_too_deep",
    "missing_article_field",
}


@dataclass(frozen=True, slots=True)
class Item:
    """What travels in a Celery message: the payload exactly as received, and where it came from."""

    payload: str
    origin: str
    received_at: str

    @classmethod
    def new(cls, payload: str, origin: str) -> Item:
        return cls(payload=payload, origin=origin, received_at=now_iso())

    def to_message(self) -> dict[str, str]:
        return {"payload": self.payload, "origin": self.origin, "received_at": self.received_at}

    @classmethod
    def from_message(cls, data: dict[str, Any]) -> Item:
        return cls(
            payload=str(data["payload"]),
            origin=str(data.get("origin", "unknown")),
            received_at=str(data.get("received_at") or now_iso()),
        )

    @property
    def input_entry(self) -> str | None:
        """The input-stream entry this item came from (acknowledged once it has an outcome)."""
        kind, _, entry = self.origin.partition(":")
        return entry if kind in ("stream", "replay") and entry else None

    @property
    def payload_hash(self) -> str:
        return keys.payload_hash(self.payload)


def peek_id(payload: str) -> str | None:
    """The ``id`` of a payload that could not be processed, when it can be read at all."""
    try:
        data = orjson.loads(payload)
    except (orjson.JSONDecodeError, UnicodeEncodeError):
        return None
    value = data.get("id") if isinstance(data, dict) else None
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return str(value)[:ID_MAX_CHARS]


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def handle(
    item: Item,
    pipeline: Pipeline,
    sink: Sink,
    settings: Settings,
    task_id: str | None = None,
    reraise: tuple[type[BaseException], ...] = (),
) -> Outcome:
    """Validate, process and publish one item. Input and pipeline errors become dead letters;
    exceptions in ``reraise`` (e.g. a time limit) and the sink's infrastructure errors propagate."""
    bound = log.bind(task_id=task_id, origin=item.origin)
    metrics.observe_received(item.origin)
    try:
        article = parse_payload(
            item.payload,
            max_payload_bytes=settings.max_payload_bytes,
            max_body_bytes=settings.max_body_bytes,
        )
    except RejectedInput as exc:
        exc.stage = exc.stage or ("intake" if exc.kind in _INTAKE_KINDS else "validate")
        return dead_letter(item, sink, exc, None, task_id)
    bound = bound.bind(article_id=article.id)
    try:
        result = pipeline.run(article)
    except RejectedInput as exc:
        exc.stage = exc.stage or "clean"
        return dead_letter(item, sink, exc, article.id, task_id)
    except reraise:
        raise
    except Exception as exc:  # the pipeline is pure: any other error is about this article
        bound.exception("pipeline_error")
        error = RejectedInput(
            "processing_error",
            f"{type(exc).__name__}: {exc}"[:2000],
            {"exception": type(exc).__name__},
            stage="worker",
        )
        return dead_letter(item, sink, error, article.id, task_id)
    fresh = sink.publish_result(article.id, content_hash(article), result.model_dump_json())
    metrics.observe_result(result, fresh)
    bound.info(
        "published" if fresh else "duplicate_skipped",
        entities=len(result.entities),
        quotes=len(result.quotes),
        duration_ms=result.processing.duration_ms,
    )
    return "published" if fresh else "duplicate"


def dead_letter(
    item: Item,
    sink: Sink,
    error: RejectedInput,
    article_id: str | None,
    task_id: str | None,
    attempts: int = 1,
    raw: bytes | None = None,
) -> Outcome:
    """Write one dead letter for ``item`` (once per payload) and log the reason. ``raw``: the
    payload bytes when they are not text (stored base64)."""
    article_id = article_id if article_id is not None else peek_id(item.payload)
    payload, encoding = payload_text(raw if raw is not None else item.payload)
    payload_hash = keys.payload_hash(raw) if raw is not None else item.payload_hash
    letter = DeadLetter(
        id=article_id,
        payload=payload,
        payload_encoding=encoding,
        payload_hash=payload_hash,
        error=ErrorInfo(
            kind=error.kind,
            message=error.message,
            stage=error.stage or "worker",
            details=error.details,
        ),
        attempts=max(attempts, 1),
        origin=item.origin,
        received_at=datetime.fromisoformat(item.received_at),
        failed_at=datetime.now(UTC),
        task_id=task_id,
    )
    fresh = sink.publish_dead(payload_hash, article_id, letter.model_dump_json())
    metrics.observe_dead(error.kind, fresh)
    log.warning(
        "dead_lettered" if fresh else "dead_letter_duplicate_skipped",
        article_id=article_id,
        task_id=task_id,
        origin=item.origin,
        reason=error.kind,
        stage=error.stage,
    )
    return "dead" if fresh else "dead_duplicate"
