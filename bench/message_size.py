"""What one batch message costs on the wire and in CPU, for the encodings Celery could use.

Run: ``.venv/bin/python bench/message_size.py [--data ../shared/data] [--batch 16] [--append]``

The body of an ``akhbar.process`` message (``[[items], {}, embed]``, items as the bridge builds
them from 400-word articles) encoded as stock Celery does (JSON with ``ensure_ascii``: 6 bytes
per Arabic letter), then base64 as the Redis transport stores it; next to
``task_compression='zlib'`` (kombu's ``zlib.compress`` at its default level, then base64),
UTF-8 JSON from the standard library, and ``akhbar-json`` (``akhbar.codec``: orjson, UTF-8), what
akhbar's producers send. Milliseconds are medians of 50 encodes/decodes, one core.
"""

from __future__ import annotations

import argparse
import base64
import json
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import (
    DEFAULT_DATA,
    append_results,
    ensure_corpus,
    load_payloads,
    median,
    pin_one_core,
)


def timed(fn: Callable[[], Any], n: int = 50) -> float:
    runs = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t0) * 1000)
    return median(runs)


def _bytes(text: str | bytes) -> bytes:
    return text.encode() if isinstance(text, str) else text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--append", action="store_true", help="append to bench/RESULTS.md")
    args = parser.parse_args()
    pin_one_core()
    from kombu import serialization

    dumps: Callable[..., tuple[str, str, str | bytes]] = serialization.dumps
    loads: Callable[..., Any] = serialization.loads
    from akhbar.codec import CONTENT_TYPE, SERIALIZER, register_codec
    from akhbar.handling import Item

    register_codec()

    payloads = load_payloads(ensure_corpus("400w", args.data), args.batch)
    items = [Item.new(p, "stream:1-0").to_message() for p in payloads]
    body = [[items], {}, {"callbacks": None, "errbacks": None, "chain": None, "chord": None}]
    utf8_payloads = sum(len(p.encode()) for p in payloads)

    content_type, encoding, kombu_json = dumps(body, "json")
    ascii_bytes = _bytes(kombu_json)
    zipped = zlib.compress(ascii_bytes)
    utf8 = json.dumps(body, ensure_ascii=False).encode()
    ours = _bytes(dumps(body, SERIALIZER)[2])
    rows = [
        ("kombu json (ensure_ascii) + base64", len(base64.b64encode(ascii_bytes)),
         timed(lambda: base64.b64encode(_bytes(dumps(body, "json")[2]))),
         timed(lambda: loads(base64.b64decode(base64.b64encode(ascii_bytes)), content_type,
                             encoding))),
        ("  + task_compression=zlib", len(base64.b64encode(zipped)),
         timed(lambda: base64.b64encode(zlib.compress(_bytes(dumps(body, "json")[2])))),
         timed(lambda: zlib.decompress(base64.b64decode(base64.b64encode(zipped))))),
        ("UTF-8 json + base64", len(base64.b64encode(utf8)),
         timed(lambda: base64.b64encode(json.dumps(body, ensure_ascii=False).encode())),
         timed(lambda: json.loads(base64.b64decode(base64.b64encode(utf8))))),
        ("akhbar-json (orjson, UTF-8) + base64", len(base64.b64encode(ours)),
         timed(lambda: base64.b64encode(_bytes(dumps(body, SERIALIZER)[2]))),
         timed(lambda: loads(base64.b64decode(base64.b64encode(ours)), CONTENT_TYPE, "utf-8"))),
    ]  # fmt: skip
    lines = [
        f"{args.batch} articles of the 400w corpus, {utf8_payloads:,} bytes of UTF-8 payloads",
        f"{'encoding':<38}{'bytes':>10}{'x UTF-8':>9}{'encode ms':>11}{'decode ms':>11}",
    ]
    for name, size, encode_ms, decode_ms in rows:
        lines.append(
            f"{name:<38}{size:>10,}{size / utf8_payloads:>9.2f}{encode_ms:>11.2f}{decode_ms:>11.2f}"
        )
    table = "\n".join(lines)
    print(table)
    if args.append:
        append_results("Celery message size and encoding cost (bench/message_size.py)", table)


if __name__ == "__main__":
    main()
