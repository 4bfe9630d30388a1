"""Train the learned cue filter (``akhbar.nlp.quotes.cue_model``) and the learned content
fallback (``akhbar.nlp.quotes.content_model``) on the eval windows.

    .venv/bin/python scripts/train_quote_cues.py ../shared/data [--out PATH]
        [--content-out PATH] [--without eval/quotes_heldout15.json ...]
        [--exclude SENTENCE_INDEX_FILE]

Every window of ``eval/quotes_*.json`` (text read from ``DATA/anercorp/train.txt``) is
detokenised and run through the cleaning and sentence split the pipeline uses; the quote
stage's tokens are labelled cue when they overlap a gold cue token (any acceptable position),
and, for the content model, B/I when they overlap the gold content of that cue (one sequence
per cue and sentence; word-list matches that are no gold cue give all-O sequences).
``--without`` leaves eval files out, and with them every window of another file that shares a
sentence with theirs; ``--exclude`` drops windows touching the listed sentence indices. Next to
the model goes a JSON record of the training data, parameters and licence. Same inputs, same
bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Any

import pycrfsuite

from akhbar.evaluation.quote_dev import iter_windows, read_conll
from akhbar.nlp.quotes import content_model
from akhbar.nlp.quotes.cue_model import MODEL_FILE, training_sequences

REPO = Path(__file__).resolve().parents[1]
EVAL_DIR = REPO / "eval"
PARAMS: dict[str, Any] = {
    "c1": 0.05,
    "c2": 0.05,
    "max_iterations": 200,
    "feature.possible_transitions": True,
}
CONTENT_PARAMS: dict[str, Any] = {
    "c1": 0.05,
    "c2": 0.05,
    "max_iterations": 200,
    "feature.possible_transitions": True,
}
Sequences = list[tuple[list[list[str]], list[str]]]
LICENCE = (
    "Trained on sentences of ANERcorp (anercorp/train.txt, CC BY-SA 4.0; the text is not "
    "stored here) with the project's own quotation annotations (eval/quotes_*.json)."
)


def window_sentences(item: dict[str, Any]) -> range:
    first, last = item["sentences"]
    return range(first, last + 1)


def collect(
    files: list[Path],
    without: list[Path],
    exclude: set[int],
    corpus: list[list[tuple[str, str]]],
    content: Sequences | None = None,
    negatives: bool = True,
) -> tuple[Sequences, dict[str, Any]]:
    """Training sequences and a record of what went in; the content model's sequences of the
    same windows are appended to ``content`` when given."""
    held: set[int] = set(exclude)
    for path in without:
        dev = json.loads(path.read_text(encoding="utf-8"))
        for item in dev["items"]:
            held.update(window_sentences(item))
    data: list[tuple[list[list[str]], list[str]]] = []
    record: dict[str, Any] = {"files": {}, "windows": 0, "dropped_windows": 0}
    seen: set[tuple[int, int]] = set()
    for path in files:
        dev = json.loads(path.read_text(encoding="utf-8"))
        used = dropped = 0
        for item, window in iter_windows(dev, corpus):
            span = tuple(item["sentences"])
            if held.intersection(window_sentences(item)) or span in seen:
                dropped += 1
                continue
            seen.add((span[0], span[1]))
            cues = [window.spans[(s, t)] for q in item["quotes"] for s, t in q["cue"]]
            data.extend(training_sequences(window.text, cues))
            if content is not None:
                content.extend(
                    content_model.training_sequences(window.text, _gold(item, window), negatives)
                )
            used += 1
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        record["files"][path.name] = {"windows": used, "dropped": dropped, "sha256": digest}
        record["windows"] += used
        record["dropped_windows"] += dropped
    record["sentences"] = len(data)
    record["tokens"] = sum(len(y) for _, y in data)
    record["cue_tokens"] = sum(y.count("C") for _, y in data)
    return data, record


def _gold(
    item: dict[str, Any], window: Any
) -> list[tuple[list[tuple[int, int]], tuple[int, int] | None]]:
    """(cue character spans, content character span) of each gold quote of a window; None for
    a content outside the window."""
    spans = window.spans
    out = []
    for q in item["quotes"]:
        cs, ca, ce, cb = q["content"]
        inside = (cs, ca) in spans and (ce, cb - 1) in spans
        content = (spans[(cs, ca)][0], spans[(ce, cb - 1)][1]) if inside else None
        out.append(([spans[(s, t)] for s, t in q["cue"]], content))
    return out


def train(
    data: list[tuple[list[list[str]], list[str]]],
    out: Path,
    params: dict[str, Any] | None = None,
) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in data:
        trainer.append(xseq, yseq)
    trainer.set_params(PARAMS if params is None else params)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", type=Path, help="the shared data folder (../shared/data)")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--content-out", type=Path, default=None)
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    parser.add_argument("--without", type=Path, nargs="*", default=[])
    parser.add_argument("--exclude", type=Path, help="file of sentence indices, one a line")
    args = parser.parse_args()
    without = {p.resolve() for p in args.without}
    files = sorted(p for p in args.eval_dir.glob("quotes_*.json") if p.resolve() not in without)
    exclude: set[int] = set()
    if args.exclude:
        exclude = {int(x) for x in args.exclude.read_text(encoding="utf-8").split()}
    sources = {json.loads(p.read_text(encoding="utf-8"))["source"] for p in files}
    if len(sources) != 1:
        raise SystemExit(f"eval files name several sources: {sorted(sources)}")
    corpus = read_conll(args.data / sources.pop())
    content: Sequences = []
    data, record = collect(files, sorted(without), exclude, corpus, content)
    train(data, args.out)
    content_out = args.content_out or args.out.with_name(content_model.MODEL_FILE.name)
    train(content, content_out, CONTENT_PARAMS)
    record = {
        "model": args.out.name,
        "trainer": "python-crfsuite lbfgs",
        "params": PARAMS,
        "without": sorted(p.name for p in without),
        "excluded_sentences": len(exclude),
        **record,
        "cross_validation": "quote_cues_cv.json (scripts/cv_quote_cues.py --summary)",
        "licence": LICENCE,
    }
    args.out.with_suffix(".json").write_text(
        json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    content_record = {
        **record,
        "model": content_out.name,
        "params": CONTENT_PARAMS,
        "labels": "B/I/O of the gold content, one sequence per cue and sentence",
        "cross_validation": "quote_cues_cv.json (scripts/cv_quote_cues.py --summary)",
        "sequences": len(content),
        "negative_sequences": sum(1 for _, y in content if "B" not in y),
        "tokens": sum(len(y) for _, y in content),
        "content_tokens": sum(len(y) - y.count("O") for _, y in content),
    }
    for name in ("sentences", "cue_tokens"):
        content_record.pop(name)
    content_out.with_suffix(".json").write_text(
        json.dumps(content_record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(json.dumps({k: v for k, v in record.items() if k != "files"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
