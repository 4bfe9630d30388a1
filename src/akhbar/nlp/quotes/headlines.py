"""Story starts, and the quotes of headline lines ("NAME: words")."""

from __future__ import annotations

import re

from akhbar.nlp.quotes import lexicon as lx
from akhbar.nlp.quotes import speaker as speaker_mod
from akhbar.nlp.quotes import tokens as tk
from akhbar.nlp.quotes.complements import NOUN_CONTEXT
from akhbar.nlp.quotes.cues import CueForm, CueHit, fold, folded
from akhbar.nlp.quotes.speaker import is_speaker_like, resolve, subject_end
from akhbar.nlp.quotes.state import Context, Sentence, emit
from akhbar.nlp.quotes.tokens import Tok
from akhbar.nlp.types import (
    Document,
    Speaker,
)

HEADLINE_MAX_TOKENS = 12

_AGENCIES = "|".join(re.escape(fold(a)) for a in lx.STORY_AGENCIES)

DATELINE_RE = re.compile(rf"^\s*\w+(?:\s\w+)?\s*(?:\(\s*(?:{_AGENCIES})\s*\)|[-–]\s)")

HEADLINE_FORM = CueForm("قال", "noun", frozenset({"colon"}), False)

GLUED_MIN_CONTENT = 3
"""Words a glued "NAME: …" headline needs after its colon."""

GLUED_MIN_BEFORE = 4
"""Words of the previous sentence a glued headline follows (fewer make the name part of a
heading: "الشاعر الكبير نزار قباني: تركي الأصل…")."""

GLUED_NAME_TOKENS = 2
"""A glued headline names its speaker in full (a single name before a colon is a section
heading: "مسيرة كانافارو:", or a citation: "الأعلام للزركلي:")."""

GLUED_ROLE_REACH = 3
"""How far before the name a title or role makes it a described person heading a section."""

GLUE_BLOCKERS = folded(
    lx.words("و ف ل ب ك مثل منهم منها بينهم أمثال وهم هم بطولة إخراج تأليف كتب بقلم إعداد حوار")
)
"""Words before a name that make it part of the clause (a list, a credit, a byline), not a
headline."""
"""The colon of a "NAME: words" line stands for the elided قال."""


def starts_paragraph(doc: Document, si: int) -> bool:
    sent = doc.sentences[si]
    return si == 0 or doc.sentences[si - 1].paragraph != sent.paragraph


def find_story_starts(doc: Document, key: str) -> set[int]:
    """Sentences opening a new story: a dateline ("CITY (AGENCY)") or after a headline line."""
    starts: set[int] = set()
    for si, sent in enumerate(doc.sentences):
        if not starts_paragraph(doc, si):
            continue
        para = doc.paragraphs[sent.paragraph] if sent.paragraph < len(doc.paragraphs) else sent
        line = key[para.start : para.end]
        if DATELINE_RE.match(line):
            starts.add(si)
        elif _is_headline(line) and si + 1 < len(doc.sentences):
            starts.update((si, si + 1))
    return starts


def _is_headline(line: str) -> bool:
    stripped = line.rstrip()
    return (
        bool(stripped)
        and stripped[-1] not in '.!?؟:»"”'
        and (len(stripped.split()) <= HEADLINE_MAX_TOKENS)
    )


def headline_quote(ctx: Context, st: Sentence) -> None:
    """A "NAME: words" line (headline or lead) is direct speech of NAME."""
    toks = st.toks
    colon = next((k for k, t in enumerate(toks) if t.word == ":"), -1)
    if not 0 < colon <= 5 or colon + 3 > len(toks):
        return
    if subject_end(toks, 0, ctx.index) < colon:
        return
    speaker = resolve(toks, 0, colon, ctx.index, ctx.doc.text)
    if speaker is None or speaker.kind == "anonymous" or not is_speaker_like(speaker, toks, 0):
        return
    if not _names_first(ctx, toks[0], speaker):
        return
    mark = toks[colon]
    hit = CueHit(mark.start, mark.end, HEADLINE_FORM, False)
    emit(ctx, st, hit, speaker, toks[colon + 1].start, "colon")


def glued_headline(ctx: Context, st: Sentence) -> None:
    """A "NAME: words" headline run into the end of the previous sentence by the segmentation
    ("… بشكل أفضل عادل إمام: لم يغازل…"): in a sentence without a cue, a person mention right
    before a colon after an ordinary word (no punctuation, function word, preposition, title,
    role or other mention, which would make the name part of the clause) is the speaker of
    what follows the colon."""
    toks = st.toks
    for c, colon in enumerate(toks):
        if colon.word != ":" or c + GLUED_MIN_CONTENT >= len(toks):
            continue
        covered = ctx.index.covering(toks[c - 1].start) if c else None
        if covered is None or covered[1].type != "PER":
            continue
        s = c - 1
        while s > 0 and ctx.index.covering(toks[s - 1].start) == covered:
            s -= 1
        if s < GLUED_MIN_BEFORE or c - s < GLUED_NAME_TOKENS:
            continue
        prev = toks[s - 1].word
        lead = toks[max(0, s - GLUED_ROLE_REACH) : s]
        if any(t.word in tk.ROLE_HEADS or t.word in tk.TITLES for t in lead):
            continue  # "الشاعر الكبير نزار قباني:": a described person heading a section
        if (
            tk.is_punct(toks[s - 1])
            or ctx.index.covering(toks[s - 1].start) is not None
            or prev in tk.FUNCTION_WORDS
            or prev in NOUN_CONTEXT
            or prev in GLUE_BLOCKERS
            or prev in tk.TITLES
            or prev in tk.ROLE_HEADS
            or speaker_mod.is_nisba(prev)
        ):
            continue
        speaker = resolve(toks, s, c, ctx.index, ctx.doc.text)
        if speaker is None:
            continue
        hit = CueHit(colon.start, colon.end, HEADLINE_FORM, False)
        emit(ctx, st, hit, speaker, toks[c + 1].start, "colon")
        return


def _names_first(ctx: Context, first: Tok, speaker: Speaker) -> bool:
    """A "NAME: …" line must open with its speaker (a person or organisation mention, a title,
    role or organisation head): not a place byline ("لندن: فلان") or a section label ("مسيرة
    فلان: …")."""
    covered = ctx.index.covering(first.start)
    if covered is not None:
        return covered[1].type in ("PER", "ORG") and covered[1].id == speaker.entity_id
    word = first.word
    return word in tk.TITLES or word in tk.ROLE_HEADS or word in tk.ORGANISATION_HEADS
