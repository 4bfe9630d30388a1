"""Postposed attributions: a content, then its cue (…، قال الوزير) or a phrase (حسب…)."""

from __future__ import annotations

import bisect
from dataclasses import replace

from akhbar.nlp.quotes import content as ct
from akhbar.nlp.quotes import lexicon as lx
from akhbar.nlp.quotes import tokens as tk
from akhbar.nlp.quotes.boundaries import CLAUSE_OPENERS, RELATIVES
from akhbar.nlp.quotes.carryover import elided_speaker
from akhbar.nlp.quotes.cues import CueHit, folded
from akhbar.nlp.quotes.finish import attribution_lead, in_marks
from akhbar.nlp.quotes.speaker import is_speaker_like, resolve, subject_end
from akhbar.nlp.quotes.state import Context, Sentence, emit, record
from akhbar.nlp.quotes.tokens import Tok

OWN_WORDS = folded(lx.OWN_WORDS)

ASIDE_TAIL_TOKENS = 3

WRITTEN_VERBS = folded(lx.words("جاء جاءت ورد وردت"))

MAX_TAIL_TOKENS = 6

ATTRIBUTED_TAIL_TOKENS = 12


def postposed_kama(toks: list[Tok], ci: int) -> bool:
    """ "…، كما قالت الوكالة": كما after earlier text attributes what precedes; a sentence-
    initial "كما أعلن الجيش مقتل…" ("also") opens a statement of its own."""
    lead = ci - 1
    if lead < 0 or toks[lead].word not in ("كما", "وكما"):
        return False
    return any(t.word not in CLAUSE_OPENERS for t in toks[:lead])


def postposable(toks: list[Tok], j: int) -> bool:
    """Whether few enough words follow the subject ending at ``j`` for the cue to attribute
    what precedes it ("…، كما أعلن رئيس المجلس أمس"); after a longer tail the words after the
    subject are the cue's own content ("…، كما تتوقع المؤسسة ازدياد عدد… خلال… بسبب…")."""
    return sum(not tk.is_punct(t) for t in toks[j:]) <= MAX_TAIL_TOKENS


def postposed_quote(
    ctx: Context, st: Sentence, hit: CueHit, ci: int, i: int, j: int, stop: int | None = None
) -> None:
    """Content before its cue: "…، كما أعلن رئيس المجلس", "«…» قال الوزير" or "… حسب ما
    قال X الذي …" (a relative clause may follow that source). ``stop``: where the words after
    the source stop counting (a coordinated statement's cue: "…، وتابع قائلا…")."""
    toks = st.toks
    tail = [t for t in toks[j:stop] if not tk.is_punct(t)]
    k = ci - 1 if postposed_kama(toks, ci) else ci
    lead = attribution_lead(toks, k)
    attributed = lead is not None
    r = j + 1 if j < len(toks) and toks[j].word in ",،" else j
    relative = attributed and r < len(toks) and toks[r].word in RELATIVES  # "، الذي قال: …"
    if (len(tail) > _tail_limit(toks, j, attributed) and not relative) or hit.form.ambiguous:
        return
    if hit.prefixed and not attributed and ctx.key[hit.start] == "و":
        return  # "…، ويعتبر X مؤسس المدينة": a coordinated clause of its own, no attribution
    if lead is not None:
        k = lead + 1  # the content ends before "حسب ما" / "حسبما"
    elif (
        k < ci
        and j > i
        and not tail
        and k > 0
        and toks[k - 1].word not in ",،"
        and toks[k - 1].word not in tk.CLOSE_MARKS
    ):
        k += 1  # "… لدعم الجيش كما افاد مراسل X.": كما with no comma, the sentence ends there
    elif k == 0 or (toks[k - 1].word not in ",،" and toks[k - 1].word not in tk.CLOSE_MARKS):
        return
    seg = max(_segment_start(st, toks[k - 1].start, inside=True), _credit_end(ctx, st, ci))
    before = toks[k - 1].start
    if attributed and not any(q.content.start < before < q.content.end for q in st.quotes):
        seg = _last_coordinated(ctx, toks, seg, k - 1)
    start, end = ct.trim(ctx.doc.text, seg, toks[k - 1].start)
    via = "that"
    if toks[k - 1].word in tk.CLOSE_MARKS or ctx.key[end - 1 : end] in tk.CLOSE_MARKS:
        via = "quote"
    if len(ctx.key[start:end].split()) < 2:
        return
    speaker = resolve(toks, i, j, ctx.index, ctx.doc.text) if j > i else None
    speaker = speaker or elided_speaker(ctx, st, ci)
    record(ctx, st, hit, speaker, start, end, via, 0.7)


