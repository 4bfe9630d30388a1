"""What is said: where the content starts after a cue and its subject, where it ends, its type."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from akhbar.nlp.quotes import lexicon as lx
from akhbar.nlp.quotes import tokens as tk
from akhbar.nlp.quotes.cues import CueForm, fold, folded
from akhbar.nlp.quotes.tokens import Tok
from akhbar.nlp.types import QuoteType

SCAN_LIMIT = 12
"""Tokens of adverbials (خلال الاجتماع، في تصريح للصحفيين) allowed between subject and content."""
SCAN_LIMIT_AMBIGUOUS = 4
HARD_STOPS = frozenset(".!?؟")
PARENTHESES = {"(": ")", "-": "-", "ـ": "ـ", "–": "–"}
"""Asides between subject and content (قال الوزير - في تصريحاته - إن…) are stepped over."""
QUOTE_MARKS = frozenset(tk.OPEN_MARKS) | tk.CLOSE_MARKS
PREP_SKIP = 7
PREP_SKIP_ADDRESSEE = 11
"""For verbs with an addressee (``lexicon.ADDRESSEE_VERBS``) the addressee NP also stands
before the preposition (دعا الأسد في تصريح لإحدى القنوات الحكومة اللبنانية إلى…)."""
ADDRESSEE_LEMMAS = lx.ADDRESSEE_VERBS
"""A frame preposition (على ضرورة، عن تقديره) may follow at most this many adverbial tokens."""
MOTION_NOUNS = folded(
    lx.words(
        "زيارة زيارته زيارتها زيارتهم وصول وصوله وصولها عودة عودته عودتها رحلة رحلته توجهه انتقاله"
    )
)
"""إلى after these is the direction of the adverbial (خلال زيارته إلى باريس), not a frame."""
FAR_THAT_TOKENS = 30
"""A "، أنّ" this far after the subject still opens the content when nothing else did (a long
adverbial or relative clause stands between: وصرح X بخصوص Y الذي …، أنه…)."""
POSSESSED_ENDINGS = ("ها", "هم", "هما", "ته")
"""Endings of a noun with a possessive pronoun (استيائها، ثقته): the object of a statement."""
ADVERBIAL_OBJECTS = lx.words("هامش صعيد مستوي حد وجه راس راسه ضوء")
"""Nouns after على/عن that make an adverbial, not a complement (على هامش، على صعيد)."""
NP_FUNCTION_OBJECTS = frozenset(lx.words("ما ذلك هذا هذه تلك"))
"""Function words that can be a whole NP object: نفى X ما نقل عنه…، نفى البيت الأبيض ذلك."""
WITH_SKIP = PREP_SKIP
"""A ب- complement may follow an object of at most this many tokens (مطالبا الشعب الصومالي
بحمل السلاح، اتهم الحكومة بالسعي…)."""
NOT_WITH = folded(
    lx.words(
        "بسبب بشكل بعد بين بينما بلاده بلادها به بها بهم بهما بذلك بهذا بهذه بنفسه بصفته بصورة "
        "بخصوص بشأن بحسب بناء بالنسبة بدوره بدورها بعض بينهم بقيادة برئاسة بالقرب بمناسبة بحضور "
        "بغالبية بأغلبية بالإجماع بالفعل بالتالي بالطبع بالذات بالضبط"
    )
)
"""ب- words that start an adverbial or a pronoun, not a ``with`` complement."""
BY_VOTE = folded(lx.words("بغالبية بأغلبية بالإجماع"))
"""How a vote passed (أقر المجلس أمس بغالبية كبيرة…): never the ب- complement."""
CLAUSE_STARTERS = folded(lx.words("لا لن لم ليس ليست نحن أنا هناك هذا هذه لقد إننا"))
"""Words that open unmarked direct speech for the ``clause`` frame (وأضاف المتحدث لا توجد…)."""
TERM_MAX_TOKENS = 4
"""A quotation of at most this many words inside running text is a quoted name or term."""
ASIDE_MAX_TOKENS = 8
RELATIVE_ASIDE_MAX_TOKENS = 12
"""A comma aside that is a relative clause (وحذرت واشنطن، التي كانت ترفض …، من أنه…) may be
longer."""
RELATIVE_PRONOUNS = frozenset(lx.words("الذي التي الذين"))
OBJECT_ADVERBS = folded(lx.words("أيضا كذلك مجددا بدوره بدورها أمس اليوم"))
"""Adverbs that may stand between a subject and a bare object (أبدت روسيا أيضا انزعاجا…)."""
RELATIVE_TIMES = folded(
    lx.words("الماضي الماضية المقبل المقبلة القادم القادمة الجاري الحالي الفائت المنصرم")
)
"""Adjectives that make a time noun an adverbial (الشهر الماضي، الأسبوع المقبل)."""
APOSTROPHE = "'"
FUSED_FRAMES = {fold(k): v for k, v in {"مما": "from", "عما": "about"}.items()}
"""A frame preposition fused with ما (حذر مما…، أعرب عما…): the content starts at it, ما
included (the annotation keeps fused prepositions)."""
"""Doubled apostrophes (' ') are used as quotation marks in some wire copy."""
OBJECT_HEADS = folded(lx.OBJECT_HEADS)
RELAYED = CueForm("نقل", "verb", frozenset({"that", "colon"}), False)
"""Frames after a relayed source (… عن الوزير قوله إن…، … نقلا عن مصدر أن…) or a merged
speech noun (علق الوزير بالقول: …)."""


@dataclass(frozen=True, slots=True)
class Opening:
    start: int
    """Character offset where the content starts."""
    via: str
    """``that`` ``colon`` ``quote`` ``prep`` ``np`` or ``bare``."""
    marker: int
    """Token index of the first token after the skipped material (the marker itself)."""


STATEMENT_MEDIA = folded(lx.words("بيان تصريح"))
MEDIUM_DESCRIBED = folded(lx.words("صادر الصادر نشرته نشرها بثته أصدرته"))
MEDIUM_TAILS = folded(lx.words("له لها لهم مشترك صحفي صحافي رسمي مقتضب مكتوب مصور"))
"""The words an adverbial "في بيان" may take before the object (في بيان لها، في بيان مشترك)."""


def _leading_adverb(toks: list[Tok], j: int) -> int | None:
    """The last token of an adverb right after the subject: "وأبدت روسيا أيضا انزعاجا من…"،
    a time noun and its relative adjective "أعلن الشهر الماضي … بأنه" (no object there), the
    medium "في بيان (لها)" ("أدانت الرئاسة في بيان اقتحام…") and a day between commas
    ("أعلنت الوزارة، الثلاثاء، مقتل…")."""
    if toks[j].word in OBJECT_ADVERBS:
        return j
    if toks[j].word == "في" and j + 1 < len(toks) and toks[j + 1].word in STATEMENT_MEDIA:
        end = j + 1
        while (
            end + 1 < len(toks)
            and end < j + 3
            and (toks[end + 1].word in MEDIUM_TAILS or toks[end + 1].word.startswith("لل"))
        ):
            end += 1
        nxt = toks[end + 1].word if end + 1 < len(toks) else ""
        # a relative clause or participle describes the medium (في بيان نشرته، صادر عن…)
        described = nxt.endswith(POSSESSED_ENDINGS) or nxt in MEDIUM_DESCRIBED
        return None if not nxt or described or tk.is_punct(toks[end + 1]) else end
    if (
        toks[j].word in ",،"
        and j + 2 < len(toks)
        and toks[j + 1].word in tk.DAYS
        and toks[j + 2].word in ",،"
    ):
        return j + 2
    if toks[j].word in tk.TIME_NOUNS and j + 1 < len(toks) and toks[j + 1].word in RELATIVE_TIMES:
        return j + 1
    return None


def find_opening(
    toks: list[Tok], k: int, form: CueForm, has_subject: bool, stops: frozenset[int]
) -> Opening | None:
    """The content clause after token ``k`` allowed by the cue's frames."""
    limit = SCAN_LIMIT_AMBIGUOUS if form.ambiguous else SCAN_LIMIT
    frames = form.frames
    bare: Opening | None = None
    j, seen = k - 1, 0
    while seen < limit:
        j = _next_token(toks, j)
        seen += 1
        if j >= len(toks):
            break
        tok = toks[j]
        word = tok.word
        adverb = _leading_adverb(toks, j) if seen == 1 else None
        if adverb is not None:
            j, seen = adverb, 0  # the object comes after the adverb
            continue
        skip = _skipped(toks, j, stops, form)
        if skip is not None:
            if seen == 1 and word in tk.OPEN_MARKS and "np" in frames and has_subject:
                bare = bare or Opening(tok.start, "np", j)
            j = skip
            continue
        if j in stops or word in HARD_STOPS:
            break
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        marked = mark_opening(toks, j, form)
        if marked is not None:
            return marked
        if "that" in frames and tk.is_complementiser(word) and not word.startswith("ف"):
            if j - 1 >= k and _opens(toks, j - 1):
                # ورأت X "ان …" مؤكدة "…": the quotation opens before the complementiser
                return Opening(toks[j - 1].start, "quote", j - 1)
            return that_opening(toks, j)
        if word in tk.FRAME_PREPOSITIONS and nxt is not None and tk.is_complementiser(nxt.word):
            continue
        with_opening = _with_opening(toks, k, j, form)
        if with_opening is not None:
            return with_opening
        prep = _prep_opening(toks, k, j, form)
        if prep is not None:
            return prep
        if seen == 1 and not form.ambiguous and not tk.is_punct(tok):
            found = _object_opening(tok, frames, has_subject)
            if found is not None and found.via != "bare":
                return found
            bare = found
    far = _far_opening(toks, k, j, form, has_subject, stops)
    unbroken = _far_that(toks, k, stops, after="unbroken") if bare and bare.via == "bare" else None
    return far or unbroken or bare


