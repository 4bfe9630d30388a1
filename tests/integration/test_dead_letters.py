"""`akhbar dead list|show|replay|purge` against a real worker: a fixed article replays with
its id."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable

import pytest
import redis

from akhbar.devredis import RedisServer

from .conftest import Worker, read_stream, settle, wait_for

pytestmark = pytest.mark.integration


def akhbar(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AKHBAR_")}
    env["AKHBAR_REDIS_URL"] = url
    return subprocess.run(
        [sys.executable, "-m", "akhbar.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_dead_letter_lifecycle(
    r: redis.Redis, redis_server: RedisServer, start_worker: Callable[..., Worker]
) -> None:
    url = redis_server.url
    strict = start_worker(max_body_bytes=200)
    long_body = "قال الوزير إن " + "العمل مستمر " * 40
    r.xadd("akhbar:articles", {"article": json.dumps({"id": "too-long", "body": long_body})})
    r.xadd("akhbar:articles", {"article": "{broken"})
    settle(r, 2)
    listed = akhbar(url, "dead", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert sorted(row["kind"] for row in rows) == ["body_too_large", "invalid_json"]
    too_long = next(row for row in rows if row["kind"] == "body_too_large")
    assert too_long["id"] == "too-long"

    shown = akhbar(url, "dead", "show", too_long["entry_id"])
    letter = json.loads(shown.stdout)
    assert json.loads(letter["payload"])["body"] == long_body
    assert letter["error"]["details"]["limit"] == 200

    stats = akhbar(url, "stats", "--json")
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["dead_letters_by_reason"] == {
        "body_too_large": 1,
        "invalid_json": 1,
    }

    # "the fix": a worker with a larger limit; replay keeps the original payload and id
    strict.stop()
    start_worker(max_body_bytes=100_000)
    replayed = akhbar(url, "dead", "replay", too_long["entry_id"])
    assert replayed.returncode == 0 and "replayed 1" in replayed.stdout
    assert wait_for(
        lambda: any(d["id"] == "too-long" for d in read_stream(r, "akhbar:results", b"result")), 30
    )
    remaining = json.loads(akhbar(url, "dead", "list", "--json").stdout)
    assert [row["kind"] for row in remaining] == ["invalid_json"]

    purged = akhbar(url, "dead", "purge", "--all", "--yes")
    assert "purged 1" in purged.stdout
    assert r.xlen("akhbar:dead") == 0
