"""Sentence by sentence: cue -> subject -> content, with the speaker carried over within a story."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from akhbar.nlp.quotes import content as ct
from akhbar.nlp.quotes import lexicon as lx
from akhbar.nlp.quotes import tokens as tk
from akhbar.nlp.quotes.cues import KEY_FOLD, CueForm, CueHit, find_cues, fold
from akhbar.nlp.quotes.speaker import EntityIndex, is_speaker_like, resolve, subject_end
from akhbar.nlp.quotes.tokens import Tok
from akhbar.nlp.types import Content, Cue, Document, EntityResult, Quote, Speaker

SUBJECT_SKIP = frozenset(fold(w) for w in lx.words("أيضا كذلك أمس اليوم مجددا بدوره بدورها"))
"""Adverbs that may stand between a verb and its subject (وأكد أيضا الوزير…)."""
CLAUSE_OPENERS = (
    frozenset(
        fold(w) for w in lx.words("من جانبه جانبها جهته جهتها ناحيته ناحيتها بدوره بدورها ومن")
    )
    | tk.LEADING_PARTICLES
)
CLAUSE_BREAKS = frozenset(fold(w) for w in lx.words("، , فقد لكنه لكنها كما ثم بينما فيما"))
"""Words right before a cue that make it a new statement, not one inside the content."""
RELATIVES = frozenset({"الذي", "التي", "الذين"})
NOT_SUBJECT_BEFORE = frozenset(
    fold(w) for w in lx.words("، , مع إلى الى على عن من في ب ل و لدى بين عند مثل")
)
"""A name right after these is an object or an apposition, not the sentence's subject."""
MAX_TAIL_TOKENS = 6
"""Words allowed after the subject of a post-posed cue (…، قال الوزير للصحفيين)."""
HEADLINE_MAX_TOKENS = 12
_AGENCIES = "|".join(re.escape(fold(a)) for a in lx.STORY_AGENCIES)
DATELINE_RE = re.compile(rf"^\s*\w+(?:\s\w+)?\s*(?:\(\s*(?:{_AGENCIES})\s*\)|[-–]\s)")
HEADLINE_FORM = CueForm("قال", "noun", frozenset({"colon"}), False)
"""The colon of a "NAME: words" line stands for the elided قال."""
CONFIDENCE = {"that": 0.9, "colon": 0.9, "quote": 0.9, "prep": 0.75, "np": 0.7, "bare": 0.6}


@dataclass(slots=True)
class _Sentence:
    """One sentence being processed, with what the rules need around it."""

    index: int
    toks: list[Tok]
    hits: list[CueHit]
    at: dict[int, int]
    """Token index of each cue hit's start offset."""
    end: int
    quotes: list[Quote] = field(default_factory=list)
    vias: list[str] = field(default_factory=list)
    """How each quote's content was found (``content.Opening.via``)."""
    consumed: set[int] = field(default_factory=set)
    """Cue hits (by start offset) already used as part of another quote."""

    def hit_end_tok(self, hit: CueHit) -> int:
        i = self.at[hit.start]
        while i < len(self.toks) and self.toks[i].start < hit.end:
            i += 1
        return i


@dataclass(slots=True)
class _Context:
    doc: Document
    key: str
    index: EntityIndex
    previous: Speaker | None = None


def extract_quotes(doc: Document, entities: EntityResult) -> list[Quote]:
    """Every reported statement of the article with its cue, speaker, content and type."""
    key = doc.key.translate(KEY_FOLD)
    ctx = _Context(doc, key, EntityIndex.build(entities, key))
    story_starts = _story_starts(doc, key)
    marks = tk.HAS_MARKS.search(key) is not None
    quotes: list[Quote] = []
    for si, sent in enumerate(doc.sentences):
        if si in story_starts:
            ctx.previous = None
        hits = find_cues(key, sent.start, sent.end)
        headline = si in story_starts or _starts_paragraph(doc, si)
        if not hits and not (headline and ":" in key[sent.start : sent.end]):
            continue
        toks = tk.tokenize(key, sent.start, sent.end, marks)
        state = _Sentence(si, toks, hits, {t.start: i for i, t in enumerate(toks)}, sent.end)
        if headline and not hits:
            _headline_quote(ctx, state)
        for hit in hits:
            if hit.start in state.at and hit.start not in state.consumed:
                _quote_for(ctx, state, hit)
        quotes.extend(_finish(ctx, state))
    return quotes


