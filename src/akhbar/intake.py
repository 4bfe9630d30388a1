"""Payload as received -> validated ``RawArticle``, or ``RejectedInput`` with a precise reason.

The only place input is judged. Reasons (``RejectedInput.kind``) are stable strings, listed in
``REASONS`` and documented in docs/RELIABILITY.md.
"""

from __future__ import annotations

from typing import Any

import orjson
from pydantic import ValidationError

from akhbar.errors import RejectedInput
from akhbar.schemas import RawArticle

REASONS: dict[str, str] = {
    "payload_not_utf8": "the payload bytes are not valid UTF-8",
    "payload_too_large": "the payload is larger than AKHBAR_MAX_PAYLOAD_BYTES",
    "invalid_json": "the payload is not parseable JSON",
    "invalid_unicode": "the JSON holds lone surrogates or other unencodable text",
    "not_an_object": "the JSON is valid but not an object",
    "nesting_too_deep": "the JSON nests deeper than allowed",
    "invalid_article": "the object does not match the input schema (details list the fields)",
    "body_too_large": "the body is larger than AKHBAR_MAX_BODY_BYTES",
    "empty_body": "the body is empty, whitespace or has no text after cleaning",
    "missing_article_field": "a stream entry without the `article` field",
    "processing_error": "the pipeline raised an unexpected error (details: exception type)",
    "timeout": "processing exceeded the soft time limit",
    "too_many_attempts": "delivered AKHBAR_MAX_ATTEMPTS times without finishing (poison)",
}

MAX_DEPTH = 64


def parse_payload(
    payload: str | bytes | dict[str, Any], *, max_payload_bytes: int, max_body_bytes: int
) -> RawArticle:
    """Decode and validate one article. Raises ``RejectedInput``; never anything else."""
    data = _decode(payload, max_payload_bytes) if not isinstance(payload, dict) else payload
    if not isinstance(data, dict):
        raise RejectedInput("not_an_object", f"expected a JSON object, got {type(data).__name__}")
    if _depth(data) > MAX_DEPTH:
        raise RejectedInput("nesting_too_deep", f"JSON nests deeper than {MAX_DEPTH} levels")
    try:
        article = RawArticle.model_validate(data)
    except ValidationError as exc:
        details = [
            {
                "field": ".".join(str(p) for p in err["loc"]),
                "error": err["type"],
                "message": err["msg"],
            }
            for err in exc.errors(include_url=False, include_input=False)
        ]
        fields = ", ".join(f"{d['field']} ({d['error']})" for d in details)
        raise RejectedInput("invalid_article", f"invalid article: {fields}", details) from None
    body_bytes = len(article.body.encode("utf-8", "surrogatepass"))
    if body_bytes > max_body_bytes:
        raise RejectedInput(
            "body_too_large",
            f"body is {body_bytes} bytes, limit {max_body_bytes}",
            {"bytes": body_bytes, "limit": max_body_bytes},
        )
    if not article.body.strip():
        raise RejectedInput("empty_body", "body is empty or only whitespace")
    if _has_surrogates(article):
        raise RejectedInput("invalid_unicode", "text fields hold lone surrogates")
    return article


def _decode(payload: str | bytes, limit: int) -> Any:
    raw = payload if isinstance(payload, bytes) else payload.encode("utf-8", "surrogatepass")
    if len(raw) > limit:
        raise RejectedInput(
            "payload_too_large",
            f"payload is {len(raw)} bytes, limit {limit}",
            {"bytes": len(raw), "limit": limit},
        )
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RejectedInput("payload_not_utf8", f"payload is not UTF-8: {exc.reason}") from None
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        message = str(exc)
    if "depth limit" in message:
        raise RejectedInput("nesting_too_deep", f"JSON nests too deep: {message}")
    if "surrogate" in message:
        raise RejectedInput("invalid_unicode", f"JSON strings hold lone surrogates: {message}")
    raise RejectedInput("invalid_json", f"invalid JSON: {message}")


def _depth(value: Any, level: int = 1) -> int:
    """Nesting depth, stopping early past MAX_DEPTH (iterative: no recursion limit risk)."""
    deepest = level
    stack: list[tuple[Any, int]] = [(value, level)]
    while stack:
        node, lvl = stack.pop()
        deepest = max(deepest, lvl)
        if deepest > MAX_DEPTH:
            return deepest
        if isinstance(node, dict):
            stack.extend((child, lvl + 1) for child in node.values())
        elif isinstance(node, list):
            stack.extend((child, lvl + 1) for child in node)
    return deepest


def _has_surrogates(article: RawArticle) -> bool:
    for text in (article.id, article.body, article.title or ""):
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return True
    return False


def payload_text(payload: str | bytes) -> tuple[str, str]:
    """The payload as a string for a dead letter, and its encoding (utf-8 or base64)."""
    import base64

    if isinstance(payload, str):
        try:
            payload.encode("utf-8")
            return payload, "utf-8"
        except UnicodeEncodeError:
            payload = payload.encode("utf-8", "surrogatepass")
    try:
        return payload.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return base64.b64encode(payload).decode("ascii"), "base64"
