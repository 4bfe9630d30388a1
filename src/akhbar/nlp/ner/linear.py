"""Fast decoding of a trained linear-chain CRF without building crfsuite item sequences.

A crfsuite model scores a label sequence as the sum of the weights of (attribute, label) pairs
plus label-to-label transitions. Because our features are a word's own attributes plus its
neighbours' cached context attributes, the state scores of a word type can be summed once and
cached: tagging a sentence is then a few vector additions and a Viterbi pass. The weights are
exported from the ``.crfsuite`` file at training time (``export_weights``); decoding gives the
same labels as ``pycrfsuite.Tagger.tag`` (tested).
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

Vector = npt.NDArray[np.float64]


def export_weights(model: Path, out: Path) -> None:
    """Write a crfsuite model's labels, transitions and state weights as gzipped TSV."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    labels = tagger.labels()
    index = {label: i for i, label in enumerate(labels)}
    info = tagger.info()
    rows: dict[str, list[float]] = {}
    for (attr, label), weight in info.state_features.items():
        rows.setdefault(attr, [0.0] * len(labels))[index[label]] = weight
    trans = [[0.0] * len(labels) for _ in labels]
    for (a, b), weight in info.transitions.items():
        trans[index[a]][index[b]] = weight
    lines = ["\t".join(labels)]
    lines += ["\t".join(map(repr, row)) for row in trans]
    lines += [attr + "\t" + "\t".join(map(repr, w)) for attr, w in sorted(rows.items())]
    out.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))


class LinearChain:
    """Weights of one CRF: ``score(attrs)`` sums state weights, ``decode`` runs Viterbi."""

    def __init__(self, path: Path) -> None:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
        lines = text.split("\n")
        self.labels: list[str] = lines[0].split("\t")
        n = len(self.labels)
        self.transitions = np.array([line.split("\t") for line in lines[1 : n + 1]], dtype=float)
        attrs = []
        values = []
        for line in lines[n + 1 :]:
            if line:
                attr, _, rest = line.partition("\t")
                attrs.append(attr)
                values.append(rest.split("\t"))
        self._weights = np.array(values, dtype=float).reshape(len(values), n)
        self._row = {attr: i for i, attr in enumerate(attrs)}
        self.zero: Vector = np.zeros(n)

    def score(self, attrs: Iterable[str]) -> Vector:
        """Summed state weights of some attributes (unknown attributes weigh nothing)."""
        get = self._row.get
        rows = [r for r in map(get, attrs) if r is not None]
        if not rows:
            return self.zero
        if len(rows) == 1:
            row: Vector = self._weights[rows[0]]
            return row
        result: Vector = self._weights[rows].sum(axis=0)
        return result

    def score_groups(self, groups: Sequence[Iterable[str]]) -> Vector:
        """``(len(groups), labels)``: summed state weights of each group of attributes, in one
        matrix product (cheaper than one ``score`` call per group)."""
        get = self._row.get
        rows: list[int] = []
        which: list[int] = []
        for g, attrs in enumerate(groups):
            for r in map(get, attrs):
                if r is not None:
                    rows.append(r)
                    which.append(g)
        onehot = np.zeros((len(groups), len(rows)))
        onehot[which, range(len(rows))] = 1.0
        result: Vector = onehot @ self._weights[rows]
        return result

    def decode(self, states: Sequence[Vector]) -> list[list[str]]:
        """Best label sequences for several ``(n_i, labels)`` state-score matrices, decoded
        together: one Viterbi step per position serves every sentence of the batch."""
        lengths = np.array([s.shape[0] for s in states], dtype=np.intp)
        batch, width, n_labels = len(states), int(lengths.max(initial=0)), len(self.labels)
        if width == 0:
            return [[] for _ in states]
        scores = np.zeros((batch, width, n_labels))
        for b, s in enumerate(states):
            scores[b, : s.shape[0]] = s
        back = np.empty((batch, width, n_labels), dtype=np.intp)
        identity = np.arange(n_labels)
        best = scores[:, 0]
        for i in range(1, width):
            cand = best[:, :, None] + self.transitions  # (batch, from, to)
            arg = cand.argmax(axis=1)
            step = cand.max(axis=1) + scores[:, i]
            active = (lengths > i)[:, None]
            best = np.where(active, step, best)
            back[:, i] = np.where(active, arg, identity)  # padding keeps the label
        path = np.empty((batch, width), dtype=np.intp)
        path[:, -1] = best.argmax(axis=1)
        rows = np.arange(batch)
        for i in range(width - 1, 0, -1):
            path[:, i - 1] = back[rows, i, path[:, i]]
        labels = self.labels
        return [[labels[k] for k in path[b, :n]] for b, n in enumerate(lengths.tolist())]


def stack(vectors: Sequence[Vector]) -> Vector:
    """An ``(n, labels)`` matrix from ``n`` score vectors."""
    result: Vector = np.array(vectors)
    return result
