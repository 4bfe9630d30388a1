"""The shipped default tagger: a linear-chain CRF (trained with python-crfsuite) over cached
rich features, and a second CRF for label consistency within a document (``document.py``).

Decoding uses the exported weights (``linear.py``): the state scores of each word type are
summed once per process and cached, so a token costs a few vector additions.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from akhbar.nlp.ner.document import key_features
from akhbar.nlp.ner.features import BOUNDARIES, FeatureExtractor, TokenFeatures
from akhbar.nlp.ner.gazetteer import DATA_DIR, load_gazetteers
from akhbar.nlp.ner.linear import LinearChain, Vector

STAGE1_FILE = "ner_stage1.crfsuite"
STAGE2_FILE = "ner_stage2.crfsuite"
WEIGHTS_SUFFIX = ".weights.tsv.gz"
# Words more frequent than this rank are never taken as document-level name evidence.
COMMON_RANK = 2000
_CACHE_LIMIT = 500_000


def weights_path(model: Path) -> Path:
    """Where the exported weights of a ``.crfsuite`` model live."""
    return model.with_name(model.stem + WEIGHTS_SUFFIX)


class _Scorer:
    """One CRF's per-word-type state scores (own, as -1, as +1, as -2, as +2), cached."""

    def __init__(self, chain: LinearChain) -> None:
        self.chain = chain
        self._cache: dict[str, Vector] = {}
        self._bounds = {k: chain.score(v) for k, v in BOUNDARIES.items()}

    def word(self, token: str, feats: TokenFeatures) -> Vector:
        hit = self._cache.get(token)
        if hit is None:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            hit = self.chain.score_groups(feats[:5])
            self._cache[token] = hit
        return hit

    def context_scores(self, feats: Sequence[str]) -> Vector:
        """``(3, labels)``: the weights of document features as the token's own, as seen
        from its left neighbour ("+1:") and from its right neighbour ("-1:")."""
        score = self.chain.score
        return np.stack(
            [score(feats), score(["+1:" + f for f in feats]), score(["-1:" + f for f in feats])]
        )

    def states(
        self, tokens: Sequence[str], info: Sequence[TokenFeatures], phrases: dict[int, str]
    ) -> Vector:
        """``(n, labels)`` state scores of one sentence, as crfsuite would sum them."""
        n = len(tokens)
        if n == 0:
            return np.zeros((0, len(self.chain.labels)))
        v = np.stack([self.word(t, f) for t, f in zip(tokens, info, strict=True)])
        s: Vector = v[:, 0].copy()
        b = self._bounds
        s[0] += b["-1"]
        s[n - 1] += b["+1"]
        if n > 1:
            s[1:] += v[:-1, 1]
            s[:-1] += v[1:, 2]
            s[1] += b["-2"]
            s[n - 2] += b["+2"]
        if n > 2:
            s[2:] += v[:-2, 3]
            s[:-2] += v[2:, 4]
        for i, kind in phrases.items():
            s[i] += self.chain.score(("ph=" + kind,))
        return s


class CrfTagger:
    """Tags sentences of one document (in article order) with BIO over PER, LOC, ORG, MISC."""

    name = "crf"

    def __init__(
        self, stage1: Path, stage2: Path | None = None, extractor: FeatureExtractor | None = None
    ) -> None:
        self.features = extractor if extractor is not None else FeatureExtractor(load_gazetteers())
        self._first = _Scorer(LinearChain(weights_path(stage1)))
        self._second = _Scorer(LinearChain(weights_path(stage2))) if stage2 else None
        if self._second is not None:
            score = self._second.chain.score
            labels = self._second.chain.labels
            self._label_index = {label: i for i, label in enumerate(labels)}
            # Per first-pass label: its weight as own label, as right and as left neighbour.
            self._label_scores = np.stack(
                [
                    np.stack([score((p + "y1=" + lab,)) for p in ("", "+1:", "-1:")])
                    for lab in labels
                ]
            )
            self._edge_scores = (score(("-1:y1=BOS",)), score(("+1:y1=EOS",)))
            self._zero3 = np.zeros((3, len(labels)))
        rank = self.features.gaz.common_rank
        self._common = frozenset(w for w, r in rank.items() if r < COMMON_RANK)

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        fx = self.features
        infos = [[fx.token(t) for t in s] for s in sentences]
        phrases = [fx.phrases(info) if len(info) > 1 else {} for info in infos]
        first = self._first.chain.decode(
            [
                self._first.states(s, info, ph)
                for s, info, ph in zip(sentences, infos, phrases, strict=True)
            ]
        )
        if self._second is None:
            return first
        keys = [[f[5] for f in info] for info in infos]
        evidence = key_features(keys, first, self._common)
        second = self._second
        label_scores = self._label_scores
        zero3 = self._zero3
        doc_scores = {k: second.context_scores(v) for k, v in evidence.items()}
        states = []
        rows = zip(sentences, infos, phrases, first, keys, strict=True)
        for s, info, ph, labels, sent_keys in rows:
            st = second.states(s, info, ph)
            n = len(s)
            if n:
                lab = label_scores[[self._label_index[x] for x in labels]]  # (n, 3, L)
                doc = np.stack([doc_scores.get(k, zero3) for k in sent_keys])  # (n, 3, L)
                st += lab[:, 0] + doc[:, 0]
                st[1:] += lab[:-1, 2] + doc[:-1, 2]  # the left neighbour, seen as "-1:"
                st[:-1] += lab[1:, 1] + doc[1:, 1]  # the right neighbour, seen as "+1:"
                st[0] += self._edge_scores[0]
                st[n - 1] += self._edge_scores[1]
            states.append(st)
        return second.chain.decode(states)


def load_crf(data_dir: Path = DATA_DIR) -> CrfTagger:
    """The shipped model; the second stage is used when its weights are present."""
    stage2 = data_dir / STAGE2_FILE
    return CrfTagger(data_dir / STAGE1_FILE, stage2 if weights_path(stage2).exists() else None)