def _finish(ctx: _Context, st: _Sentence) -> list[Quote]:
    """End each open content where a coordinated statement starts, then drop cues nested in
    the content of the same speaker's statement (قال إنه لا يعتقد أن…)."""
    text = ctx.doc.text
    cut: list[Quote] = []
    for quote, via in zip(st.quotes, st.vias, strict=True):
        if via != "quote":
            for other in st.quotes:
                if quote.content.start < other.cue.start < quote.content.end and (
                    _coordinated(st, other)
                ):
                    cs, ce = ct.trim(text, quote.content.start, other.cue.start)
                    kind = ct.quote_type(via, text, cs, ce)
                    quote = replace(quote, content=Content(cs, ce, text[cs:ce]), type=kind)
                    break
        cut.append(quote)
    return [q for q in cut if not any(_nested_same(q, outer) for outer in cut)]


def _coordinated(st: _Sentence, quote: Quote) -> bool:
    """A cue starting a new statement rather than one reported inside the current content."""
    hit = next((h for h in st.hits if h.start == quote.cue.start), None)
    if hit is None or hit.form.kind in ("participle", "noun") or hit.prefixed:
        return True
    n = st.at.get(hit.start, 0)
    return any(t.word in CLAUSE_BREAKS for t in st.toks[max(0, n - 2) : n])


def _nested_same(quote: Quote, outer: Quote) -> bool:
    same = (quote.speaker.entity_id or quote.speaker.name) == (
        outer.speaker.entity_id or outer.speaker.name
    )
    inside = outer.content.start <= quote.cue.start < outer.content.end
    return quote is not outer and inside and same and quote.speaker.resolution == "context"


def _starts_paragraph(doc: Document, si: int) -> bool:
    sent = doc.sentences[si]
    return si == 0 or doc.sentences[si - 1].paragraph != sent.paragraph


def _story_starts(doc: Document, key: str) -> set[int]:
    """Sentences opening a new story: a dateline ("CITY (AGENCY)") or after a headline line."""
    starts: set[int] = set()
    for si, sent in enumerate(doc.sentences):
        if not _starts_paragraph(doc, si):
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


def _quote_for(ctx: _Context, st: _Sentence, hit: CueHit) -> None:
    if hit.form.kind == "attribution":
        _attribution_quote(ctx, st, hit)
    else:
        _cue_quote(ctx, st, hit)


def _stops(st: _Sentence, after: int) -> frozenset[int]:
    return frozenset(st.at[h.start] for h in st.hits if h.start > after and h.start in st.at)


