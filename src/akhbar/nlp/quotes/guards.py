"""Checks that reject a cue hit or a reading of it: not a verb, inside a name, not a report."""

from __future__ import annotations

import re
from dataclasses import replace

from akhbar.nlp.quotes import content as ct
from akhbar.nlp.quotes import lexicon as lx
from akhbar.nlp.quotes import speaker as speaker_mod
from akhbar.nlp.quotes import tokens as tk
from akhbar.nlp.quotes.boundaries import (
    AUXILIARIES,
    HONORIFICS,
    PASSIVE_WITH,
    RELATIVES,
    SPEAKER_FRAMED,
    STILL,
    can_be_subject,
    clause_boundary,
    relative_subject,
    speaker_head,
)
from akhbar.nlp.quotes.cues import CueForm, CueHit, fold, folded
from akhbar.nlp.quotes.speaker import is_speaker_like, resolve, subject_end
from akhbar.nlp.quotes.state import Context
from akhbar.nlp.quotes.tokens import Tok
from akhbar.nlp.types import Speaker

IMPERSONAL = folded(
    lx.words(
        "يذكر ويذكر يعتقد ويعتقد يعتبر ويعتبر يلاحظ ويلاحظ يتوقع ويتوقع تبين وتبين فتبين "
        "يروى ويروى يظهر ويظهر"
    )
)
"""Imperfects read as impersonal passives right before a complementiser (ويعتقد أنه عضو…:
"it is believed", يُروى أن "it is told", يظهر أن "it appears"), and تبيّن أن "it turned out
that" (a finding: بيّن has its subject or an elided masculine speaker, يبين أن)."""

QUANTIFIERS = folded(lx.words("كل وكل فكل لكل بكل أي وأي لأي بأي"))
"""A cue form right after one of these is the homographic noun (كل فرد، أي ذكر غريب)."""

MODAL_LEADS = folded(lx.words("الممكن بالإمكان يمكن ويمكن يمكننا"))
"""A speech noun after one of these is impersonal (من الممكن القول إن…: "one may say")."""

ANONYMITY_ASKS = folded(lx.ANONYMITY_ASKS)

ANONYMITY_TELLS = folded(lx.ANONYMITY_TELLS)

ANONYMITY_NAMES = folded(lx.ANONYMITY_NAMES)

PROMISE_MIN_LETTERS = 4

SUBJUNCTIVE_LEADS = folded(lx.words("أن بأن لأن كي لكي"))
"""An imperfect cue right after these is a subjunctive (اقتراحا بأن تتعهد واشنطن…): no report."""

PASSIVE_GAP = 2
"""An imperfect cue whose subject cannot speak and whose content opens more than this many
tokens later reads as a passive (الذي كان يعتبر قبلة … توصف بأنها…)."""

POSSESSIVE_ENDINGS = ("ه", "ها", "هم", "هما")

TITLE_MAX_TOKENS = 6
"""How far after a cue a quotation that opened right before it may close to be a title."""

MASDAR_RE = re.compile(
    r"^(?:ت[^ا]{2}ي[^اهي]|ت[^ا]ا[^ا][^اه]|ا[^ا]ت[^ا]ا[^ا]|ان[^ا]{2}ا[^ا]|است[^ا]{2}ا[^ا])$"
)

MASDAR_WORDS = folded(lx.words("إعلان إرسال إجراء إنهاء إطلاق إلغاء إقامة"))

WHICH = folded(lx.words("مما"))

PRONOUNS_MA = folded(lx.words("هو وهو هي وهي هذا وهذا ذلك وذلك"))
"""Heads of a relative ما whose verb states a fact (وهو ما يؤكد أن…)."""

NEGATIONS = folded(lx.words("لم ولم لن ولن"))

NO_LONGER_LEADS = folded(lx.words("لم ولم فلم لا ولا"))

DENIALS = frozenset(lx.words("نفى استبعد أنكر"))

DECLARED = folded(lx.DECLARED)

UNCOVERED = folded(lx.UNCOVERED)

FINDING_SUBJECTS = folded(lx.FINDING_SUBJECTS)

FINDING_WINDOW = 3
"""Tokens after كشف (and its عن) where an inquiry object (ملابسات) makes it an act."""

OBJECT_FRAMES = frozenset({"np", "own", "with", "to", "ask"})

