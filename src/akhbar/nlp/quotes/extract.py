"""Sentence by sentence: cue -> subject -> content, with the speaker carried over within a story."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from akhbar.nlp.quotes import content as ct
from akhbar.nlp.quotes import lexicon as lx
from akhbar.nlp.quotes import speaker as speaker_mod
from akhbar.nlp.quotes import tokens as tk
from akhbar.nlp.quotes.cues import KEY_FOLD, CueForm, CueHit, find_cues, fold
from akhbar.nlp.quotes.speaker import EntityIndex, is_speaker_like, resolve, subject_end
from akhbar.nlp.quotes.tokens import Tok
from akhbar.nlp.types import (
    Content,
    Cue,
    Document,
    EntityResult,
    Quote,
    Span,
    Speaker,
    SpeakerResolution,
)

SUBJECT_SKIP = frozenset(
    fold(w)
    for w in lx.words(
        "أيضا كذلك أمس اليوم مجددا بدوره بدورها فيه فيها فيهم فيهما بشدة بقوة بوضوح صراحة "
        "باستمرار سابقا حاليا دائما مؤخرا رسميا علنا شخصيا النقاب "
        "الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت"
    )
)
"""Adverbs and day names that may stand between a verb and its subject (وأكد أيضا الوزير…،
أعلن اليوم الخميس النادي…), the object of the idiom كشف النقاب عن, and the resumptive فيه of
a relative clause (مؤتمرا صحفيا نفى فيه أن…، في وقت نفت فيه الحركة…)."""
ADDRESSEE_PRONOUNS = frozenset(
    fold(w) for w in lx.words("له لها لهم لهما لنا لي عنه عنها عنهم إليه إليها")
)
"""A pronoun addressee or topic right after the verb, before its subject ("قال لنا مرافقنا
إن…"، "وقال عنها مصدر آخر إنها…"، "ما أشارت إليه لوحة تجديد المسجد")."""
HONORIFICS = frozenset(fold(w) for w in lx.words("جلالته سموه فخامته معاليه"))
"""Honorifics that stand for the speaker right after a cue (واكد جلالته ضرورة…، مؤكدا سموه
أن…); not سيادته, also "its sovereignty" (مؤكدا سيادته على أراضيه)."""
PRONOUN_SUBJECTS = frozenset(
    fold(w) for w in lx.words("لكنه لكنها لكنهم ولكنه ولكنها وهو وهي وهم فهو فهي إنه إنها")
)
IMPERSONAL = frozenset(
    fold(w)
    for w in lx.words(
        "يذكر ويذكر يعتقد ويعتقد يعتبر ويعتبر يلاحظ ويلاحظ يتوقع ويتوقع تبين وتبين فتبين "
        "يروى ويروى يظهر ويظهر"
    )
)
"""Imperfects read as impersonal passives right before a complementiser (ويعتقد أنه عضو…:
"it is believed", يُروى أن "it is told", يظهر أن "it appears"), and تبيّن أن "it turned out
that" (a finding: بيّن has its subject or an elided masculine speaker, يبين أن)."""
QUANTIFIERS = frozenset(fold(w) for w in lx.words("كل وكل فكل لكل بكل أي وأي لأي بأي"))
"""A cue form right after one of these is the homographic noun (كل فرد، أي ذكر غريب)."""
MODAL_LEADS = frozenset(fold(w) for w in lx.words("الممكن بالإمكان يمكن ويمكن يمكننا"))
"""A speech noun after one of these is impersonal (من الممكن القول إن…: "one may say")."""
ADDRESSEE_VERBS = lx.ADDRESSEE_VERBS | frozenset(lx.words("وصف اتهم نصح بشر"))
ADDRESSEE_GROUPS = frozenset(fold(w) for w in lx.ADDRESSEE_GROUPS)
RELAY_REACH = 6
SPEECH_NOUNS_OF_RELAY = frozenset(fold(w) for w in lx.words("قوله قولها قولهم قولهما"))
ANONYMITY_ASKS = frozenset(fold(w) for w in lx.ANONYMITY_ASKS)
ANONYMITY_TELLS = frozenset(fold(w) for w in lx.ANONYMITY_TELLS)
ANONYMITY_NAMES = frozenset(fold(w) for w in lx.ANONYMITY_NAMES)
SPEAKER_FRAMED = frozenset(lx.words("طالب وعد بشر"))
"""Ambiguous verbs (طالب student, وعد promise, بشر humans) whose ``with`` frame counts after a
subject that can speak (طالب الأمين العام بانسحاب…)."""
PROMISE_MIN_LETTERS = 4
SUBJUNCTIVE_LEADS = frozenset(fold(w) for w in lx.words("أن بأن لأن كي لكي"))
"""An imperfect cue right after these is a subjunctive (اقتراحا بأن تتعهد واشنطن…): no report."""
AUXILIARIES = frozenset(fold(w) for w in lx.words("قد وقد فقد لقد ولقد وكان كان"))
ADDRESSEE_FRAMES = frozenset(("np", "with", "from", "to", "own", "ask"))
"""Frames whose verb takes an object or an addressee right after it (حذر X من، وصف X بـ)."""
KANA = frozenset(fold(w) for w in lx.words("كان وكان فكان كانت وكانت فكانت"))
"""Forms of كان that stand before a subject and its perfect verb (وكانت رايس قد حذرت…)."""
SVO_MAX_TOKENS = 8
"""Longest subject phrase looked for before a verb (SVO)."""
PASSIVE_GAP = 2
"""An imperfect cue whose subject cannot speak and whose content opens more than this many
tokens later reads as a passive (الذي كان يعتبر قبلة … توصف بأنها…)."""
"""Verbs whose addressee or object may stand before the frame preposition (دعا الأطراف إلى…،
يصف القصة بالتافهة)."""
RESUMPTIVES = frozenset(lx.words("فيه فيها فيهم فيهما"))
STATEMENT_NOUNS = frozenset(
    fold(w)
    for w in lx.words(
        "بيان بيانا البيان رسالة رسائل الرسالة الرسائل كلمة كلمته الكلمة خطاب خطابا الخطاب "
        "مقال مقالا المقال تصريح تصريحا تصريحات التصريحات مذكرة المذكرة"
    )
)
"""Things a speaker issues (أصدرت الخارجية بيانا دعت فيه…، خطاب الأسد الذي اتهم فيه…): a cue
with a resumptive pointing at one of them has the issuer as its subject."""
ISSUER_REACH = 12
LEAD_ADVERBIAL_TOKENS = 5
LEAD_VERB_REACH = 9
THAT_LEADS = frozenset(fold(w) for w in lx.words("أن إن ان"))
LEAD_PREPOSITIONS = frozenset(fold(w) for w in lx.words("حيال إزاء رغم بين حول مع ضد نحو"))
ISSUER_HONORIFICS = frozenset(fold(w) for w in lx.words("لسعادة لمعالي لفخامة لسمو لجلالة"))
NOUN_CONTEXT = frozenset(fold(w) for w in lx.NOUN_CONTEXT)
OWN_WORDS = frozenset(fold(w) for w in lx.OWN_WORDS)
ASIDE_TAIL_TOKENS = 3
ATTRIBUTION_LEADS = frozenset(fold(w) for w in lx.words("حسب بحسب وحسب وبحسب وفقا وفق طبقا"))
"""حسب ما قال X / وفقا لما ذكر X: the verb after ما is a post-posed cue."""
NARRATIVE_AFTER_DHALIKA = frozenset(
    fold(w) for w in lx.words("ردا بعد بينما في خلال عقب إثر أثناء قبل عندما حين تزامنا وسط على")
)
"""وذلك + one of these starts the reporter's framing of the statement, not its content."""
WITHOUT = frozenset(fold(w) for w in lx.words("دون بدون"))
WITHHELD = frozenset(
    fold(w)
    for w in lx.words(
        "إعطاء ذكر تحديد توضيح إيضاح الكشف كشف تقديم الإشارة الخوض إعلان "
        "يكشف تكشف يوضح توضح يذكر تذكر يحدد تحدد يعطي تعطي يقدم تقدم يشير تشير يخوض تخوض "
        "يدلي تدلي يعلن تعلن يفصح تفصح"
    )
)
"""What a reporter says was withheld after "دون (أن)": the details of the statement."""
_CREDITS = "|".join(re.escape(fold(a)) for a in lx.CREDIT_WORDS)
CREDIT_RE = re.compile(
    rf"\((?=\s*(?:{_CREDITS})[^()]{{0,25}}\)(\s*[-–ـ:])?)|[-–ـ]\s(?:{_CREDITS})\s*:"
)
"""A picture/agency credit "(الفرنسية)" or an in-sentence dateline "CITY (AGENCY) -",
"CITY - X - وكالات:": reported content never runs past it. Both start with a literal
character, so one scan of the article is cheap; the dateline's city is found backwards."""
DASH_CHAIN_RE = re.compile(r"(?:[^\s:()]+\s[-–ـ]\s){0,3}[^\s:()]+\s*$")
WORD_BEFORE_RE = re.compile(r"[^\s()]+\s*$")
POSSESSIVE_ENDINGS = ("ه", "ها", "هم", "هما")
NP_BREAKS = frozenset(fold(w) for w in lx.words("لكن ولكن لكنه لكنها لكنهم بينما فيما ثم إذ"))
CLAUSE_OPENERS = (
    frozenset(
        fold(w) for w in lx.words("من جانبه جانبها جهته جهتها ناحيته ناحيتها بدوره بدورها ومن")
    )
    | tk.LEADING_PARTICLES
)
CLAUSE_BREAKS = frozenset(fold(w) for w in lx.words("، , فقد لكنه لكنها كما ثم بينما فيما"))
"""Words right before a cue that make it a new statement, not one inside the content."""
CLAUSE_LEADS = (CLAUSE_BREAKS - {",", "،"}) | frozenset(lx.words("لم لا لن ما حيث"))
"""Words of a new statement's clause before its cue (لكنه لم يوضح، حيث أبدت مصادر…)."""
RELATIVES = frozenset({"الذي", "التي", "الذين"})
TITLE_MAX_TOKENS = 6
"""How far after a cue a quotation that opened right before it may close to be a title."""
TEMPORAL = frozenset(fold(w) for w in lx.words("بعد قبل وبعد وقبل"))
"""Words before أن that open a temporal clause (بعد أن، قبل أن)."""
STILL = frozenset(
    fold(w)
    for w in lx.words("لايزال لازال مازال يزال زال تزال لاتزال ماتزال زالوا يزالون ظل مازالوا")
)
"""Auxiliaries "still" that follow their subject (المدير لايزال يعتقد أن…)."""
MASDAR_RE = re.compile(
    r"^(?:ت[^ا]{2}ي[^اهي]|ت[^ا]ا[^ا][^اه]|ا[^ا]ت[^ا]ا[^ا]|ان[^ا]{2}ا[^ا]|است[^ا]{2}ا[^ا])$"
)
MASDAR_WORDS = frozenset(fold(w) for w in lx.words("إعلان إرسال إجراء إنهاء إطلاق إلغاء إقامة"))
STATEMENTS_OBJECTS = frozenset(fold(w) for w in lx.words("تصريحات تصريح"))
FAR_WITH_VERBS = frozenset(lx.words("اتهم"))
RETURNED = frozenset(fold(w) for w in lx.words("عاد عادت وعاد وعادت"))
""""عاد و+verb" (did again): the و-prefixed verb after it shares its subject (غير أن الجهاز
الفني عاد وحذر اللاعبين من…: the phrase after the verb is its object)."""
WHICH = frozenset(fold(w) for w in lx.words("مما"))
PRONOUNS_MA = frozenset(fold(w) for w in lx.words("هو وهو هي وهي هذا وهذا ذلك وذلك"))
"""Heads of a relative ما whose verb states a fact (وهو ما يؤكد أن…)."""
PP_MODIFIER_LEADS = frozenset(lx.words("عن في من"))
PP_MODIFIER_TOKENS = 4
WRITTEN_VERBS = frozenset(fold(w) for w in lx.words("جاء جاءت ورد وردت"))
DASHES = frozenset("-–ـ")
NEGATIONS = frozenset(fold(w) for w in lx.words("لم ولم لن ولن"))
INTERROGATIVES = frozenset(
    fold(w) for w in lx.words("لماذا ولماذا فلماذا هل وهل فهل ماذا وماذا متى")
)
"""Words before a cue that make it a question ("ولماذا تصف الفيلم بالفاشل؟"، "هل قال إن…؟"):
it asks, it reports no statement."""
NO_LONGER_LEADS = frozenset(fold(w) for w in lx.words("لم ولم فلم لا ولا"))
DENIALS = frozenset(lx.words("نفى استبعد أنكر"))
TIME_LEADS = frozenset(fold(w) for w in lx.words("عند عقب إثر لدى"))
"""A speech noun after these dates an event ("عند إعلان آخر تقرير"), it reports nothing unless
a that-clause follows it ("عقب تصريحات الوزير بأن…")."""
TIMED_SPEAKER_TOKENS = 12
NOUN_THAT = frozenset(fold(w) for w in lx.words("بأن بان"))
NOT_SUBJECT_BEFORE = frozenset(
    fold(w) for w in lx.words("، , مع إلى الى على عن من في ب ل و لدى بين عند مثل")
)
"""A name right after these is an object or an apposition, not the sentence's subject."""
MAX_TAIL_TOKENS = 6
ATTRIBUTED_TAIL_TOKENS = 12
RECENT_SENTENCES = 2
DECLARED = frozenset(fold(w) for w in lx.DECLARED)
UNCOVERED = frozenset(fold(w) for w in lx.UNCOVERED)
FINDING_SUBJECTS = frozenset(fold(w) for w in lx.FINDING_SUBJECTS)
FINDING_WINDOW = 3
"""Tokens after كشف (and its عن) where an inquiry object (ملابسات) makes it an act."""
OBJECT_FRAMES = frozenset({"np", "own", "with", "to", "ask"})
PASSIVE_WITH = frozenset(lx.words("اتهم وصف"))
"""Verbs whose active needs an object before بـ: right after the verb بـ marks a passive."""
ATTENTION_CAUGHT = frozenset(fold(w) for w in lx.words("انتباهي انتباهنا نظري نظرنا"))
THING_HEADS = frozenset(fold(w) for w in lx.THING_HEADS)
PREPOSITION_VERBS = {fold(k): fold(v) for k, v in lx.PREPOSITION_VERBS.items()}
PREPOSITION_VERB_REACH = 6
RESUMPTIVE_OBJECT_VERBS = lx.RESUMPTIVE_OBJECT_VERBS
THING_VERBS = lx.THING_VERBS
RELATIVE_OBJECTS = RELATIVES | frozenset(fold(w) for w in lx.words("ما مما"))
DEMONSTRATIVE_OBJECTS = frozenset(fold(w) for w in lx.words("ذلك هذا هذه"))
"""How many earlier sentences without a quote are searched for an elided speaker."""
"""Words allowed after the subject of a post-posed cue (…، قال الوزير للصحفيين)."""
HEADLINE_MAX_TOKENS = 12
TOPIC_CHARS = 40
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
GLUE_BLOCKERS = frozenset(
    fold(w)
    for w in lx.words(
        "و ف ل ب ك مثل منهم منها بينهم أمثال وهم هم بطولة إخراج تأليف كتب بقلم إعداد حوار"
    )
)
"""Words before a name that make it part of the clause (a list, a credit, a byline), not a
headline."""
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
    main: bool = False
    """Whether a quote of the sentence is a main statement (not in a بعد أن clause)."""

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
    topic: Speaker | None = None
    """The person a previous sentence of the story opens with (وأبو فلان على قناعة…)."""
    credits: list[int] = field(default_factory=list)
    """Offsets of credits and in-sentence datelines (``CREDIT_RE``) in the key."""
    story: int = 0
    """Index of the sentence the current story starts at."""
    quoted: set[int] = field(default_factory=set)
    """Sentences of the article that gave a quote."""
    marks: bool = False


def extract_quotes(doc: Document, entities: EntityResult) -> list[Quote]:
    """Every reported statement of the article with its cue, speaker, content and type."""
    key = doc.key.translate(KEY_FOLD)
    ctx = _Context(doc, key, EntityIndex.build(entities, key))
    ctx.credits = _credits(key)
    story_starts = _story_starts(doc, key)
    marks = ctx.marks = tk.HAS_MARKS.search(key) is not None
    quotes: list[Quote] = []
    for si, sent in enumerate(doc.sentences):
        if si in story_starts:
            ctx.previous = ctx.topic = None
            ctx.story = si
        hits = find_cues(key, sent.start, sent.end)
        headline = si in story_starts or _starts_paragraph(doc, si)
        colon = headline and ":" in key[sent.start : hits[0].start if hits else sent.end]
        glued = not hits and ":" in key[sent.start : sent.end]
        if hits or colon or glued:
            toks = tk.tokenize(key, sent.start, sent.end, marks)
            at = {t.start: i for i, t in enumerate(toks)}
            hidden = _anonymity_tokens(toks)
            hits = [
                h
                for h in hits
                if _verb_use(toks, at, hits, h)
                and at.get(h.start) not in hidden
                and not _in_name(ctx, h)
                and not _quoted_title(toks, at, hits, h)
            ]
            state = _Sentence(si, toks, hits, at, sent.end)
            if colon:
                _headline_quote(ctx, state)
            if glued and not state.quotes:
                _glued_headline(ctx, state)
            for hit in hits:
                if hit.start in state.at and hit.start not in state.consumed:
                    _quote_for(ctx, state, hit)
            if state.main:
                ctx.quoted.add(si)
            if state.quotes:
                quotes.extend(_finish(ctx, state))
        ctx.topic = _opening_person(ctx, sent.start, sent.end) or ctx.topic
    return quotes


def _verb_use(toks: list[Tok], at: dict[int, int], hits: list[CueHit], hit: CueHit) -> bool:
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
    for tok in toks[n + 1 : n + 1 + PREPOSITION_VERB_REACH]:
        if tok.word == prep:
            return True
        if tok.start in starts:
            return False
    return False


def _quoted_title(toks: list[Tok], at: dict[int, int], hits: list[CueHit], hit: CueHit) -> bool:
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


def _in_name(ctx: _Context, hit: CueHit) -> bool:
    """A cue word inside a person's name is part of the name (دان غيلرمان، دان حالوتس: دان
    is also "condemned")."""
    covered = ctx.index.covering(hit.start)
    return covered is not None and covered[1].type == "PER" and covered[0] >= hit.end


def _anonymity_end(toks: list[Tok], n: int) -> int | None:
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


def _anonymity_tokens(toks: list[Tok]) -> set[int]:
    """Token indices inside requests for anonymity (``_anonymity_end``)."""
    hidden: set[int] = set()
    for n in range(len(toks)):
        end = _anonymity_end(toks, n)
        if end is not None:
            hidden.update(range(n, end))
    return hidden


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


def _opening_person(ctx: _Context, start: int, end: int) -> Speaker | None:
    """The person entity a sentence opens with, after leading particles (و may be glued)."""
    n = bisect.bisect_left(ctx.index.starts, start)
    if n >= len(ctx.index.starts) or ctx.index.starts[n] >= min(end, start + TOPIC_CHARS):
        return None
    mention_start, _end, entity = ctx.index.mentions[n]
    lead = ctx.key[start:mention_start].split()
    if entity.type != "PER" or not all(w in CLAUSE_OPENERS for w in lead):
        return None
    return Speaker(entity.id, entity.name, None, "context", "person")


def _finish(ctx: _Context, st: _Sentence) -> list[Quote]:
    """End each open content where a coordinated statement starts, then drop cues nested in
    the content of the same speaker's statement (قال إنه لا يعتقد أن…)."""
    text = ctx.doc.text
    points = _cut_points(ctx, st)
    cut: list[Quote] = []
    for quote, via in zip(st.quotes, st.vias, strict=True):
        if via != "quote":
            start, end = quote.content.start, quote.content.end
            ends = sorted([*points, *_np_breaks(st, colon_only=via == "colon")])
            ends = points if via == "that" else ends
            at = next((p for p in ends if start < p < end and not _in_marks(text, start, p)), -1)
            if at > 0:
                cs, ce = ct.trim(text, start, at)
                kind = ct.quote_type(via, text, cs, ce)
                quote = replace(quote, content=Content(cs, ce, text[cs:ce]), type=kind)
        cut.append(quote)
    return [q for q in cut if not any(_nested_same(text, q, outer) for outer in cut)]


def _cut_points(ctx: _Context, st: _Sentence) -> list[int]:
    """Offsets where a reported clause ends: a coordinated statement (a و/ف-prefixed or
    participle cue, or a cue after "، / لكنه / كما / ثم", whether or not it made a quote), the
    reporter's framing "وذلك ردا على / بينما…", the narrative "، كما رفض…" (not "، كما أن…"),
    and a credit or dateline of another item."""
    points = {_clause_start(st, q.cue.start) for q in st.quotes if _coordinated(st, q.cue.start)}
    points.update(
        _clause_start(st, h.start)
        for h in st.hits
        if h.form.kind in ("verb", "participle")
        and not h.form.ambiguous
        and h.start not in st.consumed
        and _coordinated(st, h.start, comma=False)
    )
    toks = st.toks
    if toks and "وذلك" in ctx.key[toks[0].start : st.end]:
        points.update(
            toks[n].start
            for n in range(len(toks) - 1)
            if toks[n].word == "وذلك" and toks[n + 1].word in NARRATIVE_AFTER_DHALIKA
        )
    points.update(
        toks[n].start
        for n in range(1, len(toks) - 1)
        if toks[n].word == "كما"
        and toks[n - 1].word in ",،"
        and not toks[n + 1].word.startswith("ال")
        and not tk.is_complementiser(toks[n + 1].word)
    )
    points.update(_reporter_notes(toks))
    if toks:
        lo = bisect.bisect_left(ctx.credits, toks[0].start)
        hi = bisect.bisect_left(ctx.credits, st.end)
        points.update(ctx.credits[lo:hi])
    return sorted(points)


def _reporter_notes(toks: list[Tok]) -> list[int]:
    """The reporter's notes after a statement: "(من) دون أن يكشف/يوضح…"، "، (من) دون إعطاء/تحديد
    …" (without giving details) and "، علما أن/بأن…" (noting that)."""
    found = []
    for n in range(1, len(toks) - 1):
        word, nxt = toks[n].word, toks[n + 1].word
        if word in WITHOUT:
            lead = n - 1 if toks[n - 1].word == "من" else n
            comma = lead > 0 and toks[lead - 1].word in ",،"
            after = toks[n + 2].word if n + 2 < len(toks) else ""
            clause = tk.is_complementiser(nxt) and after in WITHHELD
            # a verbal noun only after "من دون" or a comma ("دون تحديد موقع الزيادة" may be
            # part of a noun-phrase content)
            if clause or (nxt in WITHHELD and (comma or lead < n)):
                found.append(toks[lead - 1 if comma else lead].start)
        elif word == "علما" and toks[n - 1].word in ",،" and tk.is_complementiser(nxt):
            found.append(toks[n - 1].start)
    return found


def _clause_start(st: _Sentence, start: int) -> int:
    """Where the clause of the cue at ``start`` begins: before "لكنه لم" in "…لكنه لم يوضح",
    before "حسب ما" in "… حسب ما قال X"."""
    n = st.at.get(start)
    if n is None:
        return start
    if n > 1 and st.toks[n - 1].word in ("ما", "لما") and st.toks[n - 2].word in ATTRIBUTION_LEADS:
        return st.toks[n - 2].start
    m = n
    while m > max(0, n - 2) and st.toks[m - 1].word in CLAUSE_LEADS:
        m -= 1
    return st.toks[m].start


def _np_breaks(st: _Sentence, *, colon_only: bool = False) -> list[int]:
    """Conjunctions that start a new finite clause, and a colon: they end a content that is a
    noun phrase (طلبت الحكومة … بإخلاء المنطقة لكن كثيرين رفضوا…، الذي انتقد فيه دور X: …);
    direct speech after a colon runs on over conjunctions (…تعادل ثم فوز…) but not a colon."""
    return [t.start for t in st.toks if t.word == ":" or (t.word in NP_BREAKS and not colon_only)]


def _in_marks(text: str, start: int, pos: int) -> bool:
    """``pos`` lies inside a quotation opened after ``start``."""
    span = text[start:pos]
    return span.count("«") > span.count("»") or span.count('"') % 2 == 1


def _coordinated(st: _Sentence, start: int, *, comma: bool = True) -> bool:
    """A cue starting a new statement rather than one reported inside the current content;
    ``comma=False``: a comma alone is not enough (…محامي فلان، المعتقل في X، سيبلغ موكله…)."""
    hit = next((h for h in st.hits if h.start == start), None)
    if hit is None or hit.form.kind in ("participle", "noun") or hit.prefixed:
        return True
    n = st.at.get(hit.start, 0)
    if n > 1 and st.toks[n - 1].word in ("ما", "لما") and st.toks[n - 2].word in ATTRIBUTION_LEADS:
        return True
    if n and st.toks[n - 1].word in RELATIVES:
        return False  # a relative clause inside the content (إن الوزارة، التي تهدد…، لم…)
    breaks = CLAUSE_BREAKS if comma else CLAUSE_BREAKS - {",", "،"}
    return any(t.word in breaks for t in st.toks[max(0, n - 2) : n])


def _nested_same(text: str, quote: Quote, outer: Quote) -> bool:
    """A cue inside another quote's content with the same source: an elided subject (قال إنه
    لا يعتقد أن…) or the same entity named again inside quotation marks (…«يؤكد الرئيس…»)."""
    inside = outer.content.start <= quote.cue.start < outer.content.end
    if quote is outer or not inside:
        return False
    sid, oid = quote.speaker.entity_id, outer.speaker.entity_id
    quoted = outer.type == "direct" or _in_marks(text, outer.content.start, quote.cue.start)
    if sid is not None and sid == oid and quoted:
        return True
    same = (sid or quote.speaker.name) == (oid or outer.speaker.name)
    return same and quote.speaker.resolution == "context"


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
    elif _first_person(ctx, st, hit):
        st.consumed.add(hit.start)
    else:
        _cue_quote(ctx, st, hit)


def _first_person(ctx: _Context, st: _Sentence, hit: CueHit) -> bool:
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


def _own_that(toks: list[Tok], n: int) -> bool:
    """The noun's own بأن within a short speaker phrase after it, with no comma or other clause
    break before ("عقب تصريحات الوزير مطلع الأسبوع بأن…"); an إن/أن there belongs to the
    sentence's verb ("وقال X عند إعلان التقرير إن…")."""
    for tok in toks[n + 1 : n + 1 + TIMED_SPEAKER_TOKENS]:
        if tok.word in NOUN_THAT:
            return True
        if tk.is_punct(tok) or tk.is_complementiser(tok.word):
            return False
    return False


def _stops(st: _Sentence, after: int) -> frozenset[int]:
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
            and not _own_that(st.toks, n)
        )
        and not (n and st.toks[n - 1].word in RELATIVES and _resumptive_after(st, h))
        and not (h.form.kind == "noun" and n and _verb_object(st, n, after))
    )


