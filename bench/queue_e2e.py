"""Queue ceiling, end-to-end throughput and latency on a private redis-server, one run.

Run: ``.venv/bin/python bench/queue_e2e.py [--data ../shared/data] [--articles 2000]
[--batch-sizes 1,8,16,32] [--latency-seconds 30] [--append]``

All on this machine: a redis-server started here (AOF on, ``appendfsync everysec``, noeviction,
as in docker-compose.yml) and real ``celery worker -c 2`` processes (two worker processes, the
bridge thread in the main process, production settings and INFO logs to a file).

Every worker process (and the in-process baseline) first handles ``--warm`` untimed articles
(a worker that has been running a while); the timed articles are new to every process.

1. In-process rate: ``bench/throughput.py``'s ``in_process_rate`` on one core, in a fresh
   process, on the same articles as the end-to-end runs (median of 3 processes); and two such
   processes side by side, one per core, each on half the articles (what the NLP alone makes
   of both cores: they share caches and memory bandwidth as the worker children do).
2. Message size of one batch as it sits in Redis (kombu JSON with ``ensure_ascii`` + base64).
3. Queue ceiling: ``bench/noop_app.py`` (the same app and settings; the task only counts its
   articles), fed (a) straight from a Celery producer in this process and (b) through the
   bridge (XADD onto ``akhbar:articles``). Articles/s for each batch size.
4. End to end: the corpus XADDed onto ``akhbar:articles`` -> bridge -> ``akhbar.process`` in 2
   worker processes -> ``akhbar:results``; articles/s for each batch size, and its ratio to the
   ceiling and to 2 x the in-process rate.
5. Latency at 50% and 90% of the end-to-end rate at the default batch size: XADDs paced at that
   rate; latency = result entry id (ms) - input entry id (ms), both Redis server clocks.
Articles/s = articles / (time of the last result or count - time of the first XADD).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import redis

from common import (
    DEFAULT_DATA,
    REPO,
    WARM_ARTICLES,
    append_results,
    ensure_corpus,
    load_payloads,
    loadavg,
    median,
    percentile,
    split_warm,
)

INPUT = "akhbar:articles"
RESULTS = "akhbar:results"
DEAD = "akhbar:dead"
NOOP_COUNTER = "bench:noop:articles"
DEFAULT_BATCH = 16


@dataclass(frozen=True)
class Server:
    url: str
    pid: int


@contextmanager
def redis_server() -> Iterator[Server]:
    """A private redis-server configured like docker-compose.yml (AOF, fsync every second)."""
    from akhbar.devredis import RedisServer

    server = RedisServer(appendonly=True, appendfsync="everysec").start()
    assert server.process is not None
    try:
        yield Server(server.url, server.process.pid)
    finally:
        server.stop()
        shutil.rmtree(server.workdir, ignore_errors=True)


@dataclass(frozen=True)
class Started:
    ready_s: float
    """Seconds from launch to the worker's ready file."""
    pid: int
    """The worker's main process (the children are its child processes)."""


@contextmanager
def worker(url: str, app: str, batch_size: int, concurrency: int = 2) -> Iterator[Started]:
    """A real ``celery worker`` (``akhbar.devworker``), yielded once it is ready."""
    from akhbar.devworker import WorkerProcess

    process = WorkerProcess(url, concurrency=concurrency, app=app, batch_size=batch_size)
    t0 = time.monotonic()
    try:
        process.start(timeout=60)
        assert process.proc is not None
        yield Started(time.monotonic() - t0, process.proc.pid)
    finally:
        process.stop(30)
        shutil.rmtree(process.state_dir, ignore_errors=True)


TICKS = os.sysconf("SC_CLK_TCK")


