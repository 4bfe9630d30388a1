"""``akhbar ner``: tag and score token-per-line (CoNLL-style) files."""

from __future__ import annotations

from pathlib import Path

import click

from akhbar.nlp.ner import load_tagger
from akhbar.nlp.ner.conll import evaluate_file, format_scores, tag_file

_PATH = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.group()
def ner() -> None:
    """Named-entity tagging of token-per-line files."""


@ner.command("tag-conll")
@click.argument("src", type=_PATH)
@click.argument("dst", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--backend", default="crf", show_default=True, help="crf or camel")
def tag_conll(src: Path, dst: Path, backend: str) -> None:
    """Tag SRC (token in the first column, blank line between sentences; sentences in article
    order are tagged as running text) and write `token<TAB>tag` (BIO: PER LOC ORG MISC) to DST."""
    n = tag_file(src, dst, load_tagger(backend))
    click.echo(f"tagged {n} tokens -> {dst}", err=True)


@ner.command("eval")
@click.argument("path", type=_PATH)
@click.option(
    "--backend",
    default="crf",
    show_default=True,
    help="tagger used when FILE has two columns (token, gold)",
)
def eval_cmd(path: Path, backend: str) -> None:
    """Per-type and micro P/R/F1 (exact spans). FILE with two columns (token, gold): the tagger
    tags it. Three or more columns: conlleval layout, gold = second-to-last, prediction = last."""
    rows = path.read_text(encoding="utf-8-sig").split("\n", 50)
    widths = {len(line.split()) for line in rows[:50] if line.strip()}
    tagger = load_tagger(backend) if widths and max(widths) <= 2 else None
    click.echo(format_scores(evaluate_file(path, tagger)))
