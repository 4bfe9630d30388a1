"""Cleaning stage: raw body (plain text or HTML) -> ``Document``.

Steps: ``html_text.extract_text`` (markup, entities) -> ``normalize.normalize`` (camel-tools
``normalize_unicode`` and ``arclean`` without their traps, whitespace) -> exact duplicate
paragraphs dropped -> structure (title, dateline, credit), sentences, tokens -> language check.
Every step carries ``raw_offsets`` so each character of ``Document.text`` points into ``body``.
See docs/CLEANING.md for every decision.
"""

from __future__ import annotations

from akhbar.errors import RejectedInput
from akhbar.nlp import segment
from akhbar.nlp.html_text import extract_text
from akhbar.nlp.language import guess_language
from akhbar.nlp.normalize import normalize, to_key
from akhbar.nlp.structure import find_structure
from akhbar.nlp.types import Document

NOT_MOSTLY_ARABIC = "not_mostly_arabic"


def clean(body: str, title: str | None = None) -> Document:
    """Turn a raw body into a Document: display text, matching key, offsets and structure.

    Raises ``RejectedInput("empty_body")`` when the body is blank or holds no text at all.
    """
    if not body.strip():
        raise RejectedInput("empty_body", "body is empty or only whitespace")
    extracted, offsets = extract_text(body)
    if not extracted.strip():
        raise RejectedInput("empty_body", "no text left after removing the markup")
    text, offsets = normalize(extracted, offsets)
    text, offsets, dropped = segment.drop_duplicate_paragraphs(text, offsets)

    paragraphs = segment.paragraphs(text)
    parts = find_structure([text[p.start : p.end] for p in paragraphs], title is not None)
    language, ratio = guess_language(text, extracted)
    given_title = normalize(title, [0] * len(title))[0] if title is not None else None
    return Document(
        text=text,
        key=to_key(text),
        raw_offsets=[*offsets, len(body)],
        paragraphs=paragraphs,
        sentences=segment.sentences(text, paragraphs),
        tokens=segment.tokenize(text),
        title=given_title if given_title else parts.title_text,
        dateline=parts.dateline,
        credit=parts.credit_text,
        duplicates_dropped=dropped,
        language=language,
        arabic_ratio=round(ratio, 4),
        warnings=[] if language == "ar" else [NOT_MOSTLY_ARABIC],
    )
