"""Read-only name lists built by scripts/build_gazetteers.py, loaded once per process.

All entries are folded (``fold``); multi-word entries are space-separated.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


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
    """First word -> (remaining words, kind L or R) of every multi-word place (L) or
    organisation (R) name, longest first."""
    nationalities: dict[str, Nationality]
    """Folded adjective form (one or two words) -> its country."""


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
    )