def _cue_quote(ctx: _Context, st: _Sentence, hit: CueHit) -> None:
    toks = st.toks
    ci = st.at[hit.start]
    i = st.hit_end_tok(hit)
    while i < len(toks) and toks[i].word in SUBJECT_SKIP:
        i += 1
    j = i if hit.form.kind == "participle" or _object_first(ctx, toks, i, hit) else None
    j = subject_end(toks, i, ctx.index) if j is None else j
    relay = _relay(ctx, st, hit, j)
    k = relay[1] if relay is not None else j
    form = ct.RELAYED if relay is not None else hit.form
    merged = _merged_say(st, hit)
    stops = _stops(st, toks[k - 1].start if k else -1) - {st.at[h.start] for h in merged}
    if merged and st.at[merged[0].start] - k <= ct.SCAN_LIMIT_AMBIGUOUS:
        form = ct.RELAYED
    opening = ct.find_opening(toks, k, form, k > i, stops)
    if opening is not None:
        st.consumed.update(h.start for h in merged if h.start < opening.start)
    if opening is None:
        if j > i or hit.form.kind == "verb":
            _postposed_quote(ctx, st, hit, ci, i, j)
        return
    if opening.via in ("that", "colon", "quote") and j > i and relay is None:
        j = _extend_subject(toks, j, opening.marker)
    speaker = relay[0] if relay is not None else None
    if speaker is None and j > i:
        speaker = resolve(toks, i, j, ctx.index, ctx.doc.text)
    if speaker is None:
        speaker = _elided_speaker(ctx, st, ci)
    _emit(ctx, st, hit, speaker, opening.start, opening.via)


def _object_first(ctx: _Context, toks: list[Tok], i: int, hit: CueHit) -> bool:
    """The verb's ب- complement comes first, so there is no subject (وتهدد بوقف التعاون…)."""
    return (
        i < len(toks)
        and "with" in hit.form.frames
        and toks[i].word.startswith("ب")
        and ctx.index.covering(toks[i].start) is None
    )


def _merged_say(st: _Sentence, hit: CueHit) -> list[CueHit]:
    """قائلا/بالقول after a verb and its subject belong to that verb (علق X بالقول: …)."""
    return [
        h
        for h in st.hits
        if h.start > hit.start and h.form.lemma == "قال" and h.form.kind != "verb"
    ][:1]


def _extend_subject(toks: list[Tok], j: int, marker: int) -> int:
    """Take name words left between the subject and the content marker into the subject."""
    while j < marker:
        word = toks[j].word
        if tk.is_punct(toks[j]) or word in tk.ADVERBIAL_STARTERS or word in tk.FUNCTION_WORDS:
            break
        j += 1
    return j


def _relay(ctx: _Context, st: _Sentence, hit: CueHit, j: int) -> tuple[Speaker, int] | None:
    """The real source when the verb relays another one: "نقلت الوكالة عن الوزير قوله إن…",
    "ذكرت الإذاعة نقلا عن مصدر أن…". Returns the source and the token after it."""
    toks = st.toks
    if j >= len(toks):
        return None
    attribution = next(
        (h for h in st.hits if h.start == toks[j].start and h.form.lemma == "نقلا عن"), None
    )
    if attribution is not None:
        st.consumed.add(attribution.start)
        i = st.hit_end_tok(attribution)
    elif toks[j].word == "عن" and hit.form.lemma == "نقل":
        i = j + 1
    else:
        return None
    end = subject_end(toks, i, ctx.index)
    speaker = resolve(toks, i, end, ctx.index, ctx.doc.text)
    if speaker is None:
        return None
    noun = next((h for h in st.hits if end < len(toks) and h.start == toks[end].start), None)
    if noun is not None and noun.form.kind == "noun":
        st.consumed.add(noun.start)
        end = st.hit_end_tok(noun)
    return speaker, end


def _elided_speaker(ctx: _Context, st: _Sentence, ci: int) -> Speaker:
    """No subject after the cue: an earlier speaker of this sentence, a pre-verbal subject, the
    subject of the sentence's first verb, or the previous speaker of the story."""
    toks = st.toks
    found = _preverbal_subject(ctx, toks, ci)
    if found is not None:
        return found
    if st.quotes:
        return _carried(st.quotes[-1].speaker)
    person = _nearest_person(ctx, toks, ci)
    if person is not None:
        return person
    p = 0
    while p < ci and toks[p].word in CLAUSE_OPENERS:
        p += 1
    if p + 1 < ci and toks[p].word not in tk.ADVERBIAL_STARTERS:
        end = subject_end(toks, p + 1, ctx.index)
        subject = resolve(toks, p + 1, end, ctx.index, ctx.doc.text) if end <= ci else None
        if subject is not None and subject.entity_id is not None:
            return _carried(subject)
    if ctx.previous is not None:
        return _carried(ctx.previous)
    return Speaker(None, None, None, "context", "person")


