"""Score quote extraction on the hand-annotated dev set (``eval/quotes_dev.json``).

The annotations hold only sentence and token indices into a token-per-line corpus; the text is
read from ``../shared/data`` at run time, detokenised, run through the pipeline, and quotes are
compared by character offsets in the raw body (``raw_start``/``raw_end``), so the comparison
does not depend on what cleaning does to the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from akhbar.evaluation.quote_score import CONTENT_F1, fold, token_f1
from akhbar.nlp.ner.conll import read_rows
from akhbar.schemas import EnrichedArticle, QuoteOut

NO_SPACE_BEFORE = frozenset(".,،:;؛!?؟)»]…%")
NO_SPACE_AFTER = frozenset("(«[")


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of ``token TAG`` lines separated by blank lines."""
    return [[(row[0], row[-1]) for row in sentence] for sentence in read_rows(path)]


@dataclass(slots=True)
class Window:
    """Detokenised sentences (one per line) and each token's raw character span."""

    text: str
    spans: dict[tuple[int, int], tuple[int, int]]
    labels: list[tuple[int, int, str]]
    """``(start, end, BIO label)`` of every corpus token, for a gold-entity tagger."""


def detokenise(sentences: Sequence[list[tuple[str, str]]], first: int) -> Window:
    """Join tokens with spaces except around punctuation; straight quotes alternate open/close."""
    parts: list[str] = []
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    labels: list[tuple[int, int, str]] = []
    pos = 0
    for n, sentence in enumerate(sentences):
        if n:
            parts.append("\n")
            pos += 1
        open_quote = False
        glue = True
        for t, (token, label) in enumerate(sentence):
            closing = token in NO_SPACE_BEFORE or (token == '"' and open_quote)
            if not glue and not closing:
                parts.append(" ")
                pos += 1
            spans[(first + n, t)] = (pos, pos + len(token))
            labels.append((pos, pos + len(token), label))
            parts.append(token)
            pos += len(token)
            if token == '"':
                open_quote = not open_quote
            glue = token in NO_SPACE_AFTER or (token == '"' and open_quote)
    return Window("".join(parts), spans, labels)


@dataclass(slots=True)
class DevScore:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_ok: int = 0
    type_ok: int = 0
    content_f1: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, float]:
        return {
            **rates(self.gold, self.predicted, self.matched, self.speaker_ok, sum(self.content_f1)),
            "type_accuracy": round(self.type_ok / (self.matched or 1), 3),
        }


def rates(
    gold: int, predicted: int, matched: int, speaker_ok: int, content_f1_sum: float
) -> dict[str, float]:
    """Counts -> the scorer's rates: cue precision, recall and F1, speaker accuracy and mean
    content token-F1 over the matched quotes."""
    m = matched or 1
    p, r = matched / (predicted or 1), matched / (gold or 1)
    return {
        "gold": gold,
        "predicted": predicted,
        "matched": matched,
        "cue_precision": round(p, 3),
        "cue_recall": round(r, 3),
        "cue_f1": round(2 * p * r / (p + r) if p + r else 0.0, 3),
        "speaker_accuracy": round(speaker_ok / m, 3),
        "content_f1": round(content_f1_sum / m, 3),
    }


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _raw(span: Any) -> tuple[int, int]:
    return int(span.raw_start), int(span.raw_end)


def _speaker_ok(result: EnrichedArticle, quote: QuoteOut, gold: tuple[int, int], text: str) -> bool:
    """The speaker's words, its entity's mentions, or its name match the gold speaker words."""
    speaker = quote.speaker
    if speaker.mention is not None and _overlaps(_raw(speaker.mention), gold):
        return True
    for entity in result.entities:
        if entity.id == speaker.entity_id and any(
            _overlaps(_raw(m), gold) for m in entity.mentions
        ):
            return True
    if speaker.name:
        name, words = fold(speaker.name), fold(text[gold[0] : gold[1]])
        return bool(name) and (name in words or words in name)
    return False


def score_window(
    result: EnrichedArticle, item: dict[str, Any], window: Window, score: DevScore
) -> None:
    """Match result quotes to the item's gold quotes by cue offset and accumulate the scores."""
    spans = window.spans
    used: set[int] = set()
    score.gold += len(item["quotes"])
    score.predicted += len(result.quotes)
    for gold in item["quotes"]:
        cues = [spans[(s, t)] for s, t in gold["cue"]]
        hit = next(
            (
                n
                for n, q in enumerate(result.quotes)
                if n not in used and any(_overlaps(_raw(q.cue), c) for c in cues)
            ),
            None,
        )
        s, a, b = gold["speaker"]
        cs, ca, ce, cb = gold["content"]
        content = (spans[(cs, ca)][0], spans[(ce, cb - 1)][1])
        gold_text = window.text[content[0] : content[1]]
        if hit is None:
            score.errors.append(f"missed {item['sentences']}: {gold['cue']}")
            continue
        used.add(hit)
        quote = result.quotes[hit]
        score.matched += 1
        speaker = (spans[(s, a)][0], spans[(s, b - 1)][1])
        if _speaker_ok(result, quote, speaker, window.text):
            score.speaker_ok += 1
        else:
            said = window.text[speaker[0] : speaker[1]]
            score.errors.append(
                f"speaker {item['sentences']} {quote.cue.text}: {quote.speaker.name} <> {said}"
            )
        f1 = token_f1(quote.content.text, gold_text)
        score.content_f1.append(f1)
        if f1 < CONTENT_F1:
            score.errors.append(
                f"content {item['sentences']} f1={f1:.2f}: {quote.content.text} <> {gold_text}"
            )
        score.type_ok += quote.type == gold["type"]
    for n, quote in enumerate(result.quotes):
        if n not in used:
            score.errors.append(f"false {item['sentences']}: {quote.cue.text}")


def iter_windows(
    dev: dict[str, Any], corpus: list[list[tuple[str, str]]]
) -> Iterator[tuple[dict[str, Any], Window]]:
    for item in dev["items"]:
        first, last = item["sentences"]
        yield item, detokenise(corpus[first : last + 1], first)


def evaluate(
    dev: dict[str, Any],
    corpus: list[list[tuple[str, str]]],
    run: Callable[[Window], EnrichedArticle],
) -> DevScore:
    """Run ``run`` on every window and score it."""
    score = DevScore()
    for item, window in iter_windows(dev, corpus):
        score_window(run(window), item, window, score)
    return score


_BIO = re.compile(r"^([BI])-(PERS|PER|LOC|ORG|MISC|MIS)$")


def corpus_label(label: str) -> str:
    """Map ANERcorp/AQMAR labels to the pipeline's set (PERS->PER, MIS->MISC)."""
    m = _BIO.match(label)
    if m is None:
        return "O"
    kind = {"PERS": "PER", "MIS": "MISC"}.get(m.group(2), m.group(2))
    return f"{m.group(1)}-{kind}"