def _tail_limit(toks: list[Tok], j: int, attributed: bool) -> int:
    """How many words may follow the source of a post-posed cue. After "حسب ما قال X" the
    source's own adverbials may run on ("… لوكالة فرانس برس") as long as nothing there opens a
    content of its own (a complementiser, a colon or a quotation mark)."""
    if not attributed or any(
        tk.is_complementiser(t.word) or t.word == ":" or t.word in tk.OPEN_MARKS for t in toks[j:]
    ):
        return MAX_TAIL_TOKENS
    return ATTRIBUTED_TAIL_TOKENS


def _last_coordinated(ctx: Context, toks: list[Tok], seg: int, last: int) -> int:
    """ "… لضربة قوية، وسيغيب عن الملاعب شهرين، حسب ما أعلن النادي": a post-posed attribution
    covers the last coordinated clause, the one after the last "، و…" (a comma and a و-prefixed
    word, or "وقد"); the reporter's narrative before it is not the source's."""
    for m in range(last - 1, 0, -1):
        tok = toks[m]
        if tok.start < seg:
            break
        if toks[m - 1].word in ",،" and (tok.word == "وقد" or tok.word.startswith("و")):
            if in_marks(ctx.key, seg, tok.start):
                break
            nxt = toks[m + 1] if tok.word == "وقد" and m + 1 < last else tok
            return nxt.start
    return seg


def _credit_end(ctx: Context, st: Sentence, ci: int) -> int:
    """The end of the last credit "(الفرنسية - أرشيف)" before the cue: a caption ends there and
    the content of a post-posed cue starts after it."""
    lo = bisect.bisect_left(ctx.credits, st.toks[0].start)
    hi = bisect.bisect_left(ctx.credits, st.toks[ci].start)
    if lo == hi:
        return 0
    close = ctx.key.find(")", ctx.credits[hi - 1], st.toks[ci].start)
    return close + 1 if close >= 0 else 0


def _segment_start(st: Sentence, end: int, *, inside: bool = False) -> int:
    """Where the content of a post-posed cue ending at ``end`` starts: after the last earlier
    content, or (``inside``) where the content that contains it starts (…قال X إن [… حسب ما
    قال Y])."""
    for quote in st.quotes:
        if inside and quote.content.start < end < quote.content.end:
            return quote.content.start
    return max([st.toks[0].start, *(q.content.end for q in st.quotes if q.content.end <= end)])


def attribution_quote(ctx: Context, st: Sentence, hit: CueHit) -> None:
    """حسب/بحسب/وفقا ل/نقلا عن/على لسان + source; the content is the rest of the sentence."""
    toks = list(st.toks)
    i = st.hit_end_tok(hit)
    if _own_attribution(ctx, st, hit, i):
        return
    written = _written_in(toks, i)
    i += 3 if written else 0
    if i >= len(toks):
        return
    definite = False  # "وفقا للبيان": ل + ال written لل
    if hit.form.lemma == "وفقا ل" and not written:
        tok = toks[i]
        if not tok.word.startswith("ل") or tok.word in ("لما", "لان", "لذلك"):
            return
        definite = tok.word.startswith("لل") and len(tok.word) > 3
        if definite:
            toks[i] = Tok(tok.start, tok.end, "ال" + tok.word[2:])
        else:
            toks[i] = Tok(tok.start + 1, tok.end, tok.word[1:])
    j = subject_end(toks, i, ctx.index)
    speaker = resolve(toks, i, j, ctx.index, ctx.doc.text)
    if definite and speaker is not None and speaker.entity_id is None and speaker.name:
        speaker = replace(speaker, name="ال" + speaker.name[2:])
    if speaker is None or toks[i].word in tk.STIPULATING_HEADS:
        return  # "حسب الدستور"، "وفقا للقانون": conformity with a text, not a source
    ci = st.at[hit.start]
    if hit.form.lemma == "جاء في" and ci and toks[ci - 1].word in ("ما", "لما"):
        return  # "حسب ما جاء في X": the attribution حسب's
    after = (
        _content_after_source(toks, j)
        or _after_dashes(toks, ci, j)
        or (_far_that_after(toks, j) if hit.form.lemma == "جاء في" else None)
    )
    if not (is_speaker_like(speaker, toks, i) or (written and after is not None)):
        return
    if after is not None:
        emit(ctx, st, hit, speaker, *after)
        return
    if all(t.word in CLAUSE_OPENERS for t in toks[:ci]):
        start = toks[j].start if j < len(toks) else st.end
        while j < len(toks) and (tk.is_punct(toks[j]) or tk.is_complementiser(toks[j].word)):
            start = toks[j + 1].start if j + 1 < len(toks) else st.end
            j += 1
        emit(ctx, st, hit, speaker, start, "that")
        return
    seg_start = max([toks[0].start, *(q.content.end for q in st.quotes)])
    start, end = ct.trim(ctx.doc.text, seg_start, hit.start)
    if len(ctx.key[start:end].split()) >= 2:
        record(ctx, st, hit, speaker, start, end, "that", 0.7)


