"""Article-level name patterns that a token tagger trained on ANERcorp rarely produces.

Each rule reads folded token keys inside one sentence; word lists are data
(``name_pattern_lexicon``):

1. **Agency of the credit line** -> ORG: the part of ``Document.credit`` (or the agency of
   ``Document.dateline``) that names an agency (وكالة … للأنباء، رويترز) or follows a source
   label (المصدر: X), not the place beside it nor a generic word alone (وكالات).
2. **Institution + nationality** -> ORG: a head of ``org_heads.tsv`` (الحكومة، الجيش، وزارة +
   a definite noun) and a definite nationality or regional adjective of the same gender
   (للحكومة الروسية، الجيش الإسرائيلي، وزارة الخارجية الفرنسية). Gender agreement is what tells
   the institution's adjective from that of a noun before it (رئيس الحكومة الروسي). Never right
   after a role word: وزيرة الخارجية الفرنسية is a role.
3. **Institution + ل-genitive state or place** -> ORG: a head of rule 2 directly followed by
   لل + a state name (القوات المسلحة للجمهورية الإسلامية الإيرانية) or ل + a place.
4. **Named events** -> MISC: an event head of ``event_heads.tsv`` + a proper noun (a tagged name,
   or a known place) + definite adjectives and ordinals agreeing with the head (معرض X الدولي
   العسكري السادس). Not on a person's or organisation's name (قمة X وY is a meeting, مؤتمر
   X الصحفي a press conference), nor on a name after a preposition (قمة بالقاهرة).
5. **State names** -> LOC, whole: جمهورية/مملكة/إمارة/سلطنة + a place + state adjectives
   (جمهورية أفريقيا الوسطى، جمهورية مصر العربية), and الجمهورية/المملكة + adjectives that
   include a nationality (المملكة الأردنية الهاشمية).
6. **Title + given name + surname** -> PER: a known given name between a title and a tagged
   surname joins it (العميد X Y where the tagger found only Y); where the surname is untagged
   there, the article must confirm it: tagged as a person, or written right after a title
   (العميد Y), elsewhere.
7. **Name links** -> PER: a person's span that ends in a link word (بن، آل، أبو، عبد…) takes the
   word after it (محمد بن راشد آل | مكتوم), and the person span that starts there if any.
8. **Listed organisations** -> ORG: a span of two or more words that the tagger typed otherwise
   and that is, whole (after one proclitic), a name of the hand-written organisation lexicon
   (لفرانس برس, tagged PER). The lexicon is a tagger feature; here it settles the type.
9. **Regnal numbers** -> PER: after a royal or papal title, a person's span takes the ordinal
   right after it (الملك عبد الله الثاني، البابا يوحنا بولس الثاني، البابا بنديكتوس السادس عشر).

``apply_patterns`` merges matches with the tagger's spans: a pattern span replaces the tagger
spans it overlaps at that occurrence only (a LOC inside an event name), unless one tagger span
strictly contains it. The tagger and its CoNLL output are untouched.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from akhbar.nlp.clitics import CONJUNCTIONS, PREPOSITIONS, closed_class_stems
from akhbar.nlp.lexicons import Lexicons
from akhbar.nlp.mentions import TokenSpan, TokenView
from akhbar.nlp.name_pattern_lexicon import (
    GENERIC_AGENCY_WORDS,
    NAME_LINKS,
    REGNAL_TITLES,
    SOURCE_LABELS,
    Gender,
    OrgHead,
    PatternLexicon,
    load_pattern_lexicon,
)
from akhbar.nlp.structure import AGENCY_CUES, AGENCY_INITIALS
from akhbar.nlp.titles import title_at
from akhbar.nlp.types import Document

_ARTICLE = "ال"
_TEENS = frozenset({"عشر", "عشره"})
PROCLITICS = CONJUNCTIONS + PREPOSITIONS
"""One-letter proclitics (و ف ب ل ك)."""
_MIN_ADJECTIVE = 5
"""ال + at least three letters (الذي, التي are not adjectives)."""
_MAX_GENITIVE_NOUNS = 2
_MAX_AGENCY_WORDS = 10
_AGENCY_CUE = re.compile(
    r"(?<!\w)(?:" + "|".join(map(re.escape, AGENCY_CUES)) + "|" + AGENCY_INITIALS + r")(?!\w)",
    re.IGNORECASE,
)
_CREDIT_SEPARATOR = re.compile(r"\s[-–—|/]\s|[()\[\]«»\"“”:،,؛;]")


def apply_patterns(
    doc: Document, view: TokenView, lex: Lexicons, tagged: list[TokenSpan]
) -> list[TokenSpan]:
    """The tagger's spans with every pattern match merged in (see the module docstring)."""
    plex = load_pattern_lexicon()
    tagged = join_name_links(view, complete_person_names(view, lex, plex, tagged))
    tagged = [_regnal(view, plex, _listed_org(view, plex, span)) for span in tagged]
    found = agency_spans(doc, view)
    blocked = {k for s in tagged if s.type == "PER" for k in range(s.first, s.last)}
    blocked.update(k for s in found for k in range(s.first, s.last))
    found.extend(_Scanner(view, lex, plex, tagged).scan(blocked))
    return overlay(tagged, found)


