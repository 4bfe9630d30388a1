"""The speaker of a cue without a subject: carried over from earlier sentences of the story."""

from __future__ import annotations

import bisect
from dataclasses import replace

from akhbar.nlp.quotes import lexicon as lx
from akhbar.nlp.quotes import tokens as tk
from akhbar.nlp.quotes.boundaries import (
    CLAUSE_OPENERS,
    KANA,
    SUBJECT_SKIP,
    plural,
    preverbal_subject,
    speaker_head,
)
from akhbar.nlp.quotes.cues import CueHit, fold, folded
from akhbar.nlp.quotes.guards import DEMONSTRATIVE_OBJECTS
from akhbar.nlp.quotes.speaker import MANNER_NOUNS, is_speaker_like, resolve, subject_end
from akhbar.nlp.quotes.state import Context, Sentence
from akhbar.nlp.quotes.tokens import Tok
from akhbar.nlp.types import Speaker

PRONOUN_SUBJECTS = folded(lx.words("لكنه لكنها لكنهم ولكنه ولكنها وهو وهي وهم فهو فهي إنه إنها"))

LEAD_ADVERBIAL_TOKENS = 5

LEAD_VERB_REACH = 9

THAT_LEADS = folded(lx.words("أن إن ان"))

SVO_LEADS = THAT_LEADS | KANA | folded(lx.words("غير لما ولما بحيث وبحيث فإن لكن ولكن"))
"""Words before a sentence-initial SVO subject (غير أن X، ولما كان X، بحيث أن X)."""

VERB_PARTICLES = folded(lx.words("لا لم لن قد ما"))

LEAD_PREPOSITIONS = folded(lx.words("حيال إزاء رغم بين حول مع ضد نحو"))

NOT_SUBJECT_BEFORE = folded(lx.words("، , مع إلى الى على عن من في ب ل و لدى بين عند مثل"))
"""A name right after these is an object or an apposition, not the sentence's subject."""

RECENT_SENTENCES = 2
"""How many earlier sentences without a quote are searched for an elided speaker."""

LAST_PERSON_SENTENCES = 3
"""How far back (in sentences of the story) the last resort looks for a person named before."""

TOPIC_CHARS = 40


def opening_person(ctx: Context, start: int, end: int) -> Speaker | None:
    """The person entity a sentence opens with, after leading particles (و may be glued)."""
    n = bisect.bisect_left(ctx.index.starts, start)
    if n >= len(ctx.index.starts) or ctx.index.starts[n] >= min(end, start + TOPIC_CHARS):
        return None
    mention_start, _end, entity = ctx.index.mentions[n]
    lead = ctx.key[start:mention_start].split()
    if entity.type != "PER" or not all(w in CLAUSE_OPENERS for w in lead):
        return None
    return Speaker(entity.id, entity.name, None, "context", "person")


def elided_speaker(ctx: Context, st: Sentence, ci: int, *, guess: bool = True) -> Speaker:
    """No subject after the cue: an earlier speaker of this sentence, a pre-verbal subject, the
    subject of the sentence's first verb, or the previous speaker of the story; with ``guess``,
    as a last resort, the person named last before the cue."""
    toks = st.toks
    hit = next((h for h in st.hits if st.at.get(h.start) == ci), None)
    plain = hit is None or (hit.form.kind == "verb" and not hit.prefixed)
    glued = hit is not None and hit.form.imperfect and plain
    found = preverbal_subject(ctx, toks, ci, clause=plain, glued=glued)
    if found is not None:
        return found
    if st.quotes:
        return _carried(st.quotes[-1].speaker)
    first = _first_subject(ctx, toks, ci)
    manner = hit is not None and toks[ci].word in MANNER_NOUNS  # "واختتم الرئيس كلمته بالقول"
    if first is not None and (_continues(hit) or manner) and _heads_clause(ctx, toks[:ci], *first):
        return replace(first[0], resolution="context")  # its mention is in this sentence
    continued = _continues(hit) or _pronoun_subject(toks, ci)
    opening = _opening_subject(ctx, toks, ci) if continued else None
    if opening is not None:
        return opening
    opening = _headline_subject(ctx, toks, ci) if _continues(hit) else None
    if opening is not None:
        return opening
    person = _nearest_person(ctx, toks, ci) if hit is None or hit.form.kind != "noun" else None
    if person is not None:
        return person
    if first is not None and (
        first[0].entity_id is not None
        or (_pronoun_subject(toks, ci) and is_speaker_like(first[0], toks, first[1]))
    ):
        return _carried(first[0])
    recent = _recent_subject(ctx, st.index)
    if recent is not None:
        return recent
    if ctx.previous is not None:
        return _carried(ctx.previous)
    if ctx.topic is not None:
        return ctx.topic
    unknown = Speaker(None, None, None, "context", "person")
    return (_last_person(ctx, st, ci, hit) or unknown) if guess else unknown


