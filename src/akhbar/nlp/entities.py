"""Entity stage (placeholder until issue 4 lands): tagged tokens -> per-article entities."""

from __future__ import annotations

from akhbar.nlp.ner import Tagger
from akhbar.nlp.types import Document, Entity, EntityResult, EntityType, Mention


def extract_entities(doc: Document, tagger: Tagger) -> EntityResult:
    """Tag each sentence and merge mentions with the same text into one entity."""
    sentences = [
        [t for t in doc.tokens if s.start <= t.start and t.end <= s.end] for s in doc.sentences
    ]
    labels = tagger.tag([[doc.text[t.start : t.end] for t in toks] for toks in sentences])
    by_name: dict[tuple[str, str], Entity] = {}
    for toks, tags in zip(sentences, labels, strict=True):
        start = end = -1
        etype = ""
        for tok, tag in [*zip(toks, tags, strict=True), (None, "O")]:
            if start >= 0 and (tok is None or not tag.startswith("I-")):
                text = doc.text[start:end]
                ent = by_name.setdefault(
                    (etype, text),
                    Entity(id=f"E{len(by_name) + 1}", type=_etype(etype), name=text, mentions=[]),
                )
                ent.mentions.append(Mention(start, end, text))
                start = -1
            if tok is not None and tag.startswith("B-"):
                start, end, etype = tok.start, tok.end, tag[2:]
            elif tok is not None and tag.startswith("I-") and start >= 0:
                end = tok.end
    return EntityResult(entities=list(by_name.values()), nationalities=[], backend=tagger.name)


def _etype(label: str) -> EntityType:
    if label in ("PER", "LOC", "ORG", "MISC"):
        return label  # type: ignore[return-value]
    return "MISC"
