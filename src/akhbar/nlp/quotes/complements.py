"""Contents that do not follow the cue directly: far objects and frame complements."""

from __future__ import annotations

from akhbar.nlp.quotes import content as ct
from akhbar.nlp.quotes import lexicon as lx
from akhbar.nlp.quotes import tokens as tk
from akhbar.nlp.quotes.boundaries import RELATIVES, untagged_name
from akhbar.nlp.quotes.cues import CueForm, CueHit, folded
from akhbar.nlp.quotes.guards import DEMONSTRATIVE_OBJECTS
from akhbar.nlp.quotes.speaker import is_speaker_like, resolve, subject_end
from akhbar.nlp.quotes.state import Context, Sentence
from akhbar.nlp.quotes.tokens import Tok
from akhbar.nlp.types import Speaker

RELAY_REACH = 6

SPEECH_NOUNS_OF_RELAY = folded(lx.words("قوله قولها قولهم قولهما"))
RELAY_PREPOSITIONS = folded(lx.words("عن إلى"))

SUBJECT_RUN_TOKENS = 12
NAME_RUN_TOKENS = 4
"""How many words a name the tagger missed may run from its given name to the complementiser."""

ASIDE_ADVERBS = tk.DAYS | folded(lx.words("أيضا"))

RESUMPTIVES = frozenset(lx.words("فيه فيها فيهم فيهما"))

NOUN_CONTEXT = folded(lx.NOUN_CONTEXT)

STATEMENTS_OBJECTS = folded(lx.words("تصريحات تصريح"))

FAR_WITH_VERBS = frozenset(lx.words("اتهم"))

TIME_LEADS = folded(lx.words("عند عقب إثر لدى"))
"""A speech noun after these dates an event ("عند إعلان آخر تقرير"), it reports nothing unless
a that-clause follows it ("عقب تصريحات الوزير بأن…")."""

TIMED_SPEAKER_TOKENS = 12

NOUN_THAT = folded(lx.words("بأن بان"))

ASIDE_LEADS = folded(lx.words("كما وكما حسبما وحسبما مثلما"))
ASIDE_LEADS_WITH_MA = folded(lx.words("بحسب حسب وفق وفقا طبقا على"))
"""Written before ما/لما: "بحسب ما نقل عنه…"، "وفقا لما نقلته عنه…"."""
ASIDE_VERBS = folded(lx.words("نقل نقلت نقله نقلته نقلها نقلتها نقلوا نقلهم"))
ASIDE_PRONOUNS = folded(lx.words("عنه عنها عنهم عنهما"))
ASIDE_SOURCE_TOKENS = 8
"""How far an inserted relay's source may run before the comma or complement that ends it."""


def own_that(toks: list[Tok], n: int) -> bool:
    """The noun's own بأن within a short speaker phrase after it, with no comma or other clause
    break before ("عقب تصريحات الوزير مطلع الأسبوع بأن…"); an إن/أن there belongs to the
    sentence's verb ("وقال X عند إعلان التقرير إن…")."""
    for tok in toks[n + 1 : n + 1 + TIMED_SPEAKER_TOKENS]:
        if tok.word in NOUN_THAT:
            return True
        if tk.is_punct(tok) or tk.is_complementiser(tok.word):
            return False
    return False


def stopping_cues(st: Sentence, after: int) -> frozenset[int]:
    """Later cues that end the search for a content; a speech noun after a preposition is an
    adverbial (قال الوزير في تصريحات نقلتها الوكالة «…»), and so is a relative clause with a
    resumptive (قال في المؤتمر الذي انتقد فيه …: …), not a new statement."""
    return frozenset(
        n
        for h in st.hits
        if h.start > after
        and (n := st.at.get(h.start)) is not None
        and not (h.form.kind == "noun" and n and st.toks[n - 1].word in NOUN_CONTEXT)
        and not (
            h.form.kind == "noun"
            and n
            and st.toks[n - 1].word in TIME_LEADS
            and not own_that(st.toks, n)
        )
        and not (n and st.toks[n - 1].word in RELATIVES and _resumptive_after(st, h))
        and not (h.form.kind == "noun" and n and _verb_object(st, n, after))
    )


def _verb_object(st: Sentence, n: int, after: int) -> bool:
    """ "وتوقعت إعلان المبادرة…": a speech noun right after the verb whose content is being
    searched is that verb's object, not a new statement."""
    return st.toks[n - 1].start == after and any(
        g.form.kind == "verb" and st.at.get(g.start) == n - 1 for g in st.hits
    )


