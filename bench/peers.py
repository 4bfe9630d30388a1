"""Peer comparison on one core, same articles, same run: our pipeline and stages next to a
BERT-base token classifier and CAMeL Tools' own cleaning chain.

Run: ``.venv/bin/python bench/peers.py [--data ../shared/data] [--articles 300]
[--bert-articles 4] [--repeat 3] [--append]``  (needs torch + transformers: requirements/bert.txt)

- ours: ``akhbar.local.process_payloads`` (the whole pipeline) on the 400-word corpus; and the
  CRF tagger alone (``Tagger.tag``) on each article's sentences. After ``common.WARM_ARTICLES``
  untimed articles, every timed article is new to the process (pipeline and tagger runs use
  different articles).
- BERT-base: ``bench_ner.bert_speed`` (``BertConfig()`` = bert-base, random weights, 9 labels,
  ``torch.set_num_threads(1)``, batches of 32 sentences; a warm-up pass first) on the
  sentences of the first ``--bert-articles`` articles as our ``clean`` splits them; words/s
  turned into articles/s.
- CAMeL cleaning: ``bench_clean.camel_chain`` (``arclean`` -> ``dediac_ar`` ->
  ``simple_word_tokenize``) next to our ``clean`` on the same bodies.
Ratios are ours / theirs, articles per second, medians of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from bench_clean import camel_chain
from bench_ner import bert_speed
from common import (
    DEFAULT_DATA,
    append_results,
    ensure_corpus,
    load_payloads,
    median,
    pin_one_core,
    quiet_logs,
    split_warm,
)


def sentences_of(body: str) -> list[list[str]]:
    """The article's sentences as token strings, as the pipeline tags them."""
    from akhbar.nlp.clean import clean

    doc = clean(body)
    out: list[list[str]] = []
    tokens = iter(doc.tokens)
    token = next(tokens, None)
    for sentence in doc.sentences:
        words: list[str] = []
        while token is not None and token.start < sentence.end:
            if token.start >= sentence.start:
                words.append(doc.text[token.start : token.end])
            token = next(tokens, None)
        if words:
            out.append(words)
    return out


def pipeline_rate(slices: list[list[str]], warm: list[str]) -> float:
    """Articles/s of the whole pipeline: median over ``slices`` (each new to the process),
    after handling ``warm`` untimed."""
    from akhbar.local import process_payloads
    from akhbar.pipeline import Pipeline
    from akhbar.runtime import tune_gc

    tune_gc()  # as `akhbar process` and worker children do
    pipeline = Pipeline("crf")
    list(process_payloads(warm, pipeline))
    runs = []
    for payloads in slices:
        t0 = time.perf_counter()
        for _kind in process_payloads(payloads, pipeline):
            pass
        runs.append(len(payloads) / (time.perf_counter() - t0))
    return median(runs)


def crf_rate(slices: list[list[list[list[str]]]]) -> float:
    """Articles/s of the CRF tagger alone on articles it has not tagged before (run after
    ``pipeline_rate``, whose warm-up warmed the same tagger)."""
    from akhbar.nlp.ner import load_tagger

    tagger = load_tagger("crf")
    runs = []
    for articles in slices:
        t0 = time.perf_counter()
        for sentences in articles:
            tagger.tag(sentences)
        runs.append(len(articles) / (time.perf_counter() - t0))
    return median(runs)


def bert_rate(articles: list[list[list[str]]], repeat: int) -> tuple[float, float, str]:
    """(articles/s, words/s, torch version) of the BERT-base forward pass: median of
    ``repeat`` passes after one warm-up pass (first calls into torch are slow)."""
    sentences = [s for a in articles for s in a]
    words = sum(map(len, sentences))
    runs, torch_version = bert_speed(sentences, repeat + 1)
    words_s = median(runs[1:])
    return len(articles) / (words / words_s), words_s, torch_version


def clean_rates(bodies: list[str], repeat: int) -> tuple[float, float]:
    """(our clean, camel chain) articles/s on ``bodies``."""
    from akhbar.nlp.clean import clean

    camel = camel_chain()
    clean(bodies[0])
    camel(bodies[0])
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(repeat):
        for fn, rates in ((clean, ours), (camel, theirs)):
            t0 = time.perf_counter()
            for body in bodies:
                fn(body)
            rates.append(len(bodies) / (time.perf_counter() - t0))
    return median(ours), median(theirs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--articles", type=int, default=250, help="per timed run")
    parser.add_argument("--bert-articles", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--append", action="store_true", help="append to bench/RESULTS.md")
    args = parser.parse_args()
    pin_one_core()
    quiet_logs()
    n, r = args.articles, args.repeat
    timed, warm = split_warm(load_payloads(ensure_corpus("400w", args.data)), 2 * n * r)
    pipeline_slices = [timed[i * n : (i + 1) * n] for i in range(r)]
    crf_slices = [
        [sentences_of(json.loads(p)["body"]) for p in timed[(r + i) * n : (r + i + 1) * n]]
        for i in range(r)
    ]
    payloads = pipeline_slices[0]
    bodies = [json.loads(p)["body"] for p in payloads]
    tokenised = [sentences_of(b) for b in bodies]
    n_sent = sum(map(len, tokenised)) / len(tokenised)
    n_words = sum(len(s) for a in tokenised for s in a) / len(tokenised)

    ours_pipeline = pipeline_rate(pipeline_slices, warm)
    ours_crf = crf_rate(crf_slices)
    bert, bert_words, torch_version = bert_rate(tokenised[: args.bert_articles], args.repeat)
    ours_clean, camel = clean_rates(bodies, args.repeat)
    import transformers

    table = "\n".join(
        [
            f"corpus 400w: {len(payloads)} articles per run, each new to the process (after "
            f"{len(warm)} untimed), {n_sent:.1f} sentences and {n_words:.0f} "
            f"tokens per article; one core; torch {torch_version}, "
            f"transformers {transformers.__version__}",
            f"{'':<44}{'articles/s':>11}",
            f"{'akhbar pipeline (process_payloads)':<44}{ours_pipeline:>11.2f}",
            f"{'akhbar CRF tagger alone':<44}{ours_crf:>11.2f}",
            f"{f'BERT-base forward ({args.bert_articles} articles)':<44}{bert:>11.3f}"
            f"   ({bert_words:.0f} tokens/s)",
            f"{'akhbar clean()':<44}{ours_clean:>11.1f}",
            f"{'camel arclean+dediac_ar+simple_word_tokenize':<44}{camel:>11.1f}",
            f"ratio pipeline / BERT-base: {ours_pipeline / bert:,.0f}x;  "
            f"CRF tagger / BERT-base: {ours_crf / bert:,.0f}x;  "
            f"clean / camel chain: {ours_clean / camel:.2f}x",
        ]
    )
    print(table)
    if args.append:
        append_results("Peers: BERT-base and CAMeL cleaning (bench/peers.py)", table)


if __name__ == "__main__":
    main()
