"""Who speaks: the subject phrase after (or before) a cue, linked to an entity of the article."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from akhbar.nlp.quotes import lexicon as lx
from akhbar.nlp.quotes import tokens as tk
from akhbar.nlp.quotes.cues import fold, folded
from akhbar.nlp.quotes.tokens import Tok
from akhbar.nlp.roles import resolve_role
from akhbar.nlp.types import Entity, EntityResult, Span, Speaker, SpeakerKind

MAX_SUBJECT_TOKENS = 20
MAX_NAME_TOKENS = 3
"""Bare name tokens absorbed after a title or a first name when no entity mention covers them."""
MANNER_NOUNS = folded(frozenset(w for w in lx.SPEECH_NOUNS if w.startswith("ب")))
"""ب- speech nouns (بالقول، بإبلاغه): the manner of the verb, never part of its subject."""
POSSESSED_ENDINGS = ("ته", "تها", "تهم", "تهما")
AMBIGUOUS_TITLES = frozenset({fold("الفريق")})
"""Titles that are also common nouns (الفريق "the team" / "lieutenant general"): a title only
before a person mention or another title."""
QUOTED_NAME_TOKENS = 4
"""Words of a name in quotation marks inside a subject (صحيفة "نيويورك تايمز")."""
LATTER = {fold("الأخير"): False, fold("الأخيرة"): True}
"""The latter (وقال الأخير إن…): the last person named before it. The feminine الأخيرة may
also be a place (a country) or an organisation with a feminine head (الوزارة، الحركة)."""
LATTER_DEMONSTRATIVES = folded(lx.words("هذا هذه"))
COUNTERPARTS = folded(lx.words("نظيره نظيرته نظيرها نظيرتها نظيريه نظراءه نظرائه نظراءهم"))
"""His/her counterpart: the addressee after a subject (أبلغ الوزير نظيره الروسي أن…)."""

ROLE_CONTEXT_CHARS = 90
PEOPLE_MIN_LETTERS = 4
"""Letters a plural nisba needs beyond its ending (not يون/ديون "debts")."""
ADJECTIVE_ENDINGS = ("ي", "يه", "يون", "يين", "يان", "يتان", "يتين")
"""Nisba endings (folded: ية -> يه) of definite adjectives (الفرنسي، الدولية، الإسرائيليون)."""
INDEFINITE_NISBA = (*ADJECTIVE_ENDINGS, "يا")
"""The same endings on an indefinite adjective, with the accusative (مسؤولا أمريكيا)."""
"""How far before a person mention to look for the role description that introduces it."""


@dataclass(slots=True)
class EntityIndex:
    """The article's entity mentions and roles, ready for span lookups."""

    starts: list[int]
    mentions: list[tuple[int, int, Entity]]
    roles: list[tuple[tuple[str, ...], Entity]]
    result: EntityResult
    by_id: dict[str, Entity]

    @classmethod
    def build(cls, result: EntityResult, key: str) -> EntityIndex:
        mentions = sorted(
            (m.start, m.end, e) for e in result.entities for m in e.mentions if m.end > m.start
        )
        roles = [(_words(r), e) for e in result.entities for r in e.roles if r.strip()]
        roles += _roles_from_context(mentions, key)
        by_id = {e.id: e for e in result.entities}
        return cls([m[0] for m in mentions], mentions, roles, result, by_id)

    def covering(self, pos: int) -> tuple[int, Entity] | None:
        """The mention covering character ``pos`` as ``(end, entity)``."""
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and self.mentions[i][0] <= pos:
            start, end, entity = self.mentions[i]
            if start <= pos < end:
                return end, entity
            if pos - start > 200:
                break
            i -= 1
        return None

    def overlapping(self, start: int, end: int) -> list[Entity]:
        lo = bisect.bisect_left(self.starts, start - 200)
        hi = bisect.bisect_left(self.starts, end)
        return [e for s, t, e in self.mentions[lo:hi] if s < end and t > start]

    def last_before(self, entity: Entity, pos: int) -> int:
        """Start of the entity's last mention before ``pos`` (-1 if none)."""
        return max((m.start for m in entity.mentions if m.start < pos), default=-1)

    def latest(self, pos: int, wanted: Callable[[int, Entity], bool]) -> Entity | None:
        """The entity of the last mention ending by ``pos`` for which ``wanted(start, entity)``
        holds, walking back from ``pos``."""
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0:
            start, end, entity = self.mentions[i]
            if end <= pos and wanted(start, entity):
                return entity
            i -= 1
        return None


