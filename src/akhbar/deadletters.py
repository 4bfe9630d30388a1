"""Acting on dead letters: list, show, replay (re-submit as received) and purge."""

from __future__ import annotations

import base64
from typing import Any

import orjson
import redis

from akhbar import keys
from akhbar.settings import Settings
from akhbar.streams import entries_of


def _letters(
    client: redis.Redis, stream: str, count: int | None
) -> list[tuple[str, dict[str, Any]]]:
    reply = client.xrevrange(stream, count=count) if count else client.xrevrange(stream)
    return [(eid.decode(), orjson.loads(fields[b"dead"])) for eid, fields in entries_of(reply)]


def list_letters(client: redis.Redis, settings: Settings, count: int = 50) -> list[dict[str, Any]]:
    """Newest first: entry id, article id, reason, stage, message, failure time."""
    return [
        {
            "entry_id": eid,
            "id": letter.get("id"),
            "kind": letter["error"]["kind"],
            "stage": letter["error"]["stage"],
            "message": letter["error"]["message"],
            "failed_at": letter["failed_at"],
        }
        for eid, letter in _letters(client, settings.dead_stream, count)
    ]


def get_letter(client: redis.Redis, settings: Settings, entry_id: str) -> dict[str, Any] | None:
    entries = entries_of(client.xrange(settings.dead_stream, entry_id, entry_id))
    if not entries:
        return None
    letter: dict[str, Any] = orjson.loads(entries[0][1][b"dead"])
    return letter


def counts_by_reason(client: redis.Redis, settings: Settings) -> dict[str, int]:
    counts: dict[str, int] = {}
    for _, letter in _letters(client, settings.dead_stream, None):
        kind = letter["error"]["kind"]
        counts[kind] = counts.get(kind, 0) + 1
    return counts


def replay(
    client: redis.Redis, settings: Settings, entry_ids: list[str] | None, reason: str | None = None
) -> int:
    """Put each selected letter's payload back on the input stream and remove the letter.

    The payload is re-sent exactly as received, so the article keeps its original id. Its
    dead-letter marker is cleared, so if it fails again a new dead letter is written.
    """
    selected = [
        (eid, letter)
        for eid, letter in _letters(client, settings.dead_stream, None)
        if (entry_ids is None or eid in entry_ids)
        and (reason is None or letter["error"]["kind"] == reason)
    ]
    for eid, letter in selected:
        payload = letter["payload"]
        data = base64.b64decode(payload) if letter.get("payload_encoding") == "base64" else payload
        pipe = client.pipeline()
        pipe.delete(keys.dead_lettered(letter["payload_hash"]))
        pipe.delete(keys.attempts(letter["payload_hash"]))
        pipe.xadd(settings.input_stream, {"article": data, "replay_of": eid})
        pipe.xdel(settings.dead_stream, eid)
        pipe.execute()
    return len(selected)


def purge(client: redis.Redis, settings: Settings, entry_ids: list[str] | None) -> int:
    """Delete the given letters, or all of them."""
    if entry_ids is None:
        entry_ids = [eid for eid, _ in _letters(client, settings.dead_stream, None)]
    if not entry_ids:
        return 0
    return int(client.xdel(settings.dead_stream, *entry_ids))