def _first_subject(ctx: Context, toks: list[Tok], ci: int) -> tuple[Speaker, int] | None:
    """The subject right after the sentence's first verb, before the cue, and where it starts:
    past clause openers (من جهته، ومن جانبه), a short adverbial set off by a comma (وبعد هذه
    المدة، تراجعت الشركة…) and a demonstrative object (نقل ذلك مصدر…)."""
    p = next(
        (
            n + 1
            for n in range(min(ci, LEAD_ADVERBIAL_TOKENS + 1))
            if toks[n].word in ",،" and _adverbial_lead(toks[0].word)
        ),
        0,
    )
    while p < ci and toks[p].word in CLAUSE_OPENERS:
        p += 1
    if p + 1 >= ci:
        return None
    q = p + 1
    if toks[q].word in DEMONSTRATIVE_OBJECTS and q + 1 < ci and speaker_head(ctx, toks[q + 1]):
        q += 1
    elif toks[q].word in THAT_LEADS and q + 1 < ci and speaker_head(ctx, toks[q + 1]):
        q += 1  # "وعلم ان الرئيس بري اجرى اتصالا بالسفير X وابلغه ان…"
    end = subject_end(toks, q, ctx.index)
    subject = resolve(toks, q, end, ctx.index, ctx.doc.text) if end <= ci else None
    speaks = subject is not None and is_speaker_like(subject, toks, q)
    if not speaks and p == 0 and _adverbial_lead(toks[0].word):
        lead = _after_lead_verb(ctx, toks, ci)  # "وحيال ذلك اكتفى الأمين العام … بإبلاغه"
        end = subject_end(toks, lead, ctx.index) if lead is not None else ci + 1
        subject = resolve(toks, lead, end, ctx.index, ctx.doc.text) if lead and end <= ci else None
        q = lead or q
    elif toks[p].word in tk.ADVERBIAL_STARTERS:
        return None
    return (subject, q) if subject is not None else None


def _after_lead_verb(ctx: Context, toks: list[Tok], ci: int) -> int | None:
    """After a sentence-initial adverbial without a comma ("وحيال ذلك اكتفى…"، "ووسط غموض حول
    … سارعت حركة حماس…"), the first speaker head whose previous word is no preposition,
    function word, definite word or mention (the verb): where the subject starts."""
    for q in range(2, min(ci, LEAD_VERB_REACH)):
        prev = toks[q - 1]
        if tk.is_punct(prev) or tk.is_complementiser(prev.word):
            return None
        if (
            speaker_head(ctx, toks[q])
            and ctx.index.covering(prev.start) is None
            and not prev.word.startswith(("ال", "لل"))
            and not _adverbial_lead(prev.word)
            and prev.word not in tk.FUNCTION_WORDS
            and prev.word not in tk.TITLES
            and prev.word not in LEAD_PREPOSITIONS
        ):
            return q
    return None


def _opening_subject(ctx: Context, toks: list[Tok], ci: int) -> Speaker | None:
    """SVO: the speaking subject a sentence opens with, past its leading particles (غير أن،
    ولما كان، لكن…) and before its first verb ("ولما كان الوزير X لا يؤمن بالرقابة … لكنه
    يطالب…"): the subject of a continued cue."""
    p = 0
    while p < ci and (toks[p].word in CLAUSE_OPENERS or toks[p].word in SVO_LEADS):
        p += 1
    if p >= ci or not speaker_head(ctx, toks[p]):
        return None
    end = subject_end(toks, p, ctx.index)
    verb = end
    while verb < ci and toks[verb].word in VERB_PARTICLES:
        verb += 1
    if verb >= ci or not _verb_like(toks[verb]):
        return None
    subject = resolve(toks, p, end, ctx.index, ctx.doc.text)
    if subject is None or not is_speaker_like(subject, toks, p):
        return None
    return replace(subject, resolution="context")


