"""The bridge: ``XADD akhbar:articles * article '<json>'`` from any language -> Celery tasks.

Reads the input stream with a consumer group and groups entries into one task of up to
``batch_size`` articles. An entry stays pending in the group until the worker has published its
result or dead letter and acknowledged it; the Celery message is never the only copy. Entries
left unacknowledged for ``bridge_claim_idle_ms`` (their message was lost with a killed worker,
or their bridge died) are claimed and sent again. A restarted bridge re-sends its own pending
entries. Redeliveries are harmless: publishing is idempotent. While ``bridge_max_queued`` tasks
wait in the Celery queue the bridge reads nothing new, so the backlog stays in the stream.
"""

from __future__ import annotations

import os
import socket
import threading
import time

import redis
import structlog
from celery import Celery

from akhbar import metrics
from akhbar.errors import RejectedInput
from akhbar.handling import Item, dead_letter
from akhbar.keys import TASK_NAME
from akhbar.runtime import redis_client
from akhbar.settings import Settings
from akhbar.sinks import RedisSink
from akhbar.streams import ensure_group, entries_of, safe_trim

log = structlog.get_logger("akhbar.bridge")


TRIM_EVERY_S = 60.0
CLAIM_EVERY_S = 10.0

Entry = tuple[bytes, dict[bytes, bytes] | None]


class Bridge:
    def __init__(
        self, client: redis.Redis, app: Celery, settings: Settings, consumer: str | None = None
    ) -> None:
        self.client = client
        self.app = app
        self.settings = settings
        self.consumer = consumer or f"{socket.gethostname()}"
        self.sink = RedisSink(
            client, settings.results_stream, settings.dead_stream, settings.dedup_ttl_s
        )
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._own_pending = True
        self._pending_cursor = "0"
        self._group_ready = False  # checked once, and again after any Redis error
        self._next_trim = 0.0
        self._next_claim = 0.0
        self.forwarded = 0

    @classmethod
    def from_settings(
        cls, settings: Settings, app: Celery | None = None, consumer: str | None = None
    ) -> Bridge:
        if app is None:
            from akhbar.worker import create_app

            app = create_app(settings)
        consumer = consumer or os.environ.get("AKHBAR_BRIDGE_CONSUMER") or None
        return cls(redis_client(settings), app, settings, consumer)

    # -- lifecycle -----------------------------------------------------------------------------
    def start_thread(self) -> None:
        self._thread = threading.Thread(target=self.run, name="akhbar-bridge", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def run(self) -> None:
        """Forward until stopped; reconnects by itself when Redis goes away."""
        log.info("bridge_started", stream=self.settings.input_stream, consumer=self.consumer)
        backoff = 0.2
        while not self._stop.is_set():
            try:
                self.step()
                backoff = 0.2
            except redis.RedisError as exc:
                log.warning("bridge_redis_error", error=str(exc), retry_in_s=backoff)
                self._stop.wait(backoff)
                backoff = min(backoff * 2, 5.0)
                self._own_pending = True
                self._pending_cursor = "0"
                self._group_ready = False  # the stream may be gone (flushed, NOGROUP)
        log.info("bridge_stopped", forwarded=self.forwarded)

    # -- one round -----------------------------------------------------------------------------
    def step(self) -> int:
        """One read-forward-ack round; returns the number of entries handled."""
        s = self.settings
        if not self._group_ready:
            ensure_group(self.client, s.input_stream, s.input_group)
            self._group_ready = True
        now = time.monotonic()
        entries: list[Entry] = []
        if now >= self._next_claim:
            self._next_claim = now + CLAIM_EVERY_S
            entries = self._claim_stale()
        if not entries and self._own_pending:
            entries = self._read(self._pending_cursor, block=None)
            if entries:
                self._pending_cursor = entries[-1][0].decode()
            self._own_pending = bool(entries)
        if not entries:
            if self.client.llen(s.queue) >= s.bridge_max_queued:
                self._stop.wait(max(s.batch_wait_ms, 10) / 1000)  # backpressure
            else:
                entries = self._read(">", block=max(s.batch_wait_ms, 1))
        if entries:
            self.forward(entries)
        if now >= self._next_trim:
            self._next_trim = now + TRIM_EVERY_S
            self.trim()
        return len(entries)

    def _read(self, start: str, block: int | None) -> list[Entry]:
        s = self.settings
        reply = self.client.xreadgroup(
            s.input_group, self.consumer, {s.input_stream: start}, count=s.batch_size, block=block
        )
        return [(entry_id, fields) for entry_id, fields in entries_of(reply)]

    def _claim_stale(self) -> list[Entry]:
        s = self.settings
        reply = self.client.xautoclaim(
            s.input_stream,
            s.input_group,
            self.consumer,
            s.bridge_claim_idle_ms,
            "0-0",
            count=s.batch_size,
        )
        return [e for e in reply[1] if e[1] is not None]

    def forward(self, entries: list[Entry]) -> None:
        """Send entries as one Celery task (the worker acknowledges them once published);
        dead-letter and acknowledge unreadable ones here."""
        items: list[Item] = []
        unreadable: list[bytes] = []
        for entry_id, fields in entries:
            item = self._item(entry_id.decode(), fields or {})
            if item is not None:
                items.append(item)
            else:
                unreadable.append(entry_id)
        if items:
            self.app.send_task(
                TASK_NAME, args=[[i.to_message() for i in items]], queue=self.settings.queue
            )
        if unreadable:
            self.client.xack(self.settings.input_stream, self.settings.input_group, *unreadable)
        self.forwarded += len(entries)
        metrics.observe_forwarded(len(entries), 1 if items else 0)

    def _item(self, entry_id: str, fields: dict[bytes, bytes]) -> Item | None:
        origin = f"{'replay' if b'replay_of' in fields else 'stream'}:{entry_id}"
        raw = fields.get(b"article")
        if raw is None:
            shown = {
                k.decode("utf-8", "replace"): v.decode("utf-8", "replace")
                for k, v in fields.items()
            }
            self._dead(
                Item.new(repr(shown), origin),
                "missing_article_field",
                f"stream entry has no `article` field (fields: {sorted(shown)})",
            )
            return None
        try:
            payload = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            item = Item.new(raw.decode("utf-8", "replace"), origin)
            self._dead(item, "payload_not_utf8", f"payload is not UTF-8: {exc.reason}", raw)
            return None
        return Item.new(payload, origin)

    def _dead(self, item: Item, kind: str, message: str, raw: bytes | None = None) -> None:
        error = RejectedInput(kind, message, stage="intake")
        dead_letter(item, self.sink, error, None, None, raw=raw)

    def trim(self) -> None:
        s = self.settings
        for stream, retention in (
            (s.input_stream, s.input_retention_s),
            (s.results_stream, s.results_retention_s),
            (s.dead_stream, s.dead_retention_s),
        ):
            removed = safe_trim(self.client, stream, retention)
            if removed:
                log.info("stream_trimmed", stream=stream, removed=removed)


def run_forever(settings: Settings) -> None:
    """``akhbar bridge``: run a bridge in the foreground until interrupted."""
    bridge = Bridge.from_settings(settings)
    metrics.serve_standalone(settings)
    try:
        bridge.run()
    except KeyboardInterrupt:
        bridge.stop()
