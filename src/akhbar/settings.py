"""Every tunable in one place, read from the environment (prefix ``AKHBAR_``).

Each field says in one line why it has its default. ``akhbar config --markdown`` renders this
model as the configuration table in the README.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """akhbar configuration. Environment variables are the field names, upper-cased, ``AKHBAR_``."""

    model_config = SettingsConfigDict(env_prefix="AKHBAR_", extra="ignore")

    redis_url: str = Field(
        "redis://127.0.0.1:6379/0",
        description=(
            "Broker and streams. rediss:// for TLS; put the password in the URL. Sentinel: "
            "sentinel://host:26379/0;sentinel://host2:26379 with AKHBAR_SENTINEL_MASTER."
        ),
    )
    sentinel_master: str = Field(
        "", description="With sentinel:// URLs: the name of the master the Sentinels monitor."
    )
    sentinel_password: str = Field(
        "", description="With sentinel:// URLs: the Sentinels' own password, if they need one."
    )
    input_stream: str = Field("akhbar:articles", description="Stream producers XADD raw JSON to.")
    input_group: str = Field("akhbar-bridge", description="Consumer group the bridge reads with.")
    results_stream: str = Field("akhbar:results", description="Stream of enriched results.")
    dead_stream: str = Field("akhbar:dead", description="Stream of dead letters.")
    queue: str = Field("akhbar", description="Celery queue (a Redis list) the tasks travel on.")

    concurrency: int = Field(2, ge=1, description="Worker processes per `akhbar worker`.")
    batch_size: int = Field(16, ge=1, le=512, description="Bridge: most articles per task.")
    batch_wait_ms: int = Field(
        50, ge=0, description="Bridge: longest wait to fill a batch before sending it."
    )
    max_body_bytes: int = Field(
        4 * 1024 * 1024, ge=1, description="Bodies larger than this (UTF-8) are dead-lettered."
    )
    max_payload_bytes: int = Field(
        8 * 1024 * 1024, ge=1, description="Raw JSON payloads larger than this are dead-lettered."
    )
    max_attempts: int = Field(
        3, ge=1, description="Deliveries of one article before it is dead-lettered as poison."
    )
    task_soft_time_limit: float = Field(
        60.0, gt=0, description="Seconds before a task is asked to stop (SoftTimeLimitExceeded)."
    )
    task_time_limit: float = Field(
        90.0, gt=0, description="Seconds before a task's child process is killed."
    )
    visibility_timeout: float = Field(
        300.0,
        gt=0,
        description="Unacked Celery messages older than this are redelivered; > task_time_limit.",
    )
    restore_interval_s: int = Field(
        10, ge=1, description="How often a worker sweeps for unacked messages past the timeout."
    )
    bridge_enabled: bool = Field(
        True, description="Run the stream bridge inside each worker's main process."
    )
    bridge_claim_idle_ms: int = Field(
        60_000,
        ge=1,
        description="Bridge: re-send input entries unacknowledged this long (lost or dead peer).",
    )
    bridge_max_queued: int = Field(
        16,
        ge=1,
        description="Bridge: read no new entries while this many tasks wait in the Celery queue.",
    )
    max_tasks_per_child: int = Field(
        1000, ge=1, description="Recycle a worker child after this many tasks (leaks stay small)."
    )
    max_memory_per_child_kb: int = Field(
        600_000, ge=1, description="Recycle a worker child above this resident memory."
    )
    dedup_ttl_s: int = Field(
        7 * 24 * 3600, ge=1, description="How long a published (id, content) pair is remembered."
    )
    input_retention_s: int = Field(
        24 * 3600,
        ge=0,
        description="Trim input entries older than this once the bridge has acked them (0: never).",
    )
    results_retention_s: int = Field(
        7 * 24 * 3600,
        ge=0,
        description="Trim results older than this once every group has read them (0: never).",
    )
    dead_retention_s: int = Field(
        30 * 24 * 3600,
        ge=0,
        description="Trim dead letters older than this once every group has read them (0: never).",
    )
    ner_backend: Literal["crf", "camel"] = Field(
        "crf", description="crf: shipped offline model; camel: CAMeL Tools BERT (needs its data)."
    )
    quote_learned: bool = Field(
        True,
        description="Quote stage: the learned cue filter and content fallbacks on top of the "
        "rules (docs/QUOTES.md); false: the rules alone.",
    )
    log_format: Literal["json", "console"] = Field("json", description="Log line format.")
    log_level: str = Field("INFO", description="Logging level.")
    metrics_port: int = Field(0, ge=0, description="Serve Prometheus metrics here (0: off).")
    state_dir: str = Field(
        "/tmp/akhbar", description="Heartbeat/readiness files and Prometheus multiprocess data."
    )

    @property
    def uses_sentinel(self) -> bool:
        return self.redis_url.startswith("sentinel://")

    @model_validator(mode="after")
    def _sentinel_needs_master(self) -> Settings:
        if self.uses_sentinel and not self.sentinel_master:
            raise ValueError("sentinel:// URLs need AKHBAR_SENTINEL_MASTER (the master's name)")
        return self


def masked(name: str, value: object) -> object:
    """A setting as safe to print or log: the password in a Redis URL replaced by ***."""
    if name.endswith("password") and value:
        return "***"
    if name.endswith("url") and isinstance(value, str) and "@" in value:
        scheme, _, rest = value.partition("://")
        creds, _, host = rest.rpartition("@")
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}:***@{host}" if ":" in creds else f"{scheme}://***@{host}"
    return value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()
