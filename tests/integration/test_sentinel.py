"""Redis Sentinel: a real master, replica and Sentinel; a real worker keeps going through a
fail-over and nothing is lost or doubled."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import redis

from akhbar.devredis import RedisServer, SentinelServer
from akhbar.runtime import parse_sentinel_url, redis_client
from akhbar.settings import Settings

from .conftest import Worker, read_stream, wait_for

pytestmark = pytest.mark.integration


@pytest.fixture()
def sentinel_setup() -> Iterator[tuple[RedisServer, RedisServer, SentinelServer]]:
    master = RedisServer(appendonly=True).start()
    replica = RedisServer(appendonly=True, replica_of=master.port).start()
    sentinel = SentinelServer(master.port).start()
    try:
        yield master, replica, sentinel
    finally:
        for server in (sentinel, replica, master):
            server.stop()


def _article(n: int) -> str:
    return json.dumps({"id": f"s{n}", "body": f"قال المتحدث إن الجولة رقم {n} انتهت بنجاح."})


def test_worker_follows_a_sentinel_failover(
    sentinel_setup: tuple[RedisServer, RedisServer, SentinelServer],
) -> None:
    master, replica, sentinel = sentinel_setup
    settings = Settings(redis_url=sentinel.url, sentinel_master=sentinel.master_name)
    client = redis_client(settings)
    worker = Worker(sentinel.url, sentinel_master=sentinel.master_name).start(timeout=60)
    try:
        client.xadd("akhbar:articles", {"article": _article(1)})
        assert wait_for(lambda: client.xlen("akhbar:results") == 1, 60), worker.log()
        assert wait_for(lambda: _synced(master, replica), 10)

        sentinel.failover()
        assert wait_for(lambda: sentinel.master_port_now() == replica.port, 30)
        assert wait_for(lambda: _role(master) == "slave", 30)

        for n in range(2, 6):
            client.xadd("akhbar:articles", {"article": _article(n)})
        new_master = redis.Redis(port=replica.port)
        assert wait_for(lambda: new_master.xlen("akhbar:results") >= 5, 90), worker.log()
        ids = sorted(d["id"] for d in read_stream(new_master, "akhbar:results", b"result"))
        assert ids == [f"s{n}" for n in range(1, 6)]  # once each: none lost, none doubled
        assert new_master.xlen("akhbar:dead") == 0
        assert worker.alive()
    finally:
        worker.stop(10)


def _role(server: RedisServer) -> str:
    return str(redis.Redis(port=server.port).info("replication")["role"])


def _synced(master: RedisServer, replica: RedisServer) -> bool:
    return bool(
        redis.Redis(port=master.port).info("replication")["master_repl_offset"]
        == redis.Redis(port=replica.port).info("replication").get("slave_repl_offset")
    )


def test_sentinel_url_parsing() -> None:
    nodes, target = parse_sentinel_url(
        "sentinel://:s%40cret@10.0.0.1:26379/2;sentinel://10.0.0.2;sentinel://h3:26380"
    )
    assert nodes == [("10.0.0.1", 26379), ("10.0.0.2", 26379), ("h3", 26380)]
    assert target == {"db": 2, "password": "s@cret"}
    with pytest.raises(ValueError, match="sentinel"):
        parse_sentinel_url("redis://10.0.0.1:6379")
    with pytest.raises(ValueError, match="AKHBAR_SENTINEL_MASTER"):
        Settings(redis_url="sentinel://10.0.0.1:26379")
