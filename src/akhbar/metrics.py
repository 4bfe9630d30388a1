"""Prometheus metrics for workers and the bridge (docs/OPERATIONS.md lists every series).

Off unless ``AKHBAR_METRICS_PORT`` is set: every ``observe_*`` call is then a no-op. In a prefork
worker the main process calls ``enable`` before the pool forks (Celery's ``worker_init``), which
points prometheus-client's multiprocess mode at ``<state_dir>/prometheus`` (wiped first), so
counts made in any child land in per-process files that the main process sums at scrape time.
Queue depth and consumer-group lag are not counted: a collector asks Redis at scrape time.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from akhbar.schemas import EnrichedArticle
from akhbar.settings import Settings

ORIGIN_KINDS = frozenset({"stream", "submit", "push", "replay", "process"})
STAGES = ("clean", "entities", "quotes", "assemble")
STAGE_BUCKETS_S = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0)
COUNT_BUCKETS = (0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89)


@dataclass(frozen=True)
class _Metrics:
    received: Any
    published: Any
    duplicates: Any
    dead: Any
    redeliveries: Any
    fanned_out: Any
    bridge_entries: Any
    bridge_batches: Any
    stage_seconds: Any
    article_seconds: Any
    entities: Any
    quotes: Any


_metrics: _Metrics | None = None
_registry: Any = None
_settings: Settings | None = None


def multiprocess_dir(settings: Settings) -> Path:
    return Path(settings.state_dir) / "prometheus"


def enable(settings: Settings, *, multiprocess: bool = True) -> None:
    """Create the metrics in this process. ``multiprocess``: share them with forked children
    (call before the fork); the directory is wiped, so counts start at zero with the worker."""
    global _metrics, _registry, _settings
    from prometheus_client import CollectorRegistry, values

    registry = CollectorRegistry()
    if multiprocess:
        from prometheus_client import multiprocess as mp

        path = multiprocess_dir(settings)
        shutil.rmtree(path, ignore_errors=True)
        path.mkdir(parents=True)
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(path)
        values.ValueClass = values.get_value_class()  # type: ignore[no-untyped-call]
        mp.MultiProcessCollector(registry, path=str(path))  # type: ignore[no-untyped-call]
    registry.register(StreamCollector(settings))
    _metrics = _build(None if multiprocess else registry)
    _registry, _settings = registry, settings


def _build(registry: Any) -> _Metrics:
    from prometheus_client import Counter, Histogram

    def counter(name: str, doc: str, labels: tuple[str, ...] = ()) -> Any:
        return Counter(name, doc, labels, registry=registry)

    def histogram(
        name: str, doc: str, buckets: Iterable[float], labels: tuple[str, ...] = ()
    ) -> Any:
        return Histogram(name, doc, labels, buckets=tuple(buckets), registry=registry)

    return _Metrics(
        received=counter(
            "akhbar_articles_received",
            "Payloads handed to processing (a redelivery counts again), by origin.",
            ("origin",),
        ),
        published=counter(
            "akhbar_articles_published", "New results written to the results stream."
        ),
        duplicates=counter(
            "akhbar_duplicates_skipped",
            "Outcomes already written before (idempotent publish), by kind: result, dead_letter.",
            ("kind",),
        ),
        dead=counter(
            "akhbar_dead_letters", "New dead letters, by reason (error kind).", ("reason",)
        ),
        redeliveries=counter(
            "akhbar_redeliveries", "Single-article tasks delivered more than once (attempts > 1)."
        ),
        fanned_out=counter(
            "akhbar_batches_fanned_out", "Batches redelivered and split into one task per article."
        ),
        bridge_entries=counter("akhbar_bridge_entries", "Input-stream entries the bridge acked."),
        bridge_batches=counter("akhbar_bridge_batches", "Celery tasks the bridge sent."),
        stage_seconds=histogram(
            "akhbar_stage_duration_seconds", "Time per pipeline stage.", STAGE_BUCKETS_S, ("stage",)
        ),
        article_seconds=histogram(
            "akhbar_article_duration_seconds", "Pipeline time per article.", STAGE_BUCKETS_S
        ),
        entities=histogram("akhbar_entities_per_article", "Entities per result.", COUNT_BUCKETS),
        quotes=histogram("akhbar_quotes_per_article", "Quotes per result.", COUNT_BUCKETS),
    )


def origin_kind(origin: str) -> str:
    """``stream:1700000000000-0`` -> ``stream``; anything unknown -> ``other`` (bounded labels)."""
    kind = origin.split(":", 1)[0]
    return kind if kind in ORIGIN_KINDS else "other"


# -- hooks (no-ops while metrics are off) --------------------------------------------------------
def observe_received(origin: str) -> None:
    if _metrics is not None:
        _metrics.received.labels(origin_kind(origin)).inc()


def observe_result(result: EnrichedArticle, fresh: bool) -> None:
    """One processed article: published (or skipped as a duplicate), with its timings and counts."""
    m = _metrics
    if m is None:
        return
    if not fresh:
        m.duplicates.labels("result").inc()
        return
    m.published.inc()
    for stage, ms in result.processing.stages_ms.items():
        m.stage_seconds.labels(stage).observe(ms / 1000.0)
    m.article_seconds.observe(result.processing.duration_ms / 1000.0)
    m.entities.observe(len(result.entities))
    m.quotes.observe(len(result.quotes))


def observe_dead(reason: str, fresh: bool) -> None:
    if _metrics is not None:
        if fresh:
            _metrics.dead.labels(reason).inc()
        else:
            _metrics.duplicates.labels("dead_letter").inc()


def observe_attempt(attempts: int) -> None:
    if _metrics is not None and attempts > 1:
        _metrics.redeliveries.inc()


def observe_fan_out() -> None:
    if _metrics is not None:
        _metrics.fanned_out.inc()


def observe_forwarded(entries: int, batches: int) -> None:
    if _metrics is not None:
        _metrics.bridge_entries.inc(entries)
        _metrics.bridge_batches.inc(batches)


# -- exposition -----------------------------------------------------------------------------------
def render() -> bytes:
    """The current exposition text (what the HTTP endpoint serves)."""
    from prometheus_client import generate_latest

    if _registry is None:
        raise RuntimeError("metrics are not enabled")
    return bytes(generate_latest(_registry))


def serve(port: int | None = None, addr: str = "0.0.0.0") -> None:
    """Serve ``/metrics`` from a daemon thread of this process."""
    from prometheus_client import start_http_server

    if _registry is None or _settings is None:
        raise RuntimeError("metrics are not enabled")
    start_http_server(port or _settings.metrics_port, addr=addr, registry=_registry)


def serve_standalone(settings: Settings) -> None:
    """For a single-process program (``akhbar bridge``): enable in-process metrics and serve."""
    if settings.metrics_port:
        enable(settings, multiprocess=False)
        serve()


def connect_worker_signals() -> None:
    """Wire metrics into a Celery worker: enable before the pool forks, serve once it is ready,
    and drop a child's live-gauge files when it exits."""
    from celery.signals import worker_init, worker_process_shutdown, worker_ready

    def _init(**_: Any) -> None:
        from akhbar.settings import get_settings

        settings = get_settings()
        if settings.metrics_port:
            enable(settings)

    def _ready(**_: Any) -> None:
        if _registry is not None:
            serve()

    def _child_exit(pid: int | None = None, **_: Any) -> None:
        if _metrics is not None and "PROMETHEUS_MULTIPROC_DIR" in os.environ:
            from prometheus_client import multiprocess as mp

            mp.mark_process_dead(pid or os.getpid())  # type: ignore[no-untyped-call]

    worker_init.connect(_init, weak=False)
    worker_ready.connect(_ready, weak=False)
    worker_process_shutdown.connect(_child_exit, weak=False)


