"""``akhbar stats``: what the queue looks like right now, read from Redis alone.

Stream lengths; pending and lag of every consumer group on the input, results and dead streams;
dead letters by reason; workers alive (their heartbeat keys); entries added in the last minute.
The last-minute counts come from stream ids (millisecond timestamps), counted server-side in
pages so no payload crosses the wire and Redis is never blocked for long.
"""

from __future__ import annotations

import time
from typing import Any

import redis

from akhbar import keys
from akhbar.deadletters import counts_by_reason
from akhbar.settings import Settings

WINDOW_S = 60
PAGE = 1000

# Count the entries in [start, end] (at most ARGV[3]); return {count, last id seen}.
_COUNT_RANGE = """
local entries = redis.call('XRANGE', KEYS[1], ARGV[1], ARGV[2], 'COUNT', tonumber(ARGV[3]))
local n = #entries
if n == 0 then return {0, ''} end
return {n, entries[n][1]}
"""


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def stream_report(client: redis.Redis, stream: str) -> dict[str, Any]:
    """Length and consumer groups (pending, lag, consumers) of one stream; zeros if absent."""
    length = int(client.xlen(stream))
    try:
        infos = client.xinfo_groups(stream)
    except redis.ResponseError:  # no such stream yet
        infos = []
    groups = [
        {
            "name": _text(g["name"]),
            "consumers": int(g["consumers"]),
            "pending": int(g["pending"]),
            "lag": None if g.get("lag") is None else int(g["lag"]),
            "last_delivered_id": _text(g["last-delivered-id"]),
        }
        for g in infos
    ]
    return {"stream": stream, "length": length, "groups": groups}


def count_since(client: redis.Redis, stream: str, since_ms: int) -> int:
    """Entries whose id is at or after ``since_ms`` (ids are add times in ms)."""
    script = client.register_script(_COUNT_RANGE)
    total, start = 0, f"{since_ms}-0"
    while True:
        n, last = script(keys=[stream], args=[start, "+", PAGE])
        total += int(n)
        if int(n) < PAGE:
            return total
        start = f"({_text(last)}"


def workers_alive(client: redis.Redis) -> list[str]:
    """Worker node names whose heartbeat key has not expired."""
    prefix = keys.heartbeat("")
    found = client.scan_iter(match=f"{prefix}*", count=10_000)
    return sorted(_text(k)[len(prefix) :] for k in found)


def collect(client: redis.Redis, settings: Settings, now_ms: int | None = None) -> dict[str, Any]:
    """Everything ``akhbar stats`` shows, as plain data (what ``--json`` prints)."""
    now_ms = now_ms if now_ms is not None else int(time.time() * 1000)
    since = now_ms - WINDOW_S * 1000
    names = {
        "input": settings.input_stream,
        "results": settings.results_stream,
        "dead": settings.dead_stream,
    }
    streams = {}
    for role, name in names.items():
        report = stream_report(client, name)
        report["last_minute"] = count_since(client, name, since)
        streams[role] = report
    return {
        "at_ms": now_ms,
        "window_s": WINDOW_S,
        "streams": streams,
        "dead_letters_by_reason": counts_by_reason(client, settings),
        "workers_alive": workers_alive(client),
        "throughput_per_min": {
            "received": streams["input"]["last_minute"],
            "published": streams["results"]["last_minute"],
            "dead_lettered": streams["dead"]["last_minute"],
        },
    }


def render(stats: dict[str, Any]) -> Any:
    """The stats as rich renderables (a group of tables) for the terminal."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    streams = Table(title="streams", title_justify="left")
    for col in ("role", "stream", "length", f"added last {stats['window_s']} s"):
        streams.add_column(col, justify="right" if col.startswith(("length", "added")) else "left")
    groups = Table(title="consumer groups", title_justify="left")
    for col in ("stream", "group", "consumers", "pending", "lag", "last delivered"):
        groups.add_column(
            col, justify="right" if col in {"consumers", "pending", "lag"} else "left"
        )
    for role, report in stats["streams"].items():
        streams.add_row(role, report["stream"], str(report["length"]), str(report["last_minute"]))
        for g in report["groups"]:
            lag = "?" if g["lag"] is None else str(g["lag"])
            groups.add_row(
                report["stream"],
                g["name"],
                str(g["consumers"]),
                str(g["pending"]),
                lag,
                g["last_delivered_id"],
            )
    dead = Table(title="dead letters by reason", title_justify="left")
    dead.add_column("reason")
    dead.add_column("count", justify="right")
    for reason, count in sorted(stats["dead_letters_by_reason"].items(), key=lambda kv: -kv[1]):
        dead.add_row(reason, str(count))
    alive = stats["workers_alive"]
    flow = stats["throughput_per_min"]
    summary = Text(
        f"workers alive: {len(alive)} ({', '.join(alive) or 'none'})\n"
        f"last {stats['window_s']} s: received {flow['received']}, "
        f"published {flow['published']}, dead-lettered {flow['dead_lettered']}"
    )
    return Group(summary, streams, groups, dead)