def _preverbal_subject(ctx: _Context, toks: list[Tok], ci: int) -> Speaker | None:
    """SVO: "وكان الوزير قد قال…" or a subject phrase standing right before the verb, at the
    sentence start or right after a complementiser (…إن الوزير أكد له أن…)."""
    if ci > 1 and toks[ci - 1].word in RELATIVES:
        covered = ctx.index.covering(toks[ci - 2].start)
        if covered is not None:
            p = ci - 2
            while p > 0 and ctx.index.covering(toks[p - 1].start) is covered:
                p -= 1
            return resolve(toks, p, ci - 1, ctx.index, ctx.doc.text)
    p = max((n + 1 for n in range(ci) if tk.is_complementiser(toks[n].word)), default=0)
    while p < ci and (toks[p].word in CLAUSE_OPENERS - {"قد"} or toks[p].word in tk.CLOSE_MARKS):
        p += 1
    if p < ci and toks[p].word in ("كان", "وكان", "كانت", "وكانت"):
        p += 1
    end = ci - 1 if ci > 0 and toks[ci - 1].word == "قد" else ci
    stop = subject_end(toks, p, ctx.index)
    if p >= end or not end - 1 <= stop <= end:
        return None
    return resolve(toks, p, stop, ctx.index, ctx.doc.text)


def _nearest_person(ctx: _Context, toks: list[Tok], ci: int) -> Speaker | None:
    """The last person named before the cue in this sentence, unless that name is governed by a
    preposition or set off by a comma (…بوزيرة الدفاع، فلانة، وقال → not her)."""
    for n in range(ci - 1, -1, -1):
        covered = ctx.index.covering(toks[n].start)
        if covered is None or covered[1].type != "PER":
            continue
        p = n
        while p > 0 and (
            ctx.index.covering(toks[p - 1].start) is not None
            or toks[p - 1].word in tk.TITLES
            or toks[p - 1].word.startswith("ال")
        ):
            p -= 1
        before = toks[p - 1].word if p > 0 else ""
        if before in NOT_SUBJECT_BEFORE:
            return None
        return Speaker(covered[1].id, covered[1].name, None, "context", "person")
    return None


def _carried(speaker: Speaker) -> Speaker:
    return Speaker(speaker.entity_id, speaker.name, None, "context", speaker.kind)


def _postposed_quote(ctx: _Context, st: _Sentence, hit: CueHit, ci: int, i: int, j: int) -> None:
    """Content before its cue: "…، كما أعلن رئيس المجلس" or "«…» قال الوزير"."""
    toks = st.toks
    tail = [t for t in toks[j:] if not tk.is_punct(t)]
    if len(tail) > MAX_TAIL_TOKENS or hit.form.ambiguous:
        return
    k = ci - 1 if ci > 0 and toks[ci - 1].word in ("كما", "وكما") else ci
    if k == 0 or (toks[k - 1].word not in ",،" and toks[k - 1].word not in tk.CLOSE_MARKS):
        return
    seg_start = max([toks[0].start, *(q.content.end for q in st.quotes)])
    start, end = ct.trim(ctx.doc.text, seg_start, toks[k - 1].start)
    via = "that"
    if toks[k - 1].word in tk.CLOSE_MARKS or ctx.key[end - 1 : end] in tk.CLOSE_MARKS:
        via = "quote"
    if len(ctx.key[start:end].split()) < 2:
        return
    speaker = resolve(toks, i, j, ctx.index, ctx.doc.text) if j > i else None
    speaker = speaker or _elided_speaker(ctx, st, ci)
    _record(ctx, st, hit, speaker, start, end, via, 0.7)


