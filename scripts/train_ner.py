"""Train the shipped CRF NER model from ../shared/data and write it with its model card.

Run: ``python scripts/train_ner.py [DATA_DIR] [--compare]`` (DATA_DIR default ../shared/data).

- Dev model: trained on anercorp/train.txt minus its last 10% of sentences (the dev split,
  later articles), PERS/MISC mapped to PER/MISC, and scored on the dev split; AQMAR is used for
  out-of-domain evaluation only. Without ``--ship-all`` the dev model is the shipped model.
- ``--ship-all`` (what ``make model`` runs): after scoring the dev model, the same recipe is
  trained again on every sentence of anercorp/train.txt (the dev split included: it holds the
  latest articles) and that model is shipped; the model card keeps the dev model's scores as
  the estimate, and scores the shipped model on AQMAR dev only.
- Stage 1: CRF over ``FeatureExtractor`` features. Stage 2: CRF over the same features plus
  document-consistency features from stage-1 labels; its training labels come from a 4-fold
  jackknife of stage 1 so that it learns from first-pass errors as they occur on unseen text.
- Documents: runs of ``TRAIN_DOC_SENTENCES`` consecutive sentences (the corpora have no article
  marks); dev scores are measured as ``akhbar ner eval`` tags, in runs of ``DOC_SENTENCES``.
- ``--compare`` also trains and scores the ``nolex`` variant (no gazetteers, no frequency list).
Deterministic: crfsuite's L-BFGS has no randomness; fold assignment is by position.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

import pycrfsuite

from akhbar.nlp.ner.conll import (
    DOC_SENTENCES,
    TYPES,
    Score,
    evaluate,
    format_scores,
    normalize_label,
    read_rows,
    tag_sentences,
)
from akhbar.nlp.ner.crf import COMMON_RANK, STAGE1_FILE, STAGE2_FILE, CrfTagger, weights_path
from akhbar.nlp.ner.document import second_stage_features
from akhbar.nlp.ner.features import FeatureExtractor
from akhbar.nlp.ner.gazetteer import DATA_DIR, Gazetteers, load_gazetteers
from akhbar.nlp.ner.linear import export_weights

REPO = Path(__file__).resolve().parents[1]
SEED = 0  # recorded for the model card; L-BFGS training is deterministic
DEV_FRACTION = 0.10
FOLDS = 4
# Sentences per training document (about one article; 50 lowered the dev score, docs/NER.md).
TRAIN_DOC_SENTENCES = 20
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}

Corpus = list[tuple[list[str], list[str]]]


def load(path: Path) -> Corpus:
    """(tokens, normalised gold labels) per sentence; gold is the last column."""
    return [([r[0] for r in s], [normalize_label(r[-1]) for r in s]) for s in read_rows(path)]


def documents(corpus: Corpus, size: int = TRAIN_DOC_SENTENCES) -> list[Corpus]:
    return [corpus[i : i + size] for i in range(0, len(corpus), size)]


def _empty_gazetteers() -> Gazetteers:
    g = load_gazetteers()
    e: frozenset[str] = frozenset()
    return Gazetteers({}, e, e, e, e, e, {}, g.nationalities)


def extractor(variant: str) -> FeatureExtractor:
    return FeatureExtractor(_empty_gazetteers() if variant == "nolex" else load_gazetteers())


def train_crf(xseqs: Sequence[list[list[str]]], yseqs: Sequence[list[str]], out: Path) -> None:
    """Train one crfsuite model at ``out`` and export its weights next to it."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xseqs, yseqs, strict=True):
        trainer.append(x, y)
    trainer.set_params(PARAMS)
    trainer.train(str(out))
    export_weights(out, weights_path(out))


def _feats(fx: FeatureExtractor, corpus: Corpus) -> list[list[list[str]]]:
    return [fx.sentence(tokens) for tokens, _ in corpus]


def _fold_job(args: tuple[str, Corpus, Corpus, str, int]) -> list[list[str]]:
    """Train stage 1 on ``train``, return its labels on ``held`` (run in a worker process)."""
    variant, train, held, tmp, k = args
    fx = extractor(variant)
    path = Path(tmp) / f"fold{k}.crfsuite"
    train_crf(_feats(fx, train), [y for _, y in train], path)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return [tagger.tag(x) for x in _feats(fx, held)]


