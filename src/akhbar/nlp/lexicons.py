"""Word lists of the entity stage, loaded once per process from ``akhbar/nlp/data``.

Titles, role heads and name heads are ours; nationality adjectives are our stems (with country
aliases for linking) merged with the NER gazetteer's inflected forms when that data is present.
Every lookup key is ``fold_key``-folded.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from akhbar.nlp.textkey import fold_key, phrase_key

DATA_DIR = Path(__file__).resolve().parent / "data"
NER_DATA_DIR = Path(__file__).resolve().parent / "ner" / "data"

# Endings of a masculine nisba adjective in -ي: feminine, plurals, duals.
_NISBA_ENDINGS = ("", "ه", "ون", "ين", "ات", "ان", "تان", "تين")


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    """Canonical display name (first alias in ``nationalities.tsv``)."""
    keys: frozenset[str]
    """Folded keys of every alias, for linking to an article's LOC entity."""


@dataclass(frozen=True, slots=True)
class Lexicons:
    titles: frozenset[tuple[str, ...]]
    """Folded titles as word tuples (آية الله is two words)."""
    title_display: dict[tuple[str, ...], str]
    title_starts: frozenset[str]
    """First words of the titles (a cheap pre-check)."""
    role_heads: frozenset[tuple[str, ...]]
    role_head_starts: frozenset[str]
    name_heads: frozenset[str]
    role_stopwords: frozenset[str]
    role_modifiers: frozenset[str]
    nationalities: dict[str, Country]
    """Folded adjective form (with or without ال) -> its country."""
    known_names: frozenset[str]
    """Folded single-word names (places, person name units) from the NER gazetteer."""


def read_lines(path: Path) -> list[str]:
    """The non-blank, non-comment lines of a word-list file (none if it is absent)."""
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


def read_gz_lines(path: Path) -> list[str]:
    """The non-blank lines of a gzipped word list (none if it is absent)."""
    import gzip

    if not path.exists():
        return []
    return [line for line in gzip.decompress(path.read_bytes()).decode("utf-8").split("\n") if line]


def _nationalities() -> dict[str, Country]:
    forms: dict[str, Country] = {}
    by_alias: dict[str, Country] = {}
    for row in read_lines(DATA_DIR / "nationalities.tsv"):
        stems, names = row.split("\t")
        aliases = names.split("|")
        country = Country(aliases[0], frozenset(phrase_key(a) for a in aliases))
        for alias_key in country.keys:
            by_alias[alias_key] = country
        for stem in stems.split("|"):
            base = fold_key(stem)
            for ending in _NISBA_ENDINGS:
                forms[base + ending] = country
                forms["ال" + base + ending] = country
    # The NER gazetteer's inflected forms (folded form, CLDR country, code), when built.
    for row in read_lines(NER_DATA_DIR / "nationalities.tsv"):
        parts = row.split("\t")
        if len(parts) < 2 or " " in parts[0]:
            continue
        name_key = phrase_key(parts[1])
        known = by_alias.get(name_key) or Country(parts[1], frozenset({name_key}))
        forms.setdefault(parts[0], known)
    return forms


@cache
def load_lexicons() -> Lexicons:
    """Read every list (a few ms; cached for the process)."""
    titles = {tuple(phrase_key(t).split(" ")): t for t in read_lines(DATA_DIR / "titles.txt")}
    known: set[str] = set()
    for name in ("loc_cldr.txt", "loc_iso3166.txt"):
        known.update(w for w in read_lines(NER_DATA_DIR / name) if " " not in w)
    for name in ("loc_geonames.txt.gz", "per_given.txt.gz", "per_surname.txt.gz"):
        known.update(w for w in read_gz_lines(NER_DATA_DIR / name) if " " not in w)
    nationalities = _nationalities()
    for country in set(nationalities.values()):
        known.update(k for k in country.keys if " " not in k)
    role_heads = frozenset(
        tuple(phrase_key(h).split(" ")) for h in read_lines(DATA_DIR / "role_heads.txt")
    )
    return Lexicons(
        titles=frozenset(titles),
        title_display=titles,
        title_starts=frozenset(t[0] for t in titles),
        role_heads=role_heads,
        role_head_starts=frozenset(h[0] for h in role_heads),
        name_heads=frozenset(fold_key(h) for h in read_lines(DATA_DIR / "name_heads.txt")),
        role_stopwords=frozenset(fold_key(w) for w in read_lines(DATA_DIR / "role_stopwords.txt")),
        role_modifiers=frozenset(fold_key(w) for w in read_lines(DATA_DIR / "role_modifiers.txt")),
        nationalities=nationalities,
        known_names=frozenset(known),
    )
