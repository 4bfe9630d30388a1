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
        self._into: Vector = np.ascontiguousarray(self.transitions.T)

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
        """``(len(groups), labels)``: summed state weights of each group of attributes, in a
        few array operations for all groups (cheaper than one ``score`` call per group)."""
        get = self._row.get
        rows: list[int] = []
        starts: list[int] = []
        for attrs in groups:
            starts.append(len(rows))
            rows.extend(r for r in map(get, attrs) if r is not None)
        result: Vector = np.zeros((len(starts), len(self.labels)))
        if not rows:
            return result
        bounds = np.array(starts, dtype=np.intp)
        filled = np.flatnonzero(np.diff(np.append(bounds, len(rows))) > 0)
        result[filled] = np.add.reduceat(self._weights[rows], bounds[filled], axis=0)
        return result

    def viterbi(self, states: Vector, lengths: Sequence[int]) -> npt.NDArray[np.intp]:
        """Best label indices of several sentences whose ``(n_i, labels)`` state scores lie end
        to end in ``states``, in the same layout. The sentences are decoded together, aligned
        on their last token: one Viterbi step per position serves the whole batch, and each
        sentence's scores restart at its first token."""
        lens = np.array(lengths, dtype=np.intp)
        batch, width = len(lens), int(lens.max(initial=0))
        if width == 0:
            return np.zeros(0, dtype=np.intp)
        n_labels = len(self.labels)
        row = np.repeat(np.arange(batch), lens)
        column = np.arange(len(row)) - np.repeat(np.cumsum(lens) - lens, lens)
        column += width - np.repeat(lens, lens)
        scores = np.zeros((width, batch, n_labels))
        scores[column, row] = states
        live = lens > 0
        restarts = {
            int(c): np.flatnonzero(live & (width - lens == c))
            for c in np.unique(width - lens[live])
            if c > 0
        }
        back = np.empty((width, batch, n_labels), dtype=np.intp)
        into = self._into  # [to, from]: the transition matrix transposed
        cand = np.empty((batch, n_labels, n_labels))
        flat = cand.reshape(batch * n_labels, n_labels)
        pairs = np.arange(batch * n_labels)
        best = scores[0].copy()
        for i in range(1, width):
            np.add(best[:, None, :], into, out=cand)
            arg = back[i]
            cand.argmax(axis=2, out=arg)
            best = flat[pairs, arg.ravel()].reshape(batch, n_labels)  # the max, taken at arg
            best += scores[i]
            first = restarts.get(i)
            if first is not None:
                best[first] = scores[i, first]
        path = np.empty((width, batch), dtype=np.intp)
        path[-1] = best.argmax(axis=1)
        pointers = back.reshape(width, batch * n_labels)
        offsets = np.arange(batch) * n_labels
        for i in range(width - 1, 0, -1):
            path[i - 1] = pointers[i].take(offsets + path[i])
        result: npt.NDArray[np.intp] = path[column, row]
        return result