ATTENTION_CAUGHT = folded(lx.words("انتباهي انتباهنا نظري نظرنا"))

THING_HEADS = folded(lx.THING_HEADS)

PREPOSITION_VERBS = {fold(k): fold(v) for k, v in lx.PREPOSITION_VERBS.items()}

PREPOSITION_VERB_REACH = 6

IMPERFECT_FRAMED = frozenset(lx.words("نص"))
"""Ambiguous verbs whose frame counts in the imperfect only (ينص على؛ the perfect نص is the noun
"text")."""

NAMED_SUBJECT_REACH = 10
"""A verb spelt like a preposition (عبر) may be this far from its own preposition when the
words between end in a person's or organisation's name, a long subject ("عبر الأمين العام للأمم
المتحدة كوفي أنان عن حزنه"; not "عبر السماح لجميع … بالتعبير عن نفسها")."""

RESUMPTIVE_OBJECT_VERBS = lx.RESUMPTIVE_OBJECT_VERBS

THING_VERBS = lx.THING_VERBS

RELATIVE_OBJECTS = RELATIVES | folded(lx.words("ما مما"))

DEMONSTRATIVE_OBJECTS = folded(lx.words("ذلك هذا هذه"))


def verb_use(
    ctx: Context, toks: list[Tok], at: dict[int, int], hits: list[CueHit], hit: CueHit
) -> bool:
    """Whether a hit is a cue at all: a و/ف-prefixed feminine participle form is a
    coordinated verbal noun ("عن إدانة الأردن … ومطالبة الأردن برفع…"; "ومشيرا" is a cue),
    and a verb spelt like a preposition (عبر) needs its own preposition soon after it ("عبر
    في بيان عن صدمته"; not "عبر الهاتف")."""
    if hit.form.kind == "participle":
        n = at.get(hit.start)
        return not (hit.prefixed and n is not None and toks[n].word.endswith("ه"))
    prep = PREPOSITION_VERBS.get(fold(hit.form.lemma))
    n = at.get(hit.start)
    if prep is None or n is None:
        return True
    starts = {h.start for h in hits}
    for m in range(n + 1, min(len(toks), n + 1 + NAMED_SUBJECT_REACH)):
        if toks[m].word == prep:
            if m - n <= PREPOSITION_VERB_REACH:
                return True
            named = ctx.index.covering(toks[m - 1].start)
            return named is not None and named[1].type in ("PER", "ORG")
        if toks[m].start in starts or tk.is_punct(toks[m]):
            return False
    return False


def quoted_title(toks: list[Tok], at: dict[int, int], hits: list[CueHit], hit: CueHit) -> bool:
    """A cue that opens a short quotation right after a word is a title (a book, poem, film or
    programme: 'ديوانه "قالت لي الوردة"', 'برنامج «قل كلمتك»'), not a statement: the mark follows
    no colon, cue or complementiser, and it closes within ``TITLE_MAX_TOKENS`` after the cue."""
    n = at.get(hit.start)
    if n is None or n < 2 or toks[n - 1].word not in tk.OPEN_MARKS:
        return False
    if toks[n - 1].word == '"' and sum(t.word == '"' for t in toks[: n - 1]) % 2:
        return False  # a straight mark after an odd number of them closes a quotation
    before = toks[n - 2]
    starts = {h.start for h in hits}
    if tk.is_punct(before) or tk.is_complementiser(before.word) or before.start in starts:
        return False
    close = tk.OPEN_MARKS[toks[n - 1].word]
    return any(t.word == close for t in toks[n + 1 : n + 1 + TITLE_MAX_TOKENS])


def in_name(ctx: Context, hit: CueHit) -> bool:
    """A cue word inside a person's name is part of the name (دان غيلرمان، دان حالوتس: دان
    is also "condemned")."""
    covered = ctx.index.covering(hit.start)
    return covered is not None and covered[1].type == "PER" and covered[0] >= hit.end


def anonymity_end(toks: list[Tok], n: int) -> int | None:
    """End of a request for anonymity starting at ``n`` ("طلب عدم ذكر اسمه"، "طالبا عدم الكشف
    عن هويته"، "مفضلا عدم نشر اسمه"), or None."""
    if n >= len(toks) or toks[n].word not in ANONYMITY_ASKS:
        return None
    m = n + 1
    if m < len(toks) and toks[m].word == "عدم":
        m += 1
    if m >= len(toks) or toks[m].word not in ANONYMITY_TELLS:
        return None
    m += 1
    if m < len(toks) and toks[m].word == "عن":
        m += 1
    return m + 1 if m < len(toks) and toks[m].word in ANONYMITY_NAMES else None