def cpu_s(pid: int, with_children: bool = False) -> float:
    """CPU seconds (user + system) of a process; with its live and reaped children."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    own = int(fields[11]) + int(fields[12])
    total = own + (int(fields[13]) + int(fields[14]) if with_children else 0)
    if with_children:
        children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True)
        total += sum(round(cpu_s(int(c)) * TICKS) for c in children.stdout.split())
    return total / TICKS


def cpu_split(server: Server, started: Started) -> dict[str, float]:
    """CPU seconds so far of: worker main (bridge + consumer), its children, redis, this."""
    main = cpu_s(started.pid)
    return {
        "main": main,
        "children": cpu_s(started.pid, with_children=True) - main,
        "redis": cpu_s(server.pid),
        "client": cpu_s(os.getpid()),
    }


def with_ids(payloads: list[str], tag: str) -> list[tuple[str, str]]:
    """(article id, payload) with ids made unique for this run (results are once per id)."""
    out = []
    for payload in payloads:
        data = orjson.loads(payload)
        data["id"] = f"{tag}-{data['id']}"
        out.append((data["id"], orjson.dumps(data).decode()))
    return out


def xadd_all(client: redis.Redis, payloads: list[str]) -> None:
    pipe = client.pipeline(transaction=False)
    for index, payload in enumerate(payloads, start=1):
        pipe.xadd(INPUT, {"article": payload})
        if index % 100 == 0:
            pipe.execute()
    pipe.execute()


def wait_count(count: Any, expected: int, timeout: float) -> float:
    """Poll ``count()`` until it reaches ``expected``; returns the monotonic time it did."""
    deadline = time.monotonic() + timeout
    while count() < expected:
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out: {count()} of {expected}")
        time.sleep(0.02)
    return time.monotonic()


def noop_direct(url: str, payloads: list[str], batch_size: int) -> float:
    """Ceiling (a): batches published straight onto the Celery queue; articles/s."""
    from akhbar.handling import Item
    from akhbar.keys import TASK_NAME
    from akhbar.settings import Settings
    from akhbar.worker import create_app

    client = redis.Redis.from_url(url)
    client.delete(NOOP_COUNTER)
    app = create_app(Settings(redis_url=url))
    batches = [
        [Item.new(p, "bench").to_message() for p in payloads[i : i + batch_size]]
        for i in range(0, len(payloads), batch_size)
    ]
    with app.producer_or_acquire() as producer:
        app.send_task(TASK_NAME, args=[batches[0][:1]], queue="akhbar", producer=producer)
        wait_count(lambda: int(client.get(NOOP_COUNTER) or 0), 1, 60)  # connected, declared
        client.delete(NOOP_COUNTER)
        t0 = time.monotonic()
        for batch in batches:
            app.send_task(TASK_NAME, args=[batch], queue="akhbar", producer=producer)
    done = wait_count(lambda: int(client.get(NOOP_COUNTER) or 0), len(payloads), 300)
    return len(payloads) / (done - t0)


def noop_bridge(url: str, payloads: list[str]) -> float:
    """Ceiling (b): XADD -> bridge -> no-op task; articles/s."""
    client = redis.Redis.from_url(url)
    client.delete(NOOP_COUNTER)
    tagged = [p for _, p in with_ids(payloads, uuid.uuid4().hex[:6])]
    t0 = time.monotonic()
    xadd_all(client, tagged)
    done = wait_count(lambda: int(client.get(NOOP_COUNTER) or 0), len(payloads), 300)
    return len(payloads) / (done - t0)


def end_to_end(url: str, payloads: list[str]) -> tuple[float, int]:
    """XADD -> bridge -> akhbar.process -> results; (articles/s, dead letters)."""
    client = redis.Redis.from_url(url)
    client.delete(RESULTS, DEAD)
    tagged = [p for _, p in with_ids(payloads, uuid.uuid4().hex[:6])]
    t0 = time.monotonic()
    xadd_all(client, tagged)
    done = wait_count(lambda: client.xlen(RESULTS) + client.xlen(DEAD), len(payloads), 1800)
    return len(payloads) / (done - t0), int(client.xlen(DEAD))


def latency(url: str, payloads: list[str], rate: float, seconds: float) -> list[float]:
    """Push->result latencies (ms) with XADDs paced at ``rate`` articles/s for ``seconds``."""
    client: Any = redis.Redis.from_url(url)
    client.delete(RESULTS, DEAD)
    count = max(int(rate * seconds), 10)
    tagged = with_ids([payloads[i % len(payloads)] for i in range(count)], uuid.uuid4().hex[:6])
    tagged = [(f"{aid}-{i}", p.replace(aid, f"{aid}-{i}", 1)) for i, (aid, p) in enumerate(tagged)]
    pushed: dict[str, int] = {}
    interval = 1.0 / rate
    next_at = time.monotonic()
    for article_id, payload in tagged:
        pause = next_at - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        entry = client.xadd(INPUT, {"article": payload})
        pushed[article_id] = _entry_ms(entry)
        next_at += interval
    wait_count(lambda: client.xlen(RESULTS) + client.xlen(DEAD), count, 600)
    latencies = []
    for entry_id, fields in client.xrange(RESULTS):
        article_id = fields[b"id"].decode()
        if article_id in pushed:
            latencies.append(float(_entry_ms(entry_id) - pushed[article_id]))
    return latencies


def _entry_ms(entry_id: Any) -> int:
    """The millisecond part of a stream entry id (the Redis server clock)."""
    return int(bytes(entry_id).split(b"-")[0])


def message_size(url: str, payloads: list[str], batch_size: int) -> tuple[int, int]:
    """(bytes of one batch's Celery message as stored in Redis, UTF-8 bytes of its payloads)."""
    from akhbar.handling import Item
    from akhbar.keys import TASK_NAME
    from akhbar.settings import Settings
    from akhbar.worker import create_app

    client = redis.Redis.from_url(url)
    app = create_app(Settings(redis_url=url))
    batch = payloads[:batch_size]
    app.send_task(TASK_NAME, args=[[Item.new(p, "bench").to_message() for p in batch]],
                  queue="bench-size")  # fmt: skip
    stored = client.lpop("bench-size")
    assert stored is not None
    return len(stored), sum(len(p.encode()) for p in batch)


def in_process(data: Path, articles: int, warm: int, repeat: int = 3) -> tuple[float, float]:
    """One-core in-process (articles/s, articles per CPU s): median of ``repeat`` fresh, pinned
    processes running bench/throughput.py's ``in_process_rate``."""
    code = (
        "import sys; sys.path.insert(0, 'bench'); from common import pin_one_core, quiet_logs;"
        "pin_one_core(); quiet_logs(); from throughput import in_process_rate;"
        f"print(*in_process_rate(__import__('pathlib').Path({str(data)!r}), {articles}, {warm}))"
    )
    runs = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
        )
        wall, cpu = out.stdout.strip().splitlines()[-1].split()
        runs.append((float(wall), float(cpu)))
    return median([w for w, _ in runs]), median([c for _, c in runs])


