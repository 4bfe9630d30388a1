"""In-process pipeline throughput on one core (the ``akhbar process`` path), and how it scales
with article length (1x, 4x, 16x of a 400-word article).

Run: ``.venv/bin/python bench/throughput.py [--data ../shared/data] [--articles 500]
[--repeat 3] [--append]``

The timed call is ``akhbar.local.process_payloads`` — intake, ``Pipeline.run``, result JSON and
the in-memory once-only sink — exactly what ``akhbar process`` runs, minus reading and printing.
The process first handles ``common.WARM_ARTICLES`` untimed 400-word articles (a worker that has
been running a while); every timed article is new to the process: each repeat times its own
slice of the corpus. Tokens are the cleaned document's word and punctuation tokens (counted
outside the timing); words are whitespace-separated words of the raw body. The median repeat is
reported (wall clock; ``art/CPU-s`` divides by the process's CPU time instead, which other load
on the core does not inflate). Linear cost shows as a flat µs-per-word column.
"""

from __future__ import annotations

import argparse
import json
import time
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from common import (
    DEFAULT_DATA,
    WARM_ARTICLES,
    append_results,
    ensure_corpus,
    load_payloads,
    median,
    pin_one_core,
    quiet_logs,
    split_warm,
)

if TYPE_CHECKING:
    from akhbar.pipeline import Pipeline

LENGTHS = (("1x", "400w"), ("4x", "1600w"), ("16x", "6400w"))


def count_tokens(payloads: list[str]) -> tuple[int, int]:
    """(cleaned tokens, raw whitespace words) over ``payloads``."""
    from akhbar.nlp.clean import clean

    tokens = words = 0
    for payload in payloads:
        body = json.loads(payload)["body"]
        tokens += len(clean(body).tokens)
        words += len(body.split())
    return tokens, words


@cache
def _pipeline() -> Pipeline:
    from akhbar.pipeline import Pipeline
    from akhbar.runtime import tune_gc

    tune_gc()  # as `akhbar process` and worker children do
    return Pipeline("crf")


def run_once(payloads: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds to process every payload as ``akhbar process`` does; all must be
    results."""
    from akhbar.local import process_payloads

    pipeline = _pipeline()
    t0, c0 = time.perf_counter(), time.process_time()
    kinds = [kind for kind, _ in process_payloads(payloads, pipeline)]
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    if kinds.count("result") != len(payloads):
        raise RuntimeError(f"expected only results, got {kinds.count('dead')} dead letters")
    return elapsed, cpu


def summarise(runs: list[tuple[list[str], float, float]]) -> dict[str, float]:
    """articles/s, tokens/s, words/s, µs per word and articles per CPU s of the median run;
    ``runs``: (payloads, wall s, CPU s) of each repeat."""
    wall = median([w / len(p) for p, w, _ in runs])  # seconds per article
    cpu = median([c / len(p) for p, _, c in runs])
    tokens, words = count_tokens([p for payloads, _, _ in runs for p in payloads])
    articles = sum(len(p) for p, _, _ in runs)
    per_word = articles / words
    return {
        "articles": articles / len(runs),
        "words_per_article": words / articles,
        "articles_s": 1 / wall,
        "tokens_s": tokens / articles / wall,
        "words_s": words / articles / wall,
        "us_per_word": wall * per_word * 1e6,
        "cpu_us_per_word": cpu * per_word * 1e6,
        "ms_per_article": wall * 1000,
        "cpu_articles_s": 1 / cpu,
    }


def in_process_rate(data: Path, articles: int, warm: int = WARM_ARTICLES) -> tuple[float, float]:
    """(articles/s, articles per CPU s) of a fresh process on ``articles`` new 400-word
    articles after ``warm`` others, for bench/queue_e2e.py (which times the same articles
    end to end)."""
    timed, warm_up = split_warm(load_payloads(ensure_corpus("400w", data)), articles, warm)
    run_once(warm_up)
    wall, cpu = run_once(timed)
    return len(timed) / wall, len(timed) / cpu


def side_by_side_worker(data: Path, articles: int, warm: int, part: int) -> None:
    """One of two in-process runs on both cores at once (bench/queue_e2e.py): warm up on half of
    the warm-up articles, print "ready", wait for a line on stdin, then time half of the timed
    articles and print (start, end, CPU s) wall-clock times."""
    import sys

    timed, warm_up = split_warm(load_payloads(ensure_corpus("400w", data)), articles, 2 * warm)
    run_once(warm_up[part::2])
    print("ready", flush=True)
    sys.stdin.readline()
    start = time.time()
    _, cpu = run_once(timed[part::2])
    print(start, time.time(), cpu, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--articles", type=int, default=500, help="articles of the 1x corpus")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--append", action="store_true", help="append to bench/RESULTS.md")
    args = parser.parse_args()
    pin_one_core()
    quiet_logs()
    lines = [
        "one core, akhbar.local.process_payloads (the `akhbar process` path), after "
        f"{WARM_ARTICLES} untimed articles; median of {args.repeat} runs, each on new articles",
        f"{'corpus':<22}{'arts':>6}{'words/art':>10}{'art/s':>9}{'tokens/s':>10}"
        f"{'words/s':>9}{'ms/art':>8}{'µs/word':>9}{'art/CPU-s':>10}",
    ]
    one_x = load_payloads(ensure_corpus("400w", args.data))
    run_once(one_x[-WARM_ARTICLES:])  # a worker that has been running a while
    corpora = {"1x": one_x[:-WARM_ARTICLES]} | {
        label: load_payloads(ensure_corpus(name, args.data)) for label, name in LENGTHS[1:]
    }
    runs: dict[str, list[tuple[list[str], float, float]]] = {label: [] for label in corpora}
    for index in range(args.repeat):  # lengths interleaved, so a burst of load hits all alike
        for label, payloads in corpora.items():
            count = max(args.articles // int(label[:-1]), 10)
            chunk = payloads[index * count : (index + 1) * count]  # new articles every repeat
            if len(chunk) < count:
                raise SystemExit(f"corpus {label} too small for {args.repeat} x {count} articles")
            runs[label].append((chunk, *run_once(chunk)))
    results = {}
    for label, name in LENGTHS:
        r = results[label] = summarise(runs[label])
        lines.append(
            f"{label + ' (' + name + ')':<22}{r['articles']:>6.0f}{r['words_per_article']:>10.0f}"
            f"{r['articles_s']:>9.1f}{r['tokens_s']:>10.0f}{r['words_s']:>9.0f}"
            f"{r['ms_per_article']:>8.1f}{r['us_per_word']:>9.1f}{r['cpu_articles_s']:>10.1f}"
        )
    for key, name in (("us_per_word", "wall"), ("cpu_us_per_word", "CPU")):
        base = results["1x"][key]
        lines.append(
            f"{name} cost per word relative to 1x: "
            + ", ".join(f"{k} {v[key] / base:.2f}" for k, v in results.items())
        )
    table = "\n".join(lines)
    print(table)
    if args.append:
        append_results("In-process throughput and length scaling (bench/throughput.py)", table)


if __name__ == "__main__":
    main()
