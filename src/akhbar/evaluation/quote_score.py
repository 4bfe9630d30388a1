"""Quote scoring by the rules of ``shared/fixtures/README.md``.

A gold quote is found when a result quote has the same cue (folded surface; the content match
pins the occurrence), a speaker that resolves to the gold speaker entity, and a content whose
token F1 with the gold content is at least ``CONTENT_F1``. Each result quote is used once.
Optional gold quotes neither count for nor against; other unmatched result quotes are false.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from akhbar.schemas import EnrichedArticle, QuoteOut

CONTENT_F1 = 0.8
_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ک": "ك", "ی": "ي"}
)
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_TOKEN = re.compile(r"\w+")


def fold(text: str) -> str:
    """NFKC, diacritics and tatweel removed, hamza/yeh/teh-marbuta/Persian letters folded,
    whitespace collapsed."""
    text = _MARKS.sub("", unicodedata.normalize("NFKC", text)).translate(_FOLD)
    return " ".join(text.split())


def token_f1(predicted: str, gold: str) -> float:
    """Bag-of-words F1 of two folded texts (punctuation ignored)."""
    p = Counter(_TOKEN.findall(fold(predicted)))
    g = Counter(_TOKEN.findall(fold(gold)))
    common = sum((p & g).values())
    if common == 0:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


@dataclass(slots=True)
class QuoteScore:
    gold: int
    found: list[tuple[dict[str, Any], QuoteOut, float]] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)
    wrong_speaker: list[tuple[dict[str, Any], QuoteOut]] = field(default_factory=list)
    false: list[QuoteOut] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return len(self.found) / self.gold if self.gold else 1.0


def _speaker_names(result: EnrichedArticle, quote: QuoteOut) -> set[str]:
    names = {fold(quote.speaker.name)} if quote.speaker.name else set()
    for entity in result.entities:
        if entity.id == quote.speaker.entity_id:
            names.add(fold(entity.name))
    return names


def _gold_speakers(gold: dict[str, Any]) -> set[str]:
    speaker = gold["speaker"]
    return {fold(s) for s in (speaker if isinstance(speaker, list) else [speaker])}


def _best(
    gold: dict[str, Any], quotes: Sequence[QuoteOut], used: set[int]
) -> tuple[int, float] | None:
    """The unused result quote with the same cue and the best content F1 (>= CONTENT_F1)."""
    best: tuple[int, float] | None = None
    for n, quote in enumerate(quotes):
        if n in used or fold(quote.cue.text) != fold(gold["cue"]):
            continue
        f1 = token_f1(quote.content.text, gold["content"])
        if f1 >= CONTENT_F1 and (best is None or f1 > best[1]):
            best = (n, f1)
    return best


def score_quotes(result: EnrichedArticle, gold: dict[str, Any]) -> QuoteScore:
    """Compare ``result.quotes`` with ``gold["quotes"]`` (and ``gold["optional_quotes"]``)."""
    quotes = result.quotes
    score = QuoteScore(gold=len(gold["quotes"]))
    used: set[int] = set()
    for item in gold["quotes"]:
        best = _best(item, quotes, used)
        if best is None:
            score.missed.append(item)
            continue
        used.add(best[0])
        quote = quotes[best[0]]
        if _speaker_names(result, quote) & _gold_speakers(item):
            score.found.append((item, quote, best[1]))
        else:
            score.wrong_speaker.append((item, quote))
    for item in gold.get("optional_quotes", []):
        best = _best(item, quotes, used)
        if best is not None:
            used.add(best[0])
    score.false = [q for n, q in enumerate(quotes) if n not in used]
    return score
