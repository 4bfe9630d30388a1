"""Leave-one-file-out cross-validation of the learned cue filter over the eval files.

    nice -n 10 .venv/bin/python scripts/cv_quote_cues.py ../shared/data [--work DIR]
        [--thresholds 0.5 0.7 0.9] [--overrides impersonal,negated ...] [--per-check]
        [--content-thresholds 0.3 0.5 0.7] [--no-negatives] [--compare SPEC@T]
        [--out results.json]

For each ``eval/quotes_*.json`` file a model is trained on the other files' windows (those
sharing a sentence with the held-out file's windows removed: ``train_quote_cues.py
--without``) and written to ``--work``; the held-out file is then scored as
``scripts/eval_quotes.py`` scores it (real pipeline, shipped NER) with the rules alone and with
the rules plus that model's votes, for every threshold and every override set. Each fold also
trains the content model (``content_model``) without the held-out file; an override set with
``learned_content`` is scored at every ``--content-thresholds`` value (configuration
``SPEC@T/cC``). ``--no-negatives`` trains the content model on gold cues only. Cleaning and
entities are computed once per window (they do not depend on the quote stage). ``--per-check``
also scores each check in ``cue_model.CHECKS`` as the only override, to see which rejections
the votes hit and whether overriding them pays. ``--compare`` prints the tables as rules alone
/ that configuration / each other one.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path
from typing import Any

from akhbar.evaluation import quote_dev
from akhbar.evaluation.quote_dev import DevScore, Window, iter_windows, read_conll, score_window
from akhbar.nlp.clean import clean
from akhbar.nlp.entities import extract_entities
from akhbar.nlp.ner import load_tagger
from akhbar.nlp.quotes import cue_model, extract_quotes
from akhbar.nlp.types import Document, EntityResult
from akhbar.pipeline import assemble
from akhbar.schemas import RawArticle

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_quote_cues import CONTENT_PARAMS, EVAL_DIR, collect, train

Prepared = list[tuple[dict[str, Any], Window, RawArticle, Document, EntityResult]]


def prepare(files: list[Path], corpus: list[list[tuple[str, str]]], cache: Path) -> dict[str, Any]:
    """Per file: its windows, each cleaned and tagged once (cached in ``cache``)."""
    if cache.exists():
        with cache.open("rb") as fh:
            loaded: dict[str, Any] = pickle.load(fh)  # our own file, written below
            return loaded
    tagger = load_tagger("crf")
    out: dict[str, Any] = {}
    for path in files:
        dev = json.loads(path.read_text(encoding="utf-8"))
        rows = []
        for item, window in iter_windows(dev, corpus):
            article = RawArticle(id="dev", body=window.text)
            doc = clean(article.body, article.title)
            rows.append((item, window, article, doc, extract_entities(doc, tagger)))
        out[path.name] = rows
    with cache.open("wb") as fh:
        pickle.dump(out, fh)
    return out


def score(rows: Prepared, cue_filter: cue_model.CueFilter | None) -> DevScore:
    result = DevScore()
    for item, window, article, doc, entities in rows:
        quotes = extract_quotes(doc, entities, cue_filter)
        score_window(assemble(article, doc, entities, quotes), item, window, result)
    return result


def counts(s: DevScore) -> dict[str, Any]:
    return {
        "gold": s.gold,
        "predicted": s.predicted,
        "matched": s.matched,
        "speaker_ok": s.speaker_ok,
        "content_f1_sum": round(sum(s.content_f1), 4),
        "errors": s.errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", type=Path)
    parser.add_argument("--work", type=Path, default=Path("/tmp/quote_cues_cv"))
    parser.add_argument("--thresholds", type=float, nargs="*", default=[0.5, 0.7, 0.9])
    parser.add_argument(
        "--overrides", nargs="*", default=[], help="override sets, each comma-separated"
    )
    parser.add_argument("--per-check", action="store_true")
    parser.add_argument("--content-thresholds", type=float, nargs="*", default=[0.5])
    parser.add_argument("--no-negatives", action="store_true")
    parser.add_argument("--compare", help="a configuration name (SPEC@T) for three-way tables")
    parser.add_argument("--out", type=Path, help="raw counts and error lines (corpus text)")
    parser.add_argument("--summary", type=Path, help="rates only, no corpus text")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    files = sorted(EVAL_DIR.glob("quotes_*.json"))
    corpus = read_conll(args.data / "anercorp" / "train.txt")
    prepared = prepare(files, corpus, args.work / "prepared.pkl")
    configs: list[tuple[str, float, frozenset[str], float | None]] = []
    for t in args.thresholds:
        for spec in args.overrides:
            names = frozenset(spec.replace(",", " ").split())
            if "learned_content" not in names:
                configs.append((f"{spec}@{t}", t, names, None))
                continue
            for c in args.content_thresholds:
                configs.append((f"{spec}@{t}/c{c}", t, names, c))
        if args.per_check:
            configs += [(f"{c}@{t}", t, frozenset({c}), None) for c in sorted(cue_model.CHECKS)]
    suffix = ".content_pos.crfsuite" if args.no_negatives else ".content.crfsuite"
    results: dict[str, dict[str, Any]] = {}
    for path in files:
        model = args.work / f"without_{path.stem}.crfsuite"
        content_file = args.work / f"without_{path.stem}{suffix}"
        if not model.exists() or not content_file.exists():
            content: list[tuple[list[list[str]], list[str]]] = []
            others = [f for f in files if f != path]
            data, _ = collect(others, [path], set(), corpus, content, not args.no_negatives)
            if not model.exists():
                train(data, model)
            train(content, content_file, CONTENT_PARAMS)
        rows = prepared[path.name]
        per = results[path.name] = {"rules": counts(score(rows, None))}
        for name, t, overrides, c in configs:
            loaded = cue_model.load(model, t, overrides, content_file, c)
            per[name] = counts(score(rows, loaded))
        print(path.name, json.dumps({k: v["matched"] for k, v in per.items()}), flush=True)
    if args.out:
        args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.summary:
        summary = {
            "method": "leave-one-file-out over eval/quotes_*.json (scripts/cv_quote_cues.py)",
            "pooled": {
                c: rates(sum_counts(results, c)) for c in ["rules"] + [n for n, *_ in configs]
            },
            "per_file": {f: {c: rates(per[c]) for c in per} for f, per in results.items()},
        }
        args.summary.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    for c in [n for n, *_ in configs]:
        print(table(results, c, args.compare))


def sum_counts(results: dict[str, dict[str, Any]], config: str) -> dict[str, Any]:
    keys = ("gold", "predicted", "matched", "speaker_ok", "content_f1_sum")
    return {k: sum(per[config][k] for per in results.values()) for k in keys}


def rates(c: dict[str, Any]) -> dict[str, Any]:
    """Summed counts -> the scorer's rates (``quote_dev.rates``), no error text."""
    keys = ("gold", "predicted", "matched", "speaker_ok", "content_f1_sum")
    return quote_dev.rates(*(c[k] for k in keys))


