"""Read-only name lists built by scripts/build_gazetteers.py, loaded once per process.

All entries are folded (``fold``; the hand-written organisation lexicon when loaded);
multi-word entries are space-separated.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from akhbar.nlp.ner.fold import fold

DATA_DIR = Path(__file__).resolve().parent / "data"
HANDWRITTEN_ORGS = "organisations_handwritten.tsv"
# Type column of the hand-written lexicon -> feature group: c company, p party / movement /
# armed group, m media / news agency, i international body / university / institute / religious
# institution, g named government body, s club.
HANDWRITTEN_GROUPS = {
    "company": "c",
    "party": "p",
    "movement": "p",
    "armed": "p",
    "media": "m",
    "agency": "m",
    "intl": "i",
    "university": "i",
    "institute": "i",
    "religious": "i",
    "gov": "g",
    "club": "s",
}


@dataclass(frozen=True, slots=True)
class Nationality:
    country: str
    code: str


@dataclass(frozen=True, slots=True)
class Gazetteers:
    common_rank: dict[str, int]
    """Folded word -> rank in the common-word list (0 = most frequent)."""
    given: frozenset[str]
    surname: frozenset[str]
    foreign: frozenset[str]
    places: frozenset[str]
    """Single-word place names."""
    orgs: frozenset[str]
    """Single-word organisation names."""
    phrases: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    """First word -> (remaining words, kind) of every multi-word place (L), organisation (R)
    or hand-written lexicon name (H + its group, e.g. Hm), longest first."""
    nationalities: dict[str, Nationality]
    """Folded adjective form (one or two words) -> its country."""
    handwritten: dict[str, str] = field(default_factory=dict)
    """Single-word names of the hand-written organisation lexicon -> their groups (letters of
    ``HANDWRITTEN_GROUPS``); its multi-word names are in ``phrases`` with kind ``H`` + group."""


def _lines(name: str) -> list[str]:
    path = DATA_DIR / name
    raw = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
    return [line for line in raw.decode("utf-8").split("\n") if line]


def _split(
    files: tuple[str, ...], kind: str, phrases: dict[str, set[tuple[tuple[str, ...], str]]]
) -> set[str]:
    """Single words of the lists in ``files``; multi-word entries go to ``phrases``."""
    singles = set()
    for name in files:
        for entry in _lines(name):
            words = entry.split(" ")
            if len(words) == 1:
                singles.add(entry)
            elif len(words) <= 5:
                phrases.setdefault(words[0], set()).add((tuple(words[1:]), kind))
    return singles


def handwritten_entries() -> list[tuple[str, str]]:
    """(folded name, group) of every entry of the hand-written organisation lexicon."""
    out = []
    for row in _lines(HANDWRITTEN_ORGS):
        if row.startswith("#"):
            continue
        name, kind = row.split("\t")
        out.append((" ".join(fold(name).split()), HANDWRITTEN_GROUPS[kind]))
    return out


def _handwritten(phrases: dict[str, set[tuple[tuple[str, ...], str]]]) -> dict[str, str]:
    singles: dict[str, set[str]] = {}
    for name, group in handwritten_entries():
        words = name.split(" ")
        if len(words) == 1:
            singles.setdefault(name, set()).add(group)
        else:
            phrases.setdefault(words[0], set()).add((tuple(words[1:]), "H" + group))
    return {name: "".join(sorted(groups)) for name, groups in singles.items()}


@cache
def load_gazetteers() -> Gazetteers:
    """Load every list from the package data (about 0.2 s; cached)."""
    phrases: dict[str, set[tuple[tuple[str, ...], str]]] = {}
    places = _split(
        ("loc_cldr.txt", "loc_iso3166.txt", "loc_geonames.txt.gz", "loc_arwikicats.txt.gz"),
        "L",
        phrases,
    )
    orgs = _split(("org_arwikicats.txt.gz",), "R", phrases)
    handwritten = _handwritten(phrases)
    nationalities = {}
    for row in _lines("nationalities.tsv"):
        form, country, code = row.split("\t")
        nationalities[form] = Nationality(country, code)
    return Gazetteers(
        common_rank={w: i for i, w in enumerate(_lines("common_words.txt.gz"))},
        given=frozenset(_lines("per_given.txt.gz")),
        surname=frozenset(_lines("per_surname.txt.gz")),
        foreign=frozenset(_lines("per_arabnamer.txt.gz") + _lines("per_arwikicats.txt.gz")),
        places=frozenset(places),
        orgs=frozenset(orgs),
        phrases={k: tuple(sorted(v, key=lambda p: (-len(p[0]), p))) for k, v in phrases.items()},
        nationalities=nationalities,
        handwritten=handwritten,
    )
