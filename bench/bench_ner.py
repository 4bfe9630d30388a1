"""NER speed on one core: the shipped CRF tagger next to a BERT-base token-classification
forward pass (random weights) on the same dev sentences, in the same run.

Run: ``taskset -c 0 .venv/bin/python bench/bench_ner.py [DATA_DIR] [--bert-sentences N]``
(DATA_DIR default ../shared/data; the dev split is the last 10% of anercorp/train.txt).
CRF: tokens/s over all dev sentences, tagged as documents of 20 sentences like ``ner
tag-conll``; "cold" is the first pass of a freshly loaded tagger (empty feature cache),
"warm" the median of 5 further passes. BERT: ``BertConfig()`` (bert-base) with 9 labels,
``torch.set_num_threads(1)``, batches of 32 sentences sorted by length, 1.3 word pieces per
word assumed (no tokenizer can be downloaded here), inputs capped at 512 pieces.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from importlib import metadata
from pathlib import Path

from akhbar.nlp.ner import load_tagger
from akhbar.nlp.ner.conll import read_rows, tag_sentences

REPO = Path(__file__).resolve().parents[1]
PIECES_PER_WORD = 1.3
BATCH = 32


def crf_speed(sentences: list[list[str]]) -> tuple[float, float, float]:
    """(load seconds, cold tokens/s, warm median tokens/s)."""
    n_tokens = sum(map(len, sentences))
    t0 = time.perf_counter()
    tagger = load_tagger("crf")
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    tag_sentences(tagger, sentences)
    cold = n_tokens / (time.perf_counter() - t0)
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        tag_sentences(tagger, sentences)
        runs.append(n_tokens / (time.perf_counter() - t0))
    return load, cold, statistics.median(runs)


def bert_speed(sentences: list[list[str]]) -> tuple[float, str]:
    """Tokens/s (words, not pieces) of a random bert-base forward pass; torch version."""
    import torch
    from transformers import BertConfig, BertForTokenClassification

    torch.set_num_threads(1)
    torch.manual_seed(0)
    config = BertConfig(num_labels=9)  # type: ignore[call-arg]
    model = BertForTokenClassification(config).eval()  # type: ignore[no-untyped-call]
    lengths = sorted(min(512, int(len(s) * PIECES_PER_WORD) + 2) for s in sentences)
    words = sum(map(len, sentences))
    t0 = time.perf_counter()
    with torch.inference_mode():
        for i in range(0, len(lengths), BATCH):
            batch = lengths[i : i + BATCH]
            width = max(batch)
            ids = torch.randint(1000, 30000, (len(batch), width))
            mask = torch.zeros((len(batch), width), dtype=torch.long)
            for row, n in enumerate(batch):
                mask[row, :n] = 1
            model(input_ids=ids, attention_mask=mask)
    return words / (time.perf_counter() - t0), str(torch.__version__)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(REPO.parent / "shared" / "data"))
    parser.add_argument("--bert-sentences", type=int, default=128)
    args = parser.parse_args()
    rows = read_rows(Path(args.data) / "anercorp" / "train.txt")
    dev = [[r[0] for r in s] for s in rows[int(len(rows) * 0.9) :]]
    n_tokens = sum(map(len, dev))
    load, cold, warm = crf_speed(dev)
    bert_sents = dev[: args.bert_sentences]
    bert, torch_version = bert_speed(bert_sents)
    import transformers

    crfsuite = metadata.version("python-crfsuite")
    print(
        f"python {platform.python_version()}, python-crfsuite {crfsuite}, "
        f"torch {torch_version}, transformers {transformers.__version__}"
    )
    print(f"dev sentences: {len(dev)}, tokens: {n_tokens}")
    print(f"crf load: {load:.2f} s")
    print(f"crf cold (first pass, empty cache): {cold:,.0f} tokens/s")
    print(f"crf warm (median of 5): {warm:,.0f} tokens/s")
    print(f"bert-base forward, {len(bert_sents)} sentences: {bert:,.0f} tokens/s")
    print(f"ratio crf warm / bert: {warm / bert:,.0f}x; crf cold / bert: {cold / bert:,.0f}x")


if __name__ == "__main__":
    main()
