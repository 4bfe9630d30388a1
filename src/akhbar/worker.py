"""The Celery application: ``celery -A akhbar.worker worker`` or ``akhbar worker``.

Settings chosen for at-least-once processing on Redis (see NOTES in docs/RELIABILITY.md). Building
the app reads the environment only; no connection is made and no model is loaded at import.
"""

from __future__ import annotations

import ssl
from functools import lru_cache
from typing import Any, ClassVar

import structlog
from celery import Celery, bootsteps
from celery.signals import setup_logging, worker_process_init, worker_ready, worker_shutdown

from akhbar import metrics
from akhbar.codec import SERIALIZER, register_codec
from akhbar.settings import Settings, get_settings

log = structlog.get_logger("akhbar.worker")


def celery_config(settings: Settings) -> dict[str, Any]:
    """Celery settings, each with the reason it is set."""
    transport: dict[str, Any] = {
        # unacked messages older than this are redelivered; must exceed the hard time limit
        "visibility_timeout": settings.visibility_timeout,
        # sweep for expired unacked messages every N s (a scan on every sweep: throttle 1)
        "unacked_restore_interval": settings.restore_interval_s,
        "unacked_restore_throttle": 1,
        # the sweep's Redis mutex; kombu's 300 s default means a worker killed mid-sweep
        # blocks every other worker's sweep (and so all redelivery) for five minutes
        "unacked_mutex_expire": max(5, settings.restore_interval_s * 5),
        "socket_keepalive": True,
        "health_check_interval": 30,
    }
    config: dict[str, Any] = {
        "broker_url": settings.redis_url,
        "broker_transport_options": transport,
        # the same timeout everywhere, so no component redelivers on its own schedule
        "result_backend_transport_options": {"visibility_timeout": settings.visibility_timeout},
        "visibility_timeout": settings.visibility_timeout,
        # results go to our own stream; Celery's result backend would write a key per task
        "task_ignore_result": True,
        "result_backend": None,
        # JSON only, no pickle anywhere: sent as UTF-8 (akhbar.codec, 2.7x fewer bytes for
        # Arabic text); stock Celery JSON bodies are accepted too
        "task_serializer": SERIALIZER,
        "accept_content": [SERIALIZER, "json"],
        "result_serializer": "json",
        # ack after the task returns, so a crash mid-article redelivers it
        "task_acks_late": True,
        # a child killed mid-task (OOM, SIGKILL) requeues its message
        "task_reject_on_worker_lost": True,
        # a hard time limit requeues too (the default acks it: the article would vanish);
        # the attempt counter then dead-letters it after AKHBAR_MAX_ATTEMPTS
        "task_acks_on_timeout": False,
        # reserve one message per process: nothing waits in a dead worker's buffer
        "worker_prefetch_multiplier": 1,
        # soft limit raises inside the task (we dead-letter); hard limit kills the child
        "task_soft_time_limit": settings.task_soft_time_limit,
        "task_time_limit": settings.task_time_limit,
        # recycle children so slow leaks never grow unbounded
        "worker_max_tasks_per_child": settings.max_tasks_per_child,
        "worker_max_memory_per_child": settings.max_memory_per_child_kb,
        # keep retrying the broker at start-up and after losing it
        "broker_connection_retry_on_startup": True,
        "broker_connection_max_retries": None,
        # on connection loss, stop running tasks: their messages come back anyway
        "worker_cancel_long_running_tasks_on_connection_loss": True,
        # task events for Flower and exporters
        "worker_send_task_events": True,
        "task_send_sent_event": True,
        "task_default_queue": settings.queue,
        "task_create_missing_queues": True,
        "worker_hijack_root_logger": False,
        "include": ["akhbar.tasks"],
    }
    if settings.redis_url.startswith(("redis://", "rediss://")):
        # kombu's Redis transport, fixed so that losing Redis never kills the worker
        config["broker_transport"] = "akhbar.transport:Transport"
    if settings.uses_sentinel:
        # the same fix over kombu's Sentinel transport, which finds the master by name
        config["broker_transport"] = "akhbar.transport:SentinelTransport"
        transport["master_name"] = settings.sentinel_master
        if settings.sentinel_password:
            transport["sentinel_kwargs"] = {"password": settings.sentinel_password}
    if settings.redis_url.startswith("rediss://"):
        # TLS: verify the server's certificate against the system CAs
        config["broker_use_ssl"] = {"ssl_cert_reqs": ssl.CERT_REQUIRED}
    return config


