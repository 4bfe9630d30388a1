"""Reading articles from files for ``akhbar push`` and ``akhbar process``.

- ``.jsonl`` / ``.ndjson``: one JSON article per line (blank lines skipped), kept as raw text;
- ``.json``: one article object, or a list of them;
- ``.txt`` (or anything else): the whole file is the body, its name (without suffix) the id;
- a folder: every ``.txt``, ``.json`` and ``.jsonl`` file in it, sorted;
- ``-``: standard input, as JSON if it parses as an object or list, else as a plain-text body.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import orjson

SUFFIXES = {".txt", ".json", ".jsonl", ".ndjson"}


def read_articles(source: str) -> Iterator[str]:
    """Yield one JSON payload string per article found in ``source``."""
    if source == "-":
        yield from _from_text(sys.stdin.read(), "stdin")
        return
    path = Path(source)
    if path.is_dir():
        for child in sorted(p for p in path.iterdir() if p.suffix in SUFFIXES):
            yield from read_articles(str(child))
        return
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".jsonl", ".ndjson"):
        yield from (line for line in text.splitlines() if line.strip())
    elif path.suffix == ".json":
        yield from _from_json(text)
    else:
        yield _plain(text, path.stem)


def _from_text(text: str, name: str) -> Iterator[str]:
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        try:
            yield from _from_json(text)
            return
        except orjson.JSONDecodeError:
            pass
    if stripped.startswith("{") and "\n{" in text:  # JSON Lines on stdin
        yield from (line for line in text.splitlines() if line.strip())
        return
    yield _plain(text, name)


def _from_json(text: str) -> Iterator[str]:
    data = orjson.loads(text)
    items = data if isinstance(data, list) else [data]
    for item in items:
        yield orjson.dumps(item).decode("utf-8")


def _plain(text: str, article_id: str) -> str:
    return orjson.dumps({"id": article_id, "body": text}).decode("utf-8")
