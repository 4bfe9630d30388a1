"""Every Redis key akhbar writes that is not a configurable stream name."""

from __future__ import annotations

import hashlib

PREFIX = "akhbar"


def _digest(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()[:32]


def published(article_id: str, content_hash: str) -> str:
    """Set once when the result for (id, content) is on the results stream."""
    return f"{PREFIX}:published:{_digest(article_id, content_hash)}"


def dead_lettered(payload_hash: str) -> str:
    """Set once when a payload has been dead-lettered (redeliveries add no second letter)."""
    return f"{PREFIX}:deadlettered:{payload_hash}"


def attempts(payload_hash: str) -> str:
    """Deliveries of one payload so far; survives the death of the worker that ran it."""
    return f"{PREFIX}:attempts:{payload_hash}"


def heartbeat(node: str) -> str:
    """Per-worker heartbeat (also written as a file for container health checks)."""
    return f"{PREFIX}:heartbeat:{node}"


def payload_hash(payload: str | bytes) -> str:
    """Stable hash of a payload as received."""
    data = payload if isinstance(payload, bytes) else payload.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:32]


TASK_NAME = "akhbar.process"
"""The one Celery task every way in reaches."""
