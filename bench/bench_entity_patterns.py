"""Cost of the article-level name patterns inside the entity stage, on one core.

Run: ``.venv/bin/python bench/bench_entity_patterns.py [--runs 200] [--articles 200]
[--corpus 400w] [--append]``

Seed article (``../shared/fixtures/seed_article.txt``): ``extract_entities`` timed ``--runs`` times
with the patterns on and off (``apply_patterns`` replaced by the identity, i.e. the stage before
them), interleaved so both see the same machine load; medians and their ratio. Once with the CRF
tagger, once with its labels memoised (the entity layer alone: merging, roles, nationalities,
patterns). Then ``apply_patterns`` alone (tagger spans computed once). Corpus: ``apply_patterns``
alone per article (median and p99 over ``--articles`` articles of the bench corpus).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence

from akhbar.nlp import entities
from akhbar.nlp.clean import clean
from akhbar.nlp.lexicons import Lexicons, load_lexicons
from akhbar.nlp.mentions import TokenSpan, TokenView, tag_spans, token_view
from akhbar.nlp.name_patterns import apply_patterns
from akhbar.nlp.ner import Tagger, load_tagger
from akhbar.nlp.types import Document
from common import (
    DEFAULT_DATA,
    append_results,
    bodies,
    ensure_corpus,
    load_payloads,
    median,
    percentile,
    pin_one_core,
)

SEED = DEFAULT_DATA.parent / "fixtures" / "seed_article.txt"


def _off(doc: Document, view: TokenView, lex: Lexicons, spans: list[TokenSpan]) -> list[TokenSpan]:
    return spans


class _Memoised:
    """The tagger's labels for sentences it has seen, so only the entity layer is timed."""

    name = "memoised"

    def __init__(self, tagger: Tagger) -> None:
        self.tagger = tagger
        self.seen: dict[tuple[tuple[str, ...], ...], list[list[str]]] = {}

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        key = tuple(tuple(s) for s in sentences)
        if key not in self.seen:
            self.seen[key] = self.tagger.tag(sentences)
        return [list(labels) for labels in self.seen[key]]


def _ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def seed_stage(doc: Document, tagger: Tagger, runs: int) -> tuple[float, float]:
    """Median ms of ``extract_entities`` on ``doc`` with the patterns off and on."""
    times: dict[bool, list[float]] = {False: [], True: []}
    for n in range(runs + 20):
        for on in (False, True) if n % 2 else (True, False):  # alternate who goes first
            setattr(entities, "apply_patterns", apply_patterns if on else _off)  # noqa: B010
            took = _ms(lambda: entities.extract_entities(doc, tagger))
            if n >= 20:  # the first rounds warm the tagger's per-word caches
                times[on].append(took)
    setattr(entities, "apply_patterns", apply_patterns)  # noqa: B010
    return median(times[False]), median(times[True])


def patterns_alone(doc: Document, tagger: Tagger, runs: int) -> float:
    view, lex = token_view(doc), load_lexicons()
    spans = tag_spans(view, tagger)
    return median([_ms(lambda: apply_patterns(doc, view, lex, spans)) for _ in range(runs)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--corpus", default="400w")
    parser.add_argument("--append", action="store_true")
    args = parser.parse_args()
    pin_one_core()
    tagger = load_tagger("crf")
    seed = clean(SEED.read_text(encoding="utf-8"))
    off, on = seed_stage(seed, tagger, args.runs)
    layer_off, layer_on = seed_stage(seed, _Memoised(tagger), args.runs)
    alone = patterns_alone(seed, tagger, args.runs)
    docs = [clean(b) for b in bodies(load_payloads(ensure_corpus(args.corpus), args.articles))]
    per_article = [patterns_alone(d, tagger, 5) for d in docs]
    tokens = median([float(len(d.tokens)) for d in docs])
    lines = [
        f"seed article: {len(seed.tokens)} tokens, {args.runs} interleaved runs",
        f"extract_entities, patterns off (before): {off:.3f} ms (median)",
        f"extract_entities, patterns on (after):   {on:.3f} ms (median)   ratio {on / off:.3f}",
        f"entity layer alone (labels memoised), off: {layer_off:.3f} ms, on: {layer_on:.3f} ms "
        f"(medians)   ratio {layer_on / layer_off:.3f}",
        f"apply_patterns alone:                    {alone:.3f} ms (median)",
        f"corpus {args.corpus}: {len(docs)} articles, median {tokens:.0f} tokens",
        f"apply_patterns alone per article:        {median(per_article):.3f} ms (median), "
        f"{percentile(per_article, 99):.3f} ms (p99)",
    ]
    print("\n".join(lines))
    if args.append:
        append_results("Entity stage: article-level name patterns", "\n".join(lines))


if __name__ == "__main__":
    main()