def _verb_object(st: _Sentence, n: int, after: int) -> bool:
    """ "وتوقعت إعلان المبادرة…": a speech noun right after the verb whose content is being
    searched is that verb's object, not a new statement."""
    return st.toks[n - 1].start == after and any(
        g.form.kind == "verb" and st.at.get(g.start) == n - 1 for g in st.hits
    )


def _resumptive_after(st: _Sentence, hit: CueHit) -> bool:
    """ "الذي انتقد فيه": a relative clause about a place or an event (the conference in which)."""
    n = st.hit_end_tok(hit)
    return n < len(st.toks) and st.toks[n].word in RESUMPTIVES


def _cue_quote(ctx: _Context, st: _Sentence, hit: CueHit) -> None:
    toks = st.toks
    ci = st.at[hit.start]
    if hit.form.kind == "verb" and not hit.prefixed and ci and toks[ci - 1].word in NOUN_CONTEXT:
        return
    i = st.hit_end_tok(hit)
    if (
        _impersonal(toks, ci, hit)
        or (hit.form.imperfect and _subjunctive(toks, ci))
        or _not_a_report(ctx, toks, ci, i, hit)
        or _no_longer(toks, ci, hit)
        or (ci > 0 and toks[ci - 1].word in INTERROGATIVES)
    ):
        return
    if _relative_ma(toks, ci, hit):
        return
    timed = hit.form.kind == "noun" and ci > 0 and toks[ci - 1].word in TIME_LEADS
    if timed and not _own_that(toks, ci):
        return
    resumptive = False
    while i < len(toks) and (
        toks[i].word in SUBJECT_SKIP or (i == ci + 1 and toks[i].word in ADDRESSEE_PRONOUNS)
    ):
        resumptive = resumptive or toks[i].word in RESUMPTIVES
        i += 1
    i = _anonymity_end(toks, i) or i  # "وقال طالبا عدم الكشف عن هويته «…»"
    if _finding(toks, i, hit):
        return
    honorific, i = _honorific(toks, i)
    issuer = _issuer(ctx, toks, ci, i, resumptive=resumptive)
    object_first = (
        honorific is not None
        or _object_first(ctx, toks, i, hit)
        or (resumptive and _resumptive_object(ctx, toks, i, hit))
        or issuer is not None
        or _svo(ctx, st, ci, hit)
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
            this=_objectless(hit.form),
            with_frame="with" in hit.form.frames,
        )
    )
    merged = _merged_say(st, hit)
    if _statement_at(st, i, merged):
        j = i
    relay = _relay(ctx, st, hit, j)
    k = relay[1] if relay is not None else j
    form = ct.RELAYED if relay is not None else _unambiguous(ctx, toks, hit, i, j)
    every = _stops(st, toks[k - 1].start if k else -1)
    has_subject = k > i or object_first or hit.form.kind == "participle"
    form, stops, merged = _merge_say(st, k, form, has_subject, merged, every)
    opening = _ask(ctx, toks, k, form) or ct.find_opening(toks, k, form, has_subject, stops)
    opening, j = _far_with(ctx, toks, hit, opening, (i, j, k), stops)
    if opening is None and "to" in form.frames:
        end = subject_end(toks, i, ctx.index) if object_first else j
        opening = _lam_complement(ctx, toks, i if object_first else i + 1, end)
        j = opening.marker if opening is not None and not object_first else j
    if opening is not None and (
        (opening.via in ("np", "bare") and _postposed_kama(toks, ci))
        or (opening.via == "np" and not _plausible(ctx, toks, i, j))
        or (opening.via == "bare" and hit.form.lemma != "قال" and not _plausible(ctx, toks, i, j))
        or (
            opening.via == "colon"
            and form.ambiguous
            and not (_plausible(ctx, toks, i, j) and (j <= i or _speaker_head(ctx, toks[i])))
        )
        or (hit.form.imperfect and _passive(ctx, toks, i, j, opening))
        or _declaration(toks, i, hit, opening)
        or _anaphoric(toks, opening)
        or _between(ctx, toks, hit, ci, i, j, opening)
        or (hit.form.lemma in lx.LEARNED and not _learned_from(ctx, toks, i, j, relay))
    ):
        opening = None
    if _negated(toks, ci, hit) and (
        opening is None or opening.via not in ("that", "colon", "quote")
    ):
        return
    if timed and (opening is None or opening.via != "that"):
        return
    if opening is None:
        if j > i or hit.form.kind == "verb":
            _postposed_quote(ctx, st, hit, ci, i, j)
        return
    st.consumed.update(
        h.start for h in st.hits if toks[k - 1].start < h.start < opening.start and k
    )
    st.consumed.update(h.start for h in merged if h.start < opening.start)
    if opening.via in ("that", "colon", "quote") and j > i and relay is None:
        j = _apposed_name(ctx, toks, _extend_subject(toks, j, opening.marker), opening.marker)
    speaker = relay[0] if relay is not None else issuer or _subject(ctx, st, hit, i, j, opening)
    speaker = _honorific_speaker(ctx, toks, honorific, speaker)
    _emit(ctx, st, hit, speaker, opening.start, opening.via)