def _words(text: str) -> tuple[str, ...]:
    return tuple(t.word for t in tk.tokenize(fold(text), 0, len(text)) if not tk.is_punct(t))


def _roles_from_context(
    mentions: list[tuple[int, int, Entity]], key: str
) -> list[tuple[tuple[str, ...], Entity]]:
    """Role descriptions written right before the mentions of a person the entity stage gave no
    role (وزير الدفاع الروسي الجنرال X)."""
    found: list[tuple[tuple[str, ...], Entity]] = []
    starts = [m[0] for m in mentions]
    for start, _end, entity in mentions:
        if entity.type != "PER" or entity.roles:
            continue
        before = tk.tokenize(key, max(0, start - ROLE_CONTEXT_CHARS), start)
        words: list[str] = []
        for tok in reversed(before):
            if tok.word in tk.TITLES or (tok.word in ",،" and not words):
                continue
            if tk.is_punct(tok):
                break
            if not words and _governs_name(tok, mentions, starts):
                break  # "اقتراح أنان": the name is a genitive, no apposition
            words.append(tok.word)
            if tok.word in tk.ROLE_HEADS or len(words) >= 6:
                break
        words.reverse()
        if words and words[0] in tk.ROLE_HEADS:
            found.append((tuple(words), entity))
    return found


def _governs_name(tok: Tok, mentions: list[tuple[int, int, Entity]], starts: list[int]) -> bool:
    """A word right before a name that makes the name its genitive (اقتراح أنان، خطاب الأسد):
    an indefinite word that is no role head and lies in no mention. A role ends in a definite
    word or a name (وزير الخارجية X، سفير روسيا X)."""
    word = tok.word
    bare = word[1:] if word[:1] in "وفبلك" else word
    if word.startswith("ال") or bare.startswith("ال") or word in tk.ROLE_HEADS:
        return False
    n = bisect.bisect_right(starts, tok.start) - 1
    return not (n >= 0 and mentions[n][0] <= tok.start < mentions[n][1])


def subject_end(
    toks: list[Tok],
    i: int,
    index: EntityIndex,
    *,
    strict: bool = False,
    this: bool = False,
    with_frame: bool = False,
) -> int:
    """End (exclusive token index) of the subject phrase starting at ``toks[i]``; ``i`` if none.
    ``strict`` (a verb that takes a bare object): after a definite head only an adjective
    continues the subject (ونفى المتحدث الأنباء… ends before الأنباء). ``this`` (a verb that
    takes no object): a demonstrative may open the subject (واضافت هذه المحاسبة…).
    ``with_frame`` (a verb with a ب- complement): a ب- word right after a definite role is that
    complement, not the role's genitive (ورحب الوزير بقرار المجلس…)."""
    group = quantified_group(toks, i)
    if group is not None:  # "عدد من خبراء الاقتصاد": the group after من carries the phrase
        end = _phrase_end(toks, group, index, strict=strict, this=False, with_frame=with_frame)
        if end > group:
            return end
    return _phrase_end(toks, i, index, strict=strict, this=this, with_frame=with_frame)


