"""Where a cue's subject and object start and end, and which phrase is its subject."""

from __future__ import annotations

from akhbar.nlp.name_pattern_lexicon import load_pattern_lexicon
from akhbar.nlp.ner.gazetteer import load_gazetteers
from akhbar.nlp.quotes import content as ct
from akhbar.nlp.quotes import lexicon as lx
from akhbar.nlp.quotes import speaker as speaker_mod
from akhbar.nlp.quotes import tokens as tk
from akhbar.nlp.quotes.cues import CueHit, fold, folded
from akhbar.nlp.quotes.speaker import EntityIndex, is_speaker_like, resolve, subject_end
from akhbar.nlp.quotes.state import Context, Sentence
from akhbar.nlp.quotes.tokens import Tok
from akhbar.nlp.types import (
    Entity,
    Span,
    Speaker,
    SpeakerResolution,
)

SUBJECT_SKIP = folded(
    lx.words(
        "أيضا كذلك أمس اليوم مجددا بدوره بدورها فيه فيها فيهم فيهما بشدة بقوة بوضوح صراحة "
        "باستمرار سابقا حاليا دائما مؤخرا رسميا علنا شخصيا خصوصا تحديدا النقاب "
        "الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت"
    )
)
"""Adverbs and day names that may stand between a verb and its subject (وأكد أيضا الوزير…،
أعلن اليوم الخميس النادي…), the object of the idiom كشف النقاب عن, and the resumptive فيه of
a relative clause (مؤتمرا صحفيا نفى فيه أن…، في وقت نفت فيه الحركة…)."""

HONORIFIC_TITLES: dict[str, tuple[str, ...]] = {
    fold(honorific): tuple(folded(lx.words(titles)))
    for honorific, titles in {
        "جلالته": "جلالة الملك",
        "جلالتها": "جلالة الملكة",
        "سموه": "سمو الأمير الشيخ",
        "سموها": "سمو الأميرة الشيخة",
        "فخامته": "فخامة الرئيس",
        "فخامتها": "فخامة الرئيسة",
        "معاليه": "معالي",
        "معاليها": "معالي",
        "سعادته": "سعادة",
        "سعادتها": "سعادة",
    }.items()
}
"""Honorific pronouns and the titles written before the name of the person they stand for
(وأكد سموه ← صاحب السمو الشيخ X)."""
HONORIFICS = frozenset(HONORIFIC_TITLES)

"""Honorifics that stand for the speaker right after a cue (واكد جلالته ضرورة…، مؤكدا سموه
أن…); not سيادته, also "its sovereignty" (مؤكدا سيادته على أراضيه)."""

ADDRESSEE_VERBS = lx.ADDRESSEE_VERBS | frozenset(lx.words("وصف اتهم نصح بشر"))
"""Verbs whose addressee or object may stand before the frame preposition (دعا الأطراف إلى…،
يصف القصة بالتافهة)."""

ADDRESSEE_GROUPS = folded(lx.ADDRESSEE_GROUPS)

SPEAKER_FRAMED = frozenset(lx.words("طالب وعد بشر نص"))
"""Ambiguous verbs (طالب student, وعد promise, بشر humans, نص text) whose preposition frame
counts after a subject that can speak (طالب الأمين العام بانسحاب…، وينص الاتفاق على…) or
after a relative pronoun whose head can (القرار 1701 الذي ينص على…)."""

AUXILIARIES = folded(lx.words("قد وقد فقد لقد ولقد وكان كان"))

ADDRESSEE_FRAMES = frozenset(("np", "with", "from", "to", "own", "ask"))
"""Frames whose verb takes an object or an addressee right after it (حذر X من، وصف X بـ)."""

KANA = folded(lx.words("كان وكان فكان كانت وكانت فكانت"))
"""Forms of كان that stand before a subject and its perfect verb (وكانت رايس قد حذرت…)."""

SVO_MAX_TOKENS = 8
"""Longest subject phrase looked for before a verb (SVO)."""

STATEMENT_NOUNS = folded(
    lx.words(
        "بيان بيانا البيان رسالة رسائل الرسالة الرسائل كلمة كلمته الكلمة خطاب خطابا الخطاب "
        "مقال مقالا المقال تصريح تصريحا تصريحات التصريحات مذكرة المذكرة"
    )
)
"""Things a speaker issues (أصدرت الخارجية بيانا دعت فيه…، خطاب الأسد الذي اتهم فيه…): a cue
with a resumptive pointing at one of them has the issuer as its subject."""

ISSUER_REACH = 12

ISSUER_HONORIFICS = folded(lx.words("لسعادة لمعالي لفخامة لسمو لجلالة"))

TOPIC_LEADS = folded(lx.words("أما وأما"))
"""أما + topic + ف-verb: the topic is the verb's subject (أما الوزير فقال إن…)."""

CLAUSE_OPENERS = (
    folded(lx.words("من جانبه جانبها جهته جهتها ناحيته ناحيتها بدوره بدورها ومن"))
    | tk.LEADING_PARTICLES
)

RELATIVES = frozenset({"الذي", "التي", "الذين"})

REASON_LEADS = folded(lx.words("لهذا ولهذا لذلك ولذلك لذا ولذا وعليه وبالتالي"))
"""Connectives of consequence: a phrase they open before a verb is an adverbial ("ولهذا
السبب، يدعو…"), not its subject."""

