"""The issue's "plain CRF with standard features", trained and scored on our two proxies.

    .venv/bin/python scripts/ner_baseline.py ../shared/data

Issue #4 calibrates its held-out set with such a CRF (words, folded forms, affixes with and
without clitics, context ±2, country/city gazetteer flags): micro-F1 0.67 (P 0.80, R 0.59). The
same kind of model on the dev split (last 10% of anercorp/train.txt) and the second proxy
(trained on the first 80%, scored on 80–90%) says how hard our proxies are next to the held-out
set (docs/NER.md, "Calibration"). Same crfsuite parameters as the shipped model, one stage,
sentences tagged one by one; about 30 s per proxy.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import pycrfsuite

from akhbar.nlp.ner.conll import evaluate, format_scores
from akhbar.nlp.ner.fold import clitic_candidates, fold
from akhbar.nlp.ner.gazetteer import load_gazetteers
from train_ner import DEV_FRACTION, PARAMS, Corpus, load

PLACES = load_gazetteers().places
"""Single-word place names (CLDR countries and cities, GeoNames, ArWikiCats cities)."""


def _token(word: str) -> tuple[list[str], str, bool]:
    folded = fold(word)
    candidates = clitic_candidates(folded)
    stem = candidates[-1]
    place = any(c in PLACES for c in candidates)
    feats = [f"w={word}", f"f={folded}", f"st={stem}"] + (["place"] if place else [])
    for k in (1, 2, 3):
        feats += [f"p{k}={folded[:k]}", f"s{k}={folded[-k:]}"]
        feats += [f"sp{k}={stem[:k]}", f"ss{k}={stem[-k:]}"]
    return feats, folded, place


def sentence_features(tokens: list[str]) -> list[list[str]]:
    """Own features plus the ±1 and ±2 neighbours' word, folded word and place flag."""
    info = [_token(t) for t in tokens]
    out = []
    for i, (own, _, _) in enumerate(info):
        feats = ["bias", *own]
        for d in (-2, -1, 1, 2):
            j = i + d
            if not 0 <= j < len(tokens):
                feats.append(f"{d}:{'BOS' if d < 0 else 'EOS'}")
                continue
            feats += [f"{d}:w={tokens[j]}", f"{d}:f={info[j][1]}"]
            feats += [f"{d}:place"] if info[j][2] else []
        out.append(feats)
    return out


def train_and_score(train: Corpus, held: Corpus) -> str:
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, labels in train:
        trainer.append(sentence_features(tokens), labels)
    trainer.set_params(PARAMS)
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "plain.crfsuite")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        predicted = [tagger.tag(sentence_features(tokens)) for tokens, _ in held]
    return format_scores(evaluate([labels for _, labels in held], predicted))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", type=Path, help="the shared data folder (../shared/data)")
    corpus = load(parser.parse_args().data / "anercorp" / "train.txt")
    dev = int(len(corpus) * (1 - DEV_FRACTION))
    second = int(len(corpus) * (1 - 2 * DEV_FRACTION))
    print(f"dev split (train 0-{dev}, score {dev}-{len(corpus)}):")
    print(train_and_score(corpus[:dev], corpus[dev:]))
    print(f"second proxy (train 0-{second}, score {second}-{dev}):")
    print(train_and_score(corpus[:second], corpus[second:dev]))


if __name__ == "__main__":
    main()