def anonymity_tokens(toks: list[Tok]) -> set[int]:
    """Token indices inside requests for anonymity (``anonymity_end``)."""
    hidden: set[int] = set()
    for n in range(len(toks)):
        end = anonymity_end(toks, n)
        if end is not None:
            hidden.update(range(n, end))
    return hidden


def resumptive_object(ctx: Context, toks: list[Tok], i: int, hit: CueHit) -> bool:
    """After a resumptive (تصريحات أكد فيها رغبة الحكومة…) a phrase that cannot speak is the
    object; so is any phrase after a verb whose object is a person (كلمة شكر فيها اللجنة…)."""
    return (
        "np" in hit.form.frames
        and i < len(toks)
        and (hit.form.lemma in RESUMPTIVE_OBJECT_VERBS or not can_be_subject(ctx, toks, i))
    )


def learned_from(
    ctx: Context, toks: list[Tok], i: int, j: int, relay: tuple[Speaker, int] | None
) -> bool:
    """ "علمت الراية من مصادرها أن…"، "وعلمت وكالة الأنباء القطرية أنه…": a report when the
    source after من is anonymous or named, or the subject itself can speak; not "علمت بمنع
    X" (learned of) nor "علمت أن" without a subject."""
    if j <= i or toks[i].word.startswith("ب"):
        return False
    if relay is not None:
        source = relay[0]
        return source.entity_id is not None or source.kind != "person"
    return can_be_subject(ctx, toks, i)


def declaration(toks: list[Tok], i: int, hit: CueHit, opening: ct.Opening) -> bool:
    """ "أعلن علي العفو العام"، "أعلنت روسيا الحرب"، "أعلن عن حالة الطوارئ": a performative
    declaration brings a state about (war, amnesty, mourning…); it reports no statement.
    أعلن with any other bare object reports an event or a position (أعلن الجيش مقتل…)."""
    if hit.form.lemma != "أعلن" or opening.via not in ("np", "prep"):
        return False
    between = (t for t in toks[i:] if t.start <= opening.start)
    return any(tk.strip_article(t.word) in DECLARED for t in between)


def between_preposition(
    ctx: Context, toks: list[Tok], hit: CueHit, ci: int, i: int, j: int, opening: ct.Opening
) -> bool:
    """بين is also the preposition "between" (للعلاقات بين دولتين …، بين 12 يوليو و14 اغسطس
    بأنها): the verb بيّن has its complementiser right after it or after a subject that can
    speak."""
    if hit.form.lemma != "بين" or hit.form.kind != "verb" or opening.marker <= i:
        return False
    if j <= i:
        return True
    if toks[i].word in lx.HONORIFIC_SUBJECTS or (i and toks[i - 1].word in HONORIFICS):
        return False
    if _after_noun(ctx, toks, hit, ci):
        return True
    speaker = resolve(toks, i, j, ctx.index, ctx.doc.text)
    return speaker is None or not is_speaker_like(speaker, toks, i)


def _after_noun(ctx: Context, toks: list[Tok], hit: CueHit, ci: int) -> bool:
    """An unprefixed بين right after a word that is no clause opener, auxiliary, complementiser
    or possible subject (a person or organisation mention, a speaker head) is the preposition
    inside a noun phrase ("القمة في مراكش بين الفريقين :", "المباراة بين X وY"), not بيّن."""
    if hit.prefixed or ci == 0:
        return False
    prev = toks[ci - 1]
    if tk.is_punct(prev) or clause_boundary(prev.word) or prev.word in AUXILIARIES:
        return False
    covered = ctx.index.covering(prev.start)
    if covered is not None:
        return covered[1].type not in ("PER", "ORG")
    return not speaker_head(ctx, prev)


