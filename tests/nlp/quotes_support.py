"""Build Documents and EntityResults by hand for quote-stage unit tests."""

from __future__ import annotations

import re

from akhbar.nlp.types import Document, Entity, EntityResult, Mention, Sentence, Span

_TOKEN = re.compile(r"\w+|[^\w\s]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_WORD_START = r"(?:(?<=\s[وبلك])|(?<!\w))"
"""A mention may follow a one-letter proclitic (لوكالة)."""
_SENTENCE = re.compile(r"[^.؟!\n]+[.؟!]*")


def make_doc(text: str) -> Document:
    """Tokens by regex, key by folding, a paragraph per line, sentences split on . ؟ ! and lines."""
    paragraphs: list[Span] = []
    sentences: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            paragraphs.append(Span(pos, pos + len(line)))
            for m in _SENTENCE.finditer(line):
                if m.group().strip():
                    sentences.append(Sentence(pos + m.start(), pos + m.end(), len(paragraphs) - 1))
        pos += len(line) + 1
    return Document(
        text=text,
        key=text.translate(_FOLD),
        raw_offsets=[*range(len(text)), len(text)],
        paragraphs=paragraphs,
        sentences=sentences,
        tokens=[Span(m.start(), m.end()) for m in _TOKEN.finditer(text)],
    )


def make_entities(
    doc: Document, spec: dict[str, tuple[str, str, list[str], list[str]]]
) -> EntityResult:
    """``{id: (type, name, mention strings, roles)}``; every occurrence of a mention string in
    ``doc.text`` (as a whole word sequence) becomes a mention."""
    entities = []
    for eid, (etype, name, surfaces, roles) in spec.items():
        mentions = [
            Mention(m.start(), m.end(), m.group())
            for surface in surfaces
            for m in re.finditer(rf"{_WORD_START}{re.escape(surface)}(?!\w)", doc.text)
        ]
        entities.append(
            Entity(eid, etype, name, sorted(mentions, key=lambda x: x.start), [], roles)
        )  # type: ignore[arg-type]
    return EntityResult(entities=entities, nationalities=[], backend="hand")
