"""Quotation stage (placeholder until issue 5 lands)."""

from __future__ import annotations

from akhbar.nlp.types import Document, EntityResult, Quote


def extract_quotes(doc: Document, entities: EntityResult) -> list[Quote]:
    """Find who said what. Placeholder: finds nothing yet."""
    return []