def _far_with(
    ctx: _Context,
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
        if n in stops or word in ct.HARD_STOPS or word in ",،:" or tk.is_complementiser(word):
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
        if n in stops or word in ct.HARD_STOPS or word in ",،:" or tk.is_complementiser(word):
            return None
    return None


def _object_after_entity(ctx: _Context, toks: list[Tok], i: int, j: int) -> int:
    """Before a far ب- complement, a subject that ends in an entity right after another one
    has that last entity as the verb's object ("واتهمت جماعات X وواشنطن الحكومة السودانية التي
    … بحشد…"): the subject ends before it."""
    last = ctx.index.covering(toks[j - 1].start) if j - 1 > i else None
    if last is None:
        return j
    start = next(n for n in range(i, j) if ctx.index.covering(toks[n].start) == last)
    before = ctx.index.covering(toks[start - 1].start) if start - 1 > i else None
    return start if before is not None and before != last else j


def _honorific(toks: list[Tok], i: int) -> tuple[int | None, int]:
    """ "واكد جلالته مجددا ضرورة…": an honorific right after the cue is its subject; returns
    its index (None if there is none) and where the phrase after it starts."""
    if i >= len(toks) or toks[i].word not in HONORIFICS:
        return None, i
    j = i + 1
    while j < len(toks) and toks[j].word in SUBJECT_SKIP:
        j += 1
    return i, j


def _honorific_speaker(
    ctx: _Context, toks: list[Tok], honorific: int | None, elided: Speaker
) -> Speaker:
    """ "واكد جلالته…"، "مؤكدا سموه…": the honorific names the speaker in the text (its
    mention); the person it stands for is the elided subject of the story, when known."""
    if honorific is None:
        return elided
    tok = toks[honorific]
    name = elided.name if elided.entity_id is not None else ctx.doc.text[tok.start : tok.end]
    resolution: SpeakerResolution = "context" if elided.entity_id is not None else "explicit"
    return Speaker(elided.entity_id, name, Span(tok.start, tok.end), resolution, "person")


def _subject(
    ctx: _Context, st: _Sentence, hit: CueHit, i: int, j: int, opening: ct.Opening
) -> Speaker:
    """The speaker of a cue whose subject phrase (if any) is ``toks[i:j]``: a subject before
    the verb after كان, the phrase itself unless it is an object or addressee, or the elided
    subject."""
    toks, ci = st.toks, st.at[hit.start]
    speaker = None
    if j > i and (_plural(ctx, hit) or _returned(toks, ci, hit)):
        j = i  # "أنهم أكدوا ضرورة نشر الجيش…": a plural verb carries its subject
    if j > i and _kana_subject(toks, ci, hit):
        speaker = _preverbal_subject(ctx, toks, ci)
    if speaker is None and j > i and _continued_object(ctx, st, i, hit):
        j = i
    second = _second_phrase(ctx, toks, i, opening, hit) if speaker is None and j > i else None
    if second is not None:
        end = min(second, subject_end(toks, i, ctx.index))
        speaker = resolve(toks, i, end if end > i else second, ctx.index, ctx.doc.text)
    elif speaker is None and j > i and not _addressee(ctx, toks, i, opening, hit):
        speaker = resolve(toks, i, j, ctx.index, ctx.doc.text)
    return speaker or _elided_speaker(ctx, st, ci)


def _issuer(ctx: _Context, toks: list[Tok], ci: int, i: int, *, resumptive: bool) -> Speaker | None:
    """The issuer of the statement noun a resumptive after the cue points at: its genitive
    ("خطاب الرئيس السوري X الذي اتهم فيه…"، "بكلمة لسعادة السيد X حيث أكد فيها…"، "رسالة من
    الوزير أكد فيها…") or the subject before it ("أصدرت الخارجية الروسية بيانا دعت فيه…"،
    "وأرسلت الشركة رسائل … أعربت فيها…"). None without such a noun or issuer, and when a
    speaking subject follows the resumptive (البيان الذي أكدت فيه الوزارة…): the phrase at
    ``i`` is then the subject; otherwise it is the object."""
    if not resumptive or (i < len(toks) and _speaker_head(ctx, toks[i])):
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


def _genitive_issuer(ctx: _Context, toks: list[Tok], n: int, ci: int) -> Speaker | None:
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


def _issuing_subject(ctx: _Context, toks: list[Tok], n: int) -> Speaker | None:
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


def _returned(toks: list[Tok], ci: int, hit: CueHit | None) -> bool:
    """A و-prefixed cue right after عاد/عادت: it shares the subject standing before عاد."""
    return (
        ci > 1
        and toks[ci - 1].word in RETURNED
        and toks[ci].word.startswith("و")
        and (hit is None or hit.prefixed)
    )


def _plural(ctx: _Context, hit: CueHit) -> bool:
    """A plural verb form (أكدوا، طالبوا، يقولون): its subject is the pronoun or stands before
    it; a phrase after it is its object (VSO verbs agree in the singular)."""
    cue = ctx.key[hit.start : hit.end]
    return hit.form.kind == "verb" and cue.endswith("ون" if hit.form.imperfect else "وا")


def _resumptive_object(ctx: _Context, toks: list[Tok], i: int, hit: CueHit) -> bool:
    """After a resumptive (تصريحات أكد فيها رغبة الحكومة…) a phrase that cannot speak is the
    object; so is any phrase after a verb whose object is a person (كلمة شكر فيها اللجنة…)."""
    return (
        "np" in hit.form.frames
        and i < len(toks)
        and (hit.form.lemma in RESUMPTIVE_OBJECT_VERBS or not _speaks(ctx, toks, i))
    )


def _statement_at(st: _Sentence, i: int, merged: list[CueHit]) -> bool:
    """Right after the verb a speech noun belongs to it ("وختم بالقول إن…") and a participle
    starts a statement ("وأضاف متمنيا للأدب أن…"): neither is the subject."""
    if merged and st.at.get(merged[0].start) == i:
        return True
    return any(h.form.kind == "participle" and st.at.get(h.start) == i for h in st.hits)


def _merge_say(
    st: _Sentence,
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


def _learned_from(
    ctx: _Context, toks: list[Tok], i: int, j: int, relay: tuple[Speaker, int] | None
) -> bool:
    """ "علمت الراية من مصادرها أن…"، "وعلمت وكالة الأنباء القطرية أنه…": a report when the
    source after من is anonymous or named, or the subject itself can speak; not "علمت بمنع
    X" (learned of) nor "علمت أن" without a subject."""
    if j <= i or toks[i].word.startswith("ب"):
        return False
    if relay is not None:
        source = relay[0]
        return source.entity_id is not None or source.kind != "person"
    return _speaks(ctx, toks, i)


def _declaration(toks: list[Tok], i: int, hit: CueHit, opening: ct.Opening) -> bool:
    """ "أعلن علي العفو العام"، "أعلنت روسيا الحرب"، "أعلن عن حالة الطوارئ": a performative
    declaration brings a state about (war, amnesty, mourning…); it reports no statement.
    أعلن with any other bare object reports an event or a position (أعلن الجيش مقتل…)."""
    if hit.form.lemma != "أعلن" or opening.via not in ("np", "prep"):
        return False
    between = (t for t in toks[i:] if t.start <= opening.start)
    return any(tk.strip_article(t.word) in DECLARED for t in between)


def _between(
    ctx: _Context, toks: list[Tok], hit: CueHit, ci: int, i: int, j: int, opening: ct.Opening
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


def _after_noun(ctx: _Context, toks: list[Tok], hit: CueHit, ci: int) -> bool:
    """An unprefixed بين right after a word that is no clause opener, auxiliary, complementiser
    or possible subject (a person or organisation mention, a speaker head) is the preposition
    inside a noun phrase ("القمة في مراكش بين الفريقين :", "المباراة بين X وY"), not بيّن."""
    if hit.prefixed or ci == 0:
        return False
    prev = toks[ci - 1]
    if tk.is_punct(prev) or _clause_boundary(prev.word) or prev.word in AUXILIARIES:
        return False
    covered = ctx.index.covering(prev.start)
    if covered is not None:
        return covered[1].type not in ("PER", "ORG")
    return not _speaker_head(ctx, prev)


def _finding(toks: list[Tok], i: int, hit: CueHit) -> bool:
    """ "كشف ملابسات الحادث" uncovers by inquiry, "أظهرت البيانات أن…" is what data show: acts
    and findings, not statements (conventions in ``lexicon.UNCOVERED``/``FINDING_SUBJECTS``)."""
    lemma = hit.form.lemma
    if lemma == "أظهر":
        return i < len(toks) and tk.strip_article(toks[i].word) in FINDING_SUBJECTS
    if lemma != "كشف":
        return False
    near = toks[i : i + FINDING_WINDOW]
    return any(tk.strip_article(t.word) in UNCOVERED for t in near)


def _anaphoric(toks: list[Tok], opening: ct.Opening) -> bool:
    """ "عبرت عن ذلك X حين قالت: …": a frame preposition whose object is a bare demonstrative
    points back to what was said elsewhere; it has no content of its own."""
    m = opening.marker
    if opening.via != "prep" or m + 1 >= len(toks) or toks[m].word not in tk.FRAME_PREPOSITIONS:
        return False
    word = toks[m + 1].word
    nxt = toks[m + 2].word if m + 2 < len(toks) else ""
    return word in DEMONSTRATIVE_OBJECTS and not nxt.startswith("ال")


def _objectless(form: CueForm) -> bool:
    """A perfect verb that takes no object: a demonstrative after it is its subject (واضافت
    هذه المحاسبة), not its object (ويصف هذه الدولة، وتعتبر هذه المقالات…)."""
    return form.kind == "verb" and not form.imperfect and not form.frames & OBJECT_FRAMES


def _not_a_report(ctx: _Context, toks: list[Tok], ci: int, i: int, hit: CueHit) -> bool:
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
        and not _speaker_head(ctx, toks[i if toks[i].word == nxt else i + 1])
    ):
        return True
    if hit.form.lemma == "لفت" and toks[i].word in ATTENTION_CAUGHT:
        return True
    if ci > 0 and toks[ci - 1].word in RELATIVES and hit.form.lemma in THING_VERBS:
        return not _speaking_head(ctx, toks, ci - 1)
    if hit.form.pronoun and ci > 0 and toks[ci - 1].word in RELATIVE_OBJECTS:
        return _object_first(ctx, toks, i, hit) or subject_end(toks, i, ctx.index) == i
    return ci > 0 and toks[ci - 1].word in RELATIVES and _thing_head(ctx, toks, ci - 1)


def _speaking_head(ctx: _Context, toks: list[Tok], r: int) -> bool:
    """The relative pronoun at ``r`` follows an entity or a speaker head (past a comma and nisba
    adjectives: "الولايات المتحدة، التي تهدد بـ…")."""
    h = r - 1
    if h > 0 and toks[h].word in ",،":
        h -= 1
    while h > 0 and speaker_mod.is_nisba(toks[h].word):
        h -= 1
    return h >= 0 and (ctx.index.covering(toks[h].start) is not None or _speaker_head(ctx, toks[h]))


def _thing_head(ctx: _Context, toks: list[Tok], r: int) -> bool:
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


def _addressee(ctx: _Context, toks: list[Tok], i: int, opening: ct.Opening, hit: CueHit) -> bool:
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
                and not _speaks(ctx, toks, i)
            )
        )
    )


