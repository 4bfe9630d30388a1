"""Optional CAMeL Tools BERT tagger (``AKHBAR_NER_BACKEND=camel``), used only with its data.

The model is CAMeL's AraBERT fine-tuned on ANERcorp, installed by ``camel_data`` under
``$CAMELTOOLS_DATA/data/ner/arabert/`` (default ``~/.camel_tools``) next to ``catalogue.json``.
Nothing here imports torch, transformers or ``camel_tools.ner`` until a tagger is built: the
latter loads its data catalogue at import time (and downloads one when it is missing), so the
data is located first and a clear ``BackendUnavailable`` is raised when it is absent.

Sentences are cut into chunks of at most ``CHUNK_WORDPIECES`` word pieces (under BERT's 512 and
camel's own 256-piece window) and the labels are joined back, one per input token. Words that
yield no word piece (a lone diacritic) are sent as ``[UNK]`` and labelled ``O``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from akhbar.errors import BackendUnavailable

CHUNK_WORDPIECES = 250
"""Most word pieces per chunk sent to the model ([CLS] and [SEP] come on top)."""

BATCH_SIZE = 32

LABELS = {
    "B-PERS": "B-PER",
    "I-PERS": "I-PER",
    "B-LOC": "B-LOC",
    "I-LOC": "I-LOC",
    "B-ORG": "B-ORG",
    "I-ORG": "I-ORG",
    "B-MISC": "B-MISC",
    "I-MISC": "I-MISC",
    "O": "O",
}
"""CAMeL's ANERcorp labels -> ours."""


def camel_data_dir() -> Path:
    """Where camel-tools looks for its data: ``$CAMELTOOLS_DATA`` or ``~/.camel_tools``."""
    configured = os.environ.get("CAMELTOOLS_DATA")
    return Path(configured).expanduser() if configured else Path.home() / ".camel_tools"


def find_model_dir() -> Path:
    """The installed ``data/ner/arabert`` model folder, or ``BackendUnavailable`` saying why."""
    base = camel_data_dir()
    model = base / "data" / "ner" / "arabert"
    if not (model / "config.json").is_file():
        raise BackendUnavailable(
            f"CAMeL NER data not installed: no {model / 'config.json'}. Install it with "
            "`camel_data -i ner-arabert` (set CAMELTOOLS_DATA to its folder) or use "
            "AKHBAR_NER_BACKEND=crf."
        )
    if not (base / "catalogue.json").is_file():
        raise BackendUnavailable(
            f"CAMeL data catalogue missing: no {base / 'catalogue.json'} (camel_tools would try "
            "to download it at import time)."
        )
    return model


def map_label(label: str) -> str:
    """A camel label in our BIO scheme (anything unknown becomes ``O``)."""
    return LABELS.get(label, "O")


def chunk_sentence(sizes: Sequence[int], limit: int = CHUNK_WORDPIECES) -> list[tuple[int, int]]:
    """Split a sentence whose words have ``sizes`` word pieces into ``[start, end)`` word ranges
    of at most ``limit`` pieces each (a single longer word stands alone)."""
    chunks: list[tuple[int, int]] = []
    start = total = 0
    for i, size in enumerate(sizes):
        if total + size > limit and i > start:
            chunks.append((start, i))
            start, total = i, 0
        total += size
    if start < len(sizes) or not chunks:
        chunks.append((start, len(sizes)))
    return chunks


class CamelTagger:
    """CAMeL Tools' BERT NER behind the ``Tagger`` interface."""

    name = "camel"

    def __init__(self, model_dir: Path | None = None) -> None:
        path = model_dir if model_dir is not None else find_model_dir()
        try:
            from camel_tools.ner import NERecognizer
        except ImportError as exc:
            raise BackendUnavailable(
                f"CAMeL NER needs torch and transformers (requirements/bert.txt): {exc}"
            ) from exc
        self._recognizer: Any = NERecognizer(str(path), use_gpu=False)
        self._tokenizer: Any = self._recognizer.tokenizer
        self._pieces: dict[str, int] = {}

    def _size(self, word: str) -> int:
        size = self._pieces.get(word)
        if size is None:
            size = len(self._tokenizer.tokenize(word))
            self._pieces[word] = size
        return size

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """One label per token; long sentences are chunked and joined back."""
        unk = self._tokenizer.unk_token
        inputs: list[list[str]] = []
        plan: list[list[tuple[int, int]]] = []
        empty: list[list[bool]] = []
        for sentence in sentences:
            sizes = [self._size(w) for w in sentence]
            blank = [s == 0 or s > CHUNK_WORDPIECES for s in sizes]
            words = [unk if b else w for w, b in zip(sentence, blank, strict=True)]
            sizes = [1 if b else s for s, b in zip(sizes, blank, strict=True)]
            ranges = chunk_sentence(sizes) if words else []
            inputs.extend(words[a:b] for a, b in ranges)
            plan.append(ranges)
            empty.append(blank)
        predicted = self._recognizer.predict(inputs, batch_size=BATCH_SIZE) if inputs else []
        out: list[list[str]] = []
        k = 0
        for sentence, ranges, blank in zip(sentences, plan, empty, strict=True):
            labels: list[str] = []
            for a, b in ranges:
                chunk = [map_label(x) for x in predicted[k]][: b - a]
                labels.extend(chunk + ["O"] * (b - a - len(chunk)))
                k += 1
            out.append(["O" if blank[i] else lab for i, lab in enumerate(labels[: len(sentence)])])
        return out
