"""Quote extraction on the hand-annotated dev set: cue P/R, speaker accuracy, content token-F1.

    .venv/bin/python scripts/eval_quotes.py ../shared/data [--entities pipeline|gold] [-v]
        [--cue-filter on|off] [--cue-model PATH]

``pipeline`` runs the real pipeline (its configured NER backend); ``gold`` feeds the corpus's
own entity tags to the real entity stage, isolating the quote stage from NER errors.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from akhbar.evaluation.quote_dev import Window, corpus_label, evaluate, read_conll
from akhbar.nlp.quotes import cue_model
from akhbar.pipeline import Pipeline
from akhbar.schemas import EnrichedArticle, RawArticle

REPO = Path(__file__).resolve().parents[1]


class WindowTagger:
    """Tags the pipeline's tokens with the corpus labels found at the same characters."""

    name = "corpus-gold"

    def __init__(self) -> None:
        self.window = Window("", {}, [])

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        text, labels = self.window.text, self.window.labels
        cursor = 0
        out: list[list[str]] = []
        for tokens in sentences:
            row = []
            for token in tokens:
                pos = text.find(token, cursor)
                label = "O"
                if pos >= 0:
                    cursor = pos + len(token)
                    for start, end, corpus in labels:
                        if start <= pos < end:
                            label = corpus_label(corpus)
                            if pos > start and label.startswith("B-"):
                                label = "I-" + label[2:]
                            break
                row.append(label)
            out.append(row)
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", type=Path, help="the shared data folder (../shared/data)")
    parser.add_argument("--dev", type=Path, default=REPO / "eval" / "quotes_dev.json")
    parser.add_argument("--entities", choices=["pipeline", "gold"], default="pipeline")
    parser.add_argument("--backend", default="crf", help="NER backend for --entities pipeline")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    parser.add_argument(
        "--cue-filter", choices=["on", "off"], help="the learned cue filter (default: shipped)"
    )
    parser.add_argument("--cue-model", type=Path, help="another cue filter model file")
    args = parser.parse_args()
    learned: cue_model.CueFilter | Literal["shipped"] | None = "shipped"
    if args.cue_filter == "off":
        learned = None
    elif args.cue_model:
        learned = cue_model.load(args.cue_model)
    dev = json.loads(args.dev.read_text(encoding="utf-8"))
    corpus = read_conll(args.data / dev["source"])
    tagger = WindowTagger()
    pipeline = (
        Pipeline(tagger=tagger, cue_filter=learned)
        if args.entities == "gold"
        else Pipeline(ner_backend=args.backend, cue_filter=learned)
    )

    def run(window: Window) -> EnrichedArticle:
        tagger.window = window
        return pipeline.run(RawArticle(id="dev", body=window.text))

    started = time.perf_counter()
    score = evaluate(dev, corpus, run)
    summary = {
        "entities": args.entities if args.entities == "gold" else pipeline.tagger.name,
        "items": len(dev["items"]),
        **score.summary(),
        "seconds": round(time.perf_counter() - started, 2),
    }
    print(json.dumps(summary, ensure_ascii=False))
    if args.verbose:
        print("\n".join(score.errors))


if __name__ == "__main__":
    main()
