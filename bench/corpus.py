"""Build a benchmark corpus of realistic, messy Arabic articles from ANERcorp sentences.

Run: ``.venv/bin/python bench/corpus.py [--data ../shared/data] [--articles 2000] [--scale 1]
[--words N] [--seed 13] [--out bench/out/corpus.jsonl]``

Each article is a run of consecutive sentences of ``anercorp/train.txt`` (training portion only),
detokenised (tokens joined with spaces, punctuation re-attached), 15-40 sentences (times
``--scale``), or about ``--words`` words when given, grouped into paragraphs of 1-3 sentences.
A fixed seed decides the variations: a headline line, an HTML version (``<p>``, entities, a
``<script>`` and a ``<nav>``), an agency credit line (sometimes in Persian letters), a dateline,
a duplicated paragraph, Arabic-Indic digits, tatweel, diacritics and direction marks.
Output: JSON Lines ``{"id", "body"}`` under ``bench/out/`` (git-ignored: corpus text is never
committed).
"""

from __future__ import annotations

import argparse
import html
import json
import random
from pathlib import Path

from akhbar.nlp.ner.conll import read_rows

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "bench" / "out" / "corpus.jsonl"

NO_SPACE_BEFORE = set(".,،؛;:!?؟)]»%")
NO_SPACE_AFTER = set("([«")
PLACES = ["القاهرة", "بيروت", "موسكو", "بغداد", "عمان", "الرباط", "دمشق", "لندن", "باريس", "طهران"]
AGENCIES = ["وكالات", "أ ف ب", "رويترز", "د ب أ", "الأناضول"]
CREDITS = [
    "(أ ف ب)",
    "(رويترز)",
    "وكالة الأنباء الوطنية - لبنان",
    "وکالة الانباء الایرانیة - ایران",
    "المصدر: وكالات",
]
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def read_sentences(path: Path) -> list[list[str]]:
    """Token lists of the sentences of a token-per-line file (blank line between sentences)."""
    return [[row[0] for row in sentence] for sentence in read_rows(path)]


def detokenize(tokens: list[str]) -> str:
    """Join tokens with spaces, re-attaching punctuation and pairing straight quotes."""
    out: list[str] = []
    glue_next = False
    quote_open = False
    for token in tokens:
        if token == '"':
            if quote_open:
                out.append(token)
            else:
                out.append(" " + token if out else token)
                glue_next = True
            quote_open = not quote_open
            continue
        if not out or glue_next or token in NO_SPACE_BEFORE:
            out.append(token)
        else:
            out.append(" " + token)
        glue_next = token in NO_SPACE_AFTER
    return "".join(out).strip()


def build_article(rng: random.Random, sentences: list[str], index: int) -> dict[str, str]:
    """One article from consecutive sentences, with this article's share of noise."""
    paragraphs: list[str] = []
    i = 0
    while i < len(sentences):
        size = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[i : i + size]))
        i += size
    if rng.random() < 0.3:
        place = rng.choice(PLACES)
        if rng.random() < 0.5:
            paragraphs[0] = f"{place} ({rng.choice(AGENCIES)}) - {paragraphs[0]}"
        else:
            paragraphs[0] = f"{place} - {paragraphs[0]}"
    if rng.random() < 0.3:
        paragraphs.insert(rng.choice([1, len(paragraphs)]), rng.choice(CREDITS))
    if rng.random() < 0.2 and len(paragraphs) > 2:
        paragraphs.insert(rng.randint(2, len(paragraphs)), rng.choice(paragraphs[:2]))
    paragraphs = [_noise(rng, p) for p in paragraphs]
    title = " ".join(sentences[0].split()[: rng.randint(5, 10)]).rstrip(".،,")
    if rng.random() < 0.3:
        body = _as_html(rng, title, paragraphs)
    else:
        body = "\n".join([title, *paragraphs] if rng.random() < 0.7 else paragraphs)
    return {"id": f"bench-{index:05d}", "body": body}


def _noise(rng: random.Random, paragraph: str) -> str:
    roll = rng.random()
    if roll < 0.05:
        return paragraph.translate(ARABIC_DIGITS)
    if roll < 0.08:
        return paragraph.replace("ال", "الـ", 2)
    if roll < 0.10:
        return paragraph.replace("ا ", "اً ", 2).replace("ب", "بِ", 2)
    if roll < 0.12:
        return "\u200f" + paragraph
    return paragraph


def _as_html(rng: random.Random, title: str, paragraphs: list[str]) -> str:
    escaped = [html.escape(p, quote=rng.random() < 0.5) for p in paragraphs]
    body = "".join(f"<p>{p}</p>\n" for p in escaped)
    return (
        "<html><head><title>x</title><style>p{margin:0}</style></head><body>"
        f"<nav><a href='/'>الرئيسية</a></nav><article><h1>{html.escape(title)}</h1>\n"
        f"{body}<script>var page = {{'id': {rng.randint(1, 99999)}}};</script>"
        "</article><footer>&copy; 2024</footer></body></html>"
    )


def build_corpus(
    data: Path, articles: int, scale: int, words: int | None, seed: int
) -> list[dict[str, str]]:
    """``articles`` articles from random runs of consecutive training sentences."""
    rng = random.Random(seed)
    sentences = [detokenize(s) for s in read_sentences(data / "anercorp" / "train.txt")]
    sizes = [len(s.split()) for s in sentences]
    corpus: list[dict[str, str]] = []
    for index in range(articles):
        start = rng.randrange(len(sentences))
        run: list[str] = []
        count = 0
        want = rng.randint(15, 40) * scale
        while (count < words) if words else (len(run) < want):
            position = (start + len(run)) % len(sentences)
            run.append(sentences[position])
            count += sizes[position]
        corpus.append(build_article(rng, run, index))
    return corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--scale", type=int, default=1, help="multiply article length (4, 16)")
    parser.add_argument("--words", type=int, default=None, help="target words per article")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    corpus = build_corpus(args.data, args.articles, args.scale, args.words, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        for article in corpus:
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    chars = sum(len(a["body"]) for a in corpus)
    words = sum(len(a["body"].split()) for a in corpus)
    print(f"{len(corpus)} articles, {chars:,} chars, {words / len(corpus):.0f} words/article")
    print(f"-> {args.out}")


if __name__ == "__main__":
    main()