STILL = folded(lx.words("لايزال لازال مازال يزال زال تزال لاتزال ماتزال زالوا يزالون ظل مازالوا"))
"""Auxiliaries "still" that follow their subject (المدير لايزال يعتقد أن…)."""

RETURNED = folded(lx.words("عاد عادت وعاد وعادت"))
""""عاد و+verb" (did again): the و-prefixed verb after it shares its subject (غير أن الجهاز
الفني عاد وحذر اللاعبين من…: the phrase after the verb is its object)."""

PP_MODIFIER_LEADS = frozenset(lx.words("عن في من"))

HEAD_MODIFIER_LEADS = PP_MODIFIER_LEADS | folded(lx.words("على"))
"""After a role or anonymous head, a modifier may also start with على (مصدر مطلع على…)."""

PP_MODIFIER_TOKENS = 4

PASSIVE_WITH = frozenset(lx.words("اتهم وصف"))
"""Verbs whose active needs an object before بـ: right after the verb بـ marks a passive."""


def honorific_subject(toks: list[Tok], i: int) -> tuple[int | None, int]:
    """ "واكد جلالته مجددا ضرورة…": an honorific right after the cue is its subject; returns
    its index (None if there is none) and where the phrase after it starts."""
    if i >= len(toks) or toks[i].word not in HONORIFICS:
        return None, i
    j = i + 1
    while j < len(toks) and toks[j].word in SUBJECT_SKIP:
        j += 1
    return i, j


def honorific_speaker(
    ctx: Context, toks: list[Tok], honorific: int | None, elided: Speaker
) -> Speaker:
    """ "واكد جلالته…"، "مؤكدا سموه…": the honorific names the speaker in the text (its
    mention); the person it stands for is the elided subject of the story, when known."""
    if honorific is None:
        return elided
    tok = toks[honorific]
    titled = _titled_person(ctx, tok)
    if titled is not None:
        return Speaker(titled.id, titled.name, Span(tok.start, tok.end), "context", "person")
    name = elided.name if elided.entity_id is not None else ctx.doc.text[tok.start : tok.end]
    resolution: SpeakerResolution = "context" if elided.entity_id is not None else "explicit"
    return Speaker(elided.entity_id, name, Span(tok.start, tok.end), resolution, "person")


def _titled_person(ctx: Context, tok: Tok) -> Entity | None:
    """The last person of the story named before the honorific ``tok`` with the title it
    stands for (سموه: a name after سمو، الأمير or الشيخ), if any."""
    titles = HONORIFIC_TITLES.get(tok.word, ())
    story_start = ctx.doc.sentences[ctx.story].start if ctx.doc.sentences else 0

    def titled(start: int, entity: Entity) -> bool:
        before = ctx.key[max(story_start, start - speaker_mod.TITLED_CONTEXT_CHARS) : start].split()
        titled_here = any(w.lstrip("وبل") in titles for w in before[-4:])
        return start >= story_start and entity.type == "PER" and titled_here

    return ctx.index.latest(tok.start, titled)


def statement_issuer(
    ctx: Context, toks: list[Tok], ci: int, i: int, *, resumptive: bool
) -> Speaker | None:
    """The issuer of the statement noun a resumptive after the cue points at: its genitive
    ("خطاب الرئيس السوري X الذي اتهم فيه…"، "بكلمة لسعادة السيد X حيث أكد فيها…"، "رسالة من
    الوزير أكد فيها…") or the subject before it ("أصدرت الخارجية الروسية بيانا دعت فيه…"،
    "وأرسلت الشركة رسائل … أعربت فيها…"). None without such a noun or issuer, and when a
    speaking subject follows the resumptive (البيان الذي أكدت فيه الوزارة…): the phrase at
    ``i`` is then the subject; otherwise it is the object."""
    if not resumptive or (i < len(toks) and speaker_head(ctx, toks[i])):
        return None
    n = ci - 1
    while n >= max(0, ci - ISSUER_REACH):
        word = toks[n].word
        if (tk.is_punct(toks[n]) and word not in ",،") or tk.is_complementiser(word):
            return None
        if word in STATEMENT_NOUNS or (word[:1] in "وب" and word[1:] in STATEMENT_NOUNS):
            return _genitive_issuer(ctx, toks, n, ci) or _issuing_subject(ctx, toks, n)
        n -= 1
    return None


def _genitive_issuer(ctx: Context, toks: list[Tok], n: int, ci: int) -> Speaker | None:
    """A person, organisation or role right after the statement noun at ``n`` (past من and a
    ل- honorific): "خطاب الرئيس X"، "تصريحات لوزير النفط X"، "رسالة من الوزير"."""
    t = n + 1
    if t < ci and toks[t].word == "من":
        t += 1
    if t < ci and toks[t].word in ISSUER_HONORIFICS:
        t += 1
    while t < ci - 1 and toks[t].word in tk.TITLES and ctx.index.covering(toks[t].start) is None:
        t += 1  # "بكلمة لسعادة السيد X …"
    if t >= ci:
        return None
    word = toks[t].word
    bare = word[1:] if word.startswith("ل") and not word.startswith("لل") else word
    covered = ctx.index.covering(toks[t].start)
    if not ((covered is not None and covered[1].type in ("PER", "ORG")) or bare in tk.ROLE_HEADS):
        return None
    k = t + 1
    while k < min(ci, t + ISSUER_REACH) and not (
        tk.is_punct(toks[k]) or toks[k].word in RELATIVES or toks[k].word == "حيث"
    ):
        k += 1
    speaker = resolve(toks, t, k, ctx.index, ctx.doc.text)
    if speaker is not None and (speaker.entity_id is not None or bare in tk.ROLE_HEADS):
        return speaker
    return None


