"""The shipped default tagger: a CRF (python-crfsuite) over cached rich features, with an
optional second CRF for label consistency within a document (see ``document.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pycrfsuite

from akhbar.nlp.ner.document import document_features
from akhbar.nlp.ner.features import FeatureExtractor
from akhbar.nlp.ner.gazetteer import DATA_DIR, load_gazetteers

STAGE1_FILE = "ner_stage1.crfsuite"
STAGE2_FILE = "ner_stage2.crfsuite"
# Words more frequent than this rank are never taken as document-level name evidence.
COMMON_RANK = 2000


class CrfTagger:
    """Tags sentences of one document (in article order) with BIO over PER, LOC, ORG, MISC."""

    name = "crf"

    def __init__(
        self, stage1: Path, stage2: Path | None = None, extractor: FeatureExtractor | None = None
    ) -> None:
        self.features = extractor if extractor is not None else FeatureExtractor(load_gazetteers())
        self._first = pycrfsuite.Tagger()
        self._first.open(str(stage1))
        self._second: pycrfsuite.Tagger | None = None
        if stage2 is not None:
            self._second = pycrfsuite.Tagger()
            self._second.open(str(stage2))
        rank = self.features.gaz.common_rank
        self._common = frozenset(w for w, r in rank.items() if r < COMMON_RANK)

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        feats = [self.features.sentence(s) if s else [] for s in sentences]
        first = [self._first.tag(f) if f else [] for f in feats]
        if self._second is None:
            return first
        keys = [[self.features.stem(t) for t in s] for s in sentences]
        extra = document_features(keys, first, self._common)
        second = self._second
        return [
            second.tag([a + b for a, b in zip(f, e, strict=True)]) if f else []
            for f, e in zip(feats, extra, strict=True)
        ]


def load_crf(data_dir: Path = DATA_DIR) -> CrfTagger:
    """The shipped model; the second stage is used when its file is present."""
    stage2 = data_dir / STAGE2_FILE
    return CrfTagger(data_dir / STAGE1_FILE, stage2 if stage2.exists() else None)
