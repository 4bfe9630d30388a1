"""Small helpers over Redis streams: consumer groups, id arithmetic and the safe trim policy.

Trim policy: an entry is removed only when it is older than the stream's retention AND every
consumer group has read and acknowledged it. A group that stops reading therefore makes its
stream grow (watch ``akhbar stats``); nothing is dropped under a reader that is behind.
"""

from __future__ import annotations

import time
from typing import Any

import redis


def parse_id(entry_id: str | bytes) -> tuple[int, int]:
    text = entry_id.decode() if isinstance(entry_id, bytes) else entry_id
    ms, _, seq = text.partition("-")
    return int(ms), int(seq or 0)


def format_id(ms: int, seq: int) -> str:
    return f"{ms}-{seq}"


StreamEntry = tuple[bytes, dict[bytes, bytes]]


def entries_of(reply: Any) -> list[StreamEntry]:
    """The entries of an XRANGE/XREVRANGE reply, or of the first stream in an XREAD(GROUP) one
    (redis-py types replies as broad unions; this is the one place that narrows them)."""
    if not reply:
        return []
    if isinstance(reply, dict):  # RESP3 XREAD
        reply = next(iter(reply.values()))[0] if reply else []
    elif (
        isinstance(reply[0], list | tuple) and len(reply[0]) == 2 and isinstance(reply[0][1], list)
    ):
        reply = reply[0][1]
    return [(entry_id, fields or {}) for entry_id, fields in reply]


def ensure_group(client: redis.Redis, stream: str, group: str, start: str = "0") -> None:
    """Create ``group`` on ``stream`` (and the stream) unless it exists. ``0``: read history."""
    try:
        client.xgroup_create(stream, group, id=start, mkstream=True)
    except redis.ResponseError as exc:
        if "BUSYGROUP" not in str(exc):
            raise


def groups(client: redis.Redis, stream: str) -> list[dict[str, Any]]:
    try:
        return list(client.xinfo_groups(stream))
    except redis.ResponseError:  # no such stream
        return []


def _s(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def safe_trim_id(client: redis.Redis, stream: str, retention_s: int) -> str | None:
    """The smallest id that must be kept, or None when nothing may be trimmed."""
    if retention_s <= 0:
        return None
    keep = (int(time.time() * 1000) - retention_s * 1000, 0)
    for group in groups(client, stream):
        name = _s(group["name"])
        summary = client.xpending(stream, name)
        if summary and summary.get("pending"):
            keep = min(keep, parse_id(summary["min"]))
        else:
            ms, seq = parse_id(_s(group["last-delivered-id"]))
            keep = min(keep, (ms, seq + 1))
    if keep <= (0, 0):
        return None
    return format_id(*keep)


def safe_trim(client: redis.Redis, stream: str, retention_s: int) -> int:
    """Trim by the policy above; returns the number of entries removed."""
    minid = safe_trim_id(client, stream, retention_s)
    if minid is None:
        return 0
    return int(client.xtrim(stream, minid=minid, approximate=False))