def _issuing_subject(ctx: Context, toks: list[Tok], n: int) -> Speaker | None:
    """The subject before the statement noun at ``n`` ("أصدرت الخارجية الروسية بيانا"): a
    person mention of the clause first ("وألقى X رئيس وفد نادي Y كلمة"), else an organisation
    mention or a speaking head right before the noun."""
    lo = n
    while lo > max(0, n - ISSUER_REACH) and not (
        tk.is_punct(toks[lo - 1]) or tk.is_complementiser(toks[lo - 1].word)
    ):
        lo -= 1
    for h in range(n - 1, lo, -1):
        covered = ctx.index.covering(toks[h].start)
        if covered is not None and covered[1].type == "PER":
            return resolve(toks, h, h + 1, ctx.index, ctx.doc.text)
    h = n - 1
    if h <= lo:
        return None
    covered = ctx.index.covering(toks[h].start)
    if covered is not None and covered[1].type == "ORG":
        return resolve(toks, h, h + 1, ctx.index, ctx.doc.text)
    head = _relative_head(toks, h)
    if head is None or head <= lo:
        return None
    speaker = resolve(toks, head, h + 1, ctx.index, ctx.doc.text)
    return speaker if speaker is not None and is_speaker_like(speaker, toks, head) else None


def returned(toks: list[Tok], ci: int, hit: CueHit | None) -> bool:
    """A و-prefixed cue right after عاد/عادت: it shares the subject standing before عاد."""
    return (
        ci > 1
        and toks[ci - 1].word in RETURNED
        and toks[ci].word.startswith("و")
        and (hit is None or hit.prefixed)
    )


def plural(ctx: Context, hit: CueHit) -> bool:
    """A plural verb form (أكدوا، طالبوا، يقولون): its subject is the pronoun or stands before
    it; a phrase after it is its object (VSO verbs agree in the singular)."""
    cue = ctx.key[hit.start : hit.end]
    return hit.form.kind == "verb" and cue.endswith("ون" if hit.form.imperfect else "وا")


def addressee(ctx: Context, toks: list[Tok], i: int, opening: ct.Opening, hit: CueHit) -> bool:
    """ "كما دعا الشعب المصري إلى…": before a frame preposition, a definite common noun that
    cannot speak is the addressee of an elided subject, not the subject."""
    return (
        (opening.via == "prep" or _detached_ba(toks, opening))
        and not hit.form.pronoun
        and hit.form.lemma in ADDRESSEE_VERBS
        and (
            (toks[i].word in ADDRESSEE_GROUPS and hit.form.lemma not in SPEAKER_FRAMED)
            or (
                toks[i].word.startswith("ال")
                and ctx.index.covering(toks[i].start) is None
                and (not can_be_subject(ctx, toks, i) or _disagrees(ctx, toks[i], hit))
            )
        )
    )


NON_HUMAN_PLURALS = folded(lx.words("الدول الأطراف الحكومات الشعوب المنظمات الجهات الفصائل"))
"""Plurals of things, which take a feminine verb (دعت الدول): after a masculine one they are
no subject."""


def _disagrees(ctx: Context, tok: Tok, hit: CueHit) -> bool:
    """ "ودعا الدول المانحة إلى…": a masculine perfect (the lemma's own form) cannot have a
    feminine noun or a plural of things as its subject, so the noun is the addressee."""
    surface = ctx.key[hit.start : hit.end]
    surface = surface[1:] if hit.prefixed else surface
    if hit.form.imperfect or surface != fold(hit.form.lemma):
        return False
    head = tok.word
    return head in NON_HUMAN_PLURALS or (head.endswith("ه") and head not in tk.ROLE_HEADS)


def second_phrase(
    ctx: Context, toks: list[Tok], i: int, opening: ct.Opening, hit: CueHit
) -> int | None:
    """ "ودعا المفتش الأميركي الحكومة العراقية إلى…"، "ودعا الأسد في تصريح لقناة عربية الحكومة
    اللبنانية إلى…": when the phrase the addressee rule would take is followed, before the frame
    preposition, by a second noun phrase (a definite noun that is no adjective after a
    definite word, an entity mention, or a quantifier), the first phrase is the subject and
    the second the addressee. Returns where the subject ends."""
    informs = hit.form.lemma in lx.INFORM_VERBS and not hit.form.pronoun
    if (
        not (informs or addressee(ctx, toks, i, opening, hit))
        or toks[i].word in ADDRESSEE_GROUPS
        or _disagrees(ctx, toks[i], hit)
    ):
        return None
    for t in range(i + 1, min(opening.marker, len(toks))):
        word, prev = toks[t].word, toks[t - 1].word
        if tk.is_punct(toks[t]) or tk.is_complementiser(word):
            return None
        if t == i + 1 and toks[i].word in tk.TITLES:
            continue
        mention = ctx.index.covering(toks[t].start)
        before = ctx.index.covering(toks[t - 1].start)
        if mention is not None and mention == before:
            continue  # inside a mention that started earlier
        after_definite = prev.startswith("ال") or before is not None
        if not after_definite:
            continue
        apposed = t == i + 1 or speaker_mod.is_nisba(prev) or prev in tk.ROLE_HEADS
        if mention is not None and apposed and mention[1].type == "PER":
            continue  # an apposition: الفنان حسين فهمي، وزير الخارجية السعودي سعود الفيصل
        if word in ADDRESSEE_GROUPS or mention is not None:
            return t
        if (
            word.startswith("ال")
            and word not in tk.SUBJECT_ADJECTIVES
            and not speaker_mod.is_nisba(word)
            and word not in tk.TIME_NOUNS
        ):
            return t
    return None


