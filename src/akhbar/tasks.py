"""Celery tasks: thin wrappers that hand each item to ``akhbar.handling``.

One task, ``akhbar.process``, takes a small batch of items. A batch that is delivered a second
time (its worker died, or it ran out of time) is split into one task per item, so one poison
article is isolated, counted and dead-lettered without taking its batch-mates with it.
"""

from __future__ import annotations

from typing import Any

from billiard.exceptions import SoftTimeLimitExceeded
from celery import Task
from celery.exceptions import Reject
from redis.exceptions import RedisError

from akhbar import metrics
from akhbar.errors import RejectedInput
from akhbar.handling import Item, Outcome, dead_letter, handle
from akhbar.keys import TASK_NAME
from akhbar.runtime import Runtime, get_runtime
from akhbar.worker import app


@app.task(name=TASK_NAME, bind=True)  # type: ignore[untyped-decorator]
def process(self: Task, items: list[dict[str, Any]]) -> dict[str, int]:
    """Process a batch of raw payloads; every item ends as a result or a dead letter."""
    runtime = get_runtime()
    batch = [Item.from_message(i) for i in items]
    try:
        outcomes = _run(self, batch, runtime)
        _ack_inputs(batch[: len(outcomes)], runtime)
    except RedisError as exc:  # infrastructure: give the message back, it will run again
        raise Reject(f"redis unavailable: {exc}", requeue=True) from exc
    counts: dict[str, int] = {}
    for outcome in outcomes:
        counts[outcome] = counts.get(outcome, 0) + 1
    return counts


def _ack_inputs(done: list[Item], runtime: Runtime) -> None:
    """Acknowledge the input-stream entries of items that reached an outcome. Until then the
    bridge keeps them pending and re-sends any left idle too long (a lost Celery message)."""
    entries = [item.input_entry for item in done if item.input_entry]
    if entries:
        s = runtime.settings
        runtime.client.xack(s.input_stream, s.input_group, *entries)


def _run(task: Task, batch: list[Item], runtime: Runtime) -> list[Outcome]:
    task_id = task.request.id
    if len(batch) > 1:
        if runtime.sink.count_attempt(f"batch:{task_id}") > 1:
            _fan_out(batch, runtime)  # second delivery: isolate the items
            runtime.sink.forget_attempts(f"batch:{task_id}")
            return []
        outcomes: list[Outcome] = []
        for index, item in enumerate(batch):
            try:
                outcomes.append(_handle(item, runtime, task_id))
            except SoftTimeLimitExceeded:
                _fan_out(batch[index:], runtime)
                break
        runtime.sink.forget_attempts(f"batch:{task_id}")
        return outcomes
    item = batch[0]
    attempts = runtime.sink.count_attempt(item.payload_hash)
    metrics.observe_attempt(attempts)
    outcome = _single(item, runtime, task_id, attempts)
    runtime.sink.forget_attempts(item.payload_hash)  # final outcome reached: reset the count
    return [outcome]


def _single(item: Item, runtime: Runtime, task_id: str | None, attempts: int) -> Outcome:
    """One article on its own: dead-lettered as poison past the attempt limit, or processed."""
    if attempts > runtime.settings.max_attempts:
        error = RejectedInput(
            "too_many_attempts",
            f"delivered {attempts - 1} times without finishing (worker crash or hard time limit)",
            {"attempts": attempts - 1},
            stage="worker",
        )
        return dead_letter(item, runtime.sink, error, None, task_id, attempts - 1)
    try:
        return _handle(item, runtime, task_id)
    except SoftTimeLimitExceeded:
        error = RejectedInput(
            "timeout",
            f"processing exceeded {runtime.settings.task_soft_time_limit} s",
            {"soft_time_limit_s": runtime.settings.task_soft_time_limit},
            stage="worker",
        )
        return dead_letter(item, runtime.sink, error, None, task_id, attempts)


def _handle(item: Item, runtime: Runtime, task_id: str | None) -> Outcome:
    return handle(
        item,
        runtime.pipeline,
        runtime.sink,
        runtime.settings,
        task_id=task_id,
        reraise=(SoftTimeLimitExceeded,),
    )


def _fan_out(items: list[Item], runtime: Runtime) -> None:
    metrics.observe_fan_out()
    for item in items:
        process.apply_async(args=[[item.to_message()]], queue=runtime.settings.queue)
