"""The shipped default tagger: a linear-chain CRF (trained with python-crfsuite) over cached
rich features, and a second CRF for label consistency within a document (``document.py``).

Decoding uses the exported weights (``linear.py``): the state scores of each word type are
summed once per process and kept in one table per CRF, so a document's tokens are a list of
row numbers, its state scores a few array operations over all its sentences laid end to end,
and its labels one batched Viterbi pass per CRF.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from akhbar.nlp.ner.document import is_sport, key_features, topic_features
from akhbar.nlp.ner.features import BOUNDARIES, FeatureExtractor, TokenFeatures
from akhbar.nlp.ner.gazetteer import DATA_DIR, load_gazetteers
from akhbar.nlp.ner.linear import LinearChain, Vector

STAGE1_FILE = "ner_stage1.crfsuite"
STAGE2_FILE = "ner_stage2.crfsuite"
WEIGHTS_SUFFIX = ".weights.tsv.gz"
# Words more frequent than this rank are never taken as document-level name evidence.
COMMON_RANK = 2000
# Word types kept (their score tables take 8 * 5 * labels bytes each per CRF).
_CACHE_LIMIT = 100_000
_INITIAL_TYPES = 4096
_CONTEXT_LIMIT = 10_000

Index = npt.NDArray[np.intp]


def weights_path(model: Path) -> Path:
    """Where the exported weights of a ``.crfsuite`` model live."""
    return model.with_name(model.stem + WEIGHTS_SUFFIX)


@dataclass(frozen=True, slots=True)
class _Layout:
    """Flat positions of a document's sentences laid end to end, by place in the sentence."""

    first: Index
    last: Index
    after1: Index
    """Positions with a left neighbour (likewise: a right one, two on the left, two on the
    right); ``second`` and ``second_last`` are the positions whose ±2 neighbour is a boundary."""
    before1: Index
    after2: Index
    before2: Index
    second: Index
    second_last: Index

    @classmethod
    def of(cls, lengths: Sequence[int]) -> _Layout:
        lens = np.array(lengths, dtype=np.intp)
        pos = np.arange(int(lens.sum())) - np.repeat(np.cumsum(lens) - lens, lens)
        rest = np.repeat(lens, lens) - 1 - pos
        where = np.flatnonzero
        return cls(
            where(pos == 0),
            where(rest == 0),
            where(pos >= 1),
            where(rest >= 1),
            where(pos >= 2),
            where(rest >= 2),
            where(pos == 1),
            where(rest == 1),
        )


