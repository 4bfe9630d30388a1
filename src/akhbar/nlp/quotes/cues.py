"""Cue lookup: the lexicon folded to the key alphabet and compiled into one regex."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from akhbar.nlp.quotes import lexicon as lx
from akhbar.nlp.textkey import FOLD_TABLE, MARKS

CueKind = Literal["verb", "participle", "noun", "attribution"]

KEY_FOLD = FOLD_TABLE
"""Same-length folding applied on top of ``Document.key`` (idempotent on an already folded key)."""

STRIP_MARKS = str.maketrans("", "", MARKS)
WORD = rf"[\w{MARKS}]"
MARK_RUN = rf"[{MARKS}]*"
"""Diacritics may follow any letter of a cue (وأكّد، ويصفُ): the key keeps them."""


def fold(text: str) -> str:
    """Fold a lexicon string: hamza/yeh/teh-marbuta folding, marks removed."""
    return text.translate(KEY_FOLD).translate(STRIP_MARKS)


def folded(words: frozenset[str] | tuple[str, ...]) -> frozenset[str]:
    """A lexicon word list, each word folded (``folded(lx.words("قال أكد"))``)."""
    return frozenset(fold(w) for w in words)


@dataclass(frozen=True, slots=True)
class CueForm:
    lemma: str
    kind: CueKind
    frames: frozenset[str]
    ambiguous: bool
    imperfect: bool = False
    """An imperfect verb form (يقول، تتعهد): after أن it is a subjunctive, not a report."""
    pronoun: bool = False
    """The form carries its object pronoun (تصفهم، وصفه، اتهمه): the phrase after it is the
    subject, never the object."""
    resumptive: bool = False
    """A perfect with the resumptive ه of a relative ما (وفقا لما ذكرته الإذاعة، حسب ما أعلنه
    الجيش): a cue only right after ما or لما."""


@dataclass(frozen=True, slots=True)
class CueHit:
    start: int
    end: int
    form: CueForm
    prefixed: bool
    """Starts with the و/ف conjunction (a coordinated new statement)."""


def _verb_forms(verb: lx.Verb) -> tuple[list[str], list[str], list[tuple[str, bool]]]:
    """Perfect forms, imperfect forms, and forms with an object pronoun (perfect for
    ``OBJECT_SUFFIX_VERBS``: اتهمه؛ 3ms perfect and imperfect for ``IMPERFECT_OBJECT_VERBS``:
    وصفه، تصفهم، يعتبره), each with whether it is imperfect."""
    perfect = (
        [verb.perfect[0] + s for s in lx.SOUND_PERFECT] if len(verb.perfect) == 1 else verb.perfect
    )
    imperfect: Sequence[str] = verb.imperfect
    if imperfect == ("-",):
        imperfect = ()
    elif len(imperfect) == 1:
        imperfect = [p.format(imperfect[0]) for p in lx.SOUND_IMPERFECT]
    with_object: list[tuple[str, bool]] = []
    if verb.lemma in lx.OBJECT_SUFFIX_VERBS:
        with_object = [
            (f + s, False)
            for f in perfect[:2]
            for s in lx.OBJECT_SUFFIXES
            if not (s == "ه" and f.endswith("ا"))
        ]
    if verb.lemma in lx.IMPERFECT_OBJECT_VERBS:
        with_object += [(perfect[0] + s, False) for s in lx.OBJECT_SUFFIXES]
        with_object += [(f + s, True) for f in imperfect[:2] for s in lx.OBJECT_SUFFIXES]
    return list(perfect), list(imperfect), with_object


def _participle_forms(participle: str) -> list[str]:
    base = participle[:-1]
    return [participle, base + "ة", base + "ين", base + "تين", base + "ات"]


def _build_forms() -> dict[str, CueForm]:
    forms: dict[str, CueForm] = {}
    resumptives: list[tuple[str, CueForm]] = []
    for verb in lx.VERBS:
        form = CueForm(verb.lemma, "verb", verb.frames, verb.ambiguous)
        present = CueForm(verb.lemma, "verb", verb.frames, verb.ambiguous, imperfect=True)
        perfect, imperfect, with_object = _verb_forms(verb)
        resumptive = replace(form, pronoun=True, resumptive=True)
        resumptives += [(f + "ه", resumptive) for f in perfect[:2] if not f.endswith("ا")]
        for surface in perfect:
            forms.setdefault(fold(surface), form)
        for surface in imperfect:
            forms.setdefault(fold(surface), present)
        for surface, imperfect_form in with_object:
            pronoun = CueForm(
                verb.lemma, "verb", verb.frames, verb.ambiguous, imperfect_form, pronoun=True
            )
            forms.setdefault(fold(surface), pronoun)
    for surface, resumptive in resumptives:  # 3ms, 3fs + ه: قاله، قالته (after every verb's own)
        forms.setdefault(fold(surface), resumptive)
    for participle, lemma in lx.PARTICIPLES.items():
        frames = frozenset(lx.PARTICIPLE_FRAMES.get(lemma, "that colon").split())
        for surface in _participle_forms(participle):
            homograph = surface in lx.PARTICIPLE_NOUNS
            forms.setdefault(fold(surface), CueForm(lemma, "participle", frames, homograph))
    for noun, lemma in lx.SPEECH_NOUNS.items():
        forms[fold(noun)] = CueForm(lemma, "noun", frozenset({"that", "colon"}), True)
    for phrase, lemma in lx.ATTRIBUTIONS.items():
        forms[fold(phrase)] = CueForm(lemma, "attribution", frozenset(), True)
    return forms


FORMS: dict[str, CueForm] = _build_forms()


def trie_pattern(words: Sequence[str]) -> str:
    """One regex alternation for many words, factored as a character trie so the engine
    tries each next character once instead of every word in turn."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [re.escape(ch) + MARK_RUN + _node_pattern(child) for ch, child in node.items() if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body


CUE_RE = re.compile(rf"(?<!{WORD})([وف]?){MARK_RUN}({trie_pattern(list(FORMS))})(?!{WORD})")
"""One pass over the key finds every cue; group 1 is the conjunction, group 2 the form."""


def find_cues(key: str, start: int, end: int) -> list[CueHit]:
    """Cue occurrences in ``key[start:end]`` (folded key)."""
    hits: list[CueHit] = []
    for m in CUE_RE.finditer(key, start, end):
        form = FORMS[m.group(2).translate(STRIP_MARKS)]
        if form.resumptive and not AFTER_MA_RE.search(key, max(start, m.start() - 8), m.start()):
            continue
        hits.append(CueHit(m.start(), m.end(), form, bool(m.group(1))))
    return hits


AFTER_MA_RE = re.compile(rf"(?<!{WORD})ل?ما{MARK_RUN}\s+$")
"""The relative ما (or لما) right before a resumptive form (``CueForm.resumptive``)."""