def _second_phrase(
    ctx: _Context, toks: list[Tok], i: int, opening: ct.Opening, hit: CueHit
) -> int | None:
    """ "ودعا المفتش الأميركي الحكومة العراقية إلى…"، "ودعا الأسد في تصريح لقناة عربية الحكومة
    اللبنانية إلى…": when the phrase the addressee rule would take is followed, before the frame
    preposition, by a second noun phrase (a definite noun that is no adjective after a
    definite word, an entity mention, or a quantifier), the first phrase is the subject and
    the second the addressee. Returns where the subject ends."""
    informs = hit.form.lemma in lx.INFORM_VERBS and not hit.form.pronoun
    if not (informs or _addressee(ctx, toks, i, opening, hit)) or toks[i].word in ADDRESSEE_GROUPS:
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


def _detached_ba(toks: list[Tok], opening: ct.Opening) -> bool:
    """A quotation opened by a ب written apart ("يتهمون الصينيين بـ «التضحية»")."""
    return opening.via == "quote" and opening.marker > 1 and toks[opening.marker - 1].word == "ب"


def _speaks(ctx: _Context, toks: list[Tok], i: int) -> bool:
    """The phrase at ``i`` can be a subject: "تصريحات للوزير أكد فيها رغبة الحكومة…" has the
    object right after فيها, "في وقت نفت فيه الحركة أنباء…" the subject. Its head must be the
    speaker: "انتقد فيه دور الولايات المتحدة" names a country inside the object."""
    end = subject_end(toks, i, ctx.index)
    speaker = resolve(toks, i, end, ctx.index, ctx.doc.text)
    if speaker is None:
        return False
    word = toks[i].word
    head = tk.strip_article(word)
    named = ctx.index.covering(toks[i].start) is not None or (
        speaker.entity_id is None and speaker.kind != "person"
    )
    heads = (tk.ROLE_HEADS, tk.ORGANISATION_HEADS, tk.ANONYMOUS_HEADS, tk.DOCUMENT_HEADS)
    return named or any(word in h or head in h or "ال" + head in h for h in heads)


