"""Word lists of the article-level name patterns (``name_patterns``), loaded once per process.

Heads, ordinals and adjectives are ours (``akhbar/nlp/data``); place and given-name evidence comes
from the NER gazetteers (``akhbar/nlp/ner/data``, read only) when they are present. Every key is
``fold_key``-folded.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from akhbar.nlp.entity_merge import STATE_HEADS
from akhbar.nlp.lexicons import DATA_DIR, NER_DATA_DIR, load_lexicons, read_gz_lines, read_lines
from akhbar.nlp.textkey import fold_key, phrase_key

Gender = Literal["m", "f"]

GENERIC_AGENCY_WORDS = frozenset(
    {"وكاله", "وكالات", "للانباء", "الانباء", "انباء", "الصحافه", "المصدر", "مصدر", "و"}
    | {"agency", "news", "press", "source"}
)
"""Key words of a credit line that name no agency by themselves (وكالات alone is no name)."""
SOURCE_LABELS = frozenset({"المصدر", "مصدر", "المصادر", "source"})
"""Labels whose next credit part is the source's name (المصدر: X)."""
NAME_LINKS = frozenset(fold_key(w) for w in ("بن", "ابن", "بنت", "آل", "أبو", "أبي", "أبا", "عبد"))
"""Words that cannot end a person's name: the next word belongs to it (آل مكتوم)."""
REGNAL_TITLES = frozenset(
    fold_key(w) for w in ("الملك", "الملكة", "البابا", "السلطان", "الإمبراطور", "الشاه")
)
"""Titles whose holder's name may close with a regnal number (الملك عبد الله الثاني)."""
DEFINITE_STATE_HEADS = frozenset({"الجمهوريه", "المملكه"})
"""Definite state nouns that name a state with adjectives alone (الجمهورية الإسلامية الإيرانية);
الدولة is left out: الدولة الإسرائيلية is a description, الدولة الإسلامية a group."""


@dataclass(frozen=True, slots=True)
class OrgHead:
    words: tuple[str, ...]
    gender: Gender
    construct: bool
    """An indefinite head that needs a definite genitive noun before the adjective (وزارة)."""
    adjectival: bool
    """Also an adjective (الخارجية): not a name right after a definite noun it could qualify."""


@dataclass(frozen=True, slots=True)
class EventHead:
    gender: Gender
    needs_adjective: bool


@dataclass(frozen=True, slots=True)
class PatternLexicon:
    org_heads: dict[str, tuple[OrgHead, ...]]
    """First word -> heads starting with it, longest first."""
    event_heads: dict[str, EventHead]
    ordinals: dict[str, Gender | None]
    state_heads: frozenset[str]
    """Indefinite state nouns (جمهوريه، مملكه، اماره، سلطنه، دوقيه). Not دوله: in newswire it
    mostly describes (دولة قطر next to قطر would split one place into two entities)."""
    definite_state_heads: frozenset[str]
    """Definite state nouns that name a state with adjectives only (الجمهوريه الاسلاميه ...)."""
    state_adjectives: frozenset[str]
    regional_adjectives: frozenset[str]
    """Definite regional adjectives in both genders (الاوروبي، الاوروبيه)."""
    nationality_homographs: frozenset[str]
    """Nationality forms read as ordinary adjectives (الماليه: financial)."""
    chain_stops: frozenset[str]
    places: frozenset[str]
    """Single-word place names (CLDR, ISO 3166, GeoNames, ArWikiCats) minus common words."""
    triggers: frozenset[str]
    """Every word that can open a rule 2-5 match (a cheap pre-check per token)."""
    given_names: frozenset[str]
    """Single-word given names, without titles, role words, rank words and definite words
    (الجليل is an epithet)."""
    listed_orgs: frozenset[str]
    """Multi-word names of the hand-written organisation lexicon (فرانس برس), as phrase keys."""


def _tsv(name: str) -> list[list[str]]:
    return [line.split("\t") for line in read_lines(DATA_DIR / name)]


def _gender(value: str) -> Gender:
    if value not in ("m", "f"):
        raise ValueError(f"gender must be m or f, not {value!r}")
    return "m" if value == "m" else "f"


def _org_heads() -> dict[str, tuple[OrgHead, ...]]:
    by_start: dict[str, list[OrgHead]] = {}
    for head, gender, kind in _tsv("org_heads.tsv"):
        words = tuple(phrase_key(head).split(" "))
        by_start.setdefault(words[0], []).append(
            OrgHead(words, _gender(gender), kind == "construct", kind == "adjective")
        )
    return {k: tuple(sorted(v, key=lambda h: -len(h.words))) for k, v in by_start.items()}


def _places() -> frozenset[str]:
    found: set[str] = set()
    for name in ("loc_cldr.txt", "loc_iso3166.txt"):
        found.update(read_lines(NER_DATA_DIR / name))
    for name in ("loc_geonames.txt.gz", "loc_arwikicats.txt.gz"):
        found.update(read_gz_lines(NER_DATA_DIR / name))
    excluded = {fold_key(w) for w in read_lines(DATA_DIR / "place_exclusions.txt")}
    return frozenset(w for w in found if " " not in w and w not in excluded)


def _listed_orgs() -> frozenset[str]:
    names = (
        line.split("\t")[0] for line in read_lines(NER_DATA_DIR / "organisations_handwritten.tsv")
    )
    return frozenset(key for name in names if " " in (key := phrase_key(name)))


def _given_names() -> frozenset[str]:
    lex = load_lexicons()
    names: set[str] = set()
    for name in ("per_given.txt.gz", "per_arabnamer.txt.gz"):
        names.update(w for w in read_gz_lines(NER_DATA_DIR / name) if " " not in w)
    closed = {t[0] for t in lex.titles} | set(lex.nationalities) | lex.role_head_starts
    closed |= lex.role_stopwords | lex.role_modifiers
    closed |= {fold_key(w) for w in read_lines(DATA_DIR / "not_given_names.txt")}
    return frozenset(w for w in names if len(w) >= 2 and not w.startswith("ال") and w not in closed)


@cache
def load_pattern_lexicon() -> PatternLexicon:
    """Read every list (cached for the process)."""
    org_heads = _org_heads()
    event_heads = {
        fold_key(row[0]): EventHead(_gender(row[1]), row[2:] == ["adjective"])
        for row in _tsv("event_heads.tsv")
    }
    regional: set[str] = set()
    for stem in read_lines(DATA_DIR / "regional_adjectives.txt"):
        regional.update({"ال" + fold_key(stem), "ال" + fold_key(stem) + "ه"})
    return PatternLexicon(
        org_heads=org_heads,
        event_heads=event_heads,
        ordinals={fold_key(w): None if g == "-" else _gender(g) for w, g in _tsv("ordinals.tsv")},
        state_heads=STATE_HEADS,
        definite_state_heads=DEFINITE_STATE_HEADS,
        state_adjectives=frozenset(
            fold_key(w) for w in read_lines(DATA_DIR / "state_adjectives.txt")
        ),
        regional_adjectives=frozenset(regional),
        nationality_homographs=frozenset(
            fold_key(w) for w in read_lines(DATA_DIR / "nationality_homographs.txt")
        ),
        chain_stops=frozenset(fold_key(w) for w in read_lines(DATA_DIR / "name_chain_stops.txt")),
        triggers=frozenset(org_heads) | frozenset(event_heads) | STATE_HEADS | DEFINITE_STATE_HEADS,
        places=_places(),
        given_names=_given_names(),
        listed_orgs=_listed_orgs(),
    )
