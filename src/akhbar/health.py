"""Cheap liveness and readiness, without a ``celery inspect ping`` round trip.

A running worker touches ``<state_dir>/heartbeat`` every few seconds (liveness) and keeps
``<state_dir>/ready`` while it is consuming (readiness). It also sets a Redis key with a TTL per
worker, which ``akhbar stats`` counts as workers alive. ``akhbar health`` reads the files.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

HEARTBEAT_EVERY_S = 5.0
STALE_AFTER_S = 30.0


def heartbeat_file(state_dir: str) -> Path:
    return Path(state_dir) / "heartbeat"


def ready_file(state_dir: str) -> Path:
    return Path(state_dir) / "ready"


def touch_heartbeat(state_dir: str) -> None:
    path = heartbeat_file(state_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(str(time.time()), encoding="utf-8")


def mark_ready(state_dir: str, node: str) -> None:
    path = ready_file(state_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"node": node, "pid": os.getpid(), "since": time.time()}))
    touch_heartbeat(state_dir)


def clear_ready(state_dir: str) -> None:
    ready_file(state_dir).unlink(missing_ok=True)


def check(state_dir: str, max_age_s: float = STALE_AFTER_S) -> dict[str, object]:
    """``{"live": bool, "ready": bool, "heartbeat_age_s": float | None}``."""
    beat = heartbeat_file(state_dir)
    age: float | None = None
    if beat.exists():
        try:
            age = time.time() - float(beat.read_text(encoding="utf-8") or 0)
        except ValueError:
            age = None
    live = age is not None and age <= max_age_s
    return {"live": live, "ready": live and ready_file(state_dir).exists(), "heartbeat_age_s": age}