class BridgeStep(bootsteps.StartStopStep):  # type: ignore[misc]
    """Runs the input-stream bridge in a thread of the worker's main process."""

    requires: ClassVar[set[str]] = {"celery.worker.components:Pool"}

    def __init__(self, parent: Any, **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self.bridge: Any = None

    def start(self, parent: Any) -> None:
        settings = get_settings()
        if not settings.bridge_enabled:
            return
        from akhbar.bridge import Bridge

        self.bridge = Bridge.from_settings(settings, app=parent.app, consumer=parent.hostname)
        self.bridge.start_thread()

    def stop(self, parent: Any) -> None:
        if self.bridge is not None:
            self.bridge.stop()


class HealthStep(bootsteps.StartStopStep):  # type: ignore[misc]
    """Touches the heartbeat file and the worker's Redis key every few seconds."""

    requires: ClassVar[set[str]] = {"celery.worker.components:Timer"}

    def __init__(self, parent: Any, **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self.tref: Any = None

    def start(self, parent: Any) -> None:
        from akhbar.health import HEARTBEAT_EVERY_S

        self.tref = parent.timer.call_repeatedly(HEARTBEAT_EVERY_S, _beat, (parent.hostname,))
        _beat(parent.hostname)

    def stop(self, parent: Any) -> None:
        if self.tref is not None:
            self.tref.cancel()


@lru_cache(maxsize=1)
def _heartbeat_client() -> Any:
    from akhbar.runtime import redis_client

    return redis_client(get_settings())


def _beat(node: str) -> None:
    """Liveness relies on the file; the Redis key (for ``akhbar stats``) is best effort."""
    import redis

    from akhbar import health, keys

    settings = get_settings()
    health.touch_heartbeat(settings.state_dir)
    try:
        _heartbeat_client().set(keys.heartbeat(node), "1", ex=int(health.STALE_AFTER_S))
    except redis.RedisError as exc:
        log.warning("heartbeat_key_failed", error=str(exc))


def create_app(settings: Settings | None = None) -> Celery:
    settings = settings or get_settings()
    register_codec()  # the task serializer, before the app reads accept_content
    celery_app = Celery("akhbar")
    celery_app.conf.update(celery_config(settings))
    celery_app.steps["worker"].add(BridgeStep)
    celery_app.steps["worker"].add(HealthStep)
    return celery_app


app = create_app()
metrics.connect_worker_signals()  # Prometheus: enable before the fork, serve when ready


def _logging(**_: Any) -> None:
    """Celery's own log lines go through the same structured renderer as ours."""
    from akhbar.logs import configure

    settings = get_settings()
    configure(settings.log_format, settings.log_level)


def _ready(sender: Any = None, **_: Any) -> None:
    from akhbar.health import mark_ready

    mark_ready(get_settings().state_dir, getattr(sender, "hostname", "worker"))


def _not_ready(**_: Any) -> None:
    from akhbar.health import clear_ready

    clear_ready(get_settings().state_dir)


def _warm_child(**_: Any) -> None:
    """Load the model and connect in each child before it takes work."""
    from akhbar.runtime import get_runtime

    get_runtime()


setup_logging.connect(_logging)
worker_ready.connect(_ready)
worker_shutdown.connect(_not_ready)
worker_process_init.connect(_warm_child)