def overlay(tagged: list[TokenSpan], found: list[TokenSpan]) -> list[TokenSpan]:
    """Pattern spans replace the tagger spans they overlap, unless a tagger span strictly
    contains one (then the tagger's longer name stands)."""
    kept = [
        f
        for f in found
        if not any(
            t.first <= f.first and f.last <= t.last and t.last - t.first > f.last - f.first
            for t in tagged
        )
    ]
    rest = [t for t in tagged if not any(t.first < f.last and f.first < t.last for f in kept)]
    return sorted([*rest, *kept], key=lambda s: s.first)


def complete_person_names(
    view: TokenView, lex: Lexicons, plex: PatternLexicon, tagged: list[TokenSpan]
) -> list[TokenSpan]:
    """Rule 6: ``TITLE GIVEN SURNAME`` becomes one PER span when the tagger found only the
    surname there, split the two, or missed both but the article confirms the surname: tagged as
    (the end of) a person elsewhere, or written right after a title elsewhere (العميد Y)."""
    keys, group_of = view.keys, view.group_of
    covered = {k: s for s in tagged for k in range(s.first, s.last)}
    starts = {s.first: s for s in tagged}
    titled = [(t, t + hit[0]) for t in _title_starts(view, lex) if (hit := title_at(view, t, lex))]
    confirmed = {keys[s.last - 1] for s in tagged if s.type == "PER"}
    confirmed.update(keys[p] for _, p in titled if p < len(keys) and _may_be_surname(keys[p], lex))
    spans = list(tagged)
    for t, given in titled:
        after = given + 1
        if after >= len(keys) or group_of[after] != group_of[t]:
            continue
        if keys[given] not in plex.given_names:
            continue
        if keys[after][:1] == "و" and keys[after][1:] in plex.given_names:
            continue  # a second person: X وY
        own, surname = covered.get(given), starts.get(after)
        if own is not None and (own.type != "PER" or (own.first, own.last) != (given, after)):
            continue
        if surname is not None and surname.type == "PER":
            end = surname.last
            spans.remove(surname)
        elif after not in covered and keys[after] in confirmed:
            end = after + 1
        else:
            continue
        if own is not None:
            spans.remove(own)
        spans.append(TokenSpan(given, end, "PER"))
    return sorted(spans, key=lambda s: s.first)


def _listed_org(view: TokenView, plex: PatternLexicon, span: TokenSpan) -> TokenSpan:
    """Rule 8: ``span`` as ORG when it is a listed organisation's name, else unchanged."""
    if span.type == "ORG" or span.last - span.first < 2:
        return span
    keys = view.keys[span.first : span.last]
    phrase = " ".join(keys)
    bare = " ".join([keys[0][1:], *keys[1:]]) if keys[0][:1] in PROCLITICS else phrase
    listed = phrase in plex.listed_orgs or bare in plex.listed_orgs
    return TokenSpan(span.first, span.last, "ORG") if listed else span