def _resumptive_after(st: Sentence, hit: CueHit) -> bool:
    """ "الذي انتقد فيه": a relative clause about a place or an event (the conference in which)."""
    n = st.hit_end_tok(hit)
    return n < len(st.toks) and st.toks[n].word in RESUMPTIVES


def far_with(
    ctx: Context,
    toks: list[Tok],
    hit: CueHit,
    opening: ct.Opening | None,
    span: tuple[int, int, int],
    stops: frozenset[int],
) -> tuple[ct.Opening | None, int]:
    """The ب- complement of اتهم beyond a long object, a relative clause or a quoted word after
    the subject ("واتهم رئيس مجلس المحافظة X تنظيم القاعدة بعدم…"، "واتهمت جماعات X وواشنطن
    الحكومة التي تعارض … بحشد…"، "اتهمت صحيفة X الإدارة "بالعمل…""): the first ب- word that is
    no entity, adverbial or pronoun, with no comma, cue, complementiser or sentence end between.
    ``span`` is (subject start, subject end, scan start); returns the opening and subject end."""
    i, j, k = span
    if opening is not None or j <= i:
        return opening, j
    if hit.form.lemma not in FAR_WITH_VERBS:
        return (_far_statements(toks, k, stops) if "np" in hit.form.frames else None), j
    for n in range(k, min(k + ct.FAR_THAT_TOKENS, len(toks))):
        word = toks[n].word
        if _ends_far_scan(n, word, stops):
            break
        if (
            word.startswith("ب")
            and len(word) > 3
            and word not in ct.NOT_WITH
            and word not in tk.ADVERBIAL_STARTERS
            and ctx.index.covering(toks[n].start) is None
        ):
            quoted = n > k and toks[n - 1].word in tk.OPEN_MARKS
            found = ct.Opening(toks[n - 1 if quoted else n].start, "prep", n)
            return found, _object_after_entity(ctx, toks, i, j)
    return None, j


def _ends_far_scan(n: int, word: str, stops: frozenset[int]) -> bool:
    """A later cue, a hard stop, a comma or colon, or a complementiser ends a far-object scan."""
    return n in stops or word in ct.HARD_STOPS or word in ",،:" or tk.is_complementiser(word)


def _far_statements(toks: list[Tok], k: int, stops: frozenset[int]) -> ct.Opening | None:
    """Someone else's statements as the object of a verb with a bare object, beyond a long
    subject or adverbial ("وانتقد X المستشار السياسي للجبهة Y تصريحات الرئيس Z…"، "انتقدت
    الجبهة عبر مستشارها في أنقرة هذه التصريحات"): the speech noun is a later cue that ends the
    scan, so it is taken here when a genitive or a demonstrative marks it as an object."""
    for n in range(k, min(k + ct.FAR_THAT_TOKENS, len(toks) - 1)):
        word, before = toks[n].word, toks[n - 1].word
        if word.removeprefix("ال") in STATEMENTS_OBJECTS and (
            (before in DEMONSTRATIVE_OBJECTS and word.startswith("ال"))
            or (not word.startswith("ال") and not tk.is_punct(toks[n + 1]))
        ):
            first = n - 1 if before in DEMONSTRATIVE_OBJECTS else n
            return ct.Opening(toks[first].start, "np", first)
        if _ends_far_scan(n, word, stops):
            return None
    return None


def _object_after_entity(ctx: Context, toks: list[Tok], i: int, j: int) -> int:
    """Before a far ب- complement, a subject that ends in an entity right after another one
    has that last entity as the verb's object ("واتهمت جماعات X وواشنطن الحكومة السودانية التي
    … بحشد…"): the subject ends before it."""
    last = ctx.index.covering(toks[j - 1].start) if j - 1 > i else None
    if last is None:
        return j
    start = next(n for n in range(i, j) if ctx.index.covering(toks[n].start) == last)
    before = ctx.index.covering(toks[start - 1].start) if start - 1 > i else None
    return start if before is not None and before != last else j


def ask(ctx: Context, toks: list[Tok], k: int, form: CueForm) -> ct.Opening | None:
    """طلب X من Y + the request: the addressee is an entity mention, a pronoun (منه) or one
    word."""
    if "ask" not in form.frames or k >= len(toks):
        return None
    word = toks[k].word
    if word in ("منه", "منها", "منهم", "منهما"):
        return ct.ask_opening(toks, k + 1)
    if word != "من" or k + 1 >= len(toks):
        return None
    a = k + 2
    covered = ctx.index.covering(toks[k + 1].start)
    if covered is not None:
        a = tk.first_from(toks, a, covered[0])
    return ct.ask_opening(toks, a)


