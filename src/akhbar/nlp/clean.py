"""Cleaning stage (placeholder until issue 3 lands): raw body -> Document."""

from __future__ import annotations

import re

from akhbar.errors import RejectedInput
from akhbar.nlp.types import Document, Sentence, Span

_TOKEN = re.compile(r"\w+|[^\w\s]")


def clean(body: str, title: str | None = None) -> Document:
    """Turn a raw body into a Document (identity text; real cleaning comes with issue 3)."""
    if not body.strip():
        raise RejectedInput("empty_body", "body is empty or only whitespace")
    text = body
    paragraphs: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            paragraphs.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    sentences = [Sentence(p.start, p.end, i) for i, p in enumerate(paragraphs)]
    tokens = [Span(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    return Document(
        text=text,
        key=text,
        raw_offsets=[*range(len(text)), len(text)],
        paragraphs=paragraphs,
        sentences=sentences,
        tokens=tokens,
        title=title,
    )