def _own_attribution(ctx: Context, st: Sentence, hit: CueHit, i: int) -> bool:
    """ "… على حد قوله" / "… بحسب قوله" / "حسب رأيه": an attribution to the story's speaker
    through a pronoun. The content is the clause before it (or after it at the sentence
    start); not inside another quote's content, which it belongs to."""
    toks = st.toks
    if ctx.key[hit.end - 1 : hit.end] in ("ه", "م"):
        j = i  # على حد قوله: the pronoun is part of the cue form
    elif hit.form.lemma == "حسب" and i < len(toks) and toks[i].word in OWN_WORDS:
        j = i + 1
    else:
        return False
    if any(q.content.start <= hit.start < q.content.end for q in st.quotes):
        return True
    ci = st.at[hit.start]
    speaker = elided_speaker(ctx, st, ci)
    if all(t.word in CLAUSE_OPENERS for t in toks[:ci]):
        while j < len(toks) and (tk.is_punct(toks[j]) or tk.is_complementiser(toks[j].word)):
            j += 1
        if j < len(toks):
            emit(ctx, st, hit, speaker, toks[j].start, "that")
        return True
    if j < len(toks) and toks[j].word in ",،" and len(toks) - j > ASIDE_TAIL_TOKENS:
        return True  # "…، على حد قوله، علم أن…": an aside inside a longer clause
    seg = max(_segment_start(st, hit.start), _credit_end(ctx, st, ci))
    n = next((m for m in range(ci) if toks[m].start >= seg), ci)
    while n < ci and (tk.is_punct(toks[n]) or toks[n].word in CLAUSE_OPENERS):
        n += 1
    start, end = ct.trim(ctx.doc.text, toks[n].start if n < ci else seg, hit.start)
    if end > start and len(ctx.key[start:end].split()) >= 2:
        record(ctx, st, hit, speaker, start, end, "that", 0.7)
    return True


def _far_that_after(toks: list[Tok], j: int) -> tuple[int, str] | None:
    """ "وجاء في نص القرار الذي أعلنته القاضية أنه…": the complementiser after a relative
    clause on the text, within the scan limit and before any punctuation."""
    for k in range(j, min(j + ct.SCAN_LIMIT, len(toks) - 1)):
        if tk.is_punct(toks[k]):
            return None
        if tk.is_complementiser(toks[k].word):
            return toks[k + 1].start, "that"
    return None


def _written_in(toks: list[Tok], i: int) -> bool:
    """ "حسب ما جاء في X" / "وفقا لما ورد في X": the source is the text X."""
    return (
        i + 3 < len(toks)
        and toks[i].word in ("ما", "لما")
        and toks[i + 1].word in WRITTEN_VERBS
        and toks[i + 2].word == "في"
    )


def _after_dashes(toks: list[Tok], ci: int, j: int) -> tuple[int, str] | None:
    """ "… لتفاجأ - بحسب قيادة الناتو - بعنف الهجمات…": an attribution set off by dashes
    attributes what follows it."""
    if ci and toks[ci - 1].word in tk.DASHES and j + 2 < len(toks) and toks[j].word in tk.DASHES:
        return toks[j + 1].start, "that"
    return None


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