def lam_complement(ctx: Context, toks: list[Tok], i: int, j: int) -> ct.Opening | None:
    """دعا X لـ + verbal noun (دعا الرئيس للضغط على…): the ل- word was read as part of the
    subject or follows it (صلاد حسن دعا إثيوبيا لسحب…). It must not be an entity, an adverbial,
    and must not open a genitive NP (لشؤون الخارجية)."""
    for n in range(i, min(j + 1, len(toks))):
        word = toks[n].word
        nxt = toks[n + 1].word if n + 1 < len(toks) else ""
        if (
            word.startswith("ل")
            and len(word) > 3
            and word not in tk.ADVERBIAL_STARTERS
            and word not in tk.FUNCTION_WORDS
            and ctx.index.covering(toks[n].start) is None
            and not nxt.startswith("ال")
        ):
            return ct.Opening(toks[n].start, "prep", n)
    return None


def relayed_source(ctx: Context, st: Sentence, hit: CueHit, j: int) -> tuple[Speaker, int] | None:
    """The real source when the verb relays another one: "نقلت الوكالة عن الوزير قوله إن…",
    "ذكرت الإذاعة نقلا عن مصدر أن…"، "علمت الصحيفة من مصادرها أن…". Returns the source and the
    token after it."""
    toks = st.toks
    j = _after_acronym(toks, j)  # "نقلت وكالة الأنباء القطرية ( قنا ) عن…"
    if j >= len(toks):
        return None
    attribution = next(
        (h for h in st.hits if h.start == toks[j].start and h.form.lemma == "نقلا عن"), None
    )
    if attribution is not None:
        st.consumed.add(attribution.start)
        i = st.hit_end_tok(attribution)
    elif (toks[j].word == "عن" and hit.form.lemma == "نقل") or (
        toks[j].word == "من" and hit.form.lemma in lx.LEARNED
    ):
        i = j + 1
    elif (far := _far_an(toks, j)) is not None:
        i = far + 1  # "ونقلت صحيفة X في عددها الصادر اليوم عن Y قوله…"، "وأوردت الوكالة عن Y قوله"
    else:
        return None
    end = subject_end(toks, i, ctx.index)
    # the source ends at its speech noun ("عن الرئيس قوله": not the role's genitive)
    end = next((st.at[h.start] for h in st.hits if i < st.at.get(h.start, -1) < end), end)
    speaker = resolve(toks, i, end, ctx.index, ctx.doc.text)
    if speaker is None:
        return None
    noun = next((h for h in st.hits if end < len(toks) and h.start == toks[end].start), None)
    if noun is not None and noun.form.kind == "noun":
        st.consumed.add(noun.start)
        end = st.hit_end_tok(noun)
    return speaker, end


def that_past_subject(
    ctx: Context, toks: list[Tok], marker: int, stops: frozenset[int]
) -> tuple[ct.Opening, int] | None:
    """A bare object that would start inside the subject: "أكد رئيس مجلس إدارة شركة سابك خالد
    الدباغ أن…"، "وأكد نقيب المحررين جوزيف القصيفي أن…". When a complementiser follows within
    ``SUBJECT_RUN_TOKENS`` tokens of the object's first word, with a person named (a mention, or
    a known given name and a rare word first, ``untagged_name``, at most ``NAME_RUN_TOKENS``
    words) or a day between and no cue, relative pronoun or frame preposition, the words before
    it are the rest of the subject.
    Returns the that-opening and the subject's end (after the person, before a day)."""
    last_person = name_end = None
    dated = False
    named = untagged_name(ctx, toks, marker)
    for n in range(marker, min(marker + SUBJECT_RUN_TOKENS, len(toks))):
        word = toks[n].word
        if tk.is_complementiser(word) and not word.startswith("ف"):
            opening = ct.that_opening(toks, n) if n > marker else None
            name_end = name_end or n
            named = named and name_end - marker <= NAME_RUN_TOKENS
            if opening is None or not (last_person or named or dated):
                return None
            return opening, last_person or (name_end if named else marker)
        if (
            n in stops
            or word in ct.HARD_STOPS
            or word in ct.RELATIVE_PRONOUNS
            or word in tk.FRAME_PREPOSITIONS
            or word in tk.OPEN_MARKS
        ):
            return None
        covered = ctx.index.covering(toks[n].start)
        if covered is not None and covered[1].type == "PER":
            last_person = n + 1
        dated = dated or word in tk.DAYS
        if name_end is None and n > marker and (word in tk.DAYS or _name_breaks(word)):
            name_end = n  # a name the tagger missed ends at a day or an adverbial (في بيان)
    return None