def finding(toks: list[Tok], i: int, hit: CueHit) -> bool:
    """ "كشف ملابسات الحادث" uncovers by inquiry, "أظهرت البيانات أن…" is what data show: acts
    and findings, not statements (conventions in ``lexicon.UNCOVERED``/``FINDING_SUBJECTS``)."""
    lemma = hit.form.lemma
    if lemma == "أظهر":
        return i < len(toks) and tk.strip_article(toks[i].word) in FINDING_SUBJECTS
    if lemma != "كشف":
        return False
    near = toks[i : i + FINDING_WINDOW]
    return any(tk.strip_article(t.word) in UNCOVERED for t in near)


def anaphoric(toks: list[Tok], opening: ct.Opening) -> bool:
    """ "عبرت عن ذلك X حين قالت: …": a frame preposition whose object is a bare demonstrative
    points back to what was said elsewhere; it has no content of its own."""
    m = opening.marker
    if opening.via != "prep" or m + 1 >= len(toks) or toks[m].word not in tk.FRAME_PREPOSITIONS:
        return False
    word = toks[m + 1].word
    nxt = toks[m + 2].word if m + 2 < len(toks) else ""
    return word in DEMONSTRATIVE_OBJECTS and not nxt.startswith("ال")


def objectless(form: CueForm) -> bool:
    """A perfect verb that takes no object: a demonstrative after it is its subject (واضافت
    هذه المحاسبة), not its object (ويصف هذه الدولة، وتعتبر هذه المقالات…)."""
    return form.kind == "verb" and not form.imperfect and not form.frames & OBJECT_FRAMES


def not_a_report(ctx: Context, toks: list[Tok], ci: int, i: int, hit: CueHit) -> bool:
    """Forms that look like a cue but report no one: a passive "اتُّهم بـ/وُصف بأنه" (the
    active verb needs its object before بـ), "لفت انتباهي" (caught my attention), and a
    relative clause on a thing ("الموقف الأردني الذي يؤكد أن…": the position states it), a
    verb that things do too (عبر، هدد) in a relative clause whose head cannot speak, and a
    pronoun cue with no subject after a relative ("القصف الذي وصفه بالمتعمد": the speaker's
    own wording inside his statement, not a new one)."""
    if hit.form.kind != "verb" or i >= len(toks):
        return False
    word = ctx.key[hit.start : hit.end][1 if hit.prefixed else 0 :]
    nxt = toks[i + 1].word if toks[i].word in ",،" and i + 1 < len(toks) else toks[i].word
    if (
        hit.form.lemma in PASSIVE_WITH
        and not hit.form.imperfect
        and word[len(fold(hit.form.lemma)) :] in lx.SOUND_PERFECT
        and nxt.startswith("ب")
        and len(nxt) > 3
        and not speaker_head(ctx, toks[i if toks[i].word == nxt else i + 1])
    ):
        return True
    if hit.form.lemma == "لفت" and toks[i].word in ATTENTION_CAUGHT:
        return True
    if ci > 0 and toks[ci - 1].word in RELATIVES and hit.form.lemma in THING_VERBS:
        return not _speaking_head(ctx, toks, ci - 1)
    if hit.form.pronoun and ci > 0 and toks[ci - 1].word in RELATIVE_OBJECTS:
        return complement_first(ctx, toks, i, hit) or subject_end(toks, i, ctx.index) == i
    return ci > 0 and toks[ci - 1].word in RELATIVES and _thing_head(ctx, toks, ci - 1)


def _speaking_head(ctx: Context, toks: list[Tok], r: int) -> bool:
    """The relative pronoun at ``r`` follows an entity or a speaker head (past a comma and nisba
    adjectives: "الولايات المتحدة، التي تهدد بـ…")."""
    h = r - 1
    if h > 0 and toks[h].word in ",،":
        h -= 1
    while h > 0 and speaker_mod.is_nisba(toks[h].word):
        h -= 1
    return h >= 0 and (ctx.index.covering(toks[h].start) is not None or speaker_head(ctx, toks[h]))


def _thing_head(ctx: Context, toks: list[Tok], r: int) -> bool:
    """The relative pronoun at ``r`` refers to a definite noun that cannot speak (الموقف
    الأردني الذي…): no entity, no role, organisation, anonymous or document head."""
    h = r - 1
    while h > 0 and speaker_mod.is_nisba(toks[h].word):
        h -= 1
    if h < 0 or ctx.index.covering(toks[h].start) is not None:
        return False
    word = toks[h].word
    heads = (tk.ROLE_HEADS, tk.ORGANISATION_HEADS, tk.ANONYMOUS_HEADS, tk.DOCUMENT_HEADS)
    return word.startswith("ال") and word in THING_HEADS and not any(word in x for x in heads)