def _postposed_kama(toks: list[Tok], ci: int) -> bool:
    """ "…، كما قالت الوكالة": كما after earlier text attributes what precedes; a sentence-
    initial "كما أعلن الجيش مقتل…" ("also") opens a statement of its own."""
    lead = ci - 1
    if lead < 0 or toks[lead].word not in ("كما", "وكما"):
        return False
    return any(t.word not in CLAUSE_OPENERS for t in toks[:lead])


def _subjunctive(toks: list[Tok], ci: int) -> bool:
    return ci > 0 and toks[ci - 1].word in SUBJUNCTIVE_LEADS


def _passive(ctx: _Context, toks: list[Tok], i: int, j: int, opening: ct.Opening) -> bool:
    """ "كان يعتبر قبلة …": an imperfect with a subject that cannot speak and a content far
    after it is the passive (يُعتبر), not a report."""
    if j <= i or opening.marker - j <= PASSIVE_GAP:
        return False
    speaker = resolve(toks, i, j, ctx.index, ctx.doc.text)
    return speaker is not None and not is_speaker_like(speaker, toks, i)


def _unambiguous(ctx: _Context, toks: list[Tok], hit: CueHit, i: int, j: int) -> CueForm:
    """طالب/وعد after a subject that can speak take their ``with`` frame (طالب أنان بانسحاب…)."""
    form = hit.form
    if not form.ambiguous or form.lemma not in SPEAKER_FRAMED:
        return form
    if j <= i:
        promise = _elided_promise(toks, hit, i) and ctx.index.covering(toks[i].start) is None
        return replace(form, ambiguous=False) if promise else form
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