def _regnal(view: TokenView, plex: PatternLexicon, span: TokenSpan) -> TokenSpan:
    """Rule 9: a titled monarch's or pope's span with its regnal number."""
    keys, end = view.keys, span.last
    titled = keys[span.first] in REGNAL_TITLES or (
        span.first and keys[span.first - 1] in REGNAL_TITLES
    )
    if span.type != "PER" or not titled:
        return span
    unit = end < len(keys) and plex.ordinals.get(keys[end], None) is not None  # not العشرين
    if not unit or view.group_of[end] != view.group_of[span.first]:
        return span
    end += 2 if end + 1 < len(keys) and keys[end + 1] in _TEENS else 1  # السادس عشر
    return TokenSpan(span.first, end, "PER")


def join_name_links(view: TokenView, tagged: list[TokenSpan]) -> list[TokenSpan]:
    """Rule 7: a PER span ending in a link word takes the next word of the sentence, and the
    PER span starting there."""
    keys, group_of = view.keys, view.group_of
    starts = {s.first: s for s in tagged}
    out: list[TokenSpan] = []
    skip: set[int] = set()
    for span in tagged:
        if span.first in skip:
            continue
        end = span.last
        while (
            span.type == "PER"
            and keys[end - 1] in NAME_LINKS
            and end < len(keys)
            and group_of[end] == group_of[end - 1]
            and keys[end].isalpha()
        ):
            after = starts.get(end)
            if after is not None and after.type != "PER":
                break
            skip.add(end)
            end = after.last if after is not None else end + 1
        out.append(TokenSpan(span.first, end, span.type) if end != span.last else span)
    return out


def _title_starts(view: TokenView, lex: Lexicons) -> Iterator[int]:
    for t, key in enumerate(view.keys):
        if not lex.title_starts.isdisjoint(closed_class_stems(key)):
            yield t


def _may_be_surname(key: str, lex: Lexicons) -> bool:
    """A word after a title that could be a name (not السابق، الأمريكي، إن)."""
    return (
        len(key) >= 2
        and key.isalpha()
        and key not in lex.role_stopwords
        and key not in lex.role_modifiers
        and key not in lex.nationalities
        and (key,) not in lex.titles
    )


def agency_spans(doc: Document, view: TokenView) -> list[TokenSpan]:
    """Rule 1: the agency named in the credit line (and in the dateline) as an ORG span."""
    out: list[TokenSpan] = []
    for start, end in _agency_segments(doc):
        first = bisect_left(view.starts, start)
        last = first
        while last < len(view.starts) and view.ends[last] <= end:
            last += 1
        if last > first:
            out.append(TokenSpan(first, last, "ORG"))
    return out


def _agency_segments(doc: Document) -> Iterator[tuple[int, int]]:
    """Character spans of the parts of the credit/dateline that name an agency."""
    for offset, text in _credit_lines(doc):
        pos = 0
        labelled = False
        for cut in (*_CREDIT_SEPARATOR.finditer(text), None):
            stop = cut.start() if cut is not None else len(text)
            start, end = offset + pos, offset + stop
            while start < end and doc.text[start].isspace():
                start += 1
            while end > start and doc.text[end - 1].isspace():
                end -= 1
            key = doc.key[start:end]
            if _names_agency(key) or (labelled and _names_source(key)):
                yield start, end
            if start < end:
                labelled = key.lower() in SOURCE_LABELS
            pos = cut.end() if cut is not None else len(text)


def _credit_lines(doc: Document) -> Iterator[tuple[int, str]]:
    if doc.credit:
        for p in doc.paragraphs:
            if doc.text[p.start : p.end] == doc.credit:
                yield p.start, doc.credit
                break
    if doc.dateline:
        pos = doc.text.find(doc.dateline)
        if pos >= 0:
            yield pos, doc.dateline


def _names_agency(key: str) -> bool:
    return _AGENCY_CUE.search(key) is not None and _names_source(key)


def _names_source(key: str) -> bool:
    """A short credit part with a word that is no generic credit word (وكالات alone is not)."""
    words = key.split()
    if not words or len(words) > _MAX_AGENCY_WORDS:
        return False
    return any(len(w) >= 2 and w.lower() not in GENERIC_AGENCY_WORDS for w in words)


