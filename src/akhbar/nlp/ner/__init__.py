"""Token taggers behind one interface. ``load_tagger(name)`` builds one at worker start."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from akhbar.errors import BackendUnavailable


class Tagger(Protocol):
    """Tags tokenised sentences with BIO labels over PER, LOC, ORG, MISC."""

    name: str

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """One label per token, e.g. ``B-PER``, ``I-ORG``, ``O``."""
        ...


class _NullTagger:
    """Tags nothing (for tests of the stages around NER)."""

    name = "null"

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        return [["O"] * len(sentence) for sentence in sentences]


def load_tagger(backend: str) -> Tagger:
    """Build the tagger named by ``AKHBAR_NER_BACKEND``: ``crf`` (the shipped default),
    ``null`` (tags nothing; tests). Raises ``BackendUnavailable`` for an unknown name."""
    if backend == "crf":
        from akhbar.nlp.ner.crf import load_crf

        return load_crf()
    if backend == "null":
        return _NullTagger()
    if backend == "camel":
        from akhbar.nlp.ner.camel_backend import CamelTagger

        return CamelTagger()
    raise BackendUnavailable(f"unknown NER backend {backend!r} (available: crf, camel, null)")
