"""A learned content fallback: where a voted cue (``cue_model``) found no content by the rules,
a CRF tags each token of the sentence B/I/O for the cue's content span, and a confident start
after the cue opens the content.

The tagger (python-crfsuite, trained by ``scripts/train_quote_cues.py`` on the gold content
spans of ``eval/quotes_*.json``) sees the quote stage's own tokens with features relative to
the cue: direction and distance, what lies between the cue and the token (complementisers,
colons, quotation marks, commas, other word-list matches, a sentence end), the cue's kind and
lemma, and the token's own word, affixes and neighbours. One sequence is one (sentence, cue)
pair; word-list matches that are no gold cue train as all-O sequences, so a confident start also
says "this match has a content". Only the start is used: where the content ends is the rules'
business (``state.emit``), and the speaker still comes from the subject steps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from akhbar.nlp.quotes import tokens as tk
from akhbar.nlp.quotes.content import HARD_STOPS
from akhbar.nlp.quotes.cue_model import DATA_DIR, neighbour_words, stage_sentences, word_features
from akhbar.nlp.quotes.cues import CueHit

MODEL_FILE = DATA_DIR / "quote_content.crfsuite"

BEGIN = "B"
INSIDE = "I"
OTHER = "O"

DEFAULT_THRESHOLD = 0.7
"""The marginal probability of B at the chosen start needed to use it. In the
leave-one-file-out cross-validation (docs/QUOTES.md, "Learned content fallback") pooled cue F1
is flat from 0.2 to 0.7 (within one quote); 0.7 makes the fewest false quotes."""

_COMMAS = frozenset(",،")
_BUCKETS = ((0, "0"), (1, "1"), (2, "2"), (3, "3"), (5, "4-5"), (10, "6-10"), (20, "11-20"))


def _bucket(d: int) -> str:
    a = abs(d)
    b = next((name for top, name in _BUCKETS if a <= top), "21+")
    return ("-" if d < 0 else "+" if d > 0 else "") + b


def _classes(tok: tk.Tok) -> list[str]:
    w = tok.word
    out = []
    if tk.is_complementiser(w):
        out.append("comp")
    if w == ":":
        out.append("colon")
    if w in tk.OPEN_MARKS:
        out.append("open")
    if w in tk.CLOSE_MARKS:
        out.append("close")
    if w in _COMMAS:
        out.append("comma")
    if w in HARD_STOPS:
        out.append("stop")
    if w in tk.FRAME_PREPOSITIONS:
        out.append("prep")
    if w in tk.ADVERBIAL_STARTERS:
        out.append("adv")
    if w in tk.FUNCTION_WORDS:
        out.append("func")
    if not out and tk.is_punct(tok):
        out.append("punct")
    return out


def features(toks: Sequence[tk.Tok], hits: Sequence[CueHit], cue: int) -> list[list[str]]:
    """One feature list per token of a sentence, relative to the cue at token ``cue``;
    ``hits`` are the sentence's word-list matches (``cues.find_cues``, before any check)."""
    n = len(toks)
    words = [t.word for t in toks]
    starts = {t.start: i for i, t in enumerate(toks)}
    hit_at = {starts[h.start] for h in hits if h.start in starts}
    found = next((h for h in hits if starts.get(h.start) == cue), None)
    cue_f = ["cue=" + found.form.kind, "lemma=" + found.form.lemma] if found else ["cue=?"]
    if found is not None:
        cue_f += ["frame=" + f for f in sorted(found.form.frames)]
        if found.form.ambiguous:
            cue_f.append("ambiguous")
    classes = [_classes(t) for t in toks]
    # running counts of classes, from the cue outwards in each direction
    between: list[dict[str, int]] = [{} for _ in range(n)]
    for step in (1, -1):
        seen: dict[str, int] = {}
        m = cue + step
        while 0 <= m < n:
            between[m] = dict(seen)
            for c in classes[m]:
                seen[c] = seen.get(c, 0) + 1
            if m in hit_at:
                seen["cue"] = seen.get("cue", 0) + 1
            m += step
    out: list[list[str]] = []
    for i, w in enumerate(words):
        d = i - cue
        side = "after" if d > 0 else "before" if d < 0 else "at"
        f = list(word_features(w))
        f.append("side=" + side)
        f.append("d=" + _bucket(d))
        f += ["c=" + c for c in classes[i]]
        f += [side + "|c=" + c for c in classes[i]]
        f += neighbour_words(words, i)
        prev = classes[i - 1] if i else ["<s>"]
        f += [side + "|prev=" + c for c in prev]
        seen_here = between[i]
        for c in ("comp", "colon", "open", "comma", "cue", "stop", "prep"):
            k = seen_here.get(c, 0)
            f.append(f"{side}|n_{c}=" + (str(k) if k < 2 else "2+"))
        if d > 0 and not seen_here:
            f.append("next_to_cue")
        if i in hit_at and d:
            f.append("hit_here")
        f += [side + "|" + x for x in cue_f]
        if d == 1 or (prev and "comp" in prev and seen_here.get("comp", 0) == 1):
            f += ["first|" + x for x in cue_f]
        if i == n - 1:
            f.append("last")
        out.append(f)
    return out


