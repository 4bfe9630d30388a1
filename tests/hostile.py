"""A table of hostile inputs shared by the unit test (``handle`` with an in-memory sink) and the
end-to-end test (the same payloads through ``XADD``, the bridge and a real worker).

Each case: a payload (text or bytes, exactly as a producer would send it) and the expected
outcome: ``"result"`` or the dead-letter reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

AR = "قال المتحدث باسم الوزارة إن الاجتماع سيعقد الأسبوع المقبل في العاصمة."


@dataclass(frozen=True)
class Case:
    name: str
    payload: str | bytes
    expect: str


def _art(article_id: object = "h", body: object = AR, **extra: object) -> str:
    return json.dumps({"id": article_id, "body": body, **extra}, ensure_ascii=False)


def _nested(depth: int) -> str:
    inner: object = "leaf"
    for _ in range(depth):
        inner = {"k": inner}
    return _art("nested", metadata=inner)


BODY_LIMIT = 200_000  # the tests run with AKHBAR_MAX_BODY_BYTES at this value
PAYLOAD_LIMIT = 3_000_000  # and AKHBAR_MAX_PAYLOAD_BYTES at this one

CASES: list[Case] = [
    Case("invalid json", "{nope", "invalid_json"),
    Case("empty payload", "", "invalid_json"),
    Case("truncated json", _art()[:-5], "invalid_json"),
    Case("json null", "null", "not_an_object"),
    Case("json list", "[1, 2]", "not_an_object"),
    Case("json string", '"just a string"', "not_an_object"),
    Case("missing body", '{"id": "m1"}', "invalid_article"),
    Case("missing id", json.dumps({"body": AR}), "invalid_article"),
    Case("body is a number", _art("t1", 42), "invalid_article"),
    Case("body is null", _art("t2", None), "invalid_article"),
    Case("id is a list", _art(["a"]), "invalid_article"),
    Case("id is a boolean", _art(True), "invalid_article"),
    Case("id is a float", _art(1.5), "invalid_article"),
    Case("id is empty", _art(""), "invalid_article"),
    Case("id is blank", _art("   "), "invalid_article"),
    Case("id has control characters", _art("a\nb"), "invalid_article"),
    Case("id too long", _art("x" * 600), "invalid_article"),
    Case("id at int64 max", _art(2**63 - 1), "result"),
    Case("id far beyond int64 (parsed as a float)", _art(10**40), "invalid_article"),
    Case("negative integer id", _art(-7), "result"),
    Case("title is a number", _art("t3", title=5), "invalid_article"),
    Case("published_at garbage", _art("t4", published_at="yesterday-ish"), "invalid_article"),
    Case(
        "published_at huge number",
        '{"id": "t5", "body": "x", "published_at": 1e400}',
        "invalid_json",
    ),
    Case("metadata is a list", _art("t6", metadata=[1, 2]), "invalid_article"),
    Case("deeply nested metadata", _nested(100), "nesting_too_deep"),
    Case("json nesting bomb", "[" * 100_000, "nesting_too_deep"),
    Case("oversized body", _art("big", "ا" * (BODY_LIMIT // 2 + 10)), "body_too_large"),
    Case("oversized payload", _art("huge", "x" * (PAYLOAD_LIMIT + 10)), "payload_too_large"),
    Case("binary junk", bytes(range(256)) * 4, "payload_not_utf8"),
    Case("invalid utf-8 inside json", b'{"id": "u1", "body": "\xff\xfe ok"}', "payload_not_utf8"),
    Case("lone surrogate escape", '{"id": "s1", "body": "abc \\ud800 def"}', "invalid_unicode"),
    Case("nul bytes in body", _art("nul", f"{AR}\x00\x00{AR}"), "result"),
    Case("html bomb", _art("bomb", "<div>" * 15_000 + AR + "</div>" * 15_000), "result"),
    Case("million-character word", _art("word", "ب" * 1_000_000), "body_too_large"),
    Case("long single word under limit", _art("word2", "ب" * 90_000), "result"),
    Case("only diacritics", _art("diac", "ًٌٍَُِّْ" * 10), "empty_body"),
    Case("only whitespace", _art("ws", " \n\t\u00a0 "), "empty_body"),
    Case("only punctuation", _art("punct", "!!! ... ؟؟ ،،"), "result"),
    Case("right-to-left override", _art("rlo", f"\u202e{AR}\u202c abc"), "result"),
    Case(
        "non-Arabic text",
        _art("en", "The minister said the talks would resume next week."),
        "result",
    ),
    Case("emoji only", _art("emoji", "🔥🔥🚀"), "result"),
    Case("unknown fields kept", _art("extra", feed="wire", priority=3), "result"),
    Case("duplicate keys", '{"id": "dup", "body": "x", "body": "' + AR + '"}', "result"),
]