def table(results: dict[str, dict[str, Any]], config: str, base: str | None = None) -> str:
    """A markdown table: per file and pooled, rules alone vs rules + filter (with ``base``:
    rules alone / ``base`` / ``config``); cells are P / R / speaker / content."""
    if base is not None and base != config:
        return _three(results, base, config)
    head = "| file | gold | rules P / R / spk / content | + filter P / R / spk / content |"
    rows = [f"{config}", head, "|---|---|---|---|"]

    def cells(x: dict[str, Any]) -> str:
        return " / ".join(
            f"{x[k]:.3f}".lstrip("0")
            for k in ("cue_precision", "cue_recall", "speaker_accuracy", "content_f1")
        )

    items = [(f, per["rules"], per[config]) for f, per in results.items()]
    items.append(("pooled", sum_counts(results, "rules"), sum_counts(results, config)))
    for name, a, b in items:
        ra, rb = rates(a), rates(b)
        mark = "" if (a["predicted"], a["matched"]) == (b["predicted"], b["matched"]) else " *"
        rows.append(f"| {name} | {a['gold']} | {cells(ra)} | {cells(rb)}{mark} |")
    return "\n".join(rows)


def _cells(x: dict[str, Any]) -> str:
    r = rates(x)
    parts = [f"{r[k]:.3f}".lstrip("0") for k in ("cue_precision", "cue_recall", "speaker_accuracy")]
    content = f"{r['content_f1']:.3f}".lstrip("0")
    return f"{x['predicted']} / {x['matched']} / " + " / ".join(parts) + f" / {content}"


def _three(results: dict[str, dict[str, Any]], base: str, config: str) -> str:
    """Rules alone / ``base`` / ``config`` per file and pooled: predicted / right / P / R /
    speaker / content (``*``: other quotes than ``base``)."""
    rows = [
        f"{config}",
        f"| file | gold | rules alone | {base} | {config} |",
        "|---|---|---|---|---|",
    ]
    items = [(f, per) for f, per in results.items()]
    pooled = {c: sum_counts(results, c) for c in ("rules", base, config)}
    for name, per in [*items, ("pooled", pooled)]:
        a, b, c = per["rules"], per[base], per[config]
        mark = "" if (b["predicted"], b["matched"]) == (c["predicted"], c["matched"]) else " *"
        rows.append(f"| {name} | {a['gold']} | {_cells(a)} | {_cells(b)} | {_cells(c)}{mark} |")
    return "\n".join(rows)


if __name__ == "__main__":
    main()