def addressed_after_speaker(
    ctx: Context, toks: list[Tok], i: int, opening: ct.Opening, hit: CueHit
) -> int | None:
    """ "ودعت الوزارة مجلس الأمن الدولي إلى…"، "وطالبت الوزارة المجتمع الدولي بـ…": after a
    subject that can speak, a definite head followed by an organisation or place mention or by
    an addressed head (``ADDRESSED_HEADS``) starts the addressee (a definite head takes no
    genitive). Not a person's name (apposition: الوزير X) nor a ل- genitive (الأمين العام
    للأمم المتحدة). Returns where the subject ends."""
    if (
        hit.form.pronoun
        or hit.form.lemma not in ADDRESSEE_VERBS
        or opening.via not in ("prep", "that")
        or ctx.index.covering(toks[i].start) is not None
        or not can_be_subject(ctx, toks, i)
        or addressee(ctx, toks, i, opening, hit)
    ):
        return None
    for t in range(i + 1, tk.first_from(toks, i, opening.start)):
        word, prev = toks[t].word, toks[t - 1].word
        if tk.is_punct(toks[t]) or tk.is_complementiser(word) or word.startswith("ل"):
            return None
        if not prev.startswith("ال"):
            continue  # an indefinite head's genitive (مجلس إدارة الشركة) continues it
        mention = ctx.index.covering(toks[t].start)
        if mention is not None:
            return t if mention[1].type in ("ORG", "LOC") else None
        if word in ADDRESSED_HEADS:
            return t
    return None


ADDRESSED_HEADS = folded(
    lx.words(
        "المجتمع الحكومة الحكومات الدول الأطراف الشعب الشعوب السلطات المواطنين الجميع "
        "المنظمات الفصائل الأمم"
    )
)
"""Heads that are addressed (المجتمع الدولي، الحكومة، الدول، الأطراف…) when they follow a
subject that can speak: other definite nouns there may be its adjectives (الدول المانحة)."""


def _detached_ba(toks: list[Tok], opening: ct.Opening) -> bool:
    """A quotation opened by a ب written apart ("يتهمون الصينيين بـ «التضحية»")."""
    return opening.via == "quote" and opening.marker > 1 and toks[opening.marker - 1].word == "ب"


RECIPIENT_NAME_WORDS = 2
"""Untagged words a medium's name may take after its head (لصحيفة الحياة، لقناة العربية)."""


def to_the_press(word: str) -> bool:
    """ل + a medium or the press (لوكالة، للصحفيين)."""
    return word[:1] == "ل" and (
        word[1:] in tk.RECIPIENT_HEADS or "ال" + word[2:] in tk.RECIPIENT_HEADS
    )


def recipient_end(ctx: Context, toks: list[Tok], i: int) -> int | None:
    """ "وقال لوكالة فرانس برس مسؤول أمني إن…"، "وقال للصحافيين المتحدث باسم الجيش إن…"،
    "وقال لرويترز الوزير…": a news medium or the press addressed right after the verb, before
    its subject. Returns where the subject starts; None when ``toks[i]`` is no such addressee
    or no subject follows it ("وقال لرويترز إن…" keeps its elided subject)."""
    if i >= len(toks) or not toks[i].word.startswith("ل") or len(toks[i].word) < 4:
        return None
    word = toks[i].word
    covered = ctx.index.covering(toks[i].start) or ctx.index.covering(toks[i].start + 1)
    if covered is not None:  # لرويترز، لفرانس برس; not لحود (a person)
        if covered[1].type == "PER":
            return None
        p, spare = tk.first_from(toks, i, covered[0]), 0
    elif to_the_press(word):
        p, spare = i + 1, RECIPIENT_NAME_WORDS
        named = ctx.index.covering(toks[p].start) if p < len(toks) else None
        if named is not None and named[1].type != "PER":
            p, spare = tk.first_from(toks, p, named[0]), 0  # the medium's tagged name
    else:
        return None
    while p < len(toks):
        if speaker_head(ctx, toks[p]):
            return p
        if not tk.is_punct(toks[p]):
            if spare == 0:
                return None
            spare -= 1
        p += 1
    return None


