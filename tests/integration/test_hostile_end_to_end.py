"""The hostile-input table through XADD, the bridge and a real worker; then random stream
entries thrown at the bridge. Each entry ends as exactly one result or dead letter."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable

import pytest
import redis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akhbar.bridge import Bridge
from akhbar.devredis import RedisServer
from akhbar.settings import Settings
from akhbar.worker import create_app

from ..hostile import BODY_LIMIT, CASES, PAYLOAD_LIMIT
from .conftest import Worker, read_stream, settle

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_hostile_table_through_a_real_worker(
    r: redis.Redis, start_worker: Callable[..., Worker]
) -> None:
    worker = start_worker(max_body_bytes=BODY_LIMIT, max_payload_bytes=PAYLOAD_LIMIT)
    for case in CASES:
        r.xadd("akhbar:articles", {"article": case.payload, "case": case.name})
    r.xadd(
        "akhbar:articles",
        {"article": json.dumps({"id": "after", "body": "قال الوزير إن العمل مستمر."})},
    )
    results, dead = settle(r, len(CASES) + 1, timeout=120, quiet=3)
    expected_dead = sum(c.expect != "result" for c in CASES)
    assert (results, dead) == (len(CASES) + 1 - expected_dead, expected_dead)
    letters = read_stream(r, "akhbar:dead", b"dead")
    by_payload = {
        (base64.b64decode(d["payload"]) if d["payload_encoding"] == "base64" else d["payload"]): d
        for d in letters
    }
    for case in CASES:
        if case.expect != "result":
            assert by_payload[case.payload]["error"]["kind"] == case.expect, case.name
    assert worker.proc is not None and worker.proc.poll() is None
    assert "after" in {d["id"] for d in read_stream(r, "akhbar:results", b"result")}


field_values = st.one_of(st.binary(max_size=200), st.text(max_size=200).map(str.encode))
entries = st.lists(
    st.dictionaries(
        st.sampled_from([b"article", b"other", b"x"]), field_values, min_size=1, max_size=3
    ),
    min_size=1,
    max_size=8,
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(batch=entries)
def test_fuzz_bridge_every_entry_forwarded_or_dead_lettered(
    redis_server: RedisServer, batch: list[dict[bytes, bytes]]
) -> None:
    client = redis.Redis.from_url(redis_server.url)
    client.flushall()
    config = Settings(redis_url=redis_server.url, batch_size=64)
    bridge = Bridge(client, create_app(config), config, consumer="fuzz")
    for fields in batch:
        client.xadd(config.input_stream, fields)
    while bridge.step():
        pass
    queued = [json.loads(m) for m in client.lrange(config.queue, 0, -1)]
    forwarded = sum(len(json.loads(base64.b64decode(m["body"]))[0][0]) for m in queued)
    readable = sum(1 for f in batch if b"article" in f and _utf8(f[b"article"]))
    assert forwarded == readable
    # identical unreadable entries share one dead letter (dead letters are idempotent too)
    unreadable = {
        f.get(b"article") if b"article" in f else tuple(sorted(f.items()))
        for f in batch
        if not (b"article" in f and _utf8(f[b"article"]))
    }
    assert client.xlen(config.dead_stream) == len(unreadable)
    # forwarded entries stay pending until a worker has published them; unreadable ones are done
    assert client.xpending(config.input_stream, config.input_group)["pending"] == readable
    client.close()


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