def _attribution_quote(ctx: _Context, st: _Sentence, hit: CueHit) -> None:
    """حسب/بحسب/وفقا ل/نقلا عن/على لسان + source; the content is the rest of the sentence."""
    toks = list(st.toks)
    i = st.hit_end_tok(hit)
    if i >= len(toks):
        return
    if hit.form.lemma == "وفقا ل":
        tok = toks[i]
        if not tok.word.startswith("ل") or tok.word in ("لما", "لان", "لذلك"):
            return
        toks[i] = Tok(tok.start + 1, tok.end, tok.word[1:])
    j = subject_end(toks, i, ctx.index)
    speaker = resolve(toks, i, j, ctx.index, ctx.doc.text)
    if speaker is None or not is_speaker_like(speaker, toks, i):
        return
    ci = st.at[hit.start]
    after = _content_after_source(toks, j)
    if after is not None:
        _emit(ctx, st, hit, speaker, *after)
        return
    if all(t.word in CLAUSE_OPENERS for t in toks[:ci]):
        start = toks[j].start if j < len(toks) else st.end
        while j < len(toks) and (tk.is_punct(toks[j]) or tk.is_complementiser(toks[j].word)):
            start = toks[j + 1].start if j + 1 < len(toks) else st.end
            j += 1
        _emit(ctx, st, hit, speaker, start, "that")
        return
    seg_start = max([toks[0].start, *(q.content.end for q in st.quotes)])
    start, end = ct.trim(ctx.doc.text, seg_start, hit.start)
    if len(ctx.key[start:end].split()) >= 2:
        _record(ctx, st, hit, speaker, start, end, "that", 0.7)


def _content_after_source(toks: list[Tok], j: int) -> tuple[int, str] | None:
    """ "حسب X فإن…" / "حسب X «…»" (a preposition may come first: …تقود، حسب X، إلى «…»)."""
    for k in range(j, min(j + 3, len(toks))):
        word = toks[k].word
        if word in tk.OPEN_MARKS:
            return toks[k].start, "quote"
        if tk.is_complementiser(word) and k + 1 < len(toks):
            return toks[k + 1].start, "that"
        if not (tk.is_punct(toks[k]) or word in tk.FRAME_PREPOSITIONS):
            return None
    return None


def _headline_quote(ctx: _Context, st: _Sentence) -> None:
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
    mark = toks[colon]
    hit = CueHit(mark.start, mark.end, HEADLINE_FORM, False)
    _emit(ctx, st, hit, speaker, toks[colon + 1].start, "colon")


def _emit(
    ctx: _Context, st: _Sentence, hit: CueHit, speaker: Speaker, start: int, via: str
) -> None:
    """Find where the content opened at ``start`` ends, then record the quote."""
    if via == "quote":
        close = ct.quoted_end(ctx.key, start, len(ctx.key))
        cs, ce = ct.trim(ctx.doc.text, start + 1, close)
    else:
        cs, ce = ct.trim(ctx.doc.text, start, st.end)
    if ce > cs:
        _record(ctx, st, hit, speaker, cs, ce, via, CONFIDENCE[via])


def _record(
    ctx: _Context,
    st: _Sentence,
    hit: CueHit,
    speaker: Speaker,
    start: int,
    end: int,
    via: str,
    confidence: float,
) -> None:
    text = ctx.doc.text
    if speaker.entity_id is None and speaker.resolution == "context":
        confidence -= 0.2
    cue = Cue(hit.start, hit.end, text[hit.start : hit.end], hit.form.lemma)
    content = Content(start, end, text[start:end])
    quote_type = ct.quote_type(via, text, start, end)
    st.quotes.append(Quote(cue, speaker, content, quote_type, st.index, round(confidence, 2)))
    st.vias.append(via)
    if speaker.entity_id is not None or speaker.name is not None:
        ctx.previous = speaker
