"""Train the NER recipe without the sentences around some quote eval sets' windows.

The shipped model has seen every sentence of ``anercorp/train.txt``, so scoring quote held-out
sets (drawn from that file) with it gives an optimistic speaker score. This trains the same
recipe (both stages, same script) on the file minus each window of the given eval files
widened by ``--margin`` sentences, for a pessimistic bound. Usage::

    .venv/bin/python scripts/train_ner_without.py ../shared/data OUT_DIR \\
        eval/quotes_heldout14.json eval/quotes_heldout15.json --margin 10

then copy ``OUT_DIR/ner_stage*`` over ``src/akhbar/nlp/ner/data/`` in a ``git archive``
snapshot and run ``scripts/eval_quotes.py`` with that snapshot on ``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import train_ner


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the shared data folder (../shared/data)")
    parser.add_argument("out", type=Path, help="folder for ner_stage1/2 files")
    parser.add_argument("evals", type=Path, nargs="+", help="quote eval files to leave out")
    parser.add_argument("--margin", type=int, default=10, help="sentences around each window")
    args = parser.parse_args()
    corpus = train_ner.load(args.data / "anercorp" / "train.txt")
    left_out: set[int] = set()
    for path in args.evals:
        for item in json.loads(path.read_text(encoding="utf-8"))["items"]:
            first, last = item["sentences"]
            left_out.update(range(first - args.margin, last + args.margin + 1))
    kept = [s for i, s in enumerate(corpus) if i not in left_out]
    print(f"{len(corpus)} sentences, {len(kept)} kept, {len(corpus) - len(kept)} left out")
    args.out.mkdir(parents=True, exist_ok=True)
    train_ner.train_variant("full", kept, args.out, stage2=True)


if __name__ == "__main__":
    main()