def _phrase_end(
    toks: list[Tok], i: int, index: EntityIndex, *, strict: bool, this: bool, with_frame: bool
) -> int:
    j, prev = _subject_start(toks, i, this=this)
    names = 0
    while j < len(toks) and j - i < MAX_SUBJECT_TOKENS:
        tok = toks[j]
        word = tok.word
        if (
            j == i
            and word.startswith("ل")
            and ((word.startswith("لل") and len(word) > 3) or word in tk.ADVERBIAL_STARTERS)
        ):
            break  # قال للجزيرة/لرويترز إن…: an addressee, even when tagged as an entity
        if j > i and (
            word == "ل"
            or word in MANNER_NOUNS
            or word in COUNTERPARTS
            or _possessed_after_role(toks, j, prev)
        ):
            break  # "كشف مصدر لـ « الحياة » أن"، "أوضح المدير بالقول"، "اختتم الرئيس كلمته"
        covered = index.covering(tok.start)
        if covered is not None and j > i and tk.is_complementiser(word):
            break
        if covered is not None:
            state, j = _after_mention(toks, j, covered, index, prev)
            if state is None:
                break
            prev = state
            continue
        step = _subject_step(toks, i, j, prev)
        if step is not None:
            prev, j = step
            continue
        if tk.is_punct(tok) or tk.is_complementiser(word) or word in tk.FUNCTION_WORDS:
            break
        if word in tk.ADVERBIAL_STARTERS:
            break
        nxt = toks[j + 1].word if j + 1 < len(toks) else ""
        if j > i and _complement_starts(word, toks[j - 1].word, prev, strict, with_frame):
            break
        state = _next_state(word, nxt, prev, first=j == i, names=names)
        state = "def" if state == "title" and _team(toks, j, index) else state
        if state is None:
            break
        names += state == "name"
        prev = state
        j += 1
    return j


def _after_mention(
    toks: list[Tok], j: int, covered: tuple[int, Entity], index: EntityIndex, prev: str
) -> tuple[str | None, int]:
    """The subject phrase at a mention ending at ``covered[0]``: the state to go on in and
    where, or (None, end) when the phrase ends with the mention (or its nisba adjectives)."""
    j = tk.first_from(toks, j, covered[0])
    following = index.covering(toks[j].start) if j < len(toks) else None
    if following is not None:
        if covered[1].type == "PER" and following[1].type != "PER":
            return None, j  # a place or body after a person's name: "اتهم وليد المعلم إسرائيل بـ…"
        return prev, j
    if j < len(toks) and toks[j].word in tk.ROLE_HEADS and prev != "role":
        return "role", j + 1
    if covered[1].type == "ORG" and j < len(toks) and _field(toks[j].word):
        return "def", j + 1  # the body's field: "وكالة ستاندرد آند بورز للتصنيف الائتماني"
    if prev != "role":
        while j < len(toks) and is_nisba(toks[j].word):
            j += 1  # نوكيا الفنلندية
        return None, j
    return "def", j


def _possessed_after_role(toks: list[Tok], j: int, prev: str) -> bool:
    """A noun with a possessive pronoun (كلمته، زيارتها) after a definite role is the verb's
    object: a definite head takes no genitive ("واختتم الرئيس كلمته بالقول…")."""
    word = toks[j].word
    return (
        prev == "role"
        and toks[j - 1].word.startswith("ال")
        and len(word) > 4
        and word.endswith(POSSESSED_ENDINGS)
    )


def _field(word: str) -> bool:
    """لل + a noun that is no audience (للتصنيف, not للصحفيين): an organisation's field."""
    return word.startswith("لل") and len(word) > 4 and "ال" + word[2:] not in tk.RECIPIENT_HEADS


def quantified_group(toks: list[Tok], i: int) -> int | None:
    """Where the group of a quantifier subject starts (``QUANTIFIER_HEADS`` + من: "عدد من
    المؤرخين"، "الكثير من الخبراء"); None for any other first word."""
    if i + 2 < len(toks) and toks[i].word in tk.QUANTIFIER_HEADS and toks[i + 1].word == "من":
        return i + 2
    return None


def _subject_step(toks: list[Tok], i: int, j: int, prev: str) -> tuple[str, int] | None:
    """A preposition that joins the subject (``_joins_subject``) or a short quoted name
    (``_quoted_name``): the new state and where the phrase continues."""
    joined = _joins_subject(toks[j].word, toks[j - 1].word if j > i else "", prev)
    if joined is not None:
        return joined, j + 1
    end = _quoted_name(toks, i, j)
    return ("name", end) if end is not None else None