def jackknife(variant: str, train: Corpus, tmp: str) -> list[list[str]]:
    """Stage-1 labels for every training sentence from models that did not see it."""
    docs = documents(train)
    folds = [[s for d in docs[k::FOLDS] for s in d] for k in range(FOLDS)]  # interleaved documents
    jobs = []
    for k in range(FOLDS):
        rest = [s for j, d in enumerate(docs) if j % FOLDS != k for s in d]
        jobs.append((variant, rest, folds[k], tmp, k))
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(_fold_job, jobs))
    by_fold = [iter(r) for r in results]
    labels: list[list[str]] = []
    for j, d in enumerate(docs):
        it = by_fold[j % FOLDS]
        labels.extend(next(it) for _ in d)
    return labels


def stage2_inputs(
    fx: FeatureExtractor, corpus: Corpus, first: list[list[str]]
) -> list[list[list[str]]]:
    common = frozenset(w for w, r in fx.gaz.common_rank.items() if r < COMMON_RANK)
    out: list[list[list[str]]] = []
    feats = _feats(fx, corpus)
    start = 0
    for doc in documents(corpus):
        end = start + len(doc)
        keys = [[fx.stem(t) for t in tokens] for tokens, _ in doc]
        out.extend(second_stage_features(feats[start:end], keys, first[start:end], common))
        start = end
    return out


def scores_json(scores: dict[str, Score]) -> dict[str, dict[str, float]]:
    return {
        t: {
            "p": round(s.precision, 4),
            "r": round(s.recall, 4),
            "f1": round(s.f1, 4),
            "gold": s.tp + s.fn,
        }
        for t, s in scores.items()
    }


def train_variant(
    variant: str, train: Corpus, out_dir: Path, stage2: bool
) -> tuple[Path, Path | None]:
    fx = extractor(variant)
    stage1 = out_dir / STAGE1_FILE
    with tempfile.TemporaryDirectory() as tmp:
        first = jackknife(variant, train, tmp) if stage2 else []
        train_crf(_feats(fx, train), [y for _, y in train], stage1)
        if not stage2:
            return stage1, None
        path2 = out_dir / STAGE2_FILE
        train_crf(stage2_inputs(fx, train, first), [y for _, y in train], path2)
    return stage1, path2


def evaluate_on(variant: str, paths: tuple[Path, Path | None], corpus: Corpus) -> dict[str, Score]:
    tagger = CrfTagger(paths[0], paths[1], extractor(variant))
    return evaluate([y for _, y in corpus], tag_sentences(tagger, [t for t, _ in corpus]))


def run_variant(
    variant: str, train: Corpus, dev: Corpus, aqmar: Corpus, out_dir: Path, stage2: bool
) -> dict[str, object]:
    t0 = time.perf_counter()
    paths = train_variant(variant, train, out_dir, stage2)
    secs = time.perf_counter() - t0
    result: dict[str, object] = {"train_seconds": round(secs, 1)}
    for name, paths_used in (("stage1", (paths[0], None)), ("stage2", paths)):
        if name == "stage2" and paths[1] is None:
            continue
        dev_s = evaluate_on(variant, paths_used, dev)
        aq_s = evaluate_on(variant, paths_used, aqmar)
        result[name] = {"anercorp_dev": scores_json(dev_s), "aqmar_dev": scores_json(aq_s)}
        print(f"== {variant} {name} (train {secs:.0f}s)\nanercorp dev:\n{format_scores(dev_s)}")
        print(f"aqmar dev:\n{format_scores(aq_s)}", flush=True)
    return result


def ship_model(corpus: Corpus, aqmar: Corpus, out_dir: Path) -> dict[str, object]:
    """Train the shipped model on ``corpus`` (all of it) and score it out of domain only."""
    t0 = time.perf_counter()
    paths = train_variant("full", corpus, out_dir, stage2=True)
    secs = time.perf_counter() - t0
    aq_s = evaluate_on("full", paths, aqmar)
    print(f"== shipped model, all {len(corpus)} sentences (train {secs:.0f}s)")
    print(f"aqmar dev:\n{format_scores(aq_s)}", flush=True)
    return {"train_seconds": round(secs, 1), "aqmar_dev": scores_json(aq_s)}