def side_by_side(data: Path, articles: int, warm: int, repeat: int = 3) -> tuple[float, float]:
    """Two in-process runs at once, one per core, each on half of the articles (as the two
    worker children share them): (articles/s together, articles per CPU s); median of
    ``repeat``. What the NLP alone makes of both cores, with no queue."""
    runs = []
    for _ in range(repeat):
        procs = []
        for part in (0, 1):
            code = (
                "import sys; sys.path.insert(0, 'bench'); from common import pin_one_core, "
                f"quiet_logs; pin_one_core({part}); quiet_logs(); import throughput; "
                f"throughput.side_by_side_worker(__import__('pathlib').Path({str(data)!r}), "
                f"{articles}, {warm}, {part})"
            )
            command = [sys.executable, "-c", code]
            pipe = subprocess.PIPE
            procs.append(subprocess.Popen(command, cwd=REPO, text=True, stdin=pipe, stdout=pipe))
        for proc in procs:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        done = [tuple(map(float, proc.communicate()[0].split())) for proc in procs]
        wall = max(end for _, end, _ in done) - min(start for start, _, _ in done)
        runs.append((articles / wall, articles / sum(cpu for _, _, cpu in done)))
    return median([r for r, _ in runs]), median([c for _, c in runs])


def run_ceilings(url: str, payloads: list[str], sizes: list[int], repeat: int) -> dict[int, Any]:
    """batch size -> (median direct, median bridged) no-op articles/s; sizes interleaved."""
    runs: dict[int, list[tuple[float, float]]] = {size: [] for size in sizes}
    for _ in range(repeat):
        for size in sizes:
            with worker(url, "bench.noop_app", size):
                runs[size].append((noop_direct(url, payloads, size), noop_bridge(url, payloads)))
    return {
        size: (median([d for d, _ in r]), median([b for _, b in r])) for size, r in runs.items()
    }