def _svo(ctx: _Context, st: _Sentence, ci: int, hit: CueHit) -> bool:
    """A clause "SUBJECT verb OBJECT …" (صلاد حسن دعا إثيوبيا لسحب قواتها، لكن الخبراء
    استبعدوا حدوث…): right before the verb, after the sentence start, a clause opener, a comma
    or a complementiser, stands a person or organisation mention or a speaker-like phrase."""
    if hit.prefixed or hit.form.kind != "verb" or ci == 0:
        return False
    toks = st.toks
    p = ci
    while p > 0 and ci - p < SVO_MAX_TOKENS and not _clause_boundary(toks[p - 1].word):
        p -= 1
    if p > 0 and not _clause_boundary(toks[p - 1].word):
        return False
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


def _bounded_subject_end(toks: list[Tok], p: int, verb: int, index: EntityIndex) -> int:
    """The end of a subject before its verb at ``verb``: an anonymous head's adjectives stop at
    the verb ("لكن خبراء قالوا إن…"، "غير أن مسؤولين أميركيين ذكروا…"; the phrase rule would
    read the verb as a second adjective)."""
    end = subject_end(toks, p, index)
    if end > verb > p and toks[p].word in tk.ANONYMOUS_HEADS:
        return verb
    return end


def _continued_object(ctx: _Context, st: _Sentence, i: int, hit: CueHit) -> bool:
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
        and (not _speaks(ctx, st.toks, i) or _only_object(ctx, st.toks, i, hit))
    )


def _only_object(ctx: _Context, toks: list[Tok], i: int, hit: CueHit) -> bool:
    """ "…، واتهم الحكومة الانتقالية في بيداوا بالخضوع…": اتهم/وصف need an object before their
    ب- complement, so one phrase (and a short place) right before it is that object."""
    if hit.form.lemma not in PASSIVE_WITH:
        return False
    k = subject_end(toks, i, ctx.index)
    if k + 1 < len(toks) and toks[k].word == "في":
        k += 2
    return k < len(toks) and toks[k].word.startswith("ب") and len(toks[k].word) > 3


def _kana_subject(toks: list[Tok], ci: int, hit: CueHit) -> bool:
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


def _clause_boundary(word: str) -> bool:
    return word in CLAUSE_OPENERS or word in ",،" or tk.is_complementiser(word)


def _subject_boundary(word: str) -> bool:
    """Where a pre-verbal subject may start: after a complementiser or a conjunction that
    opens a clause (not after قد/كان, which stand between a subject and its verb)."""
    return tk.is_complementiser(word) or word in CLAUSE_OPENERS - AUXILIARIES


def _impersonal(toks: list[Tok], ci: int, hit: CueHit) -> bool:
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


def _relative_ma(toks: list[Tok], ci: int, hit: CueHit) -> bool:
    """ "وهو ما يؤكد أن…"، "مما يؤكد أن…" ("which confirms that"): a fact, not a speaker."""
    if hit.form.kind != "verb" or ci == 0:
        return False
    before = toks[ci - 1].word
    return before in WHICH or (before == "ما" and ci > 1 and toks[ci - 2].word in PRONOUNS_MA)


def _no_longer(toks: list[Tok], ci: int, hit: CueHit) -> bool:
    """ "ولم يعد بإمكان…": a negated imperfect of وعد is عاد "no longer", not a promise."""
    return (
        hit.form.lemma == "وعد"
        and hit.form.imperfect
        and ci > 0
        and toks[ci - 1].word in NO_LONGER_LEADS
    )


def _negated(toks: list[Tok], ci: int, hit: CueHit) -> bool:
    """ "لم يعلن الفريق شيئا": a negated cue reports nothing unless a clause or a quotation
    follows ("لم يؤكد أن…"); a negated denial is a statement ("لم يستبعد حدوث…")."""
    return ci > 0 and toks[ci - 1].word in NEGATIONS and hit.form.lemma not in DENIALS


def _plausible(ctx: _Context, toks: list[Tok], i: int, j: int) -> bool:
    """Content without a complementiser needs a subject that can speak (an entity, a role, an
    organisation, a document or an anonymous source), or an elided one: "أعلنت حالة
    الطوارئ" is not a statement."""
    if j <= i:
        return True
    speaker = resolve(toks, i, j, ctx.index, ctx.doc.text)
    return speaker is None or is_speaker_like(speaker, toks, i)


def _ask(ctx: _Context, toks: list[Tok], k: int, form: CueForm) -> ct.Opening | None:
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
        while a < len(toks) and toks[a].start < covered[0]:
            a += 1
    return ct.ask_opening(toks, a)


def _lam_complement(ctx: _Context, toks: list[Tok], i: int, j: int) -> ct.Opening | None:
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


def _object_first(ctx: _Context, toks: list[Tok], i: int, hit: CueHit) -> bool:
    """The verb's complement comes first, so there is no subject: a ب- complement (وتهدد بوقف
    التعاون…) or, for the ``own`` frame, a noun with a possessive pronoun (وأبدى تشاؤمه…)."""
    if i >= len(toks) or ctx.index.covering(toks[i].start) is not None:
        return False
    word = toks[i].word
    if hit.form.pronoun:  # تصفه بعض المصادر: the object is the pronoun, a subject follows
        return "with" in hit.form.frames and word.startswith("ب") and len(word) > 3
    if "with" in hit.form.frames and word.startswith("ب"):
        return True
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


