"""In-process mode: the same handling as the worker, with an in-memory sink and no Redis."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Literal

from akhbar.handling import Item, handle
from akhbar.pipeline import Pipeline
from akhbar.settings import get_settings
from akhbar.sinks import MemorySink


def process_payloads(
    payloads: Iterable[str], pipeline: Pipeline | None = None
) -> Iterator[tuple[Literal["result", "dead"], str]]:
    """Yield ("result", json) or ("dead", json) for each payload, in order."""
    settings = get_settings()
    pipeline = pipeline or Pipeline.from_settings(settings)
    sink = MemorySink()
    for payload in payloads:
        before_results, before_dead = len(sink.results), len(sink.dead)
        handle(Item.new(payload, "process"), pipeline, sink, settings)
        if len(sink.results) > before_results:
            yield "result", sink.results[-1]
        elif len(sink.dead) > before_dead:
            yield "dead", sink.dead[-1]