def run_end_to_end(
    server: Server, payloads: list[str], warm: list[str], sizes: list[int], repeat: int
) -> tuple[dict[int, float], dict[int, int], dict[int, dict[str, float]]]:
    """batch size -> median articles/s, dead letters, median CPU ms per article by process."""
    rates: dict[int, list[float]] = {size: [] for size in sizes}
    dead: dict[int, int] = dict.fromkeys(sizes, 0)
    cpu: dict[int, list[dict[str, float]]] = {size: [] for size in sizes}
    for _ in range(repeat):
        for size in sizes:
            with worker(server.url, "akhbar.worker", size) as started:
                end_to_end(server.url, warm)
                before = cpu_split(server, started)
                rate, n_dead = end_to_end(server.url, payloads)
                after = cpu_split(server, started)
            rates[size].append(rate)
            dead[size] += n_dead
            cpu[size].append({k: (after[k] - before[k]) / len(payloads) * 1000 for k in after})
    cpu_median = {
        size: {k: median([c[k] for c in runs]) for k in runs[0]} for size, runs in cpu.items()
    }
    return {size: median(r) for size, r in rates.items()}, dead, cpu_median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--batch-sizes", default="1,8,16,32")
    parser.add_argument("--repeat", type=int, default=2, help="runs per batch size (median)")
    parser.add_argument("--latency-seconds", type=float, default=30.0)
    parser.add_argument(
        "--warm", type=int, default=WARM_ARTICLES, help="untimed articles per process first"
    )
    parser.add_argument("--append", action="store_true", help="append to bench/RESULTS.md")
    args = parser.parse_args()
    sizes = [int(s) for s in args.batch_sizes.split(",")]
    corpus = load_payloads(ensure_corpus("400w", args.data))
    payloads, warm = split_warm(corpus, args.articles, 2 * args.warm)  # 2 worker processes
    lines = [
        f"corpus 400w: {len(payloads)} articles per run, {args.repeat} runs per batch size "
        f"(medians; sizes interleaved), each worker process warmed with {args.warm} other "
        "articles first; redis AOF everysec; 1 worker, -c 2"
    ]
    rate_1, cpu_rate_1 = in_process(args.data, args.articles, args.warm)
    pair, cpu_pair = side_by_side(args.data, args.articles, args.warm)
    lines.append(
        "in-process, one core, the same articles (median of 3 fresh processes): "
        f"{rate_1:.1f} articles/s (x2 = {2 * rate_1:.1f}); {cpu_rate_1:.1f} articles per CPU s"
    )
    lines.append(
        "in-process, two processes side by side (one per core, half the articles each): "
        f"{pair:.1f} articles/s together ({pair / (2 * rate_1):.1%} of 2 x one core); "
        f"{cpu_pair:.1f} articles per CPU s"
    )
    with redis_server() as server:
        size_stored, size_utf8 = message_size(server.url, payloads, DEFAULT_BATCH)
        lines.append(
            f"message of a {DEFAULT_BATCH}-article batch in Redis: {size_stored:,} bytes for "
            f"{size_utf8:,} bytes of UTF-8 payloads ({size_stored / size_utf8:.2f}x)"
        )
        ceilings = run_ceilings(server.url, payloads, sizes, args.repeat)
        lines.append(f"loadavg before the end-to-end runs: {loadavg()}")
        e2e, dead, cpu = run_end_to_end(server, payloads, warm, sizes, args.repeat)
        lines.append(f"loadavg after: {loadavg()}")
        lines += throughput_table(sizes, ceilings, e2e, dead, rate_1)
        lines += cpu_table(sizes, cpu, cpu_rate_1)
        best = e2e.get(DEFAULT_BATCH, max(e2e.values()))
        target = min(min(min(c) for c in ceilings.values()), 2 * rate_1)
        lines.append(
            f"default batch {DEFAULT_BATCH}: e2e {best:.1f} art/s = {best / target:.1%} of "
            f"min(ceiling, 2 x in-process) = {target:.1f}; {best / pair:.1%} of the two "
            f"in-process runs side by side ({pair:.1f})"
        )
        lines += latency_table(server.url, payloads, warm, best, args.latency_seconds)
    table = "\n".join(lines)
    print(table)
    if args.append:
        append_results("Queue ceiling, end to end and latency (bench/queue_e2e.py)", table)