def _gender_of(key: str) -> Gender | None:
    """The gender of a nisba adjective by its ending (الروسية f, الروسي m; plurals: None)."""
    if key.endswith("يه"):
        return "f"
    return "m" if key.endswith("ي") else None


class _Scanner:
    """Rules 2-5 over one article, left to right, longest match at each token."""

    def __init__(
        self, view: TokenView, lex: Lexicons, plex: PatternLexicon, tagged: list[TokenSpan]
    ) -> None:
        self.view = view
        self.keys = view.keys
        self.lex = lex
        self.plex = plex
        self.tagged_at = {s.first: s for s in tagged}

    def scan(self, blocked: set[int]) -> list[TokenSpan]:
        out: list[TokenSpan] = []
        i = 0
        keys, triggers = self.keys, self.plex.triggers
        while i < len(keys):
            if triggers.isdisjoint(closed_class_stems(keys[i])):  # what ``match`` tests first
                i += 1
                continue
            span = None if i in blocked else self.match(i)
            if span is None or any(k in blocked for k in range(span.first, span.last)):
                i += 1
                continue
            out.append(span)
            i = span.last
        return out

    def match(self, i: int) -> TokenSpan | None:
        stems = closed_class_stems(self.keys[i])
        if self.plex.triggers.isdisjoint(stems):
            return None
        return self._org(i, stems) or self._event(i, stems) or self._state(i, stems)

    def _same(self, i: int, j: int) -> bool:
        return j < len(self.keys) and self.view.group_of[j] == self.view.group_of[i]

    # Rules 2 and 3: institutions.
    def _org(self, i: int, stems: tuple[str, ...]) -> TokenSpan | None:
        for stem in stems:
            for head in self.plex.org_heads.get(stem, ()):
                end = i + len(head.words)
                if not self._same(i, end - 1) or tuple(self.keys[i + 1 : end]) != head.words[1:]:
                    continue
                if self._after_role(i) or (head.adjectival and self._after_definite(i)):
                    return None
                for j in self._genitive_ends(i, end) if head.construct else (end,):
                    last = self._org_tail(i, j, head)
                    if last is not None:
                        return TokenSpan(i, last, "ORG")
        return None

    def _after_role(self, i: int) -> bool:
        """Whether token ``i`` is the complement of a role word (وزيرة، رئيس، وزيرا)."""
        if i == 0 or not self._same(i - 1, i):
            return False
        starts = self.lex.role_head_starts
        for stem in closed_class_stems(self.keys[i - 1]):
            if stem in starts or (stem[-1:] in ("ا", "ي") and stem[:-1] in starts):
                return True
        return False

    def _after_definite(self, i: int) -> bool:
        """Whether token ``i`` follows a definite word it could qualify (السياسة الخارجية)."""
        if i == 0 or not self._same(i - 1, i):
            return False
        return any(s.startswith(_ARTICLE) for s in closed_class_stems(self.keys[i - 1]))

    def _genitive_ends(self, i: int, j: int) -> list[int]:
        """Ends of one or two definite genitive nouns after a construct head (وزارة الدفاع)."""
        out: list[int] = []
        while len(out) < _MAX_GENITIVE_NOUNS and self._same(i, j) and self._plain_definite(j):
            j += 1
            out.append(j)
        return out

    def _plain_definite(self, j: int) -> bool:
        key = self.keys[j]
        return (
            key.startswith(_ARTICLE)
            and len(key) > 3
            and not self._nationality(key)
            and key not in self.lex.role_stopwords
            and key not in self.plex.chain_stops
        )

    def _org_tail(self, i: int, j: int, head: OrgHead) -> int | None:
        if not self._same(i, j):
            return None
        key = self.keys[j]
        if key.startswith(_ARTICLE) and self._nationality(key) and _gender_of(key) == head.gender:
            return j + 1
        return self._genitive_state(j)

    def _nationality(self, key: str) -> bool:
        if key in self.plex.nationality_homographs:
            return False
        return key in self.lex.nationalities or key in self.plex.regional_adjectives

    def _genitive_state(self, j: int) -> int | None:
        """End of a ل-genitive state or place after an institution (للجمهورية …، لإيران)."""
        key = self.keys[j]
        if key.startswith("لل") and _ARTICLE + key[2:] in self.plex.definite_state_heads:
            end, count, nationality = self._state_chain(j, j + 1)
            return end if count and nationality else None
        if not key.startswith("ل") or len(key) <= 3:
            return None
        tagged = self.tagged_at.get(j)
        if tagged is not None and tagged.type == "LOC":
            return tagged.last
        rest = key[1:]
        if rest in self.plex.state_heads:
            return self._indefinite_state(j)
        return j + 1 if rest in self.plex.places else None

    # Rule 4: named events.
    def _event(self, i: int, stems: tuple[str, ...]) -> TokenSpan | None:
        head = next((h for s in stems if (h := self.plex.event_heads.get(s)) is not None), None)
        if head is None or not self._same(i, i + 1):
            return None
        own, name = self.tagged_at.get(i), self.tagged_at.get(i + 1)
        if own is not None and own.last > i + 1 and own.type in ("LOC", "MISC"):
            j = own.last
        elif self._governed(self.keys[i + 1]):
            return None
        elif name is not None and name.type in ("LOC", "MISC"):
            j = name.last
        elif name is None and self.keys[i + 1] in self.plex.places:
            j = i + 2
        else:
            return None
        end, count = self._event_chain(i, j, head.gender)
        return None if count == 0 and head.needs_adjective else TokenSpan(i, end, "MISC")

    def _governed(self, key: str) -> bool:
        """A name after a preposition or conjunction (قمة بالقاهرة: a summit in Cairo)."""
        if key[:2] == "لل" or (key[:1] in PROCLITICS and key[1:3] == _ARTICLE):
            return True
        return key[:1] in PROCLITICS and key[1:] in self.plex.places

    def _event_chain(self, i: int, j: int, gender: Gender) -> tuple[int, int]:
        """End and length of the adjectives and ordinals agreeing with an event head."""
        keys, ordinals = self.keys, self.plex.ordinals
        count = 0
        while self._same(i, j):
            key = keys[j]
            if (
                not key.startswith(_ARTICLE)
                or key in self.plex.chain_stops
                or key in self.lex.role_stopwords
            ):
                break
            if key in ordinals:
                if ordinals[key] not in (None, gender):
                    break
                j += 1
                if self._same(i, j) and keys[j] in _TEENS:
                    j += 1
                if self._same(i, j) and keys[j][:1] == "و" and keys[j][1:] in ordinals:
                    j += 1
            elif len(key) >= _MIN_ADJECTIVE and _gender_of(key) == gender:
                j += 1
            else:
                break
            count += 1
        return j, count

    # Rule 5: state names.
    def _state(self, i: int, stems: tuple[str, ...]) -> TokenSpan | None:
        for stem in stems:
            if stem in self.plex.state_heads:
                end = self._indefinite_state(i)
                return TokenSpan(i, end, "LOC") if end is not None else None
            if stem in self.plex.definite_state_heads:
                end, count, nationality = self._state_chain(i, i + 1)
                return TokenSpan(i, end, "LOC") if count and nationality else None
        return None

    def _indefinite_state(self, i: int) -> int | None:
        """End of جمهورية + place (+ state adjectives) starting at token ``i``."""
        own, name = self.tagged_at.get(i), self.tagged_at.get(i + 1)
        if own is not None and own.type == "LOC" and own.last > i + 1:
            j = own.last
        elif name is not None and name.type == "LOC" and self._same(i, i + 1):
            j = name.last
        elif self._same(i, i + 1) and self.keys[i + 1] in self.plex.places:
            j = i + 2
        else:
            return None
        return self._state_chain(i, j)[0]

    def _state_chain(self, i: int, j: int) -> tuple[int, int, bool]:
        """End, length and whether it holds a nationality, of the state adjectives from ``j``
        in the sentence of token ``i``."""
        count, nationality = 0, False
        while self._same(i, j):
            key = self.keys[j]
            if key in self.plex.state_adjectives:
                pass
            elif key.startswith(_ARTICLE) and self._nationality(key) and key[-2:] == "يه":
                nationality = True
            else:
                break
            j += 1
            count += 1
        return j, count, nationality