def _masdar_object(ctx: _Context, toks: list[Tok], i: int, hit: CueHit) -> bool:
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
        and not _speaker_head(ctx, toks[i])
        and nxt is not None
        and not tk.is_punct(nxt)
        and nxt.word not in tk.FUNCTION_WORDS
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


def _apposed_name(ctx: _Context, toks: list[Tok], j: int, marker: int) -> int:
    """ "وقال المتحدث باسم المجلس في الصومال محمد محمود إن…": a place (في/لدى X, or a
    ب-prefixed place) and then a person's name right before the content marker belong to the
    subject; returns the new end (``j`` when the words between are anything else)."""
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


def _mention_type(ctx: _Context, tok: Tok) -> str | None:
    covered = ctx.index.covering(tok.start)
    return covered[1].type if covered is not None else None


def _relay(ctx: _Context, st: _Sentence, hit: CueHit, j: int) -> tuple[Speaker, int] | None:
    """The real source when the verb relays another one: "نقلت الوكالة عن الوزير قوله إن…",
    "ذكرت الإذاعة نقلا عن مصدر أن…"، "علمت الصحيفة من مصادرها أن…". Returns the source and the
    token after it."""
    toks = st.toks
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
    elif hit.form.lemma == "نقل" and (far := _far_an(toks, j)) is not None:
        i = far + 1  # "ونقلت صحيفة X في عددها الصادر اليوم عن Y قوله…"
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


def _elided_speaker(ctx: _Context, st: _Sentence, ci: int) -> Speaker:
    """No subject after the cue: an earlier speaker of this sentence, a pre-verbal subject, the
    subject of the sentence's first verb, or the previous speaker of the story."""
    toks = st.toks
    hit = next((h for h in st.hits if st.at.get(h.start) == ci), None)
    plain = hit is None or (hit.form.kind == "verb" and not hit.prefixed)
    found = _preverbal_subject(ctx, toks, ci, clause=plain)
    if found is not None:
        return found
    if st.quotes:
        return _carried(st.quotes[-1].speaker)
    first = _first_subject(ctx, toks, ci)
    if first is not None and _continues(hit) and _heads_clause(ctx, toks[:ci], *first):
        return replace(first[0], resolution="context")  # its mention is in this sentence
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
    return Speaker(None, None, None, "context", "person")


def _first_subject(ctx: _Context, toks: list[Tok], ci: int) -> tuple[Speaker, int] | None:
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
    if toks[q].word in DEMONSTRATIVE_OBJECTS and q + 1 < ci and _speaker_head(ctx, toks[q + 1]):
        q += 1
    elif toks[q].word in THAT_LEADS and q + 1 < ci and _speaker_head(ctx, toks[q + 1]):
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


def _after_lead_verb(ctx: _Context, toks: list[Tok], ci: int) -> int | None:
    """After a sentence-initial adverbial without a comma ("وحيال ذلك اكتفى…"، "ووسط غموض حول
    … سارعت حركة حماس…"), the first speaker head whose previous word is no preposition,
    function word, definite word or mention (the verb): where the subject starts."""
    for q in range(2, min(ci, LEAD_VERB_REACH)):
        prev = toks[q - 1]
        if tk.is_punct(prev) or tk.is_complementiser(prev.word):
            return None
        if (
            _speaker_head(ctx, toks[q])
            and ctx.index.covering(prev.start) is None
            and not prev.word.startswith(("ال", "لل"))
            and not _adverbial_lead(prev.word)
            and prev.word not in tk.FUNCTION_WORDS
            and prev.word not in tk.TITLES
            and prev.word not in LEAD_PREPOSITIONS
        ):
            return q
    return None


def _headline_subject(ctx: _Context, toks: list[Tok], ci: int) -> Speaker | None:
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


def _heads_clause(ctx: _Context, toks: list[Tok], subject: Speaker, q: int) -> bool:
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
    return _speaker_head(ctx, toks[q]) and is_speaker_like(subject, toks, q)


def _recent_subject(ctx: _Context, si: int) -> Speaker | None:
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


def _main_subject(ctx: _Context, toks: list[Tok]) -> Speaker | None:
    """A speaker-like subject at the start of a sentence (SVO) or right after its first word,
    the verb (VSO): a person or organisation mention, or a role, organisation, document or
    anonymous head."""
    p = 0
    while p < len(toks) and toks[p].word in CLAUSE_OPENERS:
        p += 1
    for q in (p, p + 1):
        while q < len(toks) and toks[q].word in SUBJECT_SKIP:
            q += 1
        if q >= len(toks) or not _speaker_head(ctx, toks[q]):
            continue
        subject = resolve(toks, q, subject_end(toks, q, ctx.index), ctx.index, ctx.doc.text)
        if subject is not None and is_speaker_like(subject, toks, q):
            return subject
    return None


def _speaker_head(ctx: _Context, tok: Tok) -> bool:
    """A subject can start here: a person or organisation mention, or a speaking head."""
    covered = ctx.index.covering(tok.start)
    if covered is not None:
        return covered[1].type in ("PER", "ORG")
    heads = (tk.ROLE_HEADS, tk.ORGANISATION_HEADS, tk.ANONYMOUS_HEADS, tk.DOCUMENT_HEADS)
    return any(tok.word in h for h in heads) or tok.word in tk.TITLES


def _pronoun_subject(toks: list[Tok], ci: int) -> bool:
    """A pronoun subject ("…، لكنه دعا") takes up the subject of the first clause."""
    return any(t.word in PRONOUN_SUBJECTS for t in toks[max(0, ci - 2) : ci])


def _preverbal_subject(
    ctx: _Context, toks: list[Tok], ci: int, *, clause: bool = True
) -> Speaker | None:
    """SVO: "وكان الوزير قد قال…"، "المدير لايزال يعتقد…" or a subject phrase standing right
    before the verb, at the sentence start or right after a complementiser, a clause opener or
    a comma (…إن الوزير أكد له أن…، لكن الخبراء استبعدوا…). ``clause=False`` (a participle or
    a و-prefixed verb, which cannot follow their subject inside a clause): only at the start
    or after a complementiser."""
    r = ci - 1
    while r > 0 and toks[r].word in ("كان", "كانت", "قد"):
        r -= 1
    if r > 0 and toks[r].word in RELATIVES:
        h = r - 2 if r > 1 and toks[r - 1].word in ",،" else r - 1
        covered = ctx.index.covering(toks[h].start)
        if covered is not None:
            return resolve(toks, h, h + 1, ctx.index, ctx.doc.text)
        head = _relative_head(toks, h)
        if head is not None:
            return resolve(toks, head, h + 1, ctx.index, ctx.doc.text)
    bound = _subject_boundary if clause else tk.is_complementiser
    p = max((n + 1 for n in range(ci) if bound(toks[n].word)), default=0)
    while p < ci and (toks[p].word in CLAUSE_OPENERS - {"قد"} or toks[p].word in tk.CLOSE_MARKS):
        p += 1
    kana = p < ci and toks[p].word in KANA
    p += kana
    end = ci
    while end > 0 and (toks[end - 1].word in ("قد", "لا", "ما") or toks[end - 1].word in STILL):
        end -= 1
    if end == ci and _returned(toks, ci, None):
        end -= 1  # "غير أن الجهاز الفني عاد وحذر": the subject stands before عاد
    stop = _bounded_subject_end(toks, p, end, ctx.index)
    if p == end - 1 and toks[p].word in tk.POSSESSED_SOURCES:
        stop = end  # "أن بلاده دعت…": no name runs on into the verb
    if kana:  # "وكانت تقارير صحفية ذكرت": the subject ends at the verb
        stop = min(stop, end)
    if p >= end or not (end - 1 <= stop <= end or _pp_modifier(toks, stop, end)):
        return None
    speaker = resolve(toks, p, stop, ctx.index, ctx.doc.text)
    if not clause and speaker is not None and not speaker_mod.is_speaker_like(speaker, toks, p):
        return None  # "أكد أنه شاهد المباراة ووصفه…": a clause, not a subject
    return speaker


def _pp_modifier(toks: list[Tok], stop: int, end: int) -> bool:
    """ "المدير المسؤول عن صحيفة القدس لايزال يعتقد": a short prepositional modifier between
    the subject's head and its verb."""
    return (
        stop < end <= stop + PP_MODIFIER_TOKENS
        and toks[stop].word in PP_MODIFIER_LEADS
        and not any(tk.is_punct(t) for t in toks[stop:end])
    )


def _relative_head(toks: list[Tok], n: int) -> int | None:
    """Start of a speaker-like NP (organisation, document or role head and its definite
    adjectives) ending at token ``n``: "المحكمة العليا الأمريكية التي اعتبرت أن…"."""
    for p in range(n, max(-1, n - 4), -1):
        word = toks[p].word
        if word in tk.ORGANISATION_HEADS or word in tk.DOCUMENT_HEADS or word in tk.ROLE_HEADS:
            return p
        if not word.startswith("ال"):
            return None
    return None