def _opens(toks: list[Tok], m: int) -> bool:
    """``toks[m]`` opens a quotation: « or “, or a straight " preceded by an even number of
    them in the sentence (not the closing mark of a quoted name: مجلة "X" أن…)."""
    word = toks[m].word
    if word == '"':
        return sum(t.word == '"' for t in toks[:m]) % 2 == 0
    return word in tk.OPEN_MARKS


def _with_opening(toks: list[Tok], k: int, j: int, form: CueForm) -> Opening | None:
    """A ب- complement at ``j``; a ب written apart with a tatweel ("يصفها بـ « دار الحرب »"،
    "بـ العملاقة") has the word or quotation after it as the complement, not a number
    ("تعهدت بـ 18 مليون": an amount)."""
    if "with" not in form.frames:
        return None
    if _with_complement(toks, k, j, form):
        return Opening(toks[j].start, "prep", j)
    if toks[j].word != "ب" or j + 1 >= len(toks):
        return None
    nxt = toks[j + 1]
    if nxt.word in tk.OPEN_MARKS:
        return Opening(nxt.start, "quote", j + 1)
    if tk.is_punct(nxt) or not nxt.word[:1].isalpha():
        return None
    return Opening(nxt.start, "prep", j)


def _far_opening(
    toks: list[Tok], k: int, j: int, form: CueForm, has_subject: bool, stops: frozenset[int]
) -> Opening | None:
    """Beyond the scan: a listed object head before token ``j`` (a long adverbial or relative
    clause stands between), or a "، أنّ" further on."""
    if form.ambiguous:
        return None
    if "np" in form.frames and has_subject:
        for n in range(k + 1, min(j + 1, len(toks))):
            if _far_object(toks, n, stops):
                return Opening(toks[n].start, "np", n)
    far_mark = _far_mark(toks, j, stops) if "colon" in form.frames else None
    if far_mark is not None:
        return far_mark
    if "that" in form.frames:
        far = _far_that(toks, j, stops, after="any" if form is RELAYED else "comma")
        return far or _far_prep(toks, j, form, stops)
    return _far_prep(toks, j, form, stops)