def _name_breaks(word: str) -> bool:
    return word in tk.ADVERBIAL_STARTERS or word in tk.FUNCTION_WORDS or not word[:1].isalnum()


def relay_aside(toks: list[Tok], n: int) -> tuple[int, int] | None:
    """An inserted relay of the statement being reported, starting at token ``n``: "كما نقل
    عنه مسؤول كبير"، "بحسب ما نقلت عنه وكالة X،". Its عن + pronoun points back at the speaker;
    the relayer is no speaker of its own. Returns the relay verb's index and the index after
    the aside (after its closing comma, or at the complementiser, frame preposition or
    quotation mark that follows the relayer)."""
    if n < len(toks) and toks[n].word in ASIDE_LEADS:
        v = n + 1
    elif (
        n + 1 < len(toks)
        and toks[n].word in ASIDE_LEADS_WITH_MA
        and toks[n + 1].word in ("ما", "لما")
    ):
        v = n + 2
    else:
        return None
    if v >= len(toks) or toks[v].word not in ASIDE_VERBS:
        return None
    reach = range(v + 1, min(v + 1 + RELAY_REACH, len(toks)))
    pronoun = next((m for m in reach if toks[m].word in ASIDE_PRONOUNS), None)
    if pronoun is None or any(tk.is_punct(t) for t in toks[v + 1 : pronoun]):
        return None
    for m in range(pronoun + 1, min(pronoun + 1 + ASIDE_SOURCE_TOKENS, len(toks))):
        word = toks[m].word
        if word in ",،":
            return v, m + 1
        if (
            tk.is_complementiser(word)
            or word in tk.FRAME_PREPOSITIONS
            or word in tk.OPEN_MARKS
            or word in (":", ct.APOSTROPHE)
        ):
            return v, m
        if tk.is_punct(toks[m]):
            return None
    return None


def in_relay_aside(toks: list[Tok], ci: int) -> bool:
    """The cue at ``ci`` is the verb or the lead (بحسب، وفقا…) of an inserted relay
    (``relay_aside``)."""
    return relay_aside(toks, ci) is not None or any(
        (found := relay_aside(toks, n)) is not None and found[0] == ci
        for n in (ci - 2, ci - 1)
        if n >= 0
    )


def aside_end(toks: list[Tok], j: int) -> int | None:
    """The index after an inserted relay right after a subject ending at ``j`` (past a comma or
    a time adverb: "وحذر X أمس كما نقل عنه مسؤول كبير من أن…"), else None."""
    for n in range(j, min(j + 3, len(toks))):
        found = relay_aside(toks, n)
        if found is not None:
            return found[1]
        if toks[n].word not in ",،" and toks[n].word not in ASIDE_ADVERBS:
            return None
    return None


def _after_acronym(toks: list[Tok], j: int) -> int:
    """Past a short parenthesis right after a subject (its acronym: "( قنا )"), else ``j``."""
    if j < len(toks) and toks[j].word == "(":
        close = next((n for n in range(j + 1, min(j + 4, len(toks))) if toks[n].word == ")"), None)
        if close is not None and close > j + 1:
            return close + 1
    return j


def source_before_speech_noun(ctx: Context, st: Sentence, ci: int) -> Speaker | None:
    """ "ونسبت الصحيفة إلى مسؤول إسرائيلي قوله إن…": a speech noun with a pronoun (قوله) whose
    verb is no cue; the source is the phrase after the عن/إلى before it."""
    toks = st.toks
    if toks[ci].word not in SPEECH_NOUNS_OF_RELAY:
        return None
    for n in range(ci - 1, max(ci - 1 - RELAY_REACH, -1), -1):
        if tk.is_punct(toks[n]) or tk.is_complementiser(toks[n].word):
            return None
        if toks[n].word in RELAY_PREPOSITIONS and n + 1 < ci:
            speaker = resolve(toks, n + 1, ci, ctx.index, ctx.doc.text)
            ok = speaker is not None and is_speaker_like(speaker, toks, n + 1)
            return speaker if ok else None
    return None


def _far_an(toks: list[Tok], j: int) -> int | None:
    """The عن of a relay after a short adverbial ("في عددها الصادر اليوم عن بالاك قوله"): no
    punctuation or complementiser before it, and a speech noun (قوله) within a name after it."""
    for n in range(j, min(j + RELAY_REACH, len(toks) - 1)):
        word = toks[n].word
        if tk.is_punct(toks[n]) or tk.is_complementiser(word):
            return None
        if word == "عن":
            after = toks[n + 1 : n + 1 + RELAY_REACH]
            return n if any(t.word in SPEECH_NOUNS_OF_RELAY for t in after) else None
    return None
