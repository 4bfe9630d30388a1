"""The state the rules share (article, sentence) and how a found quote is recorded."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from akhbar.nlp.quotes import content as ct
from akhbar.nlp.quotes import lexicon as lx
from akhbar.nlp.quotes import tokens as tk
from akhbar.nlp.quotes.cues import CueHit, fold, folded
from akhbar.nlp.quotes.speaker import EntityIndex
from akhbar.nlp.quotes.tokens import Tok
from akhbar.nlp.types import (
    Content,
    Cue,
    Document,
    Quote,
    Speaker,
)

_CREDITS = "|".join(re.escape(fold(a)) for a in lx.CREDIT_WORDS)

CREDIT_RE = re.compile(
    rf"\((?=\s*(?:{_CREDITS})[^()]{{0,25}}\)(\s*(?:{tk.DASH_CLASS}|:))?)"
    rf"|{tk.DASH_CLASS}\s(?:{_CREDITS})\s*:"
)
"""A picture/agency credit "(الفرنسية)" or an in-sentence dateline "CITY (AGENCY) -",
"CITY - X - وكالات:": reported content never runs past it. Both start with a literal
character, so one scan of the article is cheap; the dateline's city is found backwards."""

TEMPORAL = folded(lx.words("بعد قبل وبعد وقبل"))
"""Words before أن that open a temporal clause (بعد أن، قبل أن)."""

CONFIDENCE = {"that": 0.9, "colon": 0.9, "quote": 0.9, "prep": 0.75, "np": 0.7, "bare": 0.6}


@dataclass(slots=True)
class Sentence:
    """One sentence being processed, with what the rules need around it."""

    index: int
    toks: list[Tok]
    hits: list[CueHit]
    at: dict[int, int]
    """Token index of each token's start offset (cue hits and quotation marks are looked up
    here)."""
    end: int
    quotes: list[Quote] = field(default_factory=list)
    vias: list[str] = field(default_factory=list)
    """How each quote's content was found (``content.Opening.via``)."""
    consumed: set[int] = field(default_factory=set)
    """Cue hits (by start offset) already used as part of another quote."""
    main: bool = False
    """Whether a quote of the sentence is a main statement (not in a بعد أن clause)."""
    votes: Callable[[], frozenset[int]] | None = None
    """Gives the cue hits (by start offset) the learned filter votes for (``cue_model``); run
    at most once, when a vote could change an outcome (``voted``)."""
    overrides: frozenset[str] = frozenset()
    """The rule checks those votes may override."""
    content: Callable[[int, int, int], tuple[int, float] | None] | None = None
    """The learned content fallback (``content_model.ContentModel.start`` for this sentence):
    cue token, first allowed token, end of the allowed tokens -> the content's first token and
    its B marginal."""
    voted_starts: frozenset[int] | None = None

    def voted(self, hit: CueHit) -> bool:
        """Whether the learned filter votes for ``hit`` (computed for the sentence once)."""
        if self.votes is None:
            return False
        if self.voted_starts is None:
            self.voted_starts = self.votes()
        return hit.start in self.voted_starts

    def hit_end_tok(self, hit: CueHit) -> int:
        return tk.first_from(self.toks, self.at[hit.start], hit.end)


@dataclass(slots=True)
class Context:
    doc: Document
    key: str
    index: EntityIndex
    previous: Speaker | None = None
    topic: Speaker | None = None
    """The person a previous sentence of the story opens with (وأبو فلان على قناعة…)."""
    credits: list[int] = field(default_factory=list)
    """Offsets of credits and in-sentence datelines (``CREDIT_RE``) in the key."""
    story: int = 0
    """Index of the sentence the current story starts at."""
    quoted: set[int] = field(default_factory=set)
    """Sentences of the article that gave a quote."""
    marks: bool = False


def emit(ctx: Context, st: Sentence, hit: CueHit, speaker: Speaker, start: int, via: str) -> None:
    """Find where the content opened at ``start`` ends, then record the quote."""
    if via == "quote" and _runs_on(st, start):
        via = "that"  # "واتهمها "بتدمير" لبنان": the clause runs on past the quoted words
    if via == "quote" and _closing_straight_mark(ctx, st, start):
        # "في بيان على منصة "إكس" تكبدها…": the mark closes a quoted name; what follows it is
        # a clause running to the sentence end, not a quotation running to the article's end
        via, start = "that", start + 1
    if via == "quote" and _closes_enclosing(st, hit, start):
        return
    if via == "quote":
        close = ct.quoted_end(ctx.key, start, len(ctx.key))
        cs, ce = ct.trim(ctx.doc.text, start + 1, close)
    else:
        cs, ce = ct.trim(ctx.doc.text, start, st.end)
    if ce > cs:
        record(ctx, st, hit, speaker, cs, ce, via, CONFIDENCE[via])


def _closing_straight_mark(ctx: Context, st: Sentence, mark: int) -> bool:
    """A straight quotation mark at ``mark`` after an odd number of them in the sentence."""
    first = st.toks[0].start if st.toks else mark
    return ctx.key[mark] == '"' and ctx.key.count('"', first, mark) % 2 == 1


def _closes_enclosing(st: Sentence, hit: CueHit, mark: int) -> bool:
    """The mark after a cue inside another statement's quotation is that quotation's closing
    mark, not an opening one ("«… وتأمل فيه الشركة في احتلال دور القيادة».")."""
    return any(
        q.content.start <= hit.start < q.content.end <= mark
        for q, via in zip(st.quotes, st.vias, strict=True)
        if via == "quote"
    )


def record(
    ctx: Context,
    st: Sentence,
    hit: CueHit,
    speaker: Speaker,
    start: int,
    end: int,
    via: str,
    confidence: float,
) -> None:
    text = ctx.doc.text
    if speaker.guessed or (speaker.entity_id is None and speaker.resolution == "context"):
        confidence -= 0.2
    cue = Cue(hit.start, hit.end, text[hit.start : hit.end], hit.form.lemma)
    content = Content(start, end, text[start:end])
    quote_type = ct.quote_type(via, text, start, end)
    st.quotes.append(Quote(cue, speaker, content, quote_type, st.index, round(confidence, 2)))
    st.vias.append(via)
    if _background(st, hit):
        return
    st.main = True
    if speaker.entity_id is not None or speaker.name is not None:
        ctx.previous = speaker


def _runs_on(st: Sentence, start: int) -> bool:
    """The quotation opened at ``start`` is a short quoted term (``content.quoted_term``) inside
    a clause that goes on after its closing mark ("أعرب عن «أسفه الشديد» للحادث"، "حذر من «عواقب
    وخيمة» إذا رفضت…"), not direct speech: the word after the close is no punctuation,
    complementiser, cue or adverbial of the report ("وصف … بـ«صدام الجهل» خلال زيارة…")."""
    j = st.at.get(start)
    if j is None or st.toks[j].word not in tk.OPEN_MARKS:
        return False
    close = ct.quoted_term(st.toks, j)
    if close is None or close + 1 >= len(st.toks):
        return False
    after = st.toks[close + 1]
    return not (
        tk.is_punct(after)
        or tk.is_complementiser(after.word)
        or any(h.start == after.start for h in st.hits)
        or after.word in tk.ADVERBIAL_STARTERS
    )


def _background(st: Sentence, hit: CueHit) -> bool:
    """A statement in a temporal clause ("… بعد أن أشاع زملاؤه بأنه…") is background: its
    source does not become the story's current speaker."""
    ci = st.at.get(hit.start, 0)
    return ci >= 2 and st.toks[ci - 1].word == "ان" and st.toks[ci - 2].word in TEMPORAL