def _far_mark(toks: list[Tok], j: int, stops: frozenset[int]) -> Opening | None:
    """Direct speech opened by a colon or a quotation mark beyond the scan, after a long
    adverbial ("وقال في كلمة ألقاها خلال حفل تخريج دفعة من … «…»"، "وقال ردا على … : «…»"),
    with no cue, complementiser, comma or sentence end between; a short quoted term
    (حركة «حماس») is stepped over."""
    n = max(j, 0)
    while n < min(j + FAR_THAT_TOKENS, len(toks) - 1):
        word = toks[n].word
        if n in stops or word in HARD_STOPS or word in ",،" or tk.is_complementiser(word):
            return None
        if word in tk.OPEN_MARKS and _opens(toks, n):
            term = quoted_term(toks, n)
            if term is None:
                return Opening(toks[n].start, "quote", n)
            n = term
        elif word == ":" and not tk.is_punct(toks[n + 1]):
            return Opening(toks[n + 1].start, "colon", n)
        elif word == ":" and toks[n + 1].word in tk.OPEN_MARKS:
            return Opening(toks[n + 1].start, "quote", n + 1)
        n += 1
    return None


def _far_prep(toks: list[Tok], j: int, form: CueForm, stops: frozenset[int]) -> Opening | None:
    """A frame preposition right after a comma beyond the scan (أعرب X خلال لقائه في بروكسل
    زعيم الأغلبية …، عن استعداد…), with no cue, complementiser or sentence end between."""
    for n in range(max(j, 1), min(j + FAR_THAT_TOKENS, len(toks) - 1)):
        word = toks[n].word
        if n in stops or word in HARD_STOPS or tk.is_complementiser(word):
            return None
        nxt = toks[n + 1]
        if (
            (toks[n - 1].word in ",،" or _possessed_object(nxt.word))
            and tk.FRAME_PREPOSITIONS.get(word) in form.frames
            and not tk.is_punct(nxt)
            and nxt.word not in ADVERBIAL_OBJECTS
        ):
            return Opening(nxt.start, "prep", n)
    return None


