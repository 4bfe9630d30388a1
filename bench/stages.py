"""Per-article cost of each stage on one core: intake, clean, entities, quotes, assemble,
serialise — medians and p99 — with a cProfile of every NLP stage saved to bench/out/.

Run: ``.venv/bin/python bench/stages.py [--data ../shared/data] [--corpus 400w] [--articles 1000]
[--warm 400] [--append]``

The path is the production one: ``parse_payload`` -> ``Pipeline.run`` (its own per-stage timers
``processing.stages_ms``: clean, entities, quotes, assemble = pydantic result model) ->
``model_dump_json``. The process first handles ``--warm`` other articles untimed (a worker that
has been running a while), then times every article once: each is new to the process, as in
production (timing the same article again would time warm caches). Then each NLP stage runs
once more over all
articles under cProfile (profiles: ``bench/out/profile-<stage>.prof``), and the top functions of
the slowest stage by own time are printed.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time
from pathlib import Path

from common import (
    DEFAULT_DATA,
    OUT,
    WARM_ARTICLES,
    append_results,
    ensure_corpus,
    load_payloads,
    median,
    percentile,
    pin_one_core,
    quiet_logs,
    split_warm,
)

STAGES = ("intake", "clean", "entities", "quotes", "assemble", "serialise")


def measure(payloads: list[str], warm: list[str]) -> dict[str, list[float]]:
    """stage -> per-article milliseconds, after handling ``warm`` untimed."""
    from akhbar.intake import parse_payload
    from akhbar.pipeline import Pipeline
    from akhbar.runtime import tune_gc
    from akhbar.settings import get_settings

    tune_gc()  # as `akhbar process` and worker children do
    settings = get_settings()
    pipeline = Pipeline(settings.ner_backend)
    limits = {
        "max_payload_bytes": settings.max_payload_bytes,
        "max_body_bytes": settings.max_body_bytes,
    }
    for payload in warm:
        pipeline.run(parse_payload(payload, **limits)).model_dump_json()
    runs: dict[str, list[float]] = {s: [] for s in STAGES}
    for payload in payloads:
        t0 = time.perf_counter()
        article = parse_payload(payload, **limits)
        runs["intake"].append((time.perf_counter() - t0) * 1000)
        result = pipeline.run(article)
        t0 = time.perf_counter()
        result.model_dump_json()
        runs["serialise"].append((time.perf_counter() - t0) * 1000)
        for stage, ms in result.processing.stages_ms.items():
            runs[stage].append(ms)
    return runs


def profile_stages(payloads: list[str]) -> dict[str, pstats.Stats]:
    """One cProfile per NLP stage, each enabled only around that stage's calls. A second pass
    over the timed articles: the tagger's word caches are warm, so feature building is
    under-weighted here compared with the timings."""
    from akhbar.intake import parse_payload
    from akhbar.nlp.clean import clean
    from akhbar.nlp.entities import extract_entities
    from akhbar.nlp.quotes import extract_quotes
    from akhbar.pipeline import Pipeline

    pipeline = Pipeline("crf")
    profilers = {s: cProfile.Profile() for s in ("clean", "entities", "quotes")}
    for payload in payloads:
        article = parse_payload(payload, max_payload_bytes=1 << 30, max_body_bytes=1 << 30)
        profilers["clean"].enable()
        doc = clean(article.body, article.title)
        profilers["clean"].disable()
        profilers["entities"].enable()
        entities = extract_entities(doc, pipeline.tagger)
        profilers["entities"].disable()
        profilers["quotes"].enable()
        extract_quotes(doc, entities)
        profilers["quotes"].disable()
    stats: dict[str, pstats.Stats] = {}
    for stage, profiler in profilers.items():
        path = OUT / f"profile-{stage}.prof"
        profiler.dump_stats(str(path))
        stats[stage] = pstats.Stats(str(path))
    return stats


def top_functions(stats: pstats.Stats, limit: int = 15) -> str:
    """The ``limit`` functions with the most own time: share of the stage, calls, cumulative."""
    raw = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in raw.values())
    rows = sorted(raw.items(), key=lambda kv: kv[1][2], reverse=True)[:limit]
    lines = [f"{'own %':>6} {'cum %':>6} {'calls':>9}  function"]
    for (filename, line, name), (_, calls, own, cum, _) in rows:
        where = _short(filename)
        lines.append(f"{own / total:>6.1%} {cum / total:>6.1%} {calls:>9}  {where}:{line}({name})")
    return "\n".join(lines)


def cumulative_functions(stats: pstats.Stats, limit: int = 15) -> str:
    """Functions of our package by cumulative time (where a stage's time goes, top down)."""
    raw = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in raw.values())
    ours = [(k, v) for k, v in raw.items() if "akhbar" in k[0]]
    rows = sorted(ours, key=lambda kv: kv[1][3], reverse=True)[:limit]
    lines = [f"{'cum %':>6} {'calls':>9}  function"]
    for (filename, line, name), (_, calls, _, cum, _) in rows:
        lines.append(f"{cum / total:>6.1%} {calls:>9}  {_short(filename)}:{line}({name})")
    return "\n".join(lines)