def _verb_like(tok: Tok) -> bool:
    """A word that can be the verb after an SVO subject: no mark, function word, preposition or
    definite noun."""
    return not (
        tk.is_punct(tok)
        or tok.word in tk.FUNCTION_WORDS
        or tok.word in NOT_SUBJECT_BEFORE
        or tok.word.startswith(("ال", "بال", "لل"))
    )


def _headline_subject(ctx: Context, toks: list[Tok], ci: int) -> Speaker | None:
    """ "إيران تستقبل أنان وتهدد بوقف التعاون…": a sentence that opens with a mention and an
    imperfect verb (SVO, the headline style) has that mention as the subject of its continued
    cues, not the object after the verb."""
    covered = ctx.index.covering(toks[0].start) if toks else None
    if covered is None or covered[1].type not in ("PER", "ORG", "LOC"):
        return None
    v = 1
    while v < ci and ctx.index.covering(toks[v].start) == covered:
        v += 1
    word = toks[v].word if v < ci else ""
    if not (word[:1] in "يت" and len(word) > 3 and v + 1 < ci):
        return None
    if any(tk.is_punct(t) or tk.is_complementiser(t.word) for t in toks[v:ci]):
        return None
    speaker = resolve(toks, 0, v, ctx.index, ctx.doc.text)
    return replace(speaker, resolution="context") if speaker is not None else None


def _adverbial_lead(word: str) -> bool:
    """A sentence-initial word that opens an adverbial (في، وبعد، ومن، خلال…)."""
    bare = word[1:] if word[:1] in "وف" and len(word) > 2 else word
    return (
        word in CLAUSE_OPENERS
        or word in tk.ADVERBIAL_STARTERS
        or bare in tk.ADVERBIAL_STARTERS
        or bare in LEAD_PREPOSITIONS
    )


def _continues(hit: CueHit | None) -> bool:
    """A participle or a و/ف-prefixed verb continues the sentence's main clause."""
    return hit is not None and (
        hit.form.kind == "participle" or (hit.form.kind == "verb" and hit.prefixed)
    )


def _heads_clause(ctx: Context, toks: list[Tok], subject: Speaker, q: int) -> bool:
    """The first verb's subject speaks: a person or organisation mention that starts it, or a
    role, organisation, anonymous or document head ("من جهته رفض السفير الأميركي اقتراح أنان…،
    قائلا" → the ambassador, not أنان in the object)."""
    if any(tk.is_complementiser(t.word) for t in toks[q:]):
        return False  # "تولى X الخلافة فكان أن Y رفضوا … مطالبا": a later clause's subject
    covered = ctx.index.covering(toks[q].start)
    if covered is not None:
        return covered[1].type in ("PER", "ORG")
    if subject.kind == "document" or toks[q].word in tk.DOCUMENT_HEADS:
        return False  # "نشرت الصحيفة مقابلة مع X وقال": not the paper
    return speaker_head(ctx, toks[q]) and is_speaker_like(subject, toks, q)


def _recent_subject(ctx: Context, si: int) -> Speaker | None:
    """The subject of the main verb of the sentences right before ``si`` in the story, when
    none of them gave a quote ("ويواجه بلير انتقادات…. واضاف أنه…"، "ويسمح مشروع القانون….
    ويشير إلى أن…"); None once a sentence with a quote is reached (its speaker carries over)."""
    for s in range(si - 1, max(ctx.story, si - RECENT_SENTENCES) - 1, -1):
        if s in ctx.quoted:
            return None
        sent = ctx.doc.sentences[s]
        subject = _main_subject(ctx, tk.tokenize(ctx.key, sent.start, sent.end, ctx.marks))
        if subject is not None:
            return _carried(subject)
    return None


def _main_subject(ctx: Context, toks: list[Tok]) -> Speaker | None:
    """A speaker-like subject at the start of a sentence (SVO) or right after its first word,
    the verb (VSO): a person or organisation mention, or a role, organisation, document or
    anonymous head."""
    p = 0
    while p < len(toks) and toks[p].word in CLAUSE_OPENERS:
        p += 1
    for q in (p, p + 1):
        while q < len(toks) and toks[q].word in SUBJECT_SKIP:
            q += 1
        if q >= len(toks) or not speaker_head(ctx, toks[q]):
            continue
        subject = resolve(toks, q, subject_end(toks, q, ctx.index), ctx.index, ctx.doc.text)
        if subject is not None and is_speaker_like(subject, toks, q):
            return subject
    return None


