"""The article as tokens, tagged in one call, and BIO labels decoded into token spans."""

from __future__ import annotations

from dataclasses import dataclass

from akhbar.nlp.ner import Tagger
from akhbar.nlp.textkey import fold_key
from akhbar.nlp.types import Document, EntityType

# Corpus spellings of the four types (ANERcorp PERS/MISC, AQMAR MIS).
_TYPES: dict[str, EntityType] = {
    "PER": "PER",
    "PERS": "PER",
    "LOC": "LOC",
    "ORG": "ORG",
    "MISC": "MISC",
    "MIS": "MISC",
}


@dataclass(frozen=True, slots=True)
class TokenView:
    """Parallel per-token arrays over ``doc.tokens`` and their grouping into tagged sentences."""

    texts: list[str]
    keys: list[str]
    starts: list[int]
    ends: list[int]
    groups: list[list[int]]
    """Token indices of each sentence in article order (tokens outside sentences form runs)."""
    group_of: list[int]


@dataclass(frozen=True, slots=True)
class TokenSpan:
    """Tokens ``[first, last)`` labelled as one mention of ``type``."""

    first: int
    last: int
    type: EntityType


def token_view(doc: Document) -> TokenView:
    """Slice the document's tokens once: display text, folded key, offsets, sentence groups."""
    starts = [t.start for t in doc.tokens]
    ends = [t.end for t in doc.tokens]
    groups: list[list[int]] = []
    group_of: list[int] = []
    sentences = doc.sentences
    key = fold_key(doc.key)  # one char for one: slices of it are the tokens' keys
    si = 0
    current: tuple[bool, int] | None = None
    for i, start in enumerate(starts):
        while si < len(sentences) and sentences[si].end <= start:
            si += 1
        place = (si < len(sentences) and sentences[si].start <= start, si)
        if place != current:
            groups.append([])
            current = place
        groups[-1].append(i)
        group_of.append(len(groups) - 1)
    return TokenView(
        texts=[doc.text[s:e] for s, e in zip(starts, ends, strict=True)],
        keys=[key[s:e] for s, e in zip(starts, ends, strict=True)],
        starts=starts,
        ends=ends,
        groups=groups,
        group_of=group_of,
    )


def tag_spans(view: TokenView, tagger: Tagger) -> list[TokenSpan]:
    """Tag every sentence in one call and decode the BIO labels into mention spans."""
    labels = tagger.tag([[view.texts[i] for i in group] for group in view.groups])
    spans: list[TokenSpan] = []
    for group, tags in zip(view.groups, labels, strict=True):
        if len(tags) != len(group):
            raise ValueError(f"tagger {tagger.name!r} returned {len(tags)} labels for {len(group)}")
        spans.extend(decode_bio(group, tags))
    return spans


def decode_bio(indices: list[int], labels: list[str]) -> list[TokenSpan]:
    """CoNLL decoding: a span starts at B-X, or at I-X not continuing an X span."""
    spans: list[TokenSpan] = []
    first = -1
    current: EntityType | None = None
    for pos, label in enumerate(labels):
        prefix, _, name = label.partition("-")
        etype = _TYPES.get(name) if prefix in ("B", "I") else None
        if current is not None and (etype != current or prefix == "B"):
            spans.append(TokenSpan(indices[first], indices[pos - 1] + 1, current))
            current = None
        if etype is not None and current is None:
            first, current = pos, etype
    if current is not None:
        spans.append(TokenSpan(indices[first], indices[-1] + 1, current))
    return spans