def model_card(
    result: dict[str, object], n_train: int, n_dev: int, ship_all: bool
) -> dict[str, object]:
    if ship_all:
        corpus = "ANERcorp (CAMeL Lab split), all of anercorp/train.txt"
        anercorp_dev = (
            f"last 10% of anercorp/train.txt ({n_dev} sentences): scores.dev_model is the same "
            "recipe trained on the first 90% and scored there; the shipped model has seen them"
        )
    else:
        corpus = "ANERcorp (CAMeL Lab split), anercorp/train.txt, first 90% of sentences"
        anercorp_dev = f"last 10% of anercorp/train.txt ({n_dev} sentences), not trained on"
    return {
        "name": "akhbar-ner-crf",
        "date": date.today().isoformat(),
        "seed": SEED,
        "method": "two-stage linear-chain CRF (python-crfsuite L-BFGS); stage 2 adds "
        "document-consistency features from stage-1 labels (4-fold jackknife for training)",
        "crfsuite_params": PARAMS,
        "doc_sentences": {"train": TRAIN_DOC_SENTENCES, "tag_conll_and_dev": DOC_SENTENCES},
        "labels": [f"{p}-{t}" for t in TYPES for p in "BI"] + ["O"],
        "training_data": {
            "corpus": corpus,
            "sentences": n_train,
            "licence": "CC BY-SA 4.0",
            "citations": [
                "Y. Benajiba, P. Rosso, J. M. Benedí Ruiz. ANERsys: An Arabic Named Entity "
                "Recognition system based on Maximum Entropy. CICLing 2007.",
                "O. Obeid et al. CAMeL Tools: An Open Source Python Toolkit for Arabic Natural "
                "Language Processing. LREC 2020.",
            ],
        },
        "model_licence": "CC BY-SA 4.0 (trained on ANERcorp; gazetteer features from the "
        "sources in SOURCES.md)",
        "dev": {
            "anercorp_dev": anercorp_dev,
            "aqmar_dev": "aqmar/dev.txt (Wikipedia, CC BY-SA 3.0; B. Mohit et al., Recall-"
            "Oriented Learning of Named Entities in Arabic Wikipedia, EACL 2012); MIS is "
            "broader than ANERcorp's MISC",
        },
        "features": "folded word, clitic-stripped stem, stem prefixes/suffixes, shape, "
        "word-frequency rank bucket (wordfreq), gazetteer flags (given names, surnames, foreign "
        "names, places, nationalities, hand-written organisation lexicon with its type group), "
        "trigger flags (titles, organisation and place heads), future-tense verb flag, "
        "multi-word place and organisation phrase flags, a place followed by a nationality "
        "adjective (by gender) "
        "or by a parenthesised place, words inside a short quoted span with what the noun before "
        "it announces (a title, an organisation), context ±2; stage 2: sports-report topic "
        "features, first/last word of multi-word entities found in the document",
        "scores": result,
    }


VARIANTS = (("nolex", False),)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(REPO.parent / "shared" / "data"))
    parser.add_argument("--out", default=str(DATA_DIR))
    parser.add_argument("--compare", action="store_true", help="also score ablation variants")
    parser.add_argument(
        "--ship-all",
        action="store_true",
        help="ship a model trained on all of anercorp/train.txt (after scoring the dev model)",
    )
    args = parser.parse_args()
    data = Path(args.data)
    corpus = load(data / "anercorp" / "train.txt")
    cut = int(len(corpus) * (1 - DEV_FRACTION))
    train, dev = corpus[:cut], corpus[cut:]
    aqmar = load(data / "aqmar" / "dev.txt")
    comparison = {}
    if args.compare:
        with tempfile.TemporaryDirectory() as tmp:
            for variant, stage2 in VARIANTS:
                comparison[variant] = run_variant(variant, train, dev, aqmar, Path(tmp), stage2)
    out = Path(args.out)
    result: dict[str, object]
    if args.ship_all:
        with tempfile.TemporaryDirectory() as tmp:
            result = {"dev_model": run_variant("full", train, dev, aqmar, Path(tmp), stage2=True)}
        result["shipped"] = ship_model(corpus, aqmar, out)
        n_train = len(corpus)
    else:
        result = run_variant("full", train, dev, aqmar, out, stage2=True)
        n_train = len(train)
    if comparison:
        result["comparison"] = comparison
    card = model_card(result, n_train, len(dev), args.ship_all)
    (out / "model_card.json").write_text(
        json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