def _short(filename: str) -> str:
    for marker in ("/src/", "/site-packages/", "/lib/python"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


def report(per_stage: dict[str, list[float]], n: int, corpus: str, warm: int) -> str:
    total = [sum(per_stage[s][i] for s in STAGES) for i in range(n)]
    lines = [
        f"corpus {corpus}: {n} articles, each timed once after {warm} untimed; one core; "
        "ms per article",
        f"{'stage':<10}{'median':>9}{'p99':>9}{'mean':>9}{'share':>8}",
    ]
    grand = sum(sum(v) for v in per_stage.values())
    for stage in STAGES:
        values = per_stage[stage]
        lines.append(
            f"{stage:<10}{median(values):>9.2f}{percentile(values, 99):>9.2f}"
            f"{sum(values) / n:>9.2f}{sum(values) / grand:>8.1%}"
        )
    lines.append(
        f"{'total':<10}{median(total):>9.2f}{percentile(total, 99):>9.2f}{sum(total) / n:>9.2f}"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--corpus", default="400w", help="default, 400w, 1600w or 6400w")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--warm", type=int, default=WARM_ARTICLES, help="untimed articles first")
    parser.add_argument("--append", action="store_true", help="append to bench/RESULTS.md")
    args = parser.parse_args()
    pin_one_core()
    quiet_logs()
    corpus = load_payloads(ensure_corpus(args.corpus, args.data))
    payloads, warm = split_warm(corpus, args.articles, args.warm)
    per_stage = measure(payloads, warm)
    table = report(per_stage, len(payloads), args.corpus, args.warm)
    stats = profile_stages(payloads)
    nlp = ("clean", "entities", "quotes")
    slowest = max(nlp, key=lambda s: sum(per_stage[s]))
    out = io.StringIO()
    for stage in nlp:
        marker = " (slowest)" if stage == slowest else ""
        out.write(
            f"\n--- profile of {stage}{marker}: bench/out/profile-{stage}.prof, by own time\n"
        )
        out.write(top_functions(stats[stage]) + "\n")
        out.write(f"--- {stage}: akhbar functions by cumulative time\n")
        out.write(cumulative_functions(stats[stage], 10) + "\n")
    print(table)
    print(out.getvalue())
    if args.append:
        profile = (
            f"\n--- slowest NLP stage: {slowest}; profile bench/out/profile-{slowest}.prof\n"
            + top_functions(stats[slowest])
            + "\n"
            + cumulative_functions(stats[slowest], 10)
        )
        append_results("Stage costs per article (bench/stages.py)", table + "\n" + profile)


if __name__ == "__main__":
    main()