def _quoted_name(toks: list[Tok], i: int, j: int) -> int | None:
    """A name in quotation marks (up to ``QUOTED_NAME_TOKENS`` words) after a document or
    organisation head (صحيفة "هآرتس"، وكالة «رويترز»، صحيفة ' ' معاريف ' ' in wire copy that
    doubles apostrophes), or as the whole subject when a complementiser or a frame preposition
    follows it (وأشارت "نيويورك تايمز" إلى أن…; not direct speech: وقال "نحن مستعدون").
    Returns the index after the closing mark."""
    found = _marked_words(toks, j)
    if found is None:
        return None
    inner, end = found
    if not inner or any(tk.is_punct(t) or tk.is_complementiser(t.word) for t in inner):
        return None
    if j > i:
        before = toks[j - 1].word
        return end if before in tk.DOCUMENT_HEADS or before in tk.ORGANISATION_HEADS else None
    after = toks[end].word if end < len(toks) else ""
    return end if tk.is_complementiser(after) or after in tk.FRAME_PREPOSITIONS else None


def _marked_words(toks: list[Tok], j: int) -> tuple[list[Tok], int] | None:
    """The words inside the quotation marks opening at ``toks[j]`` (one mark, or two
    apostrophes) and the index after the closing mark, within ``QUOTED_NAME_TOKENS`` words."""
    mark = toks[j].word
    doubled = mark == "'" and j + 1 < len(toks) and toks[j + 1].word == "'"
    if mark not in tk.OPEN_MARKS and not doubled:
        return None
    width = 2 if doubled else 1
    close = "'" if doubled else tk.OPEN_MARKS[mark]
    last = min(j + width + QUOTED_NAME_TOKENS + 1, len(toks) - width + 1)
    for n in range(j + width, last):
        if toks[n].word == close and (not doubled or toks[n + 1].word == "'"):
            return toks[j + width : n], n + width
    return None


def _affiliation(word: str) -> bool:
    """ب and an organisation head in construct (بوزارة، بمجلس): the body a role belongs to
    ("وزير الدولة بوزارة الخارجية X"); not a definite one (أشاد الرئيس بالحكومة: the object)."""
    head = word[1:]
    return word[:1] == "ب" and head in tk.ORGANISATION_HEADS and not head.startswith("ال")


def _joins_subject(word: str, before: str, prev: str) -> str | None:
    """A preposition that continues the subject: السفير لدي X، بيان صادر عن مكتب X (the author
    belongs to the subject, it is not an عن content)."""
    if word == "لدي" and before and prev in ("role", "idafa", "def"):
        return "idafa"
    if word == "عن" and before in tk.ISSUED_BY:
        return "role"
    return None


def _subject_start(toks: list[Tok], i: int, *, this: bool) -> tuple[int, str]:
    """ "واضافت هذه المحاسبة …": with ``this``, a demonstrative before a definite noun that is
    not a time word (قال هذا الأسبوع is an adverbial) opens the subject; so does it before
    الأخير (وأكد هذا الأخير أن…) with any verb."""
    if i + 1 >= len(toks) or toks[i].word not in tk.DEMONSTRATIVES:
        return i, ""
    nxt = toks[i + 1].word
    if nxt in LATTER:
        return i + 2, "def"
    if not this:
        return i, ""
    return (i + 1, "def") if nxt.startswith("ال") and nxt not in tk.TIME_NOUNS else (i, "")


def is_nisba(word: str) -> bool:
    """A definite nisba adjective (الفنلندية، الإسرائيلي)."""
    return word.startswith("ال") and len(word) > 4 and word.endswith(ADJECTIVE_ENDINGS)


