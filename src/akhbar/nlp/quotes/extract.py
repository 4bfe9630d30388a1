"""Sentence by sentence: cue -> subject -> content, with the speaker carried over within a story."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial
from typing import Literal

from akhbar.nlp.quotes import content as ct
from akhbar.nlp.quotes import cue_model
from akhbar.nlp.quotes import lexicon as lx
from akhbar.nlp.quotes import tokens as tk
from akhbar.nlp.quotes.attribution import (
    attribution_quote,
    postposable,
    postposed_kama,
    postposed_quote,
)
from akhbar.nlp.quotes.boundaries import (
    SUBJECT_SKIP,
    addressed_after_speaker,
    addressee,
    apposed_name,
    continued_object,
    extend_subject,
    honorific_speaker,
    honorific_subject,
    kana_subject,
    plural,
    preverbal_subject,
    recipient_end,
    relative_object,
    returned,
    role_holder_end,
    second_phrase,
    speaker_head,
    statement_issuer,
    svo,
    to_the_press,
)
from akhbar.nlp.quotes.carryover import elided_speaker, opening_person
from akhbar.nlp.quotes.complements import (
    NOUN_CONTEXT,
    RESUMPTIVES,
    TIME_LEADS,
    aside_end,
    ask,
    far_with,
    in_relay_aside,
    lam_complement,
    own_that,
    relayed_source,
    source_before_speech_noun,
    stopping_cues,
    that_past_subject,
)
from akhbar.nlp.quotes.cues import KEY_FOLD, CueForm, CueHit, find_cues, fold, folded
from akhbar.nlp.quotes.finish import attribution_lead, finish
from akhbar.nlp.quotes.guards import (
    accused_of,
    anaphoric,
    anonymity_end,
    anonymity_tokens,
    between_preposition,
    complement_first,
    declaration,
    finding,
    impersonal,
    in_name,
    learned_from,
    negated,
    no_longer,
    not_a_report,
    objectless,
    passive,
    plausible,
    quoted_title,
    relative_ma,
    resumptive_object,
    subjunctive,
    unambiguous,
    verb_use,
)
from akhbar.nlp.quotes.headlines import (
    find_story_starts,
    glued_headline,
    headline_quote,
    starts_paragraph,
)
from akhbar.nlp.quotes.speaker import EntityIndex, resolve, subject_end
from akhbar.nlp.quotes.state import CREDIT_RE, Context, Sentence, emit
from akhbar.nlp.types import (
    Document,
    EntityResult,
    Quote,
    Speaker,
)

ADDRESSEE_PRONOUNS = folded(lx.words("له لها لهم لهما لنا لي عنه عنها عنهم إليه إليها"))
"""A pronoun addressee or topic right after the verb, before its subject ("قال لنا مرافقنا
إن…"، "وقال عنها مصدر آخر إنها…"، "ما أشارت إليه لوحة تجديد المسجد")."""

DASH_CHAIN_RE = re.compile(rf"(?:[^\s:()]+\s{tk.DASH_CLASS}\s){{0,3}}[^\s:()]+\s*$")

WORD_BEFORE_RE = re.compile(r"[^\s()]+\s*$")

FAR_SUBORDINATORS = folded(lx.words("بعد قبل وبعد وقبل دون بدون حتى منذ لمجرد ل في"))
"""Words after which a complementiser or quotation mark found far from a voted cue opens a
subordinate clause or a quoted name, not the content ("من دون أن يعلن"، "ل «الشرق الأوسط»";
the frame prepositions على/إلى/عن/ب/من do open contents: "تنص على «…»"، "يشير إلى أن")."""

BARE_STARTS = folded(
    lx.words(
        "في وفي حتى منذ خلال بعد قبل مع عند لدى بين نحو ضد من عن على إلى الذي التي الذين "
        "اللذين اللتين اللواتي اللاتي أمس اليوم غدا مساء صباح"
    )
)
"""Words that start an adjunct or a relative clause, not a statement: the words after the
subject of a voted cue are no content when they start with one ("وتابع الجمهور المباراة حتى
النهاية"، "وأقر المجلس أمس بغالبية…"، "وأشار X الذي عاد…"). Only for ``bare_opening``, whose
content has no complementiser, colon or quotation mark to mark it; with the ambiguous cue
words (طالب، تابع، نقل…) and subjects that cannot speak (``plausible``) also left out."""

BYLINE_NAME_TOKENS = 4
"""How many tokens of a writer's name may stand between a byline's dash and its colon."""

INTERROGATIVES = folded(lx.words("لماذا ولماذا فلماذا هل وهل فهل ماذا وماذا متى"))
"""Words before a cue that make it a question ("ولماذا تصف الفيلم بالفاشل؟"، "هل قال إن…؟"):
it asks, it reports no statement."""


def extract_quotes(
    doc: Document,
    entities: EntityResult,
    cue_filter: cue_model.CueFilter | Literal["shipped"] | None = "shipped",
) -> list[Quote]:
    """Every reported statement of the article with its cue, speaker, content and type.
    ``cue_filter``: the learned filter over word-list matches (``cue_model``); None for the
    rules alone; by default the shipped one (``cue_model.shipped``)."""
    key = doc.key.translate(KEY_FOLD)
    ctx = Context(doc, key, EntityIndex.build(entities, key))
    learned = cue_model.chosen(cue_filter)
    ctx.credits = _credits(key)
    story_starts = find_story_starts(doc, key)
    marks = ctx.marks = tk.HAS_MARKS.search(key) is not None
    quotes: list[Quote] = []
    for si, sent in enumerate(doc.sentences):
        if si in story_starts:
            ctx.previous = ctx.topic = None
            ctx.story = si
        hits = find_cues(key, sent.start, sent.end)
        headline = si in story_starts or starts_paragraph(doc, si)
        colon = headline and ":" in key[sent.start : hits[0].start if hits else sent.end]
        glued = not hits and ":" in key[sent.start : sent.end]
        if hits or colon or glued:
            toks = tk.tokenize(key, sent.start, sent.end, marks)
            at = {t.start: i for i, t in enumerate(toks)}
            hidden = anonymity_tokens(toks)
            state = Sentence(si, toks, hits, at, sent.end)
            if learned is not None:
                state.votes = partial(learned.votes, toks, hits)
                state.overrides = learned.overrides
                if learned.content is not None:
                    state.content = partial(learned.content.start, toks, hits)
            state.hits = hits = [
                h
                for h in hits
                if _kept(state, h, "verb_use", not verb_use(ctx, toks, at, hits, h))
                and _kept(state, h, "anonymity", at.get(h.start) in hidden)
                and _kept(state, h, "in_name", in_name(ctx, h))
                and _kept(state, h, "quoted_title", quoted_title(toks, at, hits, h))
                and not in_relay_aside(toks, at.get(h.start, -1))
                and not accused_of(toks, at, h)
            ]
            if colon:
                headline_quote(ctx, state)
            if glued and not state.quotes:
                glued_headline(ctx, state)
            for hit in hits:
                if hit.start in state.at and hit.start not in state.consumed:
                    _quote_for(ctx, state, hit)
            if state.main:
                ctx.quoted.add(si)
            if state.quotes:
                quotes.extend(finish(ctx, state))
        ctx.topic = opening_person(ctx, sent.start, sent.end) or ctx.topic
    return quotes


def _credits(key: str) -> list[int]:
    """Offsets where a credit or an in-sentence dateline starts (``CREDIT_RE``)."""
    found = []
    for m in CREDIT_RE.finditer(key):
        start = m.start()
        if key[start] != "(":
            before = DASH_CHAIN_RE.search(key, max(0, start - 60), start)
        elif m.group(1):
            before = WORD_BEFORE_RE.search(key, max(0, start - 30), start)
        else:
            before = None
        found.append(before.start() if before is not None else start)
    return sorted(found)


def _kept(st: Sentence, hit: CueHit, check: str, rejected: bool) -> bool:
    """Whether ``hit`` survives a rule check: not ``rejected``, or rejected by a check that
    the learned filter's vote for the hit overrides (``cue_model``)."""
    return not rejected or (check in st.overrides and st.voted(hit))


def _rejected(st: Sentence, hit: CueHit, check: str, rejected: bool) -> bool:
    return not _kept(st, hit, check, rejected)


def _quote_for(ctx: Context, st: Sentence, hit: CueHit) -> None:
    if hit.form.kind == "attribution":
        attribution_quote(ctx, st, hit)
    elif _first_person(ctx, st, hit):
        st.consumed.add(hit.start)
    elif not _after_quotation(ctx, st, hit):
        _cue_quote(ctx, st, hit)


def _first_person(ctx: Context, st: Sentence, hit: CueHit) -> bool:
    """Inside direct speech a Form VIII/X perfect (واعتقد، واعتبر) is the speaker's own
    first-person imperfect (أعتقد): part of the quotation, not a new statement."""
    lemma = fold(hit.form.lemma)
    word = ctx.key[hit.start : hit.end]
    word = word[1:] if hit.prefixed else word
    if hit.form.kind != "verb" or not hit.form.lemma.startswith("ا") or word != lemma:
        return False
    return any(
        via in ("colon", "quote") and q.content.start <= hit.start < q.content.end
        for q, via in zip(st.quotes, st.vias, strict=True)
    )


def _cue_quote(ctx: Context, st: Sentence, hit: CueHit) -> None:
    toks = st.toks
    ci = st.at[hit.start]
    noun_context = not hit.prefixed and ci > 0 and toks[ci - 1].word in NOUN_CONTEXT
    if _rejected(st, hit, "noun_context", hit.form.kind == "verb" and noun_context):
        return
    i = st.hit_end_tok(hit)
    if (
        _rejected(st, hit, "impersonal", impersonal(toks, ci, hit))
        or _rejected(st, hit, "subjunctive", hit.form.imperfect and subjunctive(toks, ci))
        or _rejected(st, hit, "not_a_report", not_a_report(ctx, toks, ci, i, hit))
        or _rejected(st, hit, "no_longer", no_longer(toks, ci, hit))
        or _rejected(st, hit, "interrogative", ci > 0 and toks[ci - 1].word in INTERROGATIVES)
        or _rejected(st, hit, "byline", _byline(toks, i))
        or _writer(toks, ci, i, hit)
    ):
        return
    if _rejected(st, hit, "relative_ma", relative_ma(toks, ci, hit)):
        return
    timed = hit.form.kind == "noun" and ci > 0 and toks[ci - 1].word in TIME_LEADS
    timed = _rejected(st, hit, "timed", timed)
    if timed and not own_that(toks, ci):
        return
    resumptive = False
    while i < len(toks) and (
        toks[i].word in SUBJECT_SKIP or (i == ci + 1 and toks[i].word in ADDRESSEE_PRONOUNS)
    ):
        resumptive = resumptive or toks[i].word in RESUMPTIVES
        i += 1
    i = recipient_end(ctx, toks, i) or i  # "وقال لوكالة فرانس برس مسؤول…"
    i = _circumstance_end(toks, i) or i  # "وأضافت وهي تبكي: «…»": the subject is elided
    i = anonymity_end(toks, i) or i  # "وقال طالبا عدم الكشف عن هويته «…»"
    if _rejected(st, hit, "finding", finding(toks, i, hit)):
        return
    honorific, i = honorific_subject(toks, i)
    issuer = statement_issuer(ctx, toks, ci, i, resumptive=resumptive)
    object_first = (
        honorific is not None
        or complement_first(ctx, toks, i, hit)
        or (resumptive and resumptive_object(ctx, toks, i, hit))
        or (not resumptive and relative_object(ctx, toks, ci, hit))
        or issuer is not None
        or svo(ctx, st, ci, hit)
    )
    strict = "np" in hit.form.frames or "own" in hit.form.frames
    j = (
        i
        if hit.form.kind == "participle" or object_first
        else subject_end(
            toks,
            i,
            ctx.index,
            strict=strict,
            this=objectless(hit.form),
            with_frame="with" in hit.form.frames,
        )
    )
    j = _before_anonymity(toks, i, j)
    merged = _merged_say(st, hit)
    if _statement_at(st, i, merged):
        j = i
    relay = relayed_source(ctx, st, hit, j)
    aside = aside_end(toks, j) if relay is None else None  # "وحذر X كما نقل عنه Y من أن…"
    k = relay[1] if relay is not None else aside or j
    k = anonymity_end(toks, k) or k  # "وأكد شاهد عيان طلب عدم الكشف عن هويته أن…"
    form = ct.RELAYED if relay is not None else unambiguous(ctx, toks, hit, (ci, i, j))
    every = stopping_cues(st, toks[k - 1].start if k else -1)
    has_subject = k > i or object_first or hit.form.kind == "participle"
    form, stops, merged = _merge_say(st, k, form, has_subject, merged, every)
    opening = ask(ctx, toks, k, form) or ct.find_opening(toks, k, form, has_subject, stops)
    opening, j = far_with(ctx, toks, hit, opening, (i, j, k), stops)
    if opening is None and "to" in form.frames:
        end = subject_end(toks, i, ctx.index) if object_first else j
        opening = lam_complement(ctx, toks, i if object_first else i + 1, end)
        j = opening.marker if opening is not None and not object_first else j
    opening = opening or _voted_opening(st, hit, form, k)
    opening, j = _past_subject(ctx, toks, form, opening, (i, j), stops)
    if opening is not None and _bad_opening(ctx, st, hit, form, opening, (ci, i, j), relay):
        opening = None
    if _rejected(st, hit, "negated", negated(toks, ci, hit)) and (
        opening is None or opening.via not in ("that", "colon", "quote")
    ):
        return
    if timed and (opening is None or opening.via != "that"):
        return
    if opening is None:
        opening, j = _no_opening(ctx, st, hit, form, (ci, i, j), relay)
        if opening is None:
            return
    st.consumed.update(
        h.start for h in st.hits if toks[k - 1].start < h.start < opening.start and k
    )
    st.consumed.update(h.start for h in merged if h.start < opening.start)
    # "وانتقد X تصريحات Y، قائلا…": a speech noun that is the cue's own object states nothing
    st.consumed.update(
        h.start for h in st.hits if h.start == opening.start and opening.via == "np" and h != hit
    )
    if opening.via in ("that", "colon", "quote") and j > i and relay is None and aside is None:
        j = apposed_name(ctx, toks, extend_subject(toks, j, opening.marker), opening.marker)
        j = role_holder_end(ctx, toks, (i, j), opening.marker)
        j = _before_anonymity(toks, i, j)
    speaker = relay[0] if relay is not None else issuer or source_before_speech_noun(ctx, st, ci)
    # an honorific (واكد جلالته) names the speaker itself: no guess at the last person named
    speaker = speaker or _subject(ctx, st, hit, (i, j), opening, guess=honorific is None)
    speaker = honorific_speaker(ctx, toks, honorific, speaker)
    emit(ctx, st, hit, speaker, opening.start, opening.via)


def _past_subject(
    ctx: Context,
    toks: list[tk.Tok],
    form: CueForm,
    opening: ct.Opening | None,
    phrase: tuple[int, int],
    stops: frozenset[int],
) -> tuple[ct.Opening | None, int]:
    """A bare object that starts inside the subject gives way to the complementiser after the
    person named (``that_past_subject``); returns the opening and the subject's end."""
    i, j = phrase
    if opening is None or opening.via != "np" or "that" not in form.frames:
        return opening, j
    past = that_past_subject(ctx, toks, tk.first_from(toks, i, opening.start), stops)
    return past if past is not None else (opening, j)


def _after_quotation(ctx: Context, st: Sentence, hit: CueHit) -> bool:
    """'"…"، قال فيل فلين المحلل لدى X.': an unprefixed say-verb right after a closed
    quotation (and a comma), or after "هذا ما" ("…» هذا ما قاله د. X المختص بـ…"), with no
    complementiser, colon or quotation mark after it before the next coordinated cue (وتابع),
    reports what came before it; the words after it up to that cue are its subject and the
    subject's description or addressee. Records the quote (``postposed_quote``); True when it
    did."""
    toks, ci, i = st.toks, st.at[hit.start], st.hit_end_tok(hit)
    if hit.prefixed or hit.form.kind != "verb" or "that" not in hit.form.frames or ci < 1:
        return False
    lead = attribution_lead(toks, ci)
    this_is = lead is not None and toks[lead].word in tk.THIS_IS_WHAT  # "…» هذا ما قاله X"
    before = ci - 1 if toks[ci - 1].word in ",،" else ci
    if not this_is and (before < 1 or toks[before - 1].word not in tk.CLOSE_MARKS):
        return False
    later = {h.start for h in st.hits if h.start > hit.start and h.prefixed}
    stop = next((n for n in range(i, len(toks)) if toks[n].start in later), len(toks))
    rest = [t for t in toks[i:stop] if t.word not in ct.HARD_STOPS]
    if not rest or any(
        tk.is_complementiser(t.word) or t.word == ":" or t.word in tk.OPEN_MARKS for t in rest
    ):
        return False
    while len(rest) > 1 and rest[-1].word in ",،":
        rest.pop()
    end = next(
        (st.at[t.start] for t in rest[1:] if to_the_press(t.word)),
        st.at[rest[-1].start] + 1,
    )  # "… للصحفيين": the press addressed is no part of the subject
    found = len(st.quotes)
    postposed_quote(ctx, st, hit, ci, i, end, stop)
    return len(st.quotes) > found


CIRCUMSTANCE_LEADS = folded(lx.words("وهو وهي وهم وهما"))
CIRCUMSTANCE_TOKENS = 5


def _circumstance_end(toks: list[tk.Tok], i: int) -> int | None:
    """A circumstantial clause right after the verb (وأضافت وهي تبكي: «…»، وقال وهو يغادر
    القاعة إن…): the index of the colon, complementiser or quotation mark after it."""
    if i >= len(toks) or toks[i].word not in CIRCUMSTANCE_LEADS:
        return None
    for n in range(i + 1, min(i + 1 + CIRCUMSTANCE_TOKENS, len(toks))):
        word = toks[n].word
        if word == ":" or tk.is_complementiser(word) or word in tk.OPEN_MARKS:
            return n
        if tk.is_punct(toks[n]):
            return None
    return None


def _before_anonymity(toks: list[tk.Tok], i: int, j: int) -> int:
    """The subject ``toks[i:j]`` ends before a request for anonymity ("وقال مسؤول طلب عدم
    الكشف عن هويته إن…": the request describes the source, it is not its name)."""
    return next((p for p in range(i + 1, j) if anonymity_end(toks, p)), j)


def _byline(toks: list[tk.Tok], i: int) -> bool:
    """ "متابعة - فلان:"، "كتب - فلان:": the cue word, a dash, a name and a colon credit the
    writer of the story that follows; no statement."""
    return (
        i < len(toks)
        and toks[i].word in tk.DASHES
        and any(t.word == ":" for t in toks[i + 1 : i + 1 + BYLINE_NAME_TOKENS])
    )


def _writer(toks: list[tk.Tok], ci: int, i: int, hit: CueHit) -> bool:
    """ "كتب : فلان"، "كتب ـ فلان :" opening a sentence: the story's byline, not a statement
    (the tatweel dash is stripped from the tokens, so only the colon shows)."""
    near = toks[i : i + 1 + BYLINE_NAME_TOKENS]
    return hit.form.lemma == "كتب" and ci == 0 and any(t.word == ":" for t in near)


def _voted_opening(st: Sentence, hit: CueHit, form: CueForm, k: int) -> ct.Opening | None:
    """For a voted cue whose frames found no content (``cue_model``), with ``far_opening``:
    the first complementiser or colon after the subject (or a quotation mark right after it or
    after a frame preposition), beyond the scan limits but before the next cue or sentence end.
    The vote is asked last (it runs the tagger over the sentence)."""
    if "far_opening" not in st.overrides:
        return None
    found = _far_opening(st, hit, form, k)
    return found if found is not None and st.voted(hit) else None


def _no_opening(
    ctx: Context,
    st: Sentence,
    hit: CueHit,
    form: CueForm,
    at: tuple[int, int, int],
    relay: tuple[Speaker, int] | None,
) -> tuple[ct.Opening | None, int]:
    """No rule found a content after the cue at ``ci`` with subject phrase ``toks[i:j]``: a
    content before it (``postposed_quote``, recorded there), or else, for a voted cue, the
    content model's start (``_model_opening``) or the words right after the subject
    (``_bare_opening``). Returns the opening and the subject's end."""
    ci, i, j = at
    if j > i or hit.form.kind == "verb":
        before = len(st.quotes)
        postposed_quote(ctx, st, hit, ci, i, j)
        if len(st.quotes) > before:
            return None, j
    later = [st.at[h.start] for h in st.hits if h.start > hit.start and h.start in st.at]
    hi = min(later, default=len(st.toks))
    wanted = st.overrides & {"learned_content", "bare_opening"}
    if not wanted or not _words_before_stop(st.toks, i, hi) or not st.voted(hit):
        return None, j  # the vote is asked last: it runs the cue tagger
    if "learned_content" in wanted:
        found = _model_opening(ctx, st, hit, form, (ci, i, j, hi), relay)
        if found is not None:
            return found
    if "bare_opening" in wanted:
        return _bare_opening(ctx, st, hit, form, at, relay), j
    return None, j


def _model_opening(
    ctx: Context,
    st: Sentence,
    hit: CueHit,
    form: CueForm,
    at: tuple[int, int, int, int],
    relay: tuple[Speaker, int] | None,
) -> tuple[ct.Opening, int] | None:
    """The content model's confident start at or after token ``i`` and before token ``hi`` (the
    next cue), if the content checks pass; a start inside the subject phrase ``toks[i:j]`` ends
    the phrase there. A start with no complementiser, colon or quotation mark before it needs
    a subject that can speak (``plausible``; the vote does not override it here)."""
    ci, i, j, hi = at
    start = st.content(ci, i, hi) if st.content is not None else None
    opening = _learned_opening(st.toks, start[0]) if start is not None else None
    if opening is None:
        return None
    end = max(i, min(j, opening.marker))
    if opening.via == "np" and not plausible(ctx, st.toks, i, end):
        return None
    if _bad_opening(ctx, st, hit, form, opening, (ci, i, end), relay):
        return None
    return opening, end


def _bare_opening(
    ctx: Context,
    st: Sentence,
    hit: CueHit,
    form: CueForm,
    at: tuple[int, int, int],
    relay: tuple[Speaker, int] | None,
) -> ct.Opening | None:
    """The words right after the subject phrase ``toks[i:j]`` (or a relayed source), guarded:
    no ambiguous cue word, a subject that can speak, no adjunct or relative start
    (``BARE_STARTS``), and the content checks."""
    _ci, i, j = at
    k = relay[1] if relay is not None else j
    if (
        k >= len(st.toks)
        or tk.is_punct(st.toks[k])
        or st.toks[k].word in BARE_STARTS
        or hit.form.ambiguous
        or not plausible(ctx, st.toks, i, j)
    ):
        return None
    opening = ct.Opening(st.toks[k].start, "np", k)
    if _bad_opening(ctx, st, hit, form, opening, at, relay):
        return None
    return opening


def _words_before_stop(toks: list[tk.Tok], lo: int, hi: int) -> bool:
    """Whether a word stands in ``toks[lo:hi]`` before any sentence end."""
    for tok in toks[lo:hi]:
        if tok.word in ct.HARD_STOPS:
            return False
        if not tk.is_punct(tok):
            return True
    return False


def _learned_opening(toks: list[tk.Tok], p: int) -> ct.Opening | None:
    """The opening for a content the model starts at token ``p``, with the ``via`` its left
    edge shows (a quotation mark, a colon, a complementiser, a frame preposition, or none)."""
    word = toks[p].word
    before = toks[p - 1].word if p else ""
    if word in tk.OPEN_MARKS:
        return ct.Opening(toks[p].start, "quote", p)
    if before in tk.OPEN_MARKS:
        return ct.Opening(toks[p - 1].start, "quote", p - 1)
    if tk.is_punct(toks[p]):
        return None
    if before == ":":
        return ct.Opening(toks[p].start, "colon", p - 1)
    if tk.is_complementiser(before):
        return ct.Opening(toks[p].start, "that", p - 1)
    if tk.is_complementiser(word):
        return ct.Opening(toks[p].start, "that", p)
    if before in tk.FRAME_PREPOSITIONS:
        return ct.Opening(toks[p].start, "prep", p - 1)
    return ct.Opening(toks[p].start, "np", p)


def _far_opening(st: Sentence, hit: CueHit, form: CueForm, k: int) -> ct.Opening | None:
    toks = st.toks
    later = {h.start for h in st.hits if h.start > hit.start}
    for n in range(k, len(toks)):
        word, before = toks[n].word, toks[n - 1].word if n else ""
        if toks[n].start in later or word in ct.HARD_STOPS:
            break
        if before in FAR_SUBORDINATORS:
            continue
        if tk.is_complementiser(word) and not word.startswith("ف"):
            return ct.that_opening(toks, n)
        if word == ":" or (word in tk.OPEN_MARKS and (n == k or before in tk.FRAME_PREPOSITIONS)):
            # not any quotation mark: "…، ثم شاهد الحضور فيلما بعنوان «…»"
            return ct.mark_opening(toks, n, replace(form, ambiguous=False))
    return None


def _bad_opening(
    ctx: Context,
    st: Sentence,
    hit: CueHit,
    form: CueForm,
    opening: ct.Opening,
    at: tuple[int, int, int],
    relay: tuple[Speaker, int] | None,
) -> bool:
    """The checks that reject a found content: the cue at ``ci`` with its subject phrase
    ``toks[i:j]`` reports nothing there."""
    toks = st.toks
    ci, i, j = at
    via = opening.via
    return (
        _rejected(
            st,
            hit,
            "postposed_kama",
            via in ("np", "bare") and postposed_kama(toks, ci) and postposable(toks, j),
        )
        or _rejected(st, hit, "plausible", via == "np" and not plausible(ctx, toks, i, j))
        or _rejected(
            st,
            hit,
            "threatens",
            # "هذا التصعيد يهدد أمن المنطقة برمتها": a thing that threatens, no one speaking
            hit.form.lemma == "هدد" and hit.form.imperfect and not plausible(ctx, toks, i, j),
        )
        or _rejected(
            st,
            hit,
            "plausible_bare",
            via == "bare" and hit.form.lemma != "قال" and not plausible(ctx, toks, i, j),
        )
        or _rejected(
            st,
            hit,
            "colon_speaker",
            via == "colon"
            and form.ambiguous
            and not (plausible(ctx, toks, i, j) and (j <= i or speaker_head(ctx, toks[i]))),
        )
        or _rejected(st, hit, "passive", hit.form.imperfect and passive(ctx, toks, i, j, opening))
        or _rejected(st, hit, "declaration", declaration(toks, i, hit, opening))
        or _rejected(st, hit, "anaphoric", anaphoric(toks, opening))
        or _rejected(
            st,
            hit,
            "between_preposition",
            between_preposition(ctx, toks, hit, ci, i, j, opening),
        )
        or _rejected(
            st,
            hit,
            "learned_from",
            hit.form.lemma in lx.LEARNED and not learned_from(ctx, toks, i, j, relay),
        )
    )


def _subject(
    ctx: Context,
    st: Sentence,
    hit: CueHit,
    phrase: tuple[int, int],
    opening: ct.Opening,
    *,
    guess: bool,
) -> Speaker:
    """The speaker of a cue whose subject phrase (if any) is ``toks[i:j]``: a subject before
    the verb after كان, the phrase itself unless it is an object or addressee, or the elided
    subject (``guess``: see ``elided_speaker``)."""
    toks, ci = st.toks, st.at[hit.start]
    i, j = phrase
    speaker = None
    if j > i and (plural(ctx, hit) or returned(toks, ci, hit)):
        j = i  # "أنهم أكدوا ضرورة نشر الجيش…": a plural verb carries its subject
    if j > i and kana_subject(toks, ci, hit):
        speaker = preverbal_subject(ctx, toks, ci)
    if speaker is None and j > i and continued_object(ctx, st, i, hit):
        j = i
    second = (
        second_phrase(ctx, toks, i, opening, hit)
        or addressed_after_speaker(ctx, toks, i, opening, hit)
        if speaker is None and j > i
        else None
    )
    if second is not None:
        end = min(second, subject_end(toks, i, ctx.index))
        speaker = resolve(toks, i, end if end > i else second, ctx.index, ctx.doc.text)
    elif speaker is None and j > i and not addressee(ctx, toks, i, opening, hit):
        speaker = resolve(toks, i, j, ctx.index, ctx.doc.text)
    return speaker or elided_speaker(ctx, st, ci, guess=guess)


def _statement_at(st: Sentence, i: int, merged: list[CueHit]) -> bool:
    """Right after the verb a speech noun belongs to it ("وختم بالقول إن…") and a participle
    starts a statement ("وأضاف متمنيا للأدب أن…"): neither is the subject."""
    if merged and st.at.get(merged[0].start) == i:
        return True
    return any(h.form.kind == "participle" and st.at.get(h.start) == i for h in st.hits)


def _merge_say(
    st: Sentence,
    k: int,
    form: CueForm,
    has_subject: bool,
    merged: list[CueHit],
    every: frozenset[int],
) -> tuple[CueForm, frozenset[int], list[CueHit]]:
    """A قائلا/بالقول close after the subject gives the verb its content ("استطرد X قائلا…"),
    unless a participle follows a content of the verb's own ("جدد X تمسك إيران بالتخصيب،
    قائلا إنه…": two statements). Returns the form, the stops and the merged hits."""
    stops = every - {st.at[h.start] for h in merged}
    if not merged or st.at[merged[0].start] - k > ct.SCAN_LIMIT_AMBIGUOUS:
        return form, stops, merged
    own = merged[0].form.kind == "participle" and ct.find_opening(
        st.toks, k, form, has_subject, every
    )
    return (form, every, []) if own else (ct.RELAYED, stops, merged)


def _merged_say(st: Sentence, hit: CueHit) -> list[CueHit]:
    """قائلا/بالقول after a verb and its subject belong to that verb (علق X بالقول: …)."""
    return [
        h
        for h in st.hits
        if h.start > hit.start and h.form.lemma == "قال" and h.form.kind != "verb"
    ][:1]
