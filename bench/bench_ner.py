"""NER speed on one core: the shipped CRF tagger next to a BERT-base token-classification
forward pass (random weights) on the same dev sentences, in the same run.

Run: ``.venv/bin/python bench/bench_ner.py [DATA_DIR] [--append]`` (both sides single-threaded;
do not pin to a core other jobs are pinned to)
(DATA_DIR default ../shared/data; the dev split is the last 10% of anercorp/train.txt).
CRF: tokens/s over all dev sentences, tagged as documents of ``conll.DOC_SENTENCES``
sentences like ``ner tag-conll``; "cold" is the first pass of a freshly loaded tagger (empty
caches), "steady" a fresh tagger that has first tagged the training portion (other articles:
the state of a running worker), "warm" the median of 5 further passes over the same text.
BERT: ``BertConfig()`` (bert-base) with 9 labels,
``torch.set_num_threads(1)``, batches of 32 sentences sorted by length, 1.3 word pieces per
word assumed (no tokenizer can be downloaded here), inputs capped at 512 pieces.
"""

from __future__ import annotations

import argparse
import os
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


def crf_speed(
    sentences: list[list[str]], other: list[list[str]]
) -> tuple[float, float, float, float]:
    """(load seconds, cold, steady, warm tokens/s): cold = first pass of a fresh tagger;
    steady = fresh tagger after tagging ``other`` text (a worker that has seen other
    articles); warm = median of 5 passes over the same text."""
    n_tokens = sum(map(len, sentences))
    t0 = time.perf_counter()
    tagger = load_tagger("crf")
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    tag_sentences(tagger, sentences)
    cold = n_tokens / (time.perf_counter() - t0)
    fresh = load_tagger("crf")
    tag_sentences(fresh, other)
    t0 = time.perf_counter()
    tag_sentences(fresh, sentences)
    steady = n_tokens / (time.perf_counter() - t0)
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        tag_sentences(tagger, sentences)
        runs.append(n_tokens / (time.perf_counter() - t0))
    return load, cold, steady, statistics.median(runs)


def bert_speed(sentences: list[list[str]], repeats: int) -> tuple[list[float], str]:
    """Tokens/s (words, not pieces) of a random bert-base forward pass per repeat; torch
    version."""
    import torch
    from transformers import BertConfig, BertForTokenClassification

    torch.set_num_threads(1)
    torch.manual_seed(0)
    config = BertConfig(num_labels=9)  # type: ignore[call-arg]
    model = BertForTokenClassification(config).eval()  # type: ignore[no-untyped-call]
    lengths = sorted(min(512, int(len(s) * PIECES_PER_WORD) + 2) for s in sentences)
    words = sum(map(len, sentences))
    runs = []
    with torch.inference_mode():
        for _ in range(repeats):
            t0 = time.perf_counter()
            for i in range(0, len(lengths), BATCH):
                batch = lengths[i : i + BATCH]
                width = max(batch)
                ids = torch.randint(1000, 30000, (len(batch), width))
                mask = torch.zeros((len(batch), width), dtype=torch.long)
                for row, n in enumerate(batch):
                    mask[row, :n] = 1
                model(input_ids=ids, attention_mask=mask)
            runs.append(words / (time.perf_counter() - t0))
    return runs, str(torch.__version__)


def _commit() -> str:
    import subprocess

    out = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
    )
    return out.stdout.strip() or "?"


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.machine()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(REPO.parent / "shared" / "data"))
    parser.add_argument("--bert-sentences", type=int, default=64)
    parser.add_argument("--bert-repeats", type=int, default=3)
    parser.add_argument("--append", action="store_true", help="append to bench/RESULTS.md")
    args = parser.parse_args()
    rows = read_rows(Path(args.data) / "anercorp" / "train.txt")
    cut = int(len(rows) * 0.9)
    dev = [[r[0] for r in s] for s in rows[cut:]]
    train = [[r[0] for r in s] for s in rows[:cut]]
    n_tokens = sum(map(len, dev))
    load, cold, steady, warm = crf_speed(dev, train)
    bert_sents = dev[: args.bert_sentences]
    bert_runs, torch_version = bert_speed(bert_sents, args.bert_repeats)
    bert = statistics.median(bert_runs)
    import transformers

    versions = (
        f"Python {platform.python_version()}, python-crfsuite "
        f"{metadata.version('python-crfsuite')}, numpy {metadata.version('numpy')}, "
        f"torch {torch_version}, transformers {transformers.__version__}"
    )
    report = "\n".join(
        [
            f"dev sentences: {len(dev)}, tokens: {n_tokens}",
            f"crf load: {load:.2f} s",
            f"crf cold (first pass, empty cache): {cold:,.0f} tokens/s",
            f"crf steady (after tagging the 113k training tokens): {steady:,.0f} tokens/s "
            f"= {450_000 / steady:.1f} ms per 450-token article",
            f"crf warm (median of 5): {warm:,.0f} tokens/s "
            f"= {450_000 / warm:.1f} ms per 450-token article",
            f"bert-base forward, {len(bert_sents)} sentences, median of {len(bert_runs)}: "
            f"{bert:,.1f} tokens/s (runs: {', '.join(f'{r:.1f}' for r in bert_runs)})",
            f"ratio to bert: crf steady {steady / bert:,.0f}x, warm {warm / bert:,.0f}x, "
            f"cold {cold / bert:,.0f}x",
            f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}",
        ]
    )
    print(versions)
    print(report)
    if args.append:
        command = ".venv/bin/python bench/bench_ner.py --append"
        stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        with (REPO / "bench" / "RESULTS.md").open("a", encoding="utf-8") as fh:
            fh.write(
                f"\n## NER tagger (crf) vs BERT-base forward — {stamp}\n\n"
                f"Machine: {_cpu_name()}, "
                f"{os.cpu_count()} cores, one core used; {versions}; akhbar at {_commit()}.\n"
                f"Command: `{command}`\n\n```\n{report}\n```\n"
            )


if __name__ == "__main__":
    main()
