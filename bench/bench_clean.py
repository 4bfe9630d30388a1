"""Cleaning speed against the raw camel-tools chain, on the same articles in the same run.

Run: ``.venv/bin/python bench/corpus.py && taskset -c 0 .venv/bin/python bench/bench_clean.py
[--corpus bench/out/corpus.jsonl] [--articles 1000] [--repeat 5] [--append]``

Each repeat times ``clean(body)`` and the raw camel-tools chain (``arclean`` -> ``dediac_ar`` ->
``simple_word_tokenize``) on every article, interleaved article by article (the machine is
shared; load then hits both alike). Reported: characters of raw body per second on one core
(median over repeats), the median of the per-repeat speed ratios, and the median milliseconds
per article for ``clean``. ``--append`` adds the table to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import shlex
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

from camel_tools.tokenizers.word import simple_word_tokenize
from camel_tools.utils.charmap import CharMapper
from camel_tools.utils.dediac import dediac_ar

from akhbar.nlp.clean import clean

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / "bench" / "out" / "corpus.jsonl"
RESULTS = REPO / "bench" / "RESULTS.md"


def camel_chain() -> Callable[[str], list[str]]:
    arclean = CharMapper.builtin_mapper("arclean")

    def run(body: str) -> list[str]:
        return simple_word_tokenize(dediac_ar(arclean(body)))  # type: ignore[no-any-return]

    return run


def time_pair(
    first: Callable[[str], object], second: Callable[[str], object], bodies: list[str]
) -> tuple[list[float], list[float]]:
    """Per-article seconds of ``first`` and ``second``, interleaved article by article so that
    load from other processes on the machine hits both alike."""
    a: list[float] = []
    b: list[float] = []
    for body in bodies:
        start = time.perf_counter()
        first(body)
        middle = time.perf_counter()
        second(body)
        a.append(middle - start)
        b.append(time.perf_counter() - middle)
    return a, b


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--append", action="store_true", help="append to bench/RESULTS.md")
    args = parser.parse_args()

    lines = args.corpus.read_text(encoding="utf-8").splitlines()[: args.articles]
    bodies = [json.loads(line)["body"] for line in lines]
    chars = sum(map(len, bodies))
    words = sum(len(b.split()) for b in bodies) / len(bodies)
    camel = camel_chain()
    clean(bodies[0])  # build the lazy tables outside the timing
    camel(bodies[0])

    clean_rates: list[float] = []
    camel_rates: list[float] = []
    ratios: list[float] = []
    per_article: list[float] = []
    for _ in range(args.repeat):
        ours_each, theirs_each = time_pair(clean, camel, bodies)
        clean_rates.append(chars / sum(ours_each))
        camel_rates.append(chars / sum(theirs_each))
        ratios.append(clean_rates[-1] / camel_rates[-1])
        per_article.append(statistics.median(ours_each) * 1000)

    ours = statistics.median(clean_rates)
    theirs = statistics.median(camel_rates)
    table = "\n".join(
        [
            f"articles: {len(bodies)} from {args.corpus.name}, {chars:,} chars, "
            f"{words:.0f} words/article; repeats: {args.repeat}",
            f"{'':<34}{'chars/s (median)':>18}{'per repeat':>40}",
            _row("clean()", ours, clean_rates),
            _row("camel arclean+dediac+tokenize", theirs, camel_rates),
            f"ratio clean/camel speed: {statistics.median(ratios):.2f} (median of repeats: "
            + " ".join(f"{r:.2f}" for r in ratios)
            + f")   clean ms/article (median): {statistics.median(per_article):.2f}",
        ]
    )
    print(table)
    if args.append:
        _append(table, args)


def _row(name: str, median: float, rates: list[float]) -> str:
    each = " ".join(f"{r / 1e6:.2f}M" for r in rates)
    return f"{name:<34}{median / 1e6:>17.2f}M{each:>40}"


def _append(table: str, args: argparse.Namespace) -> None:
    command = "taskset -c 0 .venv/bin/python bench/bench_clean.py " + " ".join(
        shlex.quote(a) for a in sys.argv[1:]
    )
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=REPO
    ).stdout.strip()
    cpu = _cpu_model()
    versions = ", ".join(
        f"{name} {version(name)}" for name in ("camel-tools", "selectolax", "regex", "emoji")
    )
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    section = (
        f"\n## Cleaning vs raw camel-tools chain — {stamp}\n\n"
        f"Machine: {cpu}, 2 cores, one core used; Python {platform.python_version()}, "
        f"{versions}; akhbar at {commit}.\n"
        f"Command: `{command}`\n\n```\n{table}\n```\n"
    )
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write(section)


def _cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


if __name__ == "__main__":
    main()