def can_be_subject(ctx: Context, toks: list[Tok], i: int) -> bool:
    """The phrase at ``i`` can be a subject: "تصريحات للوزير أكد فيها رغبة الحكومة…" has the
    object right after فيها, "في وقت نفت فيه الحركة أنباء…" the subject. Its head must be the
    speaker: "انتقد فيه دور الولايات المتحدة" names a country inside the object."""
    end = subject_end(toks, i, ctx.index)
    speaker = resolve(toks, i, end, ctx.index, ctx.doc.text)
    if speaker is None:
        return False
    named = ctx.index.covering(toks[i].start) is not None or (
        speaker.entity_id is None and speaker.kind != "person"
    )
    quantified = speaker_mod.quantified_group(toks, i)
    word = toks[quantified or i].word  # "العديد من الإسرائيليين": the group speaks
    head = tk.strip_article(word)
    heads = (tk.ROLE_HEADS, tk.ORGANISATION_HEADS, tk.ANONYMOUS_HEADS, tk.DOCUMENT_HEADS)
    group = word in tk.GROUP_HEADS or (quantified is not None and speaker_mod.people(head))
    title = word in tk.TITLES and word not in speaker_mod.AMBIGUOUS_TITLES  # دعا البابا إلى…
    return named or group or title or any(word in h or head in h or "ال" + head in h for h in heads)


def svo(ctx: Context, st: Sentence, ci: int, hit: CueHit) -> bool:
    """A clause "SUBJECT verb OBJECT …" (صلاد حسن دعا إثيوبيا لسحب قواتها، لكن الخبراء
    استبعدوا حدوث…): right before the verb, after the sentence start, a clause opener, a comma
    or a complementiser, stands a person or organisation mention or a speaker-like phrase."""
    if hit.prefixed or hit.form.kind != "verb" or ci == 0:
        return False
    toks = st.toks
    if hit.form.imperfect and glued_subject(ctx, toks, ci) is not None:
        return True
    p = ci
    while p > 0 and ci - p < SVO_MAX_TOKENS and not clause_boundary(toks[p - 1].word):
        p -= 1
    if p > 0 and not clause_boundary(toks[p - 1].word):
        return False
    if p > 0 and toks[p - 1].word in tk.DASHES and can_be_subject(ctx, toks, ci + 1):
        return False  # "دمشق - سانا أكدت وزارة الخارجية…": the agency credit, then VSO
    while p < ci and toks[p].word in CLAUSE_OPENERS:
        p += 1
    if p >= ci or any(tk.is_punct(t) for t in toks[p:ci]):
        return False
    covered = ctx.index.covering(toks[p].start)
    if covered is not None:
        return covered[1].type in ("PER", "ORG") and toks[ci - 1].end <= covered[0]
    if _bounded_subject_end(toks, p, ci, ctx.index) != ci:
        return False
    speaker = resolve(toks, p, ci, ctx.index, ctx.doc.text)
    if speaker is None:
        return False
    if ctx.index.overlapping(toks[p].start, toks[ci - 1].end):
        # an entity inside a longer phrase (وفي واشنطن قال…) is no SVO subject, unless the
        # phrase is a title or role before a name (غير أن الرئيس الإيراني محمود أحمدي نجاد جدد…)
        word = toks[p].word
        return speaker.entity_id is not None and (word in tk.ROLE_HEADS or word in tk.TITLES)
    return speaker.kind != "person" or speaker.resolution == "role"


def glued_subject(ctx: Context, toks: list[Tok], ci: int) -> int | None:
    """The first token of a person, an organisation or a place (standing for its government)
    named right before the verb at ``ci`` after a definite word: a headline glued to the text
    before it ("…لاعتناق الإسلام أيمن الظواهري يقول إن…"، "…العالمية باريس تعلن دعمها…"). A
    definite noun governs no name, so the name opens a clause of its own. Only for an
    unprefixed imperfect, the verb of a headline (``svo``, ``preverbal_subject``): "…إلى
    المستشارة الألمانية إنجيلا ميركل أشار فيها…" is a relative clause of the letter."""
    if ci < 2:
        return None
    covered = ctx.index.covering(toks[ci - 1].start)
    if covered is None or covered[0] != toks[ci - 1].end:
        return None
    if covered[1].type == "LOC":
        # a capital as its government ("باريس تعلن دعمها…"), unless a subject follows the
        # verb ("…في العاصمة بغداد يقول الجيش إن…")
        if ci + 1 >= len(toks) or can_be_subject(ctx, toks, ci + 1):
            return None
    elif covered[1].type not in ("PER", "ORG"):
        return None
    p = ci - 1
    while p > 0 and ctx.index.covering(toks[p - 1].start) == covered:
        p -= 1
    before = toks[p - 1].word if p > 0 else ""
    definite = before.startswith("ال") or (before[:1] in "وبلفك" and before[1:3] == "ال")
    return p if definite else None


def _bounded_subject_end(toks: list[Tok], p: int, verb: int, index: EntityIndex) -> int:
    """The end of a subject before its verb at ``verb``: an anonymous head's adjectives stop at
    the verb ("لكن خبراء قالوا إن…"، "غير أن مسؤولين أميركيين ذكروا…"; the phrase rule would
    read the verb as a second adjective)."""
    end = subject_end(toks, p, index)
    if end > verb > p and toks[p].word in tk.ANONYMOUS_HEADS:
        return verb
    return end


