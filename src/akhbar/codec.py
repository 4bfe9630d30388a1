"""The body codec of akhbar's Celery messages: JSON as UTF-8 (orjson).

Celery's stock ``json`` serializer escapes every non-ASCII character, so one two-byte Arabic
letter travels as a six-byte ``\\uXXXX`` and a batch of articles weighs 3.7x its text in Redis.
``akhbar-json`` sends the same JSON as UTF-8 (2.7x fewer bytes after the transport's base64)
and encodes and decodes it faster. Workers keep accepting stock ``json`` bodies, so a task sent
by a plain Celery client with default settings still runs.
"""

from __future__ import annotations

import orjson
from kombu.serialization import register

SERIALIZER = "akhbar-json"
CONTENT_TYPE = "application/x-akhbar-json"


def register_codec() -> None:
    """Make ``akhbar-json`` known to kombu in this process (idempotent)."""
    register(  # type: ignore[no-untyped-call]
        SERIALIZER, orjson.dumps, orjson.loads, content_type=CONTENT_TYPE, content_encoding="utf-8"
    )
