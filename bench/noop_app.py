"""A bench-only Celery app: the production worker (same settings, bridge, health steps) whose
``akhbar.process`` task does no NLP — it only counts the articles of each batch.

Run: ``celery -A bench.noop_app worker -Q akhbar -c 2`` from the repository root (bench/queue.py
does this). Messages have the production shape (a list of ``Item`` dicts), so the bridge feeds
it unchanged; the throughput it reaches is the queue ceiling on this machine.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import redis

from akhbar.keys import TASK_NAME
from akhbar.settings import get_settings
from akhbar.worker import create_app

COUNTER = "bench:noop:articles"

app = create_app()
app.conf.include = []  # not akhbar.tasks: this module registers akhbar.process itself


@cache
def _client() -> redis.Redis:
    return redis.Redis.from_url(get_settings().redis_url)


@app.task(name=TASK_NAME)  # type: ignore[untyped-decorator]
def process(items: list[dict[str, Any]]) -> int:
    """Count the batch's articles (one INCRBY, so the benchmark sees when the queue drained)."""
    return int(_client().incrby(COUNTER, len(items)))