def _object_after_definite(word: str, before: str, prev: str) -> bool:
    """A definite noun after a definite head that is not an adjective, or an untagged word after
    a definite role (وأكدت المصادر عدم معرفتها): the verb's object. After an anonymous head,
    a word that is no adjective, no prepositional phrase and no genitive (مصدر دبلوماسي وجود…،
    أعلنت مصادر عسكرية مقتل…; not مصدر بشرطة بابل، محللون روس وأجانب)."""
    if prev in ("anon", "anon1"):
        if before.startswith(("ب", "ل")) and len(before) > 3:
            return False  # the genitive of a prepositional phrase: مصدر بشرطة محافظة بابل
        bare = word[1:] if word.startswith("و") and len(word) > 4 else word
        return not (_anonymous_adjective(bare) or word.startswith(("ب", "ل", "ال")))
    if not word.startswith("ال"):
        return (
            prev == "role"
            and before.startswith("ال")
            and word != "باسم"
            and not word.startswith("ل")
            and word not in tk.TITLES
        )
    if word in tk.SUBJECT_ADJECTIVES or word.endswith(ADJECTIVE_ENDINGS):
        return False
    if word in tk.TITLES and word not in AMBIGUOUS_TITLES:
        return False  # a title before the name: "صاحب السمو الشيخ X"، "رئيس الدولة الشيخ X"
    definite_head = prev == "def" or (prev == "role" and before.startswith("ال"))
    return definite_head and before != "باسم" and not before.startswith("ل")


def _team(toks: list[Tok], j: int, index: EntityIndex) -> bool:
    """ "الفريق سيلعب…": an ambiguous title that no person mention or other title follows is
    the common noun (the team), not the rank (الفريق أول X، الفريق X)."""
    if toks[j].word not in AMBIGUOUS_TITLES:
        return False
    if j + 1 >= len(toks):
        return True
    covered = index.covering(toks[j + 1].start)
    named = covered is not None and covered[1].type == "PER"
    return not (named or toks[j + 1].word in tk.TITLES)


def _complement_starts(word: str, before: str, prev: str, strict: bool, with_frame: bool) -> bool:
    """The verb's object (``strict``) or ب- complement (``with_frame``) starts at ``word``."""
    return (strict and _object_after_definite(word, before, prev)) or (
        with_frame and _with_after_definite(word, before, prev)
    )


def _with_after_definite(word: str, before: str, prev: str) -> bool:
    """A ب- word right after a definite role (الوزير بقرار…): a definite noun takes no genitive,
    so the word opens the verb's ب- complement; so does a definite ب- word after a name
    (ورحب ترامب بالحكم…)."""
    if word.startswith("بال") and len(word) > 4 and prev == "name" and before[:1] not in "وف":
        return True  # (not after a coordinated verb taken for a name: "يعترف ويقر بالتغيير")
    return prev == "role" and before.startswith("ال") and word.startswith("ب") and len(word) > 3


def _next_state(word: str, nxt: str, prev: str, *, first: bool, names: int) -> str | None:
    """What ``word`` adds to a subject phrase after a word of kind ``prev`` (None: it ends)."""
    if first and word in tk.ANONYMOUS_HEADS:
        return "anon"
    if word in tk.TITLES:
        return "title"
    if word in tk.ROLE_HEADS:
        return "role"
    if word.startswith("ال") or word == "باسم" or word.startswith("لل"):
        return "def"
    if prev == "def" and word.startswith("وال") and len(word) > 4:
        return "def"  # a coordinated genitive: وزير النفط والطاقة
    if prev in ("role", "idafa", "def") and _affiliation(word):
        return "idafa"  # "وزير الدولة بوزارة الخارجية X"
    if first or (prev in ("title", "name") and names < MAX_NAME_TOKENS):
        return "name"
    if prev == "anon":
        return None if word.endswith(("ها", "هم", "هما")) else "anon1"  # مصادر قلقها
    if prev in ("role", "anon1") or (prev == "def" and word[:1] == "ل" and nxt[:2] == "ال"):
        return "def" if prev != "role" else "idafa"
    return None


def _anonymous_adjective(word: str) -> bool:
    """An adjective after an anonymous head (أمني، دبلوماسيون، مطلعة، كبير، عيان): a nisba
    or a listed adjective; any other word is the verb's object or the next phrase."""
    return (len(word) > 3 and word.endswith(INDEFINITE_NISBA)) or word in tk.ANONYMOUS_ADJECTIVES


