"""Fault injection against a real redis-server and real celery workers (docs/RELIABILITY.md).

Every test ends with the same check: each article pushed yields exactly one result or one dead
letter, whatever was killed when.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections import Counter
from collections.abc import Callable

import pytest
import redis

from akhbar.devredis import RedisServer

from .conftest import FAULTY, Worker, read_stream, settle, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.slow]

BODY = "قال المتحدث باسم الوزارة إن الاجتماع سيعقد الأسبوع المقبل في العاصمة."


def push(client: redis.Redis, article_id: str, body: str = BODY) -> None:
    client.xadd("akhbar:articles", {"article": json.dumps({"id": article_id, "body": body})})


def assert_exactly_once(client: redis.Redis, ids: list[str]) -> None:
    results = Counter(d["id"] for d in read_stream(client, "akhbar:results", b"result"))
    dead = Counter(d["id"] for d in read_stream(client, "akhbar:dead", b"dead"))
    assert {i: results[i] + dead[i] for i in ids} == dict.fromkeys(ids, 1)
    assert set(results) | set(dead) <= set(ids)


def test_child_killed_mid_article_is_redelivered_once(
    r: redis.Redis, start_worker: Callable[..., Worker]
) -> None:
    worker = start_worker(app=FAULTY, concurrency=1)
    push(r, "slow", f"{BODY} __slow_4__")
    assert wait_for(lambda: len(worker.started()) >= 1, 20), worker.log()
    child = worker.started()[0].name.split("-")[1]
    os.kill(int(child), signal.SIGKILL)
    ids = ["slow"] + [f"n{i}" for i in range(5)]
    for i in range(5):
        push(r, f"n{i}")
    settle(r, len(ids), timeout=60)
    assert_exactly_once(r, ids)
    assert len(worker.started()) >= 2  # the slow article really ran a second time


def test_whole_worker_killed_mid_article_then_restarted(
    r: redis.Redis, start_worker: Callable[..., Worker]
) -> None:
    worker = start_worker(app=FAULTY, concurrency=2)
    ids = [f"k{i}" for i in range(6)]
    for i, article_id in enumerate(ids):
        push(r, article_id, f"{BODY} __slow_2__" if i < 2 else BODY)
    assert wait_for(lambda: len(worker.started()) >= 1, 20), worker.log()
    worker.kill()
    worker.start()  # same node name: its bridge re-reads its own pending entries
    settle(r, len(ids), timeout=90)
    assert_exactly_once(r, ids)


def test_bridge_dying_between_read_and_ack_loses_nothing(
    r: redis.Redis, start_worker: Callable[..., Worker]
) -> None:
    ids = [f"b{i}" for i in range(8)]
    r.xgroup_create("akhbar:articles", "akhbar-bridge", id="0", mkstream=True)
    for article_id in ids:
        push(r, article_id)
    # a bridge on another host read half the entries, forwarded nothing and died
    r.xreadgroup("akhbar-bridge", "dead-bridge@elsewhere", {"akhbar:articles": ">"}, count=4)
    assert r.xpending("akhbar:articles", "akhbar-bridge")["pending"] == 4
    start_worker()
    settle(r, len(ids), timeout=60)
    assert_exactly_once(r, ids)
    assert r.xpending("akhbar:articles", "akhbar-bridge")["pending"] == 0


def test_celery_message_lost_after_the_bridge_sent_it(
    r: redis.Redis, redis_server: RedisServer, start_worker: Callable[..., Worker]
) -> None:
    """kombu's Redis transport pops a message (BRPOP) before recording it as unacked: a worker
    killed in between loses it. The input entry is still pending, so the bridge sends it again."""
    from akhbar.bridge import Bridge
    from akhbar.settings import Settings
    from akhbar.worker import create_app

    ids = [f"l{i}" for i in range(6)]
    for article_id in ids:
        push(r, article_id)
    config = Settings(redis_url=redis_server.url)
    bridge = Bridge(r, create_app(config), config, consumer="gone@elsewhere")
    while bridge.step():
        pass
    assert r.llen("akhbar") == 1  # one batch message, about to be lost
    r.delete("akhbar")
    assert r.xpending("akhbar:articles", "akhbar-bridge")["pending"] == len(ids)
    start_worker()  # its bridge claims entries idle for AKHBAR_BRIDGE_CLAIM_IDLE_MS (2 s here)
    settle(r, len(ids), timeout=60)
    assert_exactly_once(r, ids)
    assert r.xpending("akhbar:articles", "akhbar-bridge")["pending"] == 0


def test_poison_article_is_dead_lettered_after_max_attempts(
    r: redis.Redis, start_worker: Callable[..., Worker]
) -> None:
    worker = start_worker(app=FAULTY, concurrency=1, max_attempts=2)
    push(r, "poison", f"{BODY} __crash__")
    for i in range(3):
        push(r, f"ok{i}")
    settle(r, 4, timeout=90)
    assert_exactly_once(r, ["poison", "ok0", "ok1", "ok2"])
    letters = read_stream(r, "akhbar:dead", b"dead")
    assert [(d["id"], d["error"]["kind"]) for d in letters] == [("poison", "too_many_attempts")]
    assert json.loads(letters[0]["payload"])["id"] == "poison"
    assert letters[0]["attempts"] == 2
    assert worker.proc is not None and worker.proc.poll() is None  # still serving


def test_time_limits_soft_is_a_timeout_hard_counts_as_an_attempt(
    r: redis.Redis, start_worker: Callable[..., Worker]
) -> None:
    start_worker(
        app=FAULTY,
        concurrency=1,
        max_attempts=1,
        task_soft_time_limit=1,
        task_time_limit=2,
        batch_size=1,
    )
    push(r, "hangs", f"{BODY} __hang__")
    push(r, "slow", f"{BODY} __slow_30__")
    push(r, "fine")
    settle(r, 3, timeout=60)
    letters = {d["id"]: d["error"]["kind"] for d in read_stream(r, "akhbar:dead", b"dead")}
    assert letters == {"hangs": "too_many_attempts", "slow": "timeout"}
    assert [d["id"] for d in read_stream(r, "akhbar:results", b"result")] == ["fine"]


def test_warm_shutdown_with_work_in_flight(
    r: redis.Redis, start_worker: Callable[..., Worker]
) -> None:
    worker = start_worker(app=FAULTY, concurrency=1)
    ids = [f"w{i}" for i in range(5)]
    for article_id in ids:
        push(r, article_id, f"{BODY} __slow_1__")
    assert wait_for(lambda: len(worker.started()) >= 1, 20), worker.log()
    worker.stop(30)  # SIGTERM: finishes the article in hand, gives the rest back
    assert worker.proc is not None and worker.proc.returncode == 0, worker.log()
    done = r.xlen("akhbar:results")
    assert 1 <= done < len(ids)
    start_worker(app=FAULTY, concurrency=1)
    settle(r, len(ids), timeout=60)
    assert_exactly_once(r, ids)


def test_redis_restart_mid_run(
    r: redis.Redis, redis_server: RedisServer, start_worker: Callable[..., Worker]
) -> None:
    start_worker(concurrency=2)
    ids = [f"r{i}" for i in range(60)]
    for article_id in ids[:30]:
        push(r, article_id)
    wait_for(lambda: r.xlen("akhbar:results") >= 5, 30)
    redis_server.restart()  # AOF on: the streams and queues survive
    client = redis.Redis(port=redis_server.port)
    for article_id in ids[30:]:
        push(client, article_id)
    settle(client, len(ids), timeout=120, quiet=3)
    assert_exactly_once(client, ids)


def test_small_soak_with_one_kill(r: redis.Redis, start_worker: Callable[..., Worker]) -> None:
    """A few hundred articles through 2 workers while one is killed once (bench/soak.py: 10k)."""
    first = start_worker(concurrency=1, name="soak-a")
    start_worker(concurrency=1, name="soak-b")
    ids = [f"s{i}" for i in range(300)]
    for article_id in ids:
        push(r, article_id, f"{BODY} رقم {article_id}")
    wait_for(lambda: r.xlen("akhbar:results") >= 50, 60)
    first.kill()
    time.sleep(1)
    first.start()
    settle(r, len(ids), timeout=180, quiet=3)
    assert_exactly_once(r, ids)