@dataclass(frozen=True, slots=True)
class ContentModel:
    """A loaded content tagger and the B marginal a start needs."""

    tagger: pycrfsuite.Tagger
    threshold: float = DEFAULT_THRESHOLD

    def start(
        self, toks: Sequence[tk.Tok], hits: Sequence[CueHit], cue: int, lo: int, hi: int
    ) -> tuple[int, float] | None:
        """The token in ``lo:hi`` most likely to begin the content of the cue at token ``cue``,
        with its B marginal, when that reaches the threshold (and precedes any sentence end)."""
        hi = min(hi, len(toks))
        if lo >= hi:
            return None
        self.tagger.set(features(toks, hits, cue))
        best, p_best = -1, 0.0
        for m in range(lo, hi):
            if toks[m].word in HARD_STOPS:
                break
            p = self.tagger.marginal(BEGIN, m)
            if p > p_best:
                best, p_best = m, p
        return (best, p_best) if best >= 0 and p_best >= self.threshold else None


def load(path: Path = MODEL_FILE, threshold: float = DEFAULT_THRESHOLD) -> ContentModel:
    """Open a trained content model file (``scripts/train_quote_cues.py``)."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return ContentModel(tagger, threshold)


def training_sequences(
    text: str,
    quotes: Sequence[tuple[Sequence[tuple[int, int]], tuple[int, int] | None]],
    negatives: bool = True,
) -> list[tuple[list[list[str]], list[str]]]:
    """Features and labels for each cue of ``text`` as the quote stage sees it (cleaned,
    segmented, folded, tokenised). ``quotes`` are (cue character spans, content character span)
    pairs of ``text``: the cue is the first token overlapping a cue span, the content tokens
    (in the cue's sentence) those overlapping the content span, B on the first; a cue whose
    content is None (not in ``text``) gives no sequence. With ``negatives``, every word-list
    match overlapping no gold cue gives an all-O sequence."""
    out = []
    for raw, toks, hits in stage_sentences(text):
        gold_cues: set[int] = set()
        for cues, content in quotes:
            at = [i for i, (a, b) in enumerate(raw) if any(a < e and s < b for s, e in cues)]
            gold_cues.update(at)
            if not at or content is None:
                continue
            cs, ce = content
            labels: list[str] = []
            for n, (a, b) in enumerate(raw):
                if a < ce and cs < b and n not in at:
                    labels.append(INSIDE if labels and labels[-1] != OTHER else BEGIN)
                else:
                    labels.append(OTHER)
            out.append((features(toks, hits, at[0]), labels))
        if negatives:
            index = {t.start: i for i, t in enumerate(toks)}
            for h in hits:
                i = index.get(h.start)
                if i is not None and i not in gold_cues:
                    out.append((features(toks, hits, i), [OTHER] * len(toks)))
    return out