def resolve(toks: list[Tok], i: int, j: int, index: EntityIndex, text: str) -> Speaker | None:
    """Link the subject phrase ``toks[i:j]`` to an entity, a role, or a kind of source."""
    if j <= i:
        return None
    group = quantified_group(toks, i)
    words = [t.word for t in toks[group or i : j] if t.word not in tk.TITLES]
    head = tk.strip_article(words[0]) if words else ""
    if head in tk.ANONYMOUS_HEADS or "ال" + head in tk.ANONYMOUS_HEADS:
        j = _before_addressee(toks, i, j, index)
        words = [t.word for t in toks[group or i : j] if t.word not in tk.TITLES]
    start, end = toks[i].start, toks[j - 1].end
    span = Span(start, end)
    phrase = text[start:end]
    entities = index.overlapping(start, end)
    for wanted in ("PER", "ORG", "LOC"):
        for entity in entities:
            if entity.type == wanted and not _place_adjunct(entity, start, toks[i].end):
                kind: SpeakerKind = "person" if wanted == "PER" else "organization"
                return Speaker(entity.id, entity.name, span, "explicit", kind)
    titled = None if words else _titled(toks[j - 1].word, index, text, start)
    if titled is not None:  # "وحذر جلالة الملك من…": the person named with that title
        return Speaker(titled.id, titled.name, span, "role", "person")
    named = _named_organisation(words, index, start)
    if named is not None:  # "وقالت المنظمة…" after "منظمة الصحة العالمية"
        return Speaker(named.id, named.name, span, "role", "organization")
    latter = _latter(words, index, start)
    if latter is not None:
        kind = "person" if latter.type == "PER" else "organization"
        return Speaker(latter.id, latter.name, span, "context", kind)
    role_id = resolve_role(index.result, phrase) if words and words[0] in tk.ROLE_HEADS else None
    role = index.by_id.get(role_id) if role_id else _match_role(tuple(words), index, start)
    if role is not None:
        return Speaker(role.id, role.name, span, "role", "person")
    if head in tk.ANONYMOUS_HEADS or "ال" + head in tk.ANONYMOUS_HEADS:
        return Speaker(None, phrase, span, "anonymous", "anonymous")
    if words and (words[0] in tk.DOCUMENT_HEADS or words[0] in tk.STIPULATING_HEADS):
        return Speaker(None, phrase, span, "explicit", "document")
    if words and (
        words[0] in tk.ORGANISATION_HEADS
        or "ال" + head in tk.ORGANISATION_HEADS
        or words[0] in tk.POSSESSED_SOURCES
    ):
        return Speaker(None, phrase, span, "explicit", "organization")
    return Speaker(None, phrase, span, "explicit", "person")


TITLED_CONTEXT_CHARS = 40
"""How far before a person's mention a title may stand (صاحب السمو الشيخ X، جلالة الملك X)."""


def _titled(title: str, index: EntityIndex, text: str, pos: int) -> Entity | None:
    """The last person before ``pos`` whose mention has ``title`` just before it."""

    def titled(start: int, entity: Entity) -> bool:
        before = fold(text[max(0, start - TITLED_CONTEXT_CHARS) : start]).split()
        return entity.type == "PER" and title in before[-3:]

    return index.latest(pos, titled)


def _named_organisation(words: list[str], index: EntityIndex, pos: int) -> Entity | None:
    """The organisation a bare definite head stands for (المنظمة، الوزارة، البعثة): the last
    organisation named before ``pos`` whose name starts with that head (منظمة الصحة العالمية)."""
    if len(words) != 1 or not words[0].startswith("ال"):
        return None
    head = words[0][2:]
    if "ال" + head not in tk.ORGANISATION_HEADS and head not in tk.ORGANISATION_HEADS:
        return None
    firsts = ([head], ["ال" + head])
    return index.latest(pos, lambda _, e: e.type == "ORG" and fold(e.name).split()[:1] in firsts)


