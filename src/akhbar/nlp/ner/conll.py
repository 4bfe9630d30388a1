"""CoNLL-style token-per-line files: read, write, and score with exact spans.

A file has one token per line (whitespace or tab separated columns, the first is the token),
a blank line between sentences. Labels are BIO over PER, LOC, ORG, MISC; the corpora's PERS and
MIS are mapped to PER and MISC.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from akhbar.nlp.ner import Tagger

TYPES = ("PER", "LOC", "ORG", "MISC")
_TYPE_MAP = {"PERS": "PER", "MIS": "MISC", "PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}

# Sentences per document when a file is tagged as running text (its sentences are in article
# order but carry no article marks): a window of about two news articles, so that a name
# mentioned across an article boundary still shares its evidence (docs/NER.md, doc sizes).
DOC_SENTENCES = 50

Row = list[str]
Sentence = list[Row]


def read_rows(path: Path) -> list[Sentence]:
    """Sentences of rows (each row the whitespace-split columns of one line)."""
    sentences: list[Sentence] = []
    current: Sentence = []
    with path.open(encoding="utf-8-sig") as fh:
        for line in fh:
            cols = line.split()
            if cols:
                current.append(cols)
            elif current:
                sentences.append(current)
                current = []
    if current:
        sentences.append(current)
    return sentences


def normalize_label(label: str) -> str:
    """Map a corpus label to the four-type BIO set (PERS -> PER, MIS -> MISC; unknown -> O)."""
    if label == "O" or len(label) < 3 or label[1] != "-" or label[0] not in "BI":
        return "O"
    kind = _TYPE_MAP.get(label[2:])
    return f"{label[0]}-{kind}" if kind else "O"


def write_tagged(
    path: Path, tokens: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> None:
    """Write ``token<TAB>tag`` lines with a blank line after each sentence."""
    with path.open("w", encoding="utf-8") as fh:
        for sent_tokens, sent_tags in zip(tokens, tags, strict=True):
            for token, tag in zip(sent_tokens, sent_tags, strict=True):
                fh.write(f"{token}\t{tag}\n")
            fh.write("\n")


def spans(labels: Sequence[str]) -> set[tuple[int, int, str]]:
    """Exact entity spans ``(start, end, type)`` of one BIO sequence (CoNLL convention: an I-
    without a matching open span starts a new span)."""
    out: set[tuple[int, int, str]] = set()
    start = -1
    kind = ""
    for i, label in enumerate([*labels, "O"]):
        prefix, _, t = label.partition("-")
        if start >= 0 and (prefix != "I" or t != kind):
            out.add((start, i, kind))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, kind = i, t
    return out


@dataclass(frozen=True, slots=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> dict[str, Score]:
    """Per-type and ``micro`` scores of predicted against gold BIO sentences (exact spans)."""
    counts = {t: [0, 0, 0] for t in TYPES}
    for g_labels, p_labels in zip(gold, pred, strict=True):
        g = spans(g_labels)
        p = spans(p_labels)
        for _, _, t in g & p:
            counts.setdefault(t, [0, 0, 0])[0] += 1
        for _, _, t in p - g:
            counts.setdefault(t, [0, 0, 0])[1] += 1
        for _, _, t in g - p:
            counts.setdefault(t, [0, 0, 0])[2] += 1
    scores = {t: Score(*c) for t, c in counts.items()}
    scores["micro"] = Score(*(sum(c[k] for c in counts.values()) for k in range(3)))
    return scores


def format_scores(scores: dict[str, Score]) -> str:
    """A small text table: type, precision, recall, F1, gold and predicted counts."""
    lines = [f"{'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    for t, s in scores.items():
        lines.append(
            f"{t:<6} {s.precision:6.4f} {s.recall:6.4f} {s.f1:6.4f} "
            f"{s.tp + s.fn:6d} {s.tp + s.fp:6d}"
        )
    return "\n".join(lines)


def running_documents(
    sentences: Sequence[Sequence[str]], size: int = DOC_SENTENCES
) -> list[Sequence[Sequence[str]]]:
    """Cut a file's sentences (in article order, no article marks) into runs of ``size``
    sentences, each tagged as one document so that label consistency works over it."""
    return [sentences[i : i + size] for i in range(0, len(sentences), size)]


def tag_sentences(tagger: Tagger, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    """Tag running text document by document (see ``running_documents``)."""
    out: list[list[str]] = []
    for doc in running_documents(sentences):
        out.extend(tagger.tag(doc))
    return out


def tag_file(src: Path, dst: Path, tagger: Tagger) -> int:
    """Tag the tokens (first column) of ``src``; write ``token<TAB>tag`` to ``dst``.
    Returns the number of tokens."""
    tokens = [[row[0] for row in sent] for sent in read_rows(src)]
    write_tagged(dst, tokens, tag_sentences(tagger, tokens))
    return sum(map(len, tokens))


def evaluate_file(path: Path, tagger: Tagger | None) -> dict[str, Score]:
    """Score a file. With ``tagger``: gold is the last column, the tokens are tagged.
    Without: conlleval layout, gold is the second-to-last column and the prediction the last."""
    sentences = read_rows(path)
    if tagger is not None:
        gold = [[normalize_label(r[-1]) for r in s] for s in sentences]
        pred = tag_sentences(tagger, [[r[0] for r in s] for s in sentences])
        return evaluate(gold, pred)
    if any(len(r) < 3 for s in sentences for r in s):
        raise ValueError(f"{path}: every line needs token, gold and predicted columns")
    gold = [[normalize_label(r[-2]) for r in s] for s in sentences]
    pred = [[normalize_label(r[-1]) for r in s] for s in sentences]
    return evaluate(gold, pred)