def throughput_table(
    sizes: list[int],
    ceilings: dict[int, Any],
    e2e: dict[int, float],
    dead: dict[int, int],
    rate_1: float,
) -> list[str]:
    lines = [
        f"{'batch':>5}{'noop direct':>13}{'noop bridge':>13}{'e2e art/s':>11}{'dead':>6}"
        f"{'/ceiling':>10}{'/2x in-proc':>12}"
    ]
    for size in sizes:
        direct, bridged = ceilings[size]
        ceiling = min(direct, bridged)
        lines.append(
            f"{size:>5}{direct:>13.1f}{bridged:>13.1f}{e2e[size]:>11.1f}{dead[size]:>6}"
            f"{e2e[size] / ceiling:>10.1%}{e2e[size] / (2 * rate_1):>12.1%}"
        )
    return lines


def cpu_table(sizes: list[int], cpu: dict[int, dict[str, float]], cpu_rate_1: float) -> list[str]:
    """CPU per article by process, and the rate two otherwise idle cores would allow."""
    lines = [
        "CPU ms per article during the end-to-end runs (user + system); capacity = 2 cores / "
        "total CPU per article, vs 2 x in-process articles per CPU second:",
        f"{'batch':>5}{'worker main':>13}{'children':>10}{'redis':>7}{'client':>8}{'total':>8}"
        f"{'capacity':>10}{'/2x in-proc':>12}",
    ]
    for size in sizes:
        c = cpu[size]
        total = sum(c.values())
        capacity = 2000.0 / total
        lines.append(
            f"{size:>5}{c['main']:>13.2f}{c['children']:>10.2f}{c['redis']:>7.2f}"
            f"{c['client']:>8.2f}{total:>8.2f}{capacity:>10.1f}{capacity / (2 * cpu_rate_1):>12.1%}"
        )
    return lines


def latency_table(
    url: str, payloads: list[str], warm: list[str], best: float, seconds: float
) -> list[str]:
    lines = [
        f"latency, batch {DEFAULT_BATCH}, XADDs paced at a share of the e2e rate ({seconds:.0f} s)",
        f"{'load':>6}{'rate':>8}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}",
    ]
    with worker(url, "akhbar.worker", DEFAULT_BATCH):
        end_to_end(url, warm)
        for share in (0.5, 0.9):
            lat = latency(url, payloads, best * share, seconds)
            lines.append(
                f"{share:>6.0%}{best * share:>8.1f}{len(lat):>6}{median(lat):>9.0f}"
                f"{percentile(lat, 95):>9.0f}{percentile(lat, 99):>9.0f}"
            )
    return lines


if __name__ == "__main__":
    main()