class _Scorer:
    """One CRF's state scores per word type (own, as -1, as +1, as -2, as +2) in a table."""

    def __init__(self, chain: LinearChain) -> None:
        self.chain = chain
        self.table: Vector = np.empty((_INITIAL_TYPES, 5, len(chain.labels)))
        self._bounds = {k: chain.score(v) for k, v in BOUNDARIES.items()}
        self._links: dict[tuple[str, ...], Vector] = {}
        self._context: dict[tuple[str, ...], Vector] = {}

    def put(self, first_row: int, feats: Sequence[TokenFeatures]) -> None:
        """Score new word types into rows ``first_row, first_row + 1, …`` (one batch)."""
        end = first_row + len(feats)
        if end > len(self.table):
            size = max(end, min(2 * len(self.table), _CACHE_LIMIT))
            self.table = np.resize(self.table, (size, *self.table.shape[1:]))
        groups = [g for f in feats for g in f[:5]]
        scores = self.chain.score_groups(groups)
        self.table[first_row:end] = scores.reshape(len(feats), 5, len(self.chain.labels))

    def context_scores(self, feats: tuple[str, ...]) -> Vector:
        """``(3, labels)``: the weights of document features as the token's own, as seen
        from its left neighbour ("+1:") and from its right neighbour ("-1:"). Cached: an
        article's evidence takes few distinct forms."""
        hit = self._context.get(feats)
        if hit is None:
            if len(self._context) > _CONTEXT_LIMIT:
                self._context.clear()
            score = self.chain.score
            hit = self._context[feats] = np.stack(
                [score(feats), score(["+1:" + f for f in feats]), score(["-1:" + f for f in feats])]
            )
        return hit

    def states(self, rows: Index, at: _Layout, links: dict[int, tuple[str, ...]]) -> Vector:
        """``(n, labels)`` state scores of a document's tokens (``rows`` of the table), as
        crfsuite would sum them sentence by sentence; ``links`` by flat position."""
        v = self.table[rows]
        s: Vector = v[:, 0].copy()
        b = self._bounds
        s[at.first] += b["-1"]
        s[at.last] += b["+1"]
        s[at.after1] += v[at.after1 - 1, 1]
        s[at.before1] += v[at.before1 + 1, 2]
        s[at.second] += b["-2"]
        s[at.second_last] += b["+2"]
        s[at.after2] += v[at.after2 - 2, 3]
        s[at.before2] += v[at.before2 + 2, 4]
        for i, feats in links.items():
            score = self._links.get(feats)
            if score is None:
                score = self._links[feats] = self.chain.score(feats)
            s[i] += score
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
        self._rows: dict[str, int] = {}
        self._info: list[TokenFeatures] = []
        self._topic: dict[int, Vector] = {}
        if self._second is not None:
            score = self._second.chain.score
            labels = self._second.chain.labels
            index = {label: i for i, label in enumerate(labels)}
            self._to_second = np.array([index[x] for x in self._first.chain.labels])
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

    def _row_numbers(self, tokens: list[str]) -> list[int]:
        """Each token's row in the score tables, adding new word types (the tables start over
        when full, never within a document)."""
        if len(self._rows) + len(tokens) > _CACHE_LIMIT:
            self._rows.clear()
            self._info.clear()
            self._topic.clear()
        rows = self._rows
        get = rows.get
        first_new = len(self._info)
        out = []
        for token in tokens:
            row = get(token)
            if row is None:
                row = rows[token] = len(self._info)
                self._info.append(self.features.token(token))
            out.append(row)
        new = self._info[first_new:]
        if new:
            self._first.put(first_new, new)
            if self._second is not None:
                self._second.put(first_new, new)
        return out

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        lengths = [len(s) for s in sentences]
        tokens = [t for s in sentences for t in s]
        numbers = self._row_numbers(tokens)
        info = self._info
        infos = [info[r] for r in numbers]
        links = self._links(infos, lengths)
        rows = np.array(numbers, dtype=np.intp)
        at = _Layout.of(lengths)
        first = self._first.chain.viterbi(self._first.states(rows, at, links), lengths)
        if self._second is None:
            return _split(first, self._first.chain.labels, lengths)
        keys = [f[5] for f in infos]
        evidence = key_features(
            _slices(keys, lengths), _split(first, self._first.chain.labels, lengths), self._common
        )
        second = self._second
        doc = np.stack([self._zero3, *(second.context_scores(v) for v in evidence.values())])
        place = {k: i for i, k in enumerate(evidence, start=1)}
        doc = doc[[place.get(k, 0) for k in keys]]  # (n, 3, L)
        lab = self._label_scores[self._to_second[first]]  # (n, 3, L)
        st = second.states(rows, at, links)
        st += lab[:, 0] + doc[:, 0]
        st[at.after1] += lab[at.after1 - 1, 2] + doc[at.after1 - 1, 2]  # left neighbour as "-1:"
        st[at.before1] += lab[at.before1 + 1, 1] + doc[at.before1 + 1, 1]  # right one as "+1:"
        st[at.first] += self._edge_scores[0]
        st[at.last] += self._edge_scores[1]
        if is_sport(_slices(keys, lengths)):
            st += self._topic_scores(numbers)
        return _split(second.chain.viterbi(st, lengths), second.chain.labels, lengths)

    def _topic_scores(self, rows: list[int]) -> Vector:
        """``(n, labels)``: the sports-report features of each token (``topic_features``),
        cached per word type."""
        assert self._second is not None
        cache = self._topic
        out = []
        for row in rows:
            hit = cache.get(row)
            if hit is None:
                hit = cache[row] = self._second.chain.score(topic_features(self._info[row][0]))
            out.append(hit)
        return np.stack(out)

    def _links(self, infos: list[TokenFeatures], lengths: list[int]) -> dict[int, tuple[str, ...]]:
        """Neighbour-dependent features (``FeatureExtractor.links``) by flat position,
        looked for only in sentences with a word that can take part in one."""
        out: dict[int, tuple[str, ...]] = {}
        linkable = self.features.linkable
        start = 0
        for n in lengths:
            end = start + n
            if n > 1 and any(map(linkable, infos[start:end])):
                for i, feats in self.features.links(infos[start:end]).items():
                    out[start + i] = feats
            start = end
        return out


def _slices(items: list[str], lengths: list[int]) -> list[list[str]]:
    out = []
    start = 0
    for n in lengths:
        out.append(items[start : start + n])
        start += n
    return out


def _split(flat: Index, labels: list[str], lengths: list[int]) -> list[list[str]]:
    """Per-sentence label strings from flat label indices."""
    return _slices([labels[k] for k in flat.tolist()], lengths)


def load_crf(data_dir: Path = DATA_DIR) -> CrfTagger:
    """The shipped model; the second stage is used when its weights are present."""
    stage2 = data_dir / STAGE2_FILE
    return CrfTagger(data_dir / STAGE1_FILE, stage2 if weights_path(stage2).exists() else None)
