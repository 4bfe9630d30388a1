"""The whole path: redis-cli XADD / submit() -> bridge -> celery worker -> akhbar:results."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from typing import Any

import jsonschema
import pytest
import redis

from akhbar.devredis import RedisServer
from akhbar.jsonschemas import schema

from .conftest import Worker, read_stream, settle, wait_for

pytestmark = pytest.mark.integration


def _producer_app(url: str) -> Any:
    from akhbar.settings import Settings
    from akhbar.worker import create_app

    return create_app(Settings(redis_url=url))


def test_seed_via_redis_cli_and_submit_once_each(
    r: redis.Redis, redis_server: RedisServer, start_worker: Callable[..., Worker], seed_text: str
) -> None:
    from akhbar.producer import submit

    start_worker(concurrency=2)
    article = {"id": "seed-1", "body": seed_text, "source": "fixture"}
    payload = json.dumps(article, ensure_ascii=False)
    subprocess.run(
        [
            "redis-cli",
            "-p",
            str(redis_server.port),
            "XADD",
            "akhbar:articles",
            "*",
            "article",
            payload,
        ],
        check=True,
        capture_output=True,
    )
    other = dict(article, id="seed-2")
    submit(other, app=_producer_app(redis_server.url))
    results, dead = settle(r, 2)
    assert (results, dead) == (2, 0)
    docs = read_stream(r, "akhbar:results", b"result")
    validator = jsonschema.Draft202012Validator(schema("result"))
    for doc in docs:
        validator.validate(doc)
    assert sorted(d["id"] for d in docs) == ["seed-1", "seed-2"]
    assert all(d["source"] == "fixture" and d["text"] for d in docs)


def test_malformed_entries_are_dead_lettered_and_worker_keeps_going(
    r: redis.Redis, start_worker: Callable[..., Worker]
) -> None:
    start_worker()
    bad = {
        "not json": ("{nope", "invalid_json"),
        "no body": ('{"id": "a1"}', "invalid_article"),
        "wrong types": ('{"id": "a2", "body": 42}', "invalid_article"),
    }
    for raw, _ in bad.values():
        r.xadd("akhbar:articles", {"article": raw})
    r.xadd("akhbar:articles", {"something": "else"})
    r.xadd("akhbar:articles", {"article": '{"id": "ok", "body": "قال الوزير إن العمل مستمر."}'})
    results, dead = settle(r, 5)
    assert (results, dead) == (1, 4)
    letters = read_stream(r, "akhbar:dead", b"dead")
    validator = jsonschema.Draft202012Validator(schema("dead-letter"))
    for letter in letters:
        validator.validate(letter)
    by_payload = {letter["payload"]: letter for letter in letters}
    for raw, kind in bad.values():
        assert by_payload[raw]["error"]["kind"] == kind
    assert {letter["error"]["kind"] for letter in letters} >= {"missing_article_field"}
    missing = next(x for x in letters if x["payload"] == '{"id": "a1"}')
    assert missing["error"]["details"][0]["field"] == "body"
    assert r.xpending("akhbar:articles", "akhbar-bridge")["pending"] == 0


def test_same_article_twice_gives_one_result(
    r: redis.Redis, redis_server: RedisServer, start_worker: Callable[..., Worker]
) -> None:
    from akhbar.producer import submit, submit_many

    start_worker()
    app = _producer_app(redis_server.url)
    article = {"id": "dup", "body": "أعلن المتحدث باسم الحكومة أن الاجتماع سيعقد غدا."}
    submit(article, app=app)
    r.xadd("akhbar:articles", {"article": json.dumps(article)})
    submit_many([article, article], app=app, batch_size=2)
    changed = dict(article, body=article["body"] + " وأضاف أن الموعد نهائي.")
    submit(changed, app=app)
    results, dead = settle(r, 2)
    assert (results, dead) == (2, 0)


def test_messages_are_utf8_and_stock_json_tasks_still_run(
    r: redis.Redis, redis_server: RedisServer, start_worker: Callable[..., Worker]
) -> None:
    """Our producers send UTF-8 JSON bodies (akhbar.codec); a plain Celery client's default
    ``json`` body is accepted too."""
    import base64

    from celery import Celery

    from akhbar.codec import CONTENT_TYPE
    from akhbar.handling import Item
    from akhbar.producer import submit

    article = {"id": "utf8", "body": "قال الوزير إن المحادثات مستمرة."}
    submit(article, app=_producer_app(redis_server.url))
    stored = json.loads(r.lpop("akhbar") or b"{}")  # no worker yet: the message waits
    assert stored["content-type"] == CONTENT_TYPE
    body = base64.b64decode(stored["body"])
    assert article["body"].encode() in body  # UTF-8, not \u escapes

    stock = Celery(broker=redis_server.url)  # default settings: the json serializer
    item = Item.new(json.dumps({"id": "stock", "body": article["body"]}), "submit")
    stock.send_task("akhbar.process", args=[[item.to_message()]], queue="akhbar")
    start_worker()
    results, dead = settle(r, 1)
    assert (results, dead) == (1, 0)
    assert [d["id"] for d in read_stream(r, "akhbar:results", b"result")] == ["stock"]


def test_bridge_recreates_its_group_when_the_stream_is_deleted(
    r: redis.Redis, start_worker: Callable[..., Worker]
) -> None:
    """The group is checked once, not on every read: a stream deleted under a running bridge
    (NOGROUP) makes it create the group again and carry on."""
    start_worker()
    r.xadd("akhbar:articles", {"article": '{"id": "before", "body": "قال الوزير إن الخطة جاهزة."}'})
    assert settle(r, 1, quiet=0.5) == (1, 0)
    r.delete("akhbar:articles")
    assert wait_for(lambda: bool(r.exists("akhbar:articles")), 15)  # recreated by the bridge
    r.xadd("akhbar:articles", {"article": '{"id": "after", "body": "قال الوزير إن الخطة نفذت."}'})
    assert settle(r, 2, quiet=0.5) == (2, 0)
