"""`akhbar stats`, `akhbar view ID` and the Python consumer helper against a real worker."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import redis

from akhbar.consumer import consume
from akhbar.devredis import RedisServer
from akhbar.devworker import worker_env
from akhbar.schemas import EnrichedArticle
from akhbar.stats import count_since

from .conftest import Worker, read_stream, settle, wait_for

pytestmark = pytest.mark.integration

BODY = "صرح رئيس اتحاد المزارعين خالد النعيمي في عمان بأن موسم الحصاد سيبدأ مبكرا هذا العام."


def push(client: redis.Redis, article_id: str, body: str = BODY) -> None:
    client.xadd("akhbar:articles", {"article": json.dumps({"id": article_id, "body": body})})


def akhbar(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = worker_env(url, "/tmp/akhbar-cli-test", log_level="WARNING")
    run = subprocess.run(
        [sys.executable, "-m", "akhbar.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    return run


def test_stats_reports_real_numbers(
    r: redis.Redis, redis_server: RedisServer, start_worker: Callable[..., Worker]
) -> None:
    worker = start_worker(concurrency=2, name="statsw")
    for i in range(5):
        push(r, f"s{i}")
    r.xadd("akhbar:articles", {"article": "[1, 2"})
    r.xadd("akhbar:articles", {"article": json.dumps({"id": "nobody"})})
    assert settle(r, 7) == (5, 2), worker.log()
    r.xgroup_create("akhbar:results", "downstream", id="0")
    r.xreadgroup("downstream", "c1", {"akhbar:results": ">"}, count=2)

    stats = json.loads(akhbar(redis_server.url, "stats", "--json").stdout)
    streams = stats["streams"]
    assert {role: s["length"] for role, s in streams.items()} == {
        "input": 7,
        "results": 5,
        "dead": 2,
    }
    [bridge] = streams["input"]["groups"]
    assert (bridge["name"], bridge["pending"], bridge["lag"]) == ("akhbar-bridge", 0, 0)
    [downstream] = streams["results"]["groups"]
    assert (downstream["name"], downstream["pending"], downstream["lag"]) == ("downstream", 2, 3)
    assert stats["dead_letters_by_reason"] == {"invalid_json": 1, "invalid_article": 1}
    [node] = stats["workers_alive"]
    assert node.startswith("statsw@")
    assert stats["throughput_per_min"] == {"received": 7, "published": 5, "dead_lettered": 2}

    table = akhbar(redis_server.url, "stats").stdout
    for text in ("consumer groups", "downstream", "invalid_json", "workers alive: 1 (statsw@"):
        assert text in table


def test_count_since_pages_through_many_entries(r: redis.Redis) -> None:
    base = 1_700_000_000_000
    pipe = r.pipeline()
    for i in range(2500):  # 2.5 pages of PAGE=1000, a few entries per millisecond
        pipe.xadd("counted", {"f": "x" * 50}, id=f"{base + i // 4}-{i % 4 + 1}")
    pipe.execute()
    assert count_since(r, "counted", base) == 2500
    assert count_since(r, "counted", base + 100) == 2500 - 400
    assert count_since(r, "counted", base + 10_000) == 0
    assert count_since(r, "absent", base) == 0


def test_view_by_article_id_from_the_results_stream(
    r: redis.Redis, redis_server: RedisServer, start_worker: Callable[..., Worker], tmp_path: Path
) -> None:
    start_worker()
    push(r, "viewed")
    push(r, "other")
    assert settle(r, 2) == (2, 0)
    out = str(tmp_path / "viewed.html")
    run = akhbar(redis_server.url, "view", "viewed", "--html", out)
    assert "viewed:" in run.stdout
    page = Path(out).read_text(encoding="utf-8")
    [doc] = [d for d in read_stream(r, "akhbar:results", b"result") if d["id"] == "viewed"]
    for entity in doc["entities"]:
        assert f'data-entity-id="{entity["id"]}"' in page
    assert '<html dir="rtl" lang="ar">' in page


def test_python_consumer_acks_after_the_loop_body(
    r: redis.Redis, start_worker: Callable[..., Worker]
) -> None:
    start_worker(concurrency=2)
    for i in range(3):
        push(r, f"p{i}")
    assert settle(r, 3) == (3, 0)

    seen: list[str] = []
    with pytest.raises(RuntimeError), consume(r, "py", "c1", count=1, idle_timeout_s=5) as results:
        for article in results:
            assert isinstance(article, EnrichedArticle)
            seen.append(article.id)
            # count=1: no read-ahead, so the one in hand is the only one pending
            assert r.xpending("akhbar:results", "py")["pending"] == 1
            if len(seen) == 2:
                raise RuntimeError("the body failed on the second article")
    # the first was acked when the second was requested; the failed one stays pending
    assert r.xpending("akhbar:results", "py")["pending"] == 1

    again: list[str] = []
    with consume(r, "py", "c1", idle_timeout_s=20, block_ms=500) as results:
        for article in results:
            again.append(article.id)
            if len(again) == 2:
                push(r, "p-late")  # arrives while we wait: the blocking read picks it up
            if article.id == "p-late":
                break
    assert again[0] == seen[1]  # the pending one comes back first
    assert sorted(seen[:1] + again) == ["p-late", "p0", "p1", "p2"]
    assert r.xpending("akhbar:results", "py")["pending"] == 0

    started = time.monotonic()
    assert list(consume(r, "py", "c1", idle_timeout_s=1, block_ms=200)) == []
    assert 0.9 <= time.monotonic() - started < 5
    assert wait_for(lambda: r.xlen("akhbar:results") == 4, 1)
