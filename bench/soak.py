"""Soak: N articles through 2 workers while one is killed (-9) and restarted every few seconds.

Checks count in = results + dead letters and no duplicates; reports throughput and push-to-result
latency (p50/p99, from stream entry ids). Not part of the default suite (`make soak`).

    python bench/soak.py --articles 10000 --data ../shared/data [--kill-every 5] [--append]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import redis

from akhbar.devredis import RedisServer
from akhbar.devworker import WorkerProcess
from akhbar.streams import entries_of, parse_id

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))

from bench.common import append_results, ensure_corpus, load_payloads, percentile  # noqa: E402

SETTINGS = {
    "visibility_timeout": 10,
    "restore_interval_s": 1,
    "bridge_claim_idle_ms": 3000,
    "log_level": "WARNING",
}


def articles(data: Path, count: int) -> list[str]:
    """``count`` payloads from the benchmark corpus, each with its own id (so none is a repeat)."""
    corpus = load_payloads(ensure_corpus("default", data))
    out = []
    for i in range(count):
        article = json.loads(corpus[i % len(corpus)])
        article["id"] = f"soak-{i}"
        out.append(json.dumps(article, ensure_ascii=False))
    return out


def run(count: int, data: Path, kill_every: float) -> dict[str, object]:
    payloads = articles(data, count)
    with RedisServer(appendonly=True) as server:
        client = redis.Redis.from_url(server.url)
        workers = [
            WorkerProcess(server.url, concurrency=1, name=f"soak-{n}", **SETTINGS).start()
            for n in ("a", "b")
        ]
        started = time.monotonic()
        pushed_ids: dict[str, int] = {}
        kills = 0
        next_kill = started + kill_every
        for start in range(0, count, 200):
            pipe = client.pipeline(transaction=False)
            for payload in payloads[start : start + 200]:
                pipe.xadd("akhbar:articles", {"article": payload})
            for offset, entry_id in enumerate(pipe.execute()):
                pushed_ids[f"soak-{start + offset}"] = parse_id(entry_id)[0]
        deadline = started + max(600.0, count / 5)
        while client.xlen("akhbar:results") + client.xlen("akhbar:dead") < count:
            now = time.monotonic()
            if now > deadline:
                break
            if now >= next_kill:
                victim = workers[kills % 2]
                victim.kill()
                victim.start()
                kills += 1
                next_kill = time.monotonic() + kill_every
            time.sleep(0.2)
        elapsed = time.monotonic() - started
        time.sleep(3)  # let any late redelivery land before counting duplicates
        results = entries_of(client.xrange("akhbar:results"))
        dead = entries_of(client.xrange("akhbar:dead"))
        per_id = Counter(fields[b"id"].decode() for _, fields in results + dead)
        latencies = [
            parse_id(entry_id)[0] - pushed_ids[fields[b"id"].decode()]
            for entry_id, fields in results
            if fields[b"id"].decode() in pushed_ids
        ]
        diagnostics = {
            "input_pending": client.xpending("akhbar:articles", "akhbar-bridge")["pending"],
            "queue_length": client.llen("akhbar"),
            "unacked": client.hlen("unacked"),
            "missing_ids": sorted(set(pushed_ids) - set(per_id))[:20],
        }
        for worker in workers:
            worker.stop(30)
    return {
        "articles": count,
        "results": len(results),
        "dead_letters": len(dead),
        "missing": count - len(per_id),
        "duplicates": sum(n - 1 for n in per_id.values() if n > 1),
        "kills": kills,
        "seconds": round(elapsed, 1),
        "articles_per_s": round(len(per_id) / elapsed, 1),
        "latency_ms_p50": percentile([float(x) for x in latencies], 0.5) if latencies else None,
        "latency_ms_p99": percentile([float(x) for x in latencies], 0.99) if latencies else None,
        "state_at_end": diagnostics,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--data", type=Path, default=BENCH.parent.parent / "shared" / "data")
    parser.add_argument("--kill-every", type=float, default=5.0)
    parser.add_argument("--append", action="store_true", help="append to bench/RESULTS.md")
    args = parser.parse_args()
    report = run(args.articles, args.data, args.kill_every)
    print(json.dumps(report, indent=2))
    ok = report["missing"] == 0 and report["duplicates"] == 0
    if args.append:
        append_results(
            f"Soak: {args.articles} articles, 2 workers, one killed every {args.kill_every} s",
            json.dumps(report, indent=2),
            f"Verdict: {'no article lost, none duplicated' if ok else 'FAILED'}.",
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
