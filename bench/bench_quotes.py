"""Quote extraction time per article next to the entity stage, measured in the same run.

Run: ``taskset -c 0 .venv/bin/python bench/bench_quotes.py [--repeat N] [--backend crf]``
Articles: the hand-written ``samples/`` (each alone, and all joined into one ~370-word
article) plus ``../shared/fixtures/seed_article.txt`` when present. Each article is cleaned
once; then ``extract_entities`` and ``extract_quotes`` are timed ``--repeat`` times each and
the medians reported per article, with quotes/entities as a ratio.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from pathlib import Path

from akhbar.nlp.clean import clean
from akhbar.nlp.entities import extract_entities
from akhbar.nlp.ner import load_tagger
from akhbar.nlp.quotes import extract_quotes

REPO = Path(__file__).resolve().parents[1]
ROW = "{:<18}{:>6}{:>7}{:>13}{:>11}{:>7}"
SEED = REPO.parent / "shared" / "fixtures" / "seed_article.txt"


def articles() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted((REPO / "samples").iterdir()):
        text = path.read_text(encoding="utf-8")
        found[path.name] = json.loads(text)["body"] if path.suffix == ".json" else text
    found["samples-joined"] = "\n".join(found.values())
    if SEED.exists():
        found["seed"] = SEED.read_text(encoding="utf-8")
    return found


def median_ms(fn: object, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        runs.append((time.perf_counter() - t0) * 1000.0)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--backend", default="crf")
    args = parser.parse_args()
    tagger = load_tagger(args.backend)
    print(f"python {platform.python_version()} on {platform.machine()}, tagger {tagger.name}")
    print(ROW.format("article", "words", "quotes", "entities ms", "quotes ms", "ratio"))
    ratios = []
    for name, body in articles().items():
        doc = clean(body)
        entities = extract_entities(doc, tagger)
        n_quotes = len(extract_quotes(doc, entities))
        ent_ms = median_ms(lambda doc=doc: extract_entities(doc, tagger), args.repeat)
        quo_ms = median_ms(lambda doc=doc, e=entities: extract_quotes(doc, e), args.repeat)
        ratios.append(quo_ms / ent_ms)
        words = len(body.split())
        cells = (f"{ent_ms:.2f}", f"{quo_ms:.2f}", f"{quo_ms / ent_ms:.2f}")
        print(ROW.format(name, words, n_quotes, *cells))
    print(f"median quotes/entities ratio: {statistics.median(ratios):.2f}")


if __name__ == "__main__":
    main()