def _nearest_person(ctx: _Context, toks: list[Tok], ci: int) -> Speaker | None:
    """The last person named before the cue in this sentence where a subject stands: at the
    start of a clause or after a complementiser. A name governed by a preposition or set off by
    a comma stops the search (…بوزيرة الدفاع، فلانة، وقال → not her); a name after a
    feminine noun in the construct state is a genitive (عزا X خسارة جابر…) and is passed over."""
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
        if before in NOT_SUBJECT_BEFORE or (
            p < n and toks[p].word.startswith(("بال", "لل", "كال"))  # اتصالا بالسفير X
        ):
            return None
        if p > 0 and _construct_noun(before, ctx.doc.text[toks[p - 1].start : toks[p - 1].end]):
            continue
        return Speaker(covered[1].id, covered[1].name, None, "context", "person")
    return None


def _construct_noun(word: str, surface: str) -> bool:
    """A noun ending in ة that is not a role: a name right after it is its genitive (خسارة
    جابر، إدارة بوش), not a subject."""
    return len(word) > 3 and surface.endswith("ة") and word not in tk.ROLE_HEADS


def _carried(speaker: Speaker) -> Speaker:
    return Speaker(speaker.entity_id, speaker.name, None, "context", speaker.kind)


def _postposed_quote(ctx: _Context, st: _Sentence, hit: CueHit, ci: int, i: int, j: int) -> None:
    """Content before its cue: "…، كما أعلن رئيس المجلس", "«…» قال الوزير" or "… حسب ما
    قال X الذي …" (a relative clause may follow that source)."""
    toks = st.toks
    tail = [t for t in toks[j:] if not tk.is_punct(t)]
    k = ci - 1 if _postposed_kama(toks, ci) else ci
    attributed = (
        k > 1 and toks[k - 1].word in ("ما", "لما") and toks[k - 2].word in ATTRIBUTION_LEADS
    )
    r = j + 1 if j < len(toks) and toks[j].word in ",،" else j
    relative = attributed and r < len(toks) and toks[r].word in RELATIVES  # "، الذي قال: …"
    if (len(tail) > _tail_limit(toks, j, attributed) and not relative) or hit.form.ambiguous:
        return
    if hit.prefixed and not attributed and ctx.key[hit.start] == "و":
        return  # "…، ويعتبر X مؤسس المدينة": a coordinated clause of its own, no attribution
    if attributed:
        k -= 1
    elif k == 0 or (toks[k - 1].word not in ",،" and toks[k - 1].word not in tk.CLOSE_MARKS):
        return
    seg = max(_segment_start(st, toks[k - 1].start, inside=attributed), _credit_end(ctx, st, ci))
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
    speaker = speaker or _elided_speaker(ctx, st, ci)
    _record(ctx, st, hit, speaker, start, end, via, 0.7)


def _tail_limit(toks: list[Tok], j: int, attributed: bool) -> int:
    """How many words may follow the source of a post-posed cue. After "حسب ما قال X" the
    source's own adverbials may run on ("… لوكالة فرانس برس") as long as nothing there opens a
    content of its own (a complementiser, a colon or a quotation mark)."""
    if not attributed or any(
        tk.is_complementiser(t.word) or t.word == ":" or t.word in tk.OPEN_MARKS for t in toks[j:]
    ):
        return MAX_TAIL_TOKENS
    return ATTRIBUTED_TAIL_TOKENS


def _last_coordinated(ctx: _Context, toks: list[Tok], seg: int, last: int) -> int:
    """ "… لضربة قوية، وسيغيب عن الملاعب شهرين، حسب ما أعلن النادي": a post-posed attribution
    covers the last coordinated clause, the one after the last "، و…" (a comma and a و-prefixed
    word, or "وقد"); the reporter's narrative before it is not the source's."""
    for m in range(last - 1, 0, -1):
        tok = toks[m]
        if tok.start < seg:
            break
        if toks[m - 1].word in ",،" and (tok.word == "وقد" or tok.word.startswith("و")):
            if _in_marks(ctx.key, seg, tok.start):
                break
            nxt = toks[m + 1] if tok.word == "وقد" and m + 1 < last else tok
            return nxt.start
    return seg


def _credit_end(ctx: _Context, st: _Sentence, ci: int) -> int:
    """The end of the last credit "(الفرنسية - أرشيف)" before the cue: a caption ends there and
    the content of a post-posed cue starts after it."""
    lo = bisect.bisect_left(ctx.credits, st.toks[0].start)
    hi = bisect.bisect_left(ctx.credits, st.toks[ci].start)
    if lo == hi:
        return 0
    close = ctx.key.find(")", ctx.credits[hi - 1], st.toks[ci].start)
    return close + 1 if close >= 0 else 0


def _segment_start(st: _Sentence, end: int, *, inside: bool = False) -> int:
    """Where the content of a post-posed cue ending at ``end`` starts: after the last earlier
    content, or (``inside``) where the content that contains it starts (…قال X إن [… حسب ما
    قال Y])."""
    for quote in st.quotes:
        if inside and quote.content.start < end < quote.content.end:
            return quote.content.start
    return max([st.toks[0].start, *(q.content.end for q in st.quotes if q.content.end <= end)])


def _attribution_quote(ctx: _Context, st: _Sentence, hit: CueHit) -> None:
    """حسب/بحسب/وفقا ل/نقلا عن/على لسان + source; the content is the rest of the sentence."""
    toks = list(st.toks)
    i = st.hit_end_tok(hit)
    if _own_attribution(ctx, st, hit, i):
        return
    written = _written_in(toks, i)
    i += 3 if written else 0
    if i >= len(toks):
        return
    if hit.form.lemma == "وفقا ل" and not written:
        tok = toks[i]
        if not tok.word.startswith("ل") or tok.word in ("لما", "لان", "لذلك"):
            return
        toks[i] = Tok(tok.start + 1, tok.end, tok.word[1:])
    j = subject_end(toks, i, ctx.index)
    speaker = resolve(toks, i, j, ctx.index, ctx.doc.text)
    if speaker is None:
        return
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


def _own_attribution(ctx: _Context, st: _Sentence, hit: CueHit, i: int) -> bool:
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
    speaker = _elided_speaker(ctx, st, ci)
    if all(t.word in CLAUSE_OPENERS for t in toks[:ci]):
        while j < len(toks) and (tk.is_punct(toks[j]) or tk.is_complementiser(toks[j].word)):
            j += 1
        if j < len(toks):
            _emit(ctx, st, hit, speaker, toks[j].start, "that")
        return True
    if j < len(toks) and toks[j].word in ",،" and len(toks) - j > ASIDE_TAIL_TOKENS:
        return True  # "…، على حد قوله، علم أن…": an aside inside a longer clause
    seg = max(_segment_start(st, hit.start), _credit_end(ctx, st, ci))
    n = next((m for m in range(ci) if toks[m].start >= seg), ci)
    while n < ci and (tk.is_punct(toks[n]) or toks[n].word in CLAUSE_OPENERS):
        n += 1
    start, end = ct.trim(ctx.doc.text, toks[n].start if n < ci else seg, hit.start)
    if end > start and len(ctx.key[start:end].split()) >= 2:
        _record(ctx, st, hit, speaker, start, end, "that", 0.7)
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
    if ci and toks[ci - 1].word in DASHES and j + 2 < len(toks) and toks[j].word in DASHES:
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
    if not _names_first(ctx, toks[0], speaker):
        return
    mark = toks[colon]
    hit = CueHit(mark.start, mark.end, HEADLINE_FORM, False)
    _emit(ctx, st, hit, speaker, toks[colon + 1].start, "colon")


def _glued_headline(ctx: _Context, st: _Sentence) -> None:
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
        _emit(ctx, st, hit, speaker, toks[c + 1].start, "colon")
        return


def _names_first(ctx: _Context, first: Tok, speaker: Speaker) -> bool:
    """A "NAME: …" line must open with its speaker (a person or organisation mention, a title,
    role or organisation head): not a place byline ("لندن: فلان") or a section label ("مسيرة
    فلان: …")."""
    covered = ctx.index.covering(first.start)
    if covered is not None:
        return covered[1].type in ("PER", "ORG") and covered[1].id == speaker.entity_id
    word = first.word
    return word in tk.TITLES or word in tk.ROLE_HEADS or word in tk.ORGANISATION_HEADS


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
    if _background(st, hit):
        return
    st.main = True
    if speaker.entity_id is not None or speaker.name is not None:
        ctx.previous = speaker


def _background(st: _Sentence, hit: CueHit) -> bool:
    """A statement in a temporal clause ("… بعد أن أشاع زملاؤه بأنه…") is background: its
    source does not become the story's current speaker."""
    ci = st.at.get(hit.start, 0)
    return ci >= 2 and st.toks[ci - 1].word == "ان" and st.toks[ci - 2].word in TEMPORAL
