"""Nationality adjectives (الروسي، الإيرانية): not entities, published linked to their country."""

from __future__ import annotations

from collections.abc import Collection

from akhbar.nlp.clitics import closed_class_stems
from akhbar.nlp.lexicons import Lexicons
from akhbar.nlp.mentions import TokenView
from akhbar.nlp.textkey import phrase_key
from akhbar.nlp.types import Entity, Nationality


def find_nationalities(
    view: TokenView, lex: Lexicons, entities: list[Entity], skip: Collection[int]
) -> list[Nationality]:
    """Every nationality adjective outside the tokens in ``skip`` (person names: المصري is a
    surname there), with the country's entity id when the article names that country."""
    place_ids: dict[str, str] = {}
    for entity in entities:
        if entity.type == "LOC":
            place_ids.setdefault(phrase_key(entity.name), entity.id)
    out: list[Nationality] = []
    adjectives = lex.nationalities.keys()
    for i, key in enumerate(view.keys):
        stems = closed_class_stems(key)
        if adjectives.isdisjoint(stems) or i in skip:
            continue
        for stem in stems:
            country = lex.nationalities.get(stem)
            if country is None:
                continue
            offset = len(key) - len(stem) if key.endswith(stem) else 0
            start, end = view.starts[i] + offset, view.ends[i]
            entity_id = next((place_ids[k] for k in sorted(country.keys) if k in place_ids), None)
            text = view.texts[i][offset:]
            out.append(Nationality(start, end, text, country.name, entity_id))
            break
    return out
