"""Entity scoring against a gold file, by the rules of ``../shared/fixtures/README.md``.

Names compare after ``fold_name``: NFKC; diacritics and tatweel removed; أ إ آ ٱ -> ا; ى -> ي;
ة -> ه; ک -> ك; ی -> ي; whitespace collapsed. A gold entity is found when the result has an
entity of the same type whose canonical name folds to the gold name; ``optional`` gold entities
count neither for nor against; result entities the gold does not list are extras.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

MAX_EXTRAS = 2
"""Extra entities allowed on the seed article (fixtures/README.md)."""

_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ک": "ك", "ی": "ي"}
)
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_SPACES = re.compile(r"\s+")


class EntityLike(Protocol):
    """Anything with a type and a canonical name (``Entity``, ``EntityOut``)."""

    @property
    def type(self) -> str: ...
    @property
    def name(self) -> str: ...


class PersonLike(EntityLike, Protocol):
    @property
    def titles(self) -> list[str]: ...
    @property
    def roles(self) -> list[str]: ...


def fold_name(text: str) -> str:
    """The comparison form of a name, title or role (README rules)."""
    text = _MARKS.sub("", unicodedata.normalize("NFKC", text)).translate(_FOLD)
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class EntityScore:
    found: list[str]
    missing: list[str]
    """Non-optional gold entities without a match, as ``TYPE name``."""
    extras: list[str]
    """Result entities the gold does not list, as ``TYPE name``."""

    @property
    def passed(self) -> bool:
        return not self.missing and len(self.extras) <= MAX_EXTRAS


def score_entities(result: Iterable[EntityLike], gold: Mapping[str, Any]) -> EntityScore:
    """Compare result entities with ``gold["entities"]`` (README rules)."""
    listed = {(g["type"], fold_name(g["name"])) for g in gold["entities"]}
    produced = {(e.type, fold_name(e.name)) for e in result}
    found: list[str] = []
    missing: list[str] = []
    for g in gold["entities"]:
        pair = (g["type"], fold_name(g["name"]))
        if g.get("optional"):
            continue
        (found if pair in produced else missing).append(f"{g['type']} {g['name']}")
    extras = sorted(f"{t} {n}" for t, n in produced - listed)
    return EntityScore(found, missing, extras)


def person_attribute_gaps(result: Sequence[PersonLike], gold: Mapping[str, Any]) -> list[str]:
    """Gold titles and roles of found gold persons that the matching result entity lacks."""
    by_name = {fold_name(e.name): e for e in result if e.type == "PER"}
    gaps: list[str] = []
    for g in gold["entities"]:
        entity = by_name.get(fold_name(g["name"])) if g["type"] == "PER" else None
        if entity is None:
            continue
        for field in ("titles", "roles"):
            have = {fold_name(x) for x in getattr(entity, field)}
            gaps.extend(
                f"{g['name']}: {field[:-1]} {want!r} missing"
                for want in g.get(field, [])
                if fold_name(want) not in have
            )
    return gaps