# -- scrape-time gauges from Redis ---------------------------------------------------------------
class StreamCollector:
    """Stream lengths and per-group pending/lag, read from Redis on each scrape."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client: Any = None

    def _redis(self) -> Any:
        if self._client is None:
            from akhbar.runtime import redis_client

            self._client = redis_client(
                self.settings, retries=0, socket_timeout=2.0, socket_connect_timeout=2.0
            )
        return self._client

    def collect(self) -> Iterator[Any]:
        import redis
        from prometheus_client.core import GaugeMetricFamily

        from akhbar.stats import stream_report

        up = GaugeMetricFamily("akhbar_redis_up", "1 when the last scrape could read Redis.")
        length = GaugeMetricFamily(
            "akhbar_stream_length", "Entries in the stream.", labels=["stream"]
        )
        pending = GaugeMetricFamily(
            "akhbar_group_pending",
            "Entries delivered to the group and not yet acked.",
            labels=["stream", "group"],
        )
        lag = GaugeMetricFamily(
            "akhbar_group_lag",
            "Entries not yet delivered to the group.",
            labels=["stream", "group"],
        )
        consumers = GaugeMetricFamily(
            "akhbar_group_consumers", "Consumers in the group.", labels=["stream", "group"]
        )
        s = self.settings
        try:
            reports = [stream_report(self._redis(), name) for name in streams_of(s)]
        except (redis.RedisError, OSError):
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        for report in reports:
            length.add_metric([report["stream"]], report["length"])
            for group in report["groups"]:
                labels = [report["stream"], group["name"]]
                pending.add_metric(labels, group["pending"])
                consumers.add_metric(labels, group["consumers"])
                if group["lag"] is not None:
                    lag.add_metric(labels, group["lag"])
        yield from (up, length, pending, lag, consumers)


def streams_of(settings: Settings) -> tuple[str, str, str]:
    return settings.input_stream, settings.results_stream, settings.dead_stream
