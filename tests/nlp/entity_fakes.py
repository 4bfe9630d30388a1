"""Honest in-memory stand-ins for the entity tests: a phrase-list tagger and a Document builder."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from akhbar.nlp.textkey import fold_key
from akhbar.nlp.types import Document, Sentence, Span

_TOKEN = re.compile(r"\w+|[^\w\s]")


class PhraseTagger:
    """Labels every occurrence of the given token sequences (longest first) with BIO tags."""

    name = "phrases"

    def __init__(self, phrases: Mapping[str, str]) -> None:
        self.phrases = {tuple(p.split()): t for p, t in phrases.items()}
        self.longest = max((len(p) for p in self.phrases), default=1)
        self.calls = 0

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        self.calls += 1
        out = []
        for tokens in sentences:
            labels = ["O"] * len(tokens)
            i = 0
            while i < len(tokens):
                for n in range(min(self.longest, len(tokens) - i), 0, -1):
                    etype = self.phrases.get(tuple(tokens[i : i + n]))
                    if etype is not None:
                        labels[i : i + n] = [f"B-{etype}"] + [f"I-{etype}"] * (n - 1)
                        i += n
                        break
                else:
                    i += 1
            out.append(labels)
        return out


def make_document(*sentences: str) -> Document:
    """One paragraph per sentence; tokens are words and punctuation; key folded 1:1."""
    text = "\n".join(sentences)
    spans: list[Sentence] = []
    pos = 0
    for n, sentence in enumerate(sentences):
        spans.append(Sentence(pos, pos + len(sentence), n))
        pos += len(sentence) + 1
    return Document(
        text=text,
        key=fold_key(text),
        raw_offsets=[*range(len(text)), len(text)],
        paragraphs=[Span(s.start, s.end) for s in spans],
        sentences=spans,
        tokens=[Span(m.start(), m.end()) for m in _TOKEN.finditer(text)],
    )