def continued_object(ctx: Context, st: Sentence, i: int, hit: CueHit) -> bool:
    """ "قال مسؤول إن…، ووصف استخدام القنابل بأنه…"، "…وحذر الدول الثلاث من أن…": after a
    statement in the same sentence, a و-prefixed perfect continues its speaker, and a phrase
    right after it that cannot speak is the verb's object, when the verb takes one (not
    وأضاف/وقال, whose subject may be a name the entity stage missed)."""
    return (
        hit.prefixed
        and hit.form.kind == "verb"
        and not hit.form.imperfect
        and bool(st.quotes)
        and not ADDRESSEE_FRAMES.isdisjoint(hit.form.frames)
        and (not can_be_subject(ctx, st.toks, i) or _only_object(ctx, st.toks, i, hit))
    )


def _only_object(ctx: Context, toks: list[Tok], i: int, hit: CueHit) -> bool:
    """ "…، واتهم الحكومة الانتقالية في بيداوا بالخضوع…": اتهم/وصف need an object before their
    ب- complement, so one phrase (and a short place) right before it is that object."""
    if hit.form.lemma not in PASSIVE_WITH:
        return False
    k = subject_end(toks, i, ctx.index)
    if k + 1 < len(toks) and toks[k].word == "في":
        k += 2
    return k < len(toks) and toks[k].word.startswith("ب") and len(toks[k].word) > 3


def kana_subject(toks: list[Tok], ci: int, hit: CueHit) -> bool:
    """ "وكانت رايس قد حذرت الحكومة…"، "وكانت تقارير ذكرت…": a subject between كان and the
    verb (or its قد) is the speaker, so the phrase after the verb is its object."""
    if hit.prefixed or hit.form.kind != "verb" or hit.form.imperfect or ci < 2:
        return False
    end = ci - 1 if toks[ci - 1].word == "قد" else ci
    for p in range(end - 1, max(-1, end - 1 - SVO_MAX_TOKENS), -1):
        word = toks[p].word
        if tk.is_punct(toks[p]) or tk.is_complementiser(word):
            return False
        if word in KANA:
            return p < end - 1
    return False


def clause_boundary(word: str) -> bool:
    """Where a clause may start: after a clause opener, a comma, a complementiser or a
    dateline's dash ("خان يونس - الجيش قال إن…")."""
    return word in CLAUSE_OPENERS or word in ",،" or tk.is_complementiser(word) or word in tk.DASHES


def _subject_boundary(word: str) -> bool:
    """Where a pre-verbal subject may start: after a complementiser, a conjunction that opens
    a clause (not after قد/كان, which stand between a subject and its verb) or a dateline's
    dash."""
    return tk.is_complementiser(word) or word in CLAUSE_OPENERS - AUXILIARIES or word in tk.DASHES


SUBJECT_TAIL_STOPS = (
    folded(lx.words("ل وهو وهي وهم"))
    | folded(frozenset(lx.PARTICIPLES))
    | speaker_mod.MANNER_NOUNS
    | speaker_mod.COUNTERPARTS
)
"""Words that end the name words taken into a subject: a detached ل (صرح X لـ « الحياة »), a
circumstantial clause (وقال X وهو يتحدث…), a participle cue (وتابع X قائلا إن…), a ب- speech
noun (وأوضح X بالقول إن…) and a counterpart addressed (أبلغ X نظيره الروسي أن…)."""


def extend_subject(toks: list[Tok], j: int, marker: int) -> int:
    """Take name words left between the subject and the content marker into the subject."""
    while j < marker:
        word = toks[j].word
        if (
            tk.is_punct(toks[j])
            or word in tk.ADVERBIAL_STARTERS
            or word in tk.FUNCTION_WORDS
            or word in SUBJECT_TAIL_STOPS
        ):
            break
        j += 1
    return j


REPRESENTATIVES = folded(lx.words("النائب نائب النائبة نائبة"))
REPRESENTED_WORDS = 5
"""Longest "عن + bloc" between a deputy and the name (عن كتلة التغيير والإصلاح)."""


def apposed_name(ctx: Context, toks: list[Tok], j: int, marker: int) -> int:
    """ "وقال المتحدث باسم المجلس في الصومال محمد محمود إن…": a place (في/لدى X, or a
    ب-prefixed place) and then a person's name right before the content marker belong to the
    subject; so do "عن" and a bloc or constituency after a deputy ("وقال النائب عن كتلة
    المستقبل أحمد فتفت إن…"). Returns the new end (``j`` when the words between are anything
    else)."""
    if j < marker and toks[j].word == "عن" and j and toks[j - 1].word in REPRESENTATIVES:
        name = next((k for k in range(j + 2, marker) if _mention_type(ctx, toks[k]) == "PER"), j)
        named = name > j and all(_mention_type(ctx, t) == "PER" for t in toks[name:marker])
        return marker if named and name - j <= REPRESENTED_WORDS else j
    k = j + (j < marker and toks[j].word in ("في", "لدى"))
    place = k
    while k < marker and _mention_type(ctx, toks[k]) == "LOC":
        k += 1
    if k == place or (place == j and not toks[j].word.startswith("ب")):
        return j
    name = k
    while k < marker and _mention_type(ctx, toks[k]) == "PER":
        k += 1
    return marker if k == marker > name else j


ROLE_HOLDER_GAP = 8
"""How many words may qualify a role (في بنك أبوظبي الأول، باسم وزارة الخارجية الصينية)
before the name of the person who holds it."""
NOT_HOLDER_LINKS = folded(lx.words("من عن مع"))
"""A person right after these is no holder of the role but its relation (مقربة من X)."""
NAME_TAIL = 2
"""Name words the tagger left out after a person's mention (إسماعيل | الثوابتة)."""