def subjunctive(toks: list[Tok], ci: int) -> bool:
    return ci > 0 and toks[ci - 1].word in SUBJUNCTIVE_LEADS


def passive(ctx: Context, toks: list[Tok], i: int, j: int, opening: ct.Opening) -> bool:
    """ "كان يعتبر قبلة …": an imperfect with a subject that cannot speak and a content far
    after it is the passive (يُعتبر), not a report."""
    if j <= i or opening.marker - j <= PASSIVE_GAP:
        return False
    speaker = resolve(toks, i, j, ctx.index, ctx.doc.text)
    return speaker is not None and not is_speaker_like(speaker, toks, i)


def unambiguous(ctx: Context, toks: list[Tok], hit: CueHit, at: tuple[int, int, int]) -> CueForm:
    """طالب/وعد/نص after a subject that can speak, or after a relative pronoun whose head can
    (القرار 1701 الذي ينص على…), take their preposition frame (طالب أنان بانسحاب…). نص only
    in the imperfect: the perfect's spelling is the noun "text" (نص الرسالة). ``at``: the
    cue's token and the subject phrase ``toks[i:j]``."""
    form = hit.form
    if not form.ambiguous or form.lemma not in SPEAKER_FRAMED:
        return form
    if form.lemma in IMPERFECT_FRAMED and not form.imperfect:
        return form
    ci, i, j = at
    if j <= i:
        promise = _elided_promise(toks, hit, i) and ctx.index.covering(toks[i].start) is None
        relative = ci > 0 and toks[ci - 1].word in RELATIVES
        relative = relative and relative_subject(ctx, toks, ci - 1) is not None
        return replace(form, ambiguous=False) if promise or relative else form
    speaker = resolve(toks, i, j, ctx.index, ctx.doc.text)
    if speaker is None or not is_speaker_like(speaker, toks, i):
        return form
    return replace(form, ambiguous=False)


def _elided_promise(toks: list[Tok], hit: CueHit, i: int) -> bool:
    """ "كما وعد بإجراء…"، "ووعد بتقديم…": a coordinated وعد with no subject and a بـ verbal noun
    right after it continues the previous speaker (not a name: "ووعد بلفور")."""
    coordinated = hit.prefixed or (i > 1 and toks[i - 2].word in ("كما", "وكما"))
    word = toks[i].word if i < len(toks) else ""
    return (
        hit.form.lemma == "وعد"
        and coordinated
        and word.startswith("ب")
        and len(word) > PROMISE_MIN_LETTERS
    )


def impersonal(toks: list[Tok], ci: int, hit: CueHit) -> bool:
    """The formula "(و)يذكر أن…" ("it is worth noting that") reports no one; after "لا يزال"
    the verb has a subject before it ("لكن المدير … لايزال يعتقد أن…"). Nor does a cue form
    after a quantifier (a noun) or a speech noun after a modal."""
    prev = toks[ci - 1].word if ci else ""
    if prev in QUANTIFIERS or (hit.form.kind == "noun" and prev in MODAL_LEADS):
        return True  # كل فرد، أي ذكر غريب؛ من الممكن القول إن
    nxt = toks[ci + 1].word if ci + 1 < len(toks) else ""
    return (
        hit.form.kind == "verb"
        and toks[ci].word in IMPERSONAL
        and tk.is_complementiser(nxt)
        and not (ci and toks[ci - 1].word in STILL)
    )


def relative_ma(toks: list[Tok], ci: int, hit: CueHit) -> bool:
    """ "وهو ما يؤكد أن…"، "مما يؤكد أن…" ("which confirms that"): a fact, not a speaker."""
    if hit.form.kind != "verb" or ci == 0:
        return False
    before = toks[ci - 1].word
    if hit.form.pronoun and before == "ما" and ci > 1 and toks[ci - 2].word in tk.THIS_IS_WHAT:
        return False  # "…"، هذا ما قاله X: a post-posed attribution of what came before
    return before in WHICH or (before == "ما" and ci > 1 and toks[ci - 2].word in PRONOUNS_MA)


