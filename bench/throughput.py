"""In-process pipeline throughput on one core (the ``akhbar process`` path), and how it scales
with article length (1x, 4x, 16x of a 400-word article).

Run: ``.venv/bin/python bench/throughput.py [--data ../shared/data] [--articles 500]
[--repeat 3] [--append]``

The timed call is ``akhbar.local.process_payloads`` — intake, ``Pipeline.run``, result JSON and
the in-memory once-only sink — exactly what ``akhbar process`` runs, minus reading and printing.
Tokens are the cleaned document's word and punctuation tokens (counted outside the timing);
words are whitespace-separated words of the raw body. Each corpus is timed ``--repeat`` times and
the median run is reported (wall clock; ``art/CPU-s`` divides by the process's CPU time instead,
which other load on the core does not inflate). Linear cost shows as a flat µs-per-word column.
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
    append_results,
    ensure_corpus,
    load_payloads,
    median,
    pin_one_core,
    quiet_logs,
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


def summarise(payloads: list[str], runs: list[tuple[float, float]]) -> dict[str, float]:
    """articles/s, tokens/s, words/s, µs per word (median wall run) and articles per CPU s."""
    tokens, words = count_tokens(payloads)
    seconds = median([wall for wall, _ in runs])
    cpu = median([cpu for _, cpu in runs])
    return {
        "articles": len(payloads),
        "words_per_article": words / len(payloads),
        "articles_s": len(payloads) / seconds,
        "tokens_s": tokens / seconds,
        "words_s": words / seconds,
        "us_per_word": seconds / words * 1e6,
        "cpu_us_per_word": cpu / words * 1e6,
        "ms_per_article": seconds / len(payloads) * 1000,
        "cpu_articles_s": len(payloads) / cpu,
    }


def measure(payloads: list[str], repeat: int) -> dict[str, float]:
    run_once(payloads[:20])  # warm caches
    return summarise(payloads, [run_once(payloads) for _ in range(repeat)])


def in_process_rate(data: Path, articles: int, repeat: int) -> tuple[float, float]:
    """(articles/s, articles per CPU s) on one core for the 400-word corpus (for
    bench/queue_e2e.py)."""
    payloads = load_payloads(ensure_corpus("400w", data), articles)
    result = measure(payloads, repeat)
    return result["articles_s"], result["cpu_articles_s"]


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
        "one core, akhbar.local.process_payloads (the `akhbar process` path), median of "
        f"{args.repeat} runs",
        f"{'corpus':<22}{'arts':>6}{'words/art':>10}{'art/s':>9}{'tokens/s':>10}"
        f"{'words/s':>9}{'ms/art':>8}{'µs/word':>9}{'art/CPU-s':>10}",
    ]
    corpora = {
        label: load_payloads(
            ensure_corpus(name, args.data), max(args.articles // int(label[:-1]), 10)
        )
        for label, name in LENGTHS
    }
    run_once(corpora["1x"][:20])  # warm caches
    runs: dict[str, list[tuple[float, float]]] = {label: [] for label in corpora}
    for _ in range(args.repeat):  # lengths interleaved, so a burst of load hits all alike
        for label, payloads in corpora.items():
            runs[label].append(run_once(payloads))
    results = {}
    for label, name in LENGTHS:
        r = results[label] = summarise(corpora[label], runs[label])
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
