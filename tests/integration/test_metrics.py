"""Prometheus endpoint of a real prefork worker, scraped after real processing."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Callable

import pytest
import redis
from prometheus_client.parser import text_string_to_metric_families

from akhbar.devredis import free_port

from .conftest import FAULTY, Worker, settle

pytestmark = pytest.mark.integration

BODY = "قال وزير المالية سليم الحداد في بيروت إن الموازنة الجديدة ستقر الشهر المقبل."


def scrape(port: int) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        text = response.read().decode("utf-8")
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def test_counters_histograms_and_stream_gauges_move(
    r: redis.Redis, start_worker: Callable[..., Worker]
) -> None:
    port = free_port()
    worker = start_worker(concurrency=2, metrics_port=port)
    before = scrape(port)
    assert before[("akhbar_stream_length", (("stream", "akhbar:results"),))] == 0
    for i in range(4):
        r.xadd("akhbar:articles", {"article": json.dumps({"id": f"m{i}", "body": BODY})})
    r.xadd("akhbar:articles", {"article": "{broken"})
    assert settle(r, 5) == (4, 1), worker.log()
    # a second copy of an article already published: skipped, counted as a duplicate
    r.xadd("akhbar:articles", {"article": json.dumps({"id": "m0", "body": BODY})})
    settle(r, 5, quiet=2.0)

    m = scrape(port)
    assert m[("akhbar_articles_published_total", ())] == 4
    assert m[("akhbar_articles_received_total", (("origin", "stream"),))] == 6
    assert m[("akhbar_dead_letters_total", (("reason", "invalid_json"),))] == 1
    assert m[("akhbar_duplicates_skipped_total", (("kind", "result"),))] == 1
    assert m[("akhbar_bridge_entries_total", ())] == 6
    assert m[("akhbar_bridge_batches_total", ())] >= 2
    for stage in ("clean", "entities", "quotes", "assemble"):
        assert m[("akhbar_stage_duration_seconds_count", (("stage", stage),))] == 4
        assert m[("akhbar_stage_duration_seconds_sum", (("stage", stage),))] > 0
    assert m[("akhbar_entities_per_article_count", ())] == 4
    assert m[("akhbar_quotes_per_article_count", ())] == 4
    # the article names a person and a city: the entity histogram's sum shows them
    assert m[("akhbar_entities_per_article_sum", ())] >= 4
    assert m[("akhbar_redis_up", ())] == 1
    assert m[("akhbar_stream_length", (("stream", "akhbar:results"),))] == 4
    assert m[("akhbar_stream_length", (("stream", "akhbar:dead"),))] == 1
    assert m[("akhbar_stream_length", (("stream", "akhbar:articles"),))] == 6
    group = (("group", "akhbar-bridge"), ("stream", "akhbar:articles"))
    assert m[("akhbar_group_pending", group)] == 0
    assert m[("akhbar_group_lag", group)] == 0

    # a downstream group that has read nothing yet: its lag is the whole results stream
    r.xgroup_create("akhbar:results", "downstream", id="0")
    m = scrape(port)
    downstream = (("group", "downstream"), ("stream", "akhbar:results"))
    assert m[("akhbar_group_lag", downstream)] == 4
    assert m[("akhbar_group_pending", downstream)] == 0
    r.xreadgroup("downstream", "c1", {"akhbar:results": ">"}, count=3)
    m = scrape(port)
    assert (m[("akhbar_group_lag", downstream)], m[("akhbar_group_pending", downstream)]) == (1, 3)


@pytest.mark.slow
def test_counts_survive_killed_children_and_redeliveries_are_counted(
    r: redis.Redis, start_worker: Callable[..., Worker]
) -> None:
    port = free_port()
    # the bridge must not re-send the poison's input entry while Celery redelivers it (that
    # would be one more, legitimate, delivery): its idle claim is pushed past the test
    start_worker(
        app=FAULTY, concurrency=1, max_attempts=2, metrics_port=port, bridge_claim_idle_ms=120_000
    )
    r.xadd("akhbar:articles", {"article": json.dumps({"id": "first", "body": BODY})})
    assert settle(r, 1, quiet=0.5) == (1, 0)
    # each delivery SIGKILLs the child that counted "first"; the third is dead-lettered
    poison = {"id": "poison", "body": f"{BODY} __crash__"}
    r.xadd("akhbar:articles", {"article": json.dumps(poison)})
    assert settle(r, 2, timeout=90, quiet=0.5) == (1, 1)
    m = scrape(port)
    assert m[("akhbar_articles_published_total", ())] == 1  # counted by a child long dead
    assert m[("akhbar_redeliveries_total", ())] == 2
    assert m[("akhbar_dead_letters_total", (("reason", "too_many_attempts"),))] == 1
    assert m[("akhbar_articles_received_total", (("origin", "stream"),))] == 3