def _latter(words: list[str], index: EntityIndex, pos: int) -> Entity | None:
    """The entity "الأخير" / "هذه الأخيرة" points back at: the last mention before ``pos`` of
    a type the word allows."""
    if words[:1] and words[0] in LATTER_DEMONSTRATIVES:
        words = words[1:]
    feminine = LATTER.get(words[0]) if len(words) == 1 else None
    if feminine is None:
        return None
    return index.latest(pos, lambda _, e: e.type == "PER" or (feminine and _feminine(e)))


def _feminine(entity: Entity) -> bool:
    """A place, or an organisation whose head word is feminine (ends in ة)."""
    head = fold(entity.name.split()[0]) if entity.name.split() else ""
    return entity.type == "LOC" or (entity.type == "ORG" and head.endswith("ه"))


def _before_addressee(toks: list[Tok], i: int, j: int, index: EntityIndex) -> int:
    """ "وقالت مصادر أمنية لرويترز إن…"، "وقال مسؤول لفرانس برس إن…": after an anonymous
    source, a name written with ل is the medium the source spoke to (whatever type the tagger
    gave it); the source's phrase ends before it."""
    for p in range(i + 1, j):
        covered = index.covering(toks[p].start) or index.covering(toks[p].start + 1)
        if toks[p].word.startswith("ل") and covered is not None and not _named_with_lam(covered):
            return p
    return j


def _named_with_lam(covered: tuple[int, Entity]) -> bool:
    """A person's name of two words or more that starts with ل (لين جيان) is no ل-medium."""
    entity = covered[1]
    return entity.type == "PER" and len(entity.name.split()) > 1 and fold(entity.name)[:1] == "ل"


def _place_adjunct(entity: Entity, start: int, first_end: int) -> bool:
    """A place after the subject's first word (مراسل الجزيرة بواشنطن، وزير خارجية فرنسا)
    locates or qualifies the speaker; it is not the speaker."""
    return entity.type == "LOC" and not any(
        m.start < first_end and m.end > start for m in entity.mentions
    )


def _match_role(words: tuple[str, ...], index: EntityIndex, pos: int) -> Entity | None:
    """The entity whose role (or title) this description names; the latest mentioned wins."""
    if not words:
        return None
    best: tuple[int, int, Entity] | None = None
    bare = tuple(tk.strip_article(w) for w in words)
    for role, entity in index.roles:
        bare_role = tuple(tk.strip_article(w) for w in role)
        if role == words:
            score = 3
        elif len(words) >= 2 and bare_role[: len(words)] == bare:
            score = 2  # "رئيس الحركة" for "رئيس حركة حماس"
        elif (
            (len(role) >= 2 and words[: len(role)] == role)
            or (len(words) == 1 and bare[0] == bare_role[0])
            or (len(words) >= 2 and bare[0] == bare_role[0] and _within(bare[1:], bare_role[1:]))
        ):
            score = 1  # "الوزير الفرنسي" for "وزير الخارجية الفرنسي"
        else:
            continue
        candidate = (score, index.last_before(entity, pos), entity)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return best[2] if best is not None else None


def _within(words: tuple[str, ...], role: tuple[str, ...]) -> bool:
    """``words`` occur in ``role`` in order (other role words may stand between them)."""
    rest = iter(role)
    return all(word in rest for word in words)


def is_speaker_like(speaker: Speaker, toks: list[Tok], i: int) -> bool:
    """A plausible source for an attribution phrase (حسب مصادر… but not حسب الخطة)."""
    if speaker.entity_id is not None or speaker.kind != "person":
        return True
    i = quantified_group(toks, i) or i  # "العديد من الإسرائيليين": the group counts
    word = tk.strip_article(toks[i].word)
    title = toks[i].word in tk.TITLES and toks[i].word not in AMBIGUOUS_TITLES
    group = toks[i].word in tk.GROUP_HEADS or people(word)
    return "ال" + word in tk.ROLE_HEADS or word in tk.ROLE_HEADS or title or group


def people(word: str) -> bool:
    """A plural nisba names a group of people (إسلاميين، الفلسطينيون، أمريكيين)."""
    return len(word) > PEOPLE_MIN_LETTERS and word.endswith(("يين", "يون"))