def role_holder_end(ctx: Context, toks: list[Tok], phrase: tuple[int, int], marker: int) -> int:
    """ "وقال المحلل في بنك X محمد الحسن إن…"، "وقالت شريكة في صندوق X، جيسيكا ميلر، إن…": a
    role without a person, qualified by a prepositional phrase, an organisation or its acronym
    in brackets, and then the person's name (a mention, or a known given name the tagger
    missed and one or two more words) right before the content marker: the name belongs to the
    subject.
    Returns the new end (``j`` when the words between are anything else)."""
    i, j = phrase
    if (
        j >= marker
        or not _role_led(toks, i)
        or any(_mention_type(ctx, t) == "PER" for t in toks[i:j])
    ):
        return j
    given = load_pattern_lexicon().given_names
    person = next(
        (
            k
            for k in range(j, min(j + ROLE_HOLDER_GAP + 1, marker))
            if _mention_type(ctx, toks[k]) == "PER" or untagged_name(ctx, toks, k, given)
        ),
        None,
    )
    if (
        person is None
        or toks[person - 1].word in NOT_HOLDER_LINKS
        or any(
            tk.is_complementiser(t.word)
            or (tk.is_punct(t) and t.word not in ",،()" and t.word not in ct.QUOTE_MARKS)
            for t in toks[j:person]
        )
    ):
        return j  # "وقالت مصادر مقربة من بري إنه…": the person is whom the sources are close to
    end = person + 1  # a given name the tagger missed stands alone
    while end < marker and _mention_type(ctx, toks[end]) == "PER":
        end += 1
    if _mention_type(ctx, toks[person]) != "PER" and any(
        ctx.index.covering(t.start) is not None for t in toks[i:marker]
    ):
        return j  # an unnamed holder after an organisation's name would resolve to the organisation
    rest = [t for t in toks[end:marker] if t.word not in ",،"]
    tail = len(rest) <= NAME_TAIL and not any(
        tk.is_punct(t) or t.word in tk.FUNCTION_WORDS or t.word in SUBJECT_TAIL_STOPS for t in rest
    )
    return marker if tail else j


RARE_RANK = 10_000
"""A word ranked below this in the common-word list is no ordinary word (a surname)."""


def untagged_name(
    ctx: Context, toks: list[Tok], k: int, given: frozenset[str] | None = None
) -> bool:
    """A known given name the tagger missed, followed by a rare word (its surname): تشاد غرين."""
    given = given if given is not None else load_pattern_lexicon().given_names
    if toks[k].word not in given or ctx.index.covering(toks[k].start) is not None:
        return False
    if k + 1 >= len(toks) or tk.is_punct(toks[k + 1]):
        return False
    rank = load_gazetteers().common_rank.get(toks[k + 1].word)
    return rank is None or rank > RARE_RANK


def _role_led(toks: list[Tok], i: int) -> bool:
    """The subject starts with a role head or a title (after any titles)."""
    while i < len(toks) and toks[i].word in tk.TITLES:
        i += 1
    if i >= len(toks):
        return False
    word = toks[i].word
    return word in tk.ROLE_HEADS or "ال" + tk.strip_article(word) in tk.ROLE_HEADS


def _mention_type(ctx: Context, tok: Tok) -> str | None:
    covered = ctx.index.covering(tok.start)
    return covered[1].type if covered is not None else None


def speaker_head(ctx: Context, tok: Tok) -> bool:
    """A subject can start here: a person or organisation mention, or a speaking head."""
    covered = ctx.index.covering(tok.start)
    if covered is not None:
        return covered[1].type in ("PER", "ORG")
    heads = (tk.ROLE_HEADS, tk.ORGANISATION_HEADS, tk.ANONYMOUS_HEADS, tk.DOCUMENT_HEADS)
    return any(tok.word in h for h in heads) or tok.word in tk.TITLES or tok.word in tk.GROUP_HEADS