def no_longer(toks: list[Tok], ci: int, hit: CueHit) -> bool:
    """ "ولم يعد بإمكان…": a negated imperfect of وعد is عاد "no longer", not a promise."""
    return (
        hit.form.lemma == "وعد"
        and hit.form.imperfect
        and ci > 0
        and toks[ci - 1].word in NO_LONGER_LEADS
    )


def negated(toks: list[Tok], ci: int, hit: CueHit) -> bool:
    """ "لم يعلن الفريق شيئا": a negated cue reports nothing unless a clause or a quotation
    follows ("لم يؤكد أن…"); a negated denial is a statement ("لم يستبعد حدوث…")."""
    return ci > 0 and toks[ci - 1].word in NEGATIONS and hit.form.lemma not in DENIALS


def plausible(ctx: Context, toks: list[Tok], i: int, j: int) -> bool:
    """Content without a complementiser needs a subject that can speak (an entity, a role, an
    organisation, a document or an anonymous source), or an elided one: "أعلنت حالة
    الطوارئ" is not a statement."""
    if j <= i:
        return True
    speaker = resolve(toks, i, j, ctx.index, ctx.doc.text)
    return speaker is None or is_speaker_like(speaker, toks, i)


def complement_first(ctx: Context, toks: list[Tok], i: int, hit: CueHit) -> bool:
    """The verb's complement comes first, so there is no subject: a ب- complement (وتهدد بوقف
    التعاون…) or, for the ``own`` frame, a noun with a possessive pronoun (وأبدى تشاؤمه…)."""
    if i >= len(toks) or ctx.index.covering(toks[i].start) is not None:
        return False
    word = toks[i].word
    if hit.form.pronoun:  # تصفه بعض المصادر: the object is the pronoun, a subject follows
        return "with" in hit.form.frames and word.startswith("ب") and len(word) > 3
    if "with" in hit.form.frames and word.startswith("ب") and not _head_with_ba(word):
        return True  # (بعثة، بلدية: a subject whose first letter is ب)
    if _masdar_object(ctx, toks, i, hit):
        return True
    surface = ctx.doc.text[toks[i].start : toks[i].end]
    return (
        "own" in hit.form.frames
        and len(word) > 4
        and surface.endswith(POSSESSIVE_ENDINGS)
        and not word.startswith("ال")
        and word not in tk.ROLE_HEADS
        and word not in tk.FUNCTION_WORDS
        and not tk.is_complementiser(word)
    )


def accused_of(toks: list[Tok], at: dict[int, int], hit: CueHit) -> bool:
    """ "هذه الأخيرة متهمة بتركيز قوتها…": a participle of اتهم followed at once by its ب-
    complement is the passive (accused of), not someone accusing (متهمة الجيش بنشر…)."""
    n = at.get(hit.start)
    if n is None or hit.form.kind != "participle" or hit.form.lemma != "اتهم":
        return False
    return n + 1 < len(toks) and toks[n + 1].word.startswith("ب") and len(toks[n + 1].word) > 3


def _head_with_ba(word: str) -> bool:
    """An organisation, role or anonymous head written with ب as its first letter (بعثة)."""
    heads = (tk.ORGANISATION_HEADS, tk.ROLE_HEADS, tk.ANONYMOUS_HEADS, tk.GROUP_HEADS)
    return any(word in h or "ال" + word in h for h in heads)


def _masdar_object(ctx: Context, toks: list[Tok], i: int, hit: CueHit) -> bool:
    """A verbal noun with its genitive right after a verb that takes a bare object is that
    object, and the subject is elided ("واعلنت تدمير دبابة…"، "X انتقد استقبال Y…"): the
    patterns تفعيل، تفاعل، افتعال، انفعال، استفعال, a few إفعال nouns (whose pattern is also a
    plural: أعضاء، أطراف) and the listed object heads, never a speaking head. Not after a bare
    imperfect, which describes the noun before it ("بيان يؤكد التزام…" to be issued)."""
    word = toks[i].word
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        "np" in hit.form.frames
        and hit.form.kind == "verb"
        and (hit.prefixed or not hit.form.imperfect)
        and (MASDAR_RE.match(word) is not None or word in MASDAR_WORDS or ct._object_head(word))
        and not speaker_head(ctx, toks[i])
        and nxt is not None
        and not tk.is_punct(nxt)
        and nxt.word not in tk.FUNCTION_WORDS
    )