def _last_person(ctx: Context, st: Sentence, ci: int, hit: CueHit | None) -> Speaker | None:
    """The last resort when no rule names the speaker of a masculine singular cue: the person
    named last before it, where a subject can stand, in this sentence or the few before it in
    the story ("…أصبح اسم شومسكي موضة…. لكن صموده قوي. يقول: «…»")."""
    if hit is None or not _masculine_singular(ctx, hit):
        return None
    for s in range(st.index, max(ctx.story, st.index - LAST_PERSON_SENTENCES) - 1, -1):
        if s == st.index:
            toks, end = st.toks, ci
        else:
            sent = ctx.doc.sentences[s]
            toks = tk.tokenize(ctx.key, sent.start, sent.end, ctx.marks)
            end = len(toks)
        for n in range(end - 1, -1, -1):
            covered = ctx.index.covering(toks[n].start)
            if covered is not None and covered[1].type == "PER" and not _name_place(ctx, toks, n):
                return Speaker(covered[1].id, covered[1].name, None, "context", "person", True)
    return None


def _masculine_singular(ctx: Context, hit: CueHit) -> bool:
    """A verb or participle that agrees with one man: the perfect is the lemma itself (قال،
    وأضاف), the imperfect starts with ي (يقول، وسيؤكد), the participle ends in ا (مشيرا)."""
    cue = ctx.key[hit.start : hit.end]
    bare = cue[1:] if hit.prefixed else cue
    if hit.form.kind == "participle":
        return bare.endswith("ا")
    if hit.form.kind != "verb" or plural(ctx, hit):
        return False
    if hit.form.imperfect:
        return bare.removeprefix("س").startswith("ي")
    return bare == fold(hit.form.lemma)


def _pronoun_subject(toks: list[Tok], ci: int) -> bool:
    """A pronoun subject ("…، لكنه دعا") takes up the subject of the first clause."""
    return any(t.word in PRONOUN_SUBJECTS for t in toks[max(0, ci - 2) : ci])


def _nearest_person(ctx: Context, toks: list[Tok], ci: int) -> Speaker | None:
    """The last person named before the cue in this sentence where a subject stands: at the
    start of a clause or after a complementiser. A name governed by a preposition or set off by
    a comma stops the search (…بوزيرة الدفاع، فلانة، وقال → not her); a name after a
    feminine noun in the construct state is a genitive (عزا X خسارة جابر…) and is passed over."""
    for n in range(ci - 1, -1, -1):
        covered = ctx.index.covering(toks[n].start)
        if covered is None or covered[1].type != "PER":
            continue
        place = _name_place(ctx, toks, n)
        if place == "governed":
            return None
        if place == "genitive":
            continue
        return Speaker(covered[1].id, covered[1].name, None, "context", "person")
    return None


def _name_place(ctx: Context, toks: list[Tok], n: int) -> str | None:
    """Where the name whose mention covers ``toks[n]`` stands, with its titles: "governed" by a
    preposition or set off by a comma, a "genitive" after a feminine noun in the construct
    state, or None (where a subject can stand)."""
    p = n
    while p > 0 and (
        ctx.index.covering(toks[p - 1].start) is not None
        or toks[p - 1].word in tk.TITLES
        or toks[p - 1].word.startswith("ال")
    ):
        p -= 1
    before = toks[p - 1].word if p > 0 else ""
    if before in NOT_SUBJECT_BEFORE or (
        p < n and toks[p].word.startswith(("بال", "لل", "كال"))  # اتصالا بالسفير X
    ):
        return "governed"
    if p > 0 and _ta_marbuta_head(before, ctx.doc.text[toks[p - 1].start : toks[p - 1].end]):
        return "genitive"
    return None


def _ta_marbuta_head(word: str, surface: str) -> bool:
    """A noun ending in ة that is not a role: a name right after it is its genitive (خسارة
    جابر، إدارة بوش), not a subject."""
    return len(word) > 3 and surface.endswith("ة") and word not in tk.ROLE_HEADS


def _carried(speaker: Speaker) -> Speaker:
    return Speaker(speaker.entity_id, speaker.name, None, "context", speaker.kind, speaker.guessed)