def preverbal_subject(
    ctx: Context, toks: list[Tok], ci: int, *, clause: bool = True, glued: bool = False
) -> Speaker | None:
    """SVO: "وكان الوزير قد قال…"، "المدير لايزال يعتقد…" or a subject phrase standing right
    before the verb, at the sentence start or right after a complementiser, a clause opener or
    a comma (…إن الوزير أكد له أن…، لكن الخبراء استبعدوا…). ``clause=False`` (a participle or
    a و-prefixed verb, which cannot follow their subject inside a clause): only at the start
    or after a complementiser. ``glued`` (an unprefixed imperfect): also a name that opens a
    headline glued to the text before it (``glued_subject``)."""
    r = ci - 1
    while r > 0 and toks[r].word in ("كان", "كانت", "قد"):
        r -= 1
    if r > 0 and toks[r].word in RELATIVES:
        head = relative_subject(ctx, toks, r)
        if head is not None:
            return head
    bound = _subject_boundary if clause else tk.is_complementiser
    p = max((n + 1 for n in range(ci) if bound(toks[n].word)), default=0)
    if glued:
        p = max(p, glued_subject(ctx, toks, ci) or 0)
    while p < ci and (toks[p].word in CLAUSE_OPENERS - {"قد"} or toks[p].word in tk.CLOSE_MARKS):
        p += 1
    if p < ci and toks[p].word in REASON_LEADS:
        return None
    topic = p < ci and toks[p].word in TOPIC_LEADS  # "أما الوزير فقال…": the topic speaks
    p += topic
    kana = p < ci and toks[p].word in KANA
    p += kana
    end = ci - (topic and toks[ci - 1].word in ",،")
    while end > 0 and (toks[end - 1].word in ("قد", "لا", "ما") or toks[end - 1].word in STILL):
        end -= 1
    if end == ci and returned(toks, ci, None):
        end -= 1  # "غير أن الجهاز الفني عاد وحذر": the subject stands before عاد
    stop = _bounded_subject_end(toks, p, end, ctx.index)
    if p == end - 1 and toks[p].word in tk.POSSESSED_SOURCES:
        stop = end  # "أن بلاده دعت…": no name runs on into the verb
    if kana or topic:  # "وكانت تقارير صحفية ذكرت"، "أما الوزير فقال": it ends at the verb
        stop = min(stop, end)
    if p < end and _named_role(ctx, toks, p, end):
        stop = end  # "إن السفير الألماني بأفغانستان هانز سيدت توقع…"
    if p >= end or not (end - 1 <= stop <= end or _pp_modifier(toks, p, stop, end)):
        return None
    speaker = resolve(toks, p, stop, ctx.index, ctx.doc.text)
    if not clause and speaker is not None and not speaker_mod.is_speaker_like(speaker, toks, p):
        return None  # "أكد أنه شاهد المباراة ووصفه…": a clause, not a subject
    return speaker


def _named_role(ctx: Context, toks: list[Tok], p: int, end: int) -> bool:
    """A role or title at ``p`` whose person's name ends right before the verb at ``end``, with
    no punctuation between: the whole phrase is the subject, whatever modifiers the role has
    ("السفير الألماني بأفغانستان هانز سيدت"، "المدير التنفيذي لشركة X جون سميث")."""
    if toks[p].word not in tk.ROLE_HEADS and toks[p].word not in tk.TITLES:
        return False
    covered = ctx.index.covering(toks[end - 1].start)
    return (
        covered is not None
        and covered[1].type == "PER"
        and covered[0] == toks[end - 1].end
        and end - p <= speaker_mod.MAX_SUBJECT_TOKENS
        and not any(tk.is_punct(t) for t in toks[p:end])
    )


def relative_object(ctx: Context, toks: list[Tok], ci: int, hit: CueHit) -> bool:
    """ "حداد الذي يصف المعارضين بأنهم…": right after a relative pronoun whose head can speak,
    that head is the verb's subject, so the phrase after the verb is its object. Not with an
    object pronoun on the verb (الذي يصفه X: X is the subject); the caller rules out a
    resumptive after it (التصريح الذي قال فيه الرئيس)."""
    return (
        ci > 0
        and toks[ci - 1].word in RELATIVES
        and not hit.prefixed
        and not hit.form.pronoun
        and relative_subject(ctx, toks, ci - 1) is not None
    )


def relative_subject(ctx: Context, toks: list[Tok], r: int) -> Speaker | None:
    """The head of the relative pronoun at ``r`` when it can speak: an entity mention, or an
    organisation, document, stipulating text or role head ("المحكمة العليا التي اعتبرت أن…"،
    "القرار 1701 الذي يدعو إلى…", a number passed over)."""
    h = r - 2 if r > 1 and toks[r - 1].word in ",،" else r - 1
    while h > 0 and toks[h].word.isdigit():
        h -= 1  # "قرار مجلس الأمن 1706 الذي"
    if ctx.index.covering(toks[h].start) is not None:
        return resolve(toks, h, h + 1, ctx.index, ctx.doc.text)
    head = _relative_head(toks, h)
    if head is None:
        return None
    return resolve(toks, head, h + 1, ctx.index, ctx.doc.text)


def _pp_modifier(toks: list[Tok], p: int, stop: int, end: int) -> bool:
    """ "المدير المسؤول عن صحيفة القدس لايزال يعتقد": a short prepositional modifier between
    the subject's head at ``p`` and its verb; with على after a role or anonymous head only
    ("لكن مصدرا مطلعا على الوثيقة قال…")."""
    head = toks[p].word in tk.ROLE_HEADS or toks[p].word in tk.ANONYMOUS_HEADS
    return (
        stop < end <= stop + PP_MODIFIER_TOKENS
        and toks[stop].word in (HEAD_MODIFIER_LEADS if head else PP_MODIFIER_LEADS)
        and not any(tk.is_punct(t) for t in toks[stop:end])
    )


def _relative_head(toks: list[Tok], n: int) -> int | None:
    """Start of a speaker-like NP (organisation, document, stipulating text or role head and its
    definite adjectives; a stipulating text may carry ب/ل/ك) ending at token ``n``: "المحكمة
    العليا الأمريكية التي اعتبرت أن…"."""
    for p in range(n, max(-1, n - 4), -1):
        word = toks[p].word
        heads = (tk.ORGANISATION_HEADS, tk.DOCUMENT_HEADS, tk.STIPULATING_HEADS, tk.ROLE_HEADS)
        if any(word in x for x in heads):
            return p
        if word[:1] in "بلك" and word[1:] in tk.STIPULATING_HEADS:
            return p  # "تمسكها باتفاق الطائف، الذي ينص على…"
        if not word.startswith("ال"):
            return None
    return None