def _possessed_object(word: str) -> bool:
    """The object of a far frame preposition that only a statement takes: a listed object head
    or a noun with a possessive pronoun ("كما أعربت X التي كانت تشغل منصب … عن استيائها…"،
    "شدد X و Y مساء أمس الأول على ضرورة…")."""
    return _object_head(word) or word.endswith(POSSESSED_ENDINGS)


def _prep_opening(toks: list[Tok], k: int, j: int, form: CueForm) -> Opening | None:
    """A frame preposition at ``j`` (شدد على ضرورة…، دعا … إلى…): near the subject, or after
    a comma that ends a long adverbial; not the direction of a motion noun (زيارته إلى باريس)
    and not an adverbial (على هامش)."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    fused = FUSED_FRAMES.get(toks[j].word)
    if (
        fused in form.frames
        and nxt is not None
        and not form.ambiguous
        and j - k <= _prep_skip(form)
        and not tk.is_punct(nxt)
    ):
        return Opening(toks[j].start, "prep", j)  # محذرة مما وصفتها بكارثة…: مما is kept
    if (
        tk.FRAME_PREPOSITIONS.get(toks[j].word) in form.frames
        and nxt is not None
        and not form.ambiguous
        and (j - k <= _prep_skip(form) or toks[j - 1].word in ",،" or _possessed_object(nxt.word))
        and (j == 0 or toks[j - 1].word not in MOTION_NOUNS)
        and nxt.word not in ADVERBIAL_OBJECTS
    ):
        if nxt.word in tk.OPEN_MARKS:
            return Opening(nxt.start, "quote", j + 1)
        if not tk.is_punct(nxt):
            return Opening(nxt.start, "prep", j)
    return None


def _prep_skip(form: CueForm) -> int:
    return PREP_SKIP_ADDRESSEE if form.lemma in ADDRESSEE_LEMMAS else PREP_SKIP


def _far_that(
    toks: list[Tok],
    j: int,
    stops: frozenset[int],
    *,
    after: Literal["comma", "any", "unbroken"] = "comma",
) -> Opening | None:
    """A content opened by a complementiser beyond the scan limit, with no cue or sentence end
    between. ``after`` says which: "comma", only "، أن…"; "any", also a bare one (after a
    relayed speech noun: نقلت عن X قوله خلال استقباله … أن…); "unbroken", a bare one with no
    punctuation at all before it, which beats unmarked direct speech after a subject phrase the
    rules ended early ("وقال رئيس مجلس اتحاد المحاكم … شيخ شريف شيخ أحمد في لقاء مع موفد الجزيرة
    نت إن…")."""
    for n in range(max(j, 0), min(j + FAR_THAT_TOKENS, len(toks) - 1)):
        word = toks[n].word
        if n in stops or word in HARD_STOPS or (after == "unbroken" and tk.is_punct(toks[n])):
            return None
        if word in ",،" and tk.is_complementiser(toks[n + 1].word):
            return that_opening(toks, n + 1)
        if after != "comma" and tk.is_complementiser(word) and not word.startswith("ف"):
            return that_opening(toks, n)
    return None


def _far_object(toks: list[Tok], j: int, stops: frozenset[int]) -> bool:
    """The object of a statement verb beyond a long adverbial or relative clause (وجدد الملك
    … خلال لقائه الرئيس X الموقف…، وأكد ممثل البحرين الذي رأست دولته … أهمية…): a listed
    object head, not governed by a preposition, with no complementiser or quotation ahead; also
    right after a comma that closes an aside (وأكد الوزير، خلال لقائه مع X، رفض السودان…)."""
    before = toks[j - 1].word
    if (
        not _object_head(toks[j].word)
        or before in tk.ADVERBIAL_STARTERS
        or (tk.is_punct(toks[j - 1]) and toks[j - 1].word not in ",،")
    ):
        return False
    for n in range(j + 1, min(j + SCAN_LIMIT, len(toks))):
        word = toks[n].word
        if n in stops or word in HARD_STOPS:
            break
        if tk.is_complementiser(word) or word == ":" or word in tk.OPEN_MARKS:
            return False
    return True


def _object_head(word: str) -> bool:
    stem = word[2:] if word.startswith("ال") else word
    for suffix in ("هما", "هم", "ها", "ه", "نا"):
        if stem.endswith(suffix) and stem[: -len(suffix)] in OBJECT_HEADS:
            return True
    return stem in OBJECT_HEADS


def _with_complement(toks: list[Tok], k: int, j: int, form: CueForm) -> bool:
    """A ب- verbal noun after a short object (مطالبا الشعب الصومالي بحمل السلاح): no
    punctuation between, not an adverbial ب- word, and the first ب- word after the object
    (اعترف بالاسيوس رسميا بفوز… has its complement first)."""
    word = toks[j].word
    return (
        not form.ambiguous
        and k < j <= k + WITH_SKIP
        and word.startswith("ب")
        and len(word) > 3
        and word not in NOT_WITH
        and word not in tk.ADVERBIAL_STARTERS
        and not tk.is_complementiser(word)
        and not any(
            tk.is_punct(t) or t.word in tk.FUNCTION_WORDS or t.word.startswith("ب")
            for t in toks[k:j]
        )
    )


def _skipped(toks: list[Tok], j: int, stops: frozenset[int], form: CueForm) -> int | None:
    """Where scanning resumes after a comma-enclosed aside or a short quoted term at ``j``."""
    word = toks[j].word
    if word in ",،":
        aside = _comma_aside(toks, j, stops)
        return aside - 1 if aside is not None else None
    if word in tk.OPEN_MARKS and not form.ambiguous:
        return quoted_term(toks, j)
    return None


def mark_opening(toks: list[Tok], j: int, form: CueForm) -> Opening | None:
    """Direct speech opened at ``j``: a colon, a quotation mark or doubled apostrophes."""
    word = toks[j].word
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if word == ":" and nxt is not None and ("colon" in form.frames or "that" in form.frames):
        if nxt.word in tk.OPEN_MARKS:
            return Opening(nxt.start, "quote", j + 1)
        return Opening(nxt.start, "colon", j)
    if word in tk.OPEN_MARKS and not form.ambiguous:
        return Opening(toks[j].start, "quote", j)
    if word == APOSTROPHE and nxt is not None and nxt.word == APOSTROPHE:
        return Opening(nxt.start, "quote", j + 1)
    if word == APOSTROPHE and not form.ambiguous and _apostrophe_closes(toks, j):
        return Opening(toks[j].start, "quote", j)
    if word == APOSTROPHE and not form.ambiguous and _apostrophe_unclosed(toks, j):
        return Opening(toks[j + 1].start, "colon", j)
    return None


def _apostrophe_closes(toks: list[Tok], j: int) -> bool:
    """A single apostrophe opens a quotation (' … ', as in some wire copy) when another one
    closes it later in the sentence, more than a short quoted term (صحيفة ' لانس ') away."""
    if j + 1 >= len(toks) or tk.is_punct(toks[j + 1]):
        return False
    close = next((n for n in range(j + 1, len(toks)) if toks[n].word == APOSTROPHE), None)
    return close is not None and close - j > TERM_MAX_TOKENS + 1


def _apostrophe_unclosed(toks: list[Tok], j: int) -> bool:
    """A single apostrophe that no other one follows in the sentence opens direct speech
    running to the sentence end (وأضاف X ' من خلف …), when it is the sentence's only
    apostrophe and more than a short term follows."""
    if j + 1 >= len(toks) or tk.is_punct(toks[j + 1]):
        return False
    if any(t.word == APOSTROPHE for n, t in enumerate(toks) if n != j):
        return False
    words = sum(1 for t in toks[j + 1 :] if not tk.is_punct(t))
    return words > TERM_MAX_TOKENS


def quoted_term(toks: list[Tok], j: int) -> int | None:
    """Index of the closing mark when the quotation opened at ``j`` is a short quoted name or
    term inside running text (حركة «حماس» أن…، شركة «X» السعودية) rather than direct speech."""
    close = tk.OPEN_MARKS[toks[j].word]
    if j + 1 < len(toks) and tk.is_complementiser(toks[j + 1].word):
        return None  # وقال "انه نشاط روتيني"، مضيفا…: a clause, not a name
    for n in range(j + 1, min(j + TERM_MAX_TOKENS + 2, len(toks))):
        if toks[n].word == close or (toks[n].word in tk.CLOSE_MARKS and close != '"'):
            after = toks[n + 1].word if n + 1 < len(toks) else "."
            inside = after not in HARD_STOPS and after not in tk.CLOSE_MARKS
            return n if n > j + 1 and inside else None
        if toks[n].word in HARD_STOPS:
            return None
    return None


def _comma_aside(toks: list[Tok], j: int, stops: frozenset[int]) -> int | None:
    """The token after a comma-enclosed aside between the subject and the content
    (واوضح المسؤول، طالبا عدم كشف هويته، أنه…): the aside ends at an opening quotation mark
    or at a comma followed by a complementiser, a quotation mark, or a frame preposition and a
    complementiser (وحذرت واشنطن، التي …، من أنه…); a و/ف-prefixed cue inside
    starts a new statement instead ("…، وقال «…»")."""
    relative = j + 1 < len(toks) and toks[j + 1].word in RELATIVE_PRONOUNS
    most = RELATIVE_ASIDE_MAX_TOKENS if relative else ASIDE_MAX_TOKENS
    for n in range(j + 1, min(j + most + 2, len(toks) - 1)):
        word = toks[n].word
        if n in stops and word[:1] in "وف":
            return None
        if word in tk.OPEN_MARKS and n > j + 1:
            return n
        if word in HARD_STOPS or tk.is_complementiser(word) or word in tk.OPEN_MARKS:
            return None
        if word in ",،":
            after = toks[n + 1].word
            then = toks[n + 2].word if n + 2 < len(toks) else ""
            if n > j + 1 and (
                tk.is_complementiser(after)
                or after in tk.OPEN_MARKS
                or (after in tk.FRAME_PREPOSITIONS and tk.is_complementiser(then))
            ):
                return n + 1
            return None
    return None


def ask_opening(toks: list[Tok], a: int) -> Opening | None:
    """The request after "طلب X من Y" once the addressee ends at token ``a``: a ``that``
    clause or a quotation nearby, a ب- verbal noun, or else the NP right after the addressee."""
    for n in range(a, min(a + SCAN_LIMIT, len(toks))):
        word = toks[n].word
        if word in HARD_STOPS:
            break
        if tk.is_complementiser(word) and not word.startswith("ف") and n + 1 < len(toks):
            return that_opening(toks, n)
        if word in tk.OPEN_MARKS and quoted_term(toks, n) is None:
            return Opening(toks[n].start, "quote", n)
        is_masdar = word.startswith("ب") and len(word) > 3 and word not in tk.ADVERBIAL_STARTERS
        if is_masdar and n - a <= PREP_SKIP:
            return Opening(toks[n].start, "prep", n)
    if a < len(toks) and (not tk.is_punct(toks[a]) or toks[a].word in tk.OPEN_MARKS):
        return Opening(toks[a].start, "np", a)
    return None


def _next_token(toks: list[Tok], j: int) -> int:
    """The token after ``j``, stepping over a parenthesis or a dash-enclosed aside."""
    j += 1
    if j < len(toks) and toks[j].word in PARENTHESES:
        close = PARENTHESES[toks[j].word]
        end = next((n for n in range(j + 1, len(toks)) if toks[n].word == close), -1)
        if end > 0:
            return end + 1
    return j


def that_opening(toks: list[Tok], j: int) -> Opening | None:
    """Indirect speech opened by the complementiser at ``j``: from the next word (or quotation
    mark), or from ``j`` itself for a fused pronoun form that is not an expletive (أنهم، إنها);
    None when punctuation follows."""
    word = toks[j].word
    pronoun = tk.FUSED_COMPLEMENTISERS.get(word)
    if pronoun is not None and pronoun not in tk.EXPLETIVES:
        return Opening(toks[j].start, "that", j)
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is not None and (not tk.is_punct(nxt) or nxt.word in QUOTE_MARKS):
        return Opening(nxt.start, "that", j)
    return None


def _object_opening(tok: Tok, frames: frozenset[str], has_subject: bool) -> Opening | None:
    word = tok.word
    if word in NP_FUNCTION_OBJECTS and "np" in frames and has_subject:
        return Opening(tok.start, "np", 0)
    if word in CLAUSE_STARTERS and has_subject and ("bare" in frames or "clause" in frames):
        return Opening(tok.start, "bare", 0)
    if word in tk.ADVERBIAL_STARTERS or word in tk.FUNCTION_WORDS:
        return None
    if "with" in frames and word.startswith("ب") and len(word) > 3 and word not in BY_VOTE:
        return Opening(tok.start, "prep", 0)
    if not has_subject:
        return None
    if "np" in frames:
        return Opening(tok.start, "np", 0)
    if "bare" in frames:
        return Opening(tok.start, "bare", 0)
    return None


def quoted_end(key: str, open_pos: int, limit: int) -> int:
    """Offset of the mark closing the quotation opened at ``open_pos`` (``limit`` if unclosed)."""
    opener = key[open_pos]
    close = tk.OPEN_MARKS.get(opener, APOSTROPHE if opener == APOSTROPHE else "")
    if not close:
        return limit
    if close == opener:
        end = key.find(close, open_pos + 1, limit)
        return end if end >= 0 else limit
    depth = 0
    for m in re.finditer(f"[{re.escape(opener + close)}]", key[open_pos:limit]):
        depth += 1 if m.group() == opener else -1
        if depth == 0:
            return open_pos + m.start()
    return limit


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding blanks, sentence-final punctuation and an unmatched closing mark."""
    while start < end and text[start].isspace():
        start += 1
    while end > start:
        ch = text[end - 1]
        if ch in tk.FINAL_PUNCT or (
            ch in tk.CLOSE_MARKS and not _has_opener(text, start, end - 1, ch)
        ):
            end -= 1
        else:
            break
    return start, end


def unwrap(key: str, text: str, start: int, end: int) -> tuple[int, int]:
    """A content wholly inside one pair of quotation marks ("قال إن «…»") without the marks:
    the span between them, trimmed; else the span unchanged."""
    if end - start > 2 and key[start] in tk.OPEN_MARKS and quoted_end(key, start, end) == end - 1:
        return trim(text, start + 1, end - 1)
    return start, end


def _has_opener(text: str, start: int, end: int, close: str) -> bool:
    opens = [o for o, c in tk.OPEN_MARKS.items() if c == close and o != close]
    if close == '"':
        return text.count('"', start, end) % 2 == 1
    return any(text.find(o, start, end) >= 0 for o in opens)


def _wholly_quoted(inner: str) -> bool:
    """The reported clause is one quotation: "أن «…»" counts as direct speech."""
    close = tk.OPEN_MARKS.get(inner[:1])
    return close is not None and close not in inner[1:].rstrip(close)


def quote_type(via: str, text: str, start: int, end: int) -> QuoteType:
    """direct after a colon or inside marks; mixed when reported speech quotes words inside."""
    inner = text[start:end]
    if via in ("colon", "quote", "bare") or _wholly_quoted(inner):
        return "direct"
    if any(o in inner and c in inner[inner.index(o) + 1 :] for o, c in tk.OPEN_MARKS.items()):
        return "mixed"
    return "indirect"
