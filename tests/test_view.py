"""akhbar.view without a browser: nesting and overlap of highlighted spans, escaping, loading."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from akhbar.cli import main
from akhbar.local import process_payloads
from akhbar.schemas import EnrichedArticle
from akhbar.view import Mark, highlight, load_result, render_html

ARTICLE = {
    "id": "view-unit",
    "body": "قال الوزير نبيل السعدي في طرابلس إن <الخطة> جاهزة & ستعلن غدا.",
}


class SpanTexts(HTMLParser):
    """Re-reads highlighted markup: text per data-span, and whether the tags nest properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.texts: dict[str, str] = {}
        self.plain = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag == "span"
        self.stack.append(dict(attrs)["data-span"] or "")

    def handle_endtag(self, tag: str) -> None:
        assert tag == "span" and self.stack, "closing a span that is not open"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.plain += data
        for key in set(self.stack):
            self.texts[key] = self.texts.get(key, "") + data


def reread(markup: str) -> SpanTexts:
    parser = SpanTexts()
    parser.feed(markup)
    parser.close()
    assert parser.stack == [], "unclosed spans"
    return parser


def mark(start: int, end: int, key: str, kind: str = "ent") -> Mark:
    return Mark(start, end, kind, {"class": kind, "data-span": key})


def test_overlapping_spans_are_split_and_keep_their_text() -> None:
    text = "abcdefghij"
    spans = [mark(0, 6, "a", "q-content"), mark(4, 9, "b"), mark(4, 9, "c", "q-speaker")]
    parsed = reread(highlight(text, spans))
    assert parsed.plain == text
    assert parsed.texts == {"a": "abcdef", "b": "efghi", "c": "efghi"}


@given(
    st.text(alphabet="ab <>&\"'قال\n", min_size=1, max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(1, 20)), max_size=8),
)
def test_any_spans_give_well_formed_markup_with_exact_texts(
    text: str, raw: list[tuple[int, int]]
) -> None:
    kinds = ["ent", "q-content", "q-cue", "q-speaker"]
    spans = [
        mark(s, min(s + n, len(text)), f"s{i}", kinds[i % 4])
        for i, (s, n) in enumerate(raw)
        if s < len(text)
    ]
    parsed = reread(highlight(text, spans))
    assert parsed.plain == text
    assert parsed.texts == {m.attrs["data-span"]: text[m.start : m.end] for m in spans}


def _result() -> EnrichedArticle:
    [(kind, doc)] = list(process_payloads([json.dumps(ARTICLE, ensure_ascii=False)]))
    assert kind == "result"
    return EnrichedArticle.model_validate_json(doc)


def test_page_is_rtl_escaped_and_lists_what_was_found() -> None:
    result = _result()
    page = render_html(result)
    assert '<html dir="rtl" lang="ar">' in page
    assert "&lt;الخطة&gt;" in page and "<الخطة>" not in page
    assert "&amp; ستعلن" in page
    for entity in result.entities:
        assert f'<tr data-entity-id="{entity.id}">' in page
    assert page.count('<li data-quote="Q') == len(result.quotes)


def test_load_result_from_json_lines_by_id_and_cli(tmp_path: Path) -> None:
    result = _result()
    other = result.model_copy(update={"id": "other"})
    path = tmp_path / "results.jsonl"
    path.write_text(f"{other.model_dump_json()}\n{result.model_dump_json()}\n", encoding="utf-8")

    def no_redis() -> None:
        raise AssertionError("a file must not touch Redis")

    assert load_result(str(path), None, no_redis).id == "other"
    assert load_result(str(path), "view-unit", no_redis) == result
    with pytest.raises(LookupError):
        load_result(str(path), "absent", no_redis)
    out = tmp_path / "page.html"
    run = CliRunner().invoke(main, ["view", str(path), "--id", "view-unit", "--html", str(out)])
    assert run.exit_code == 0, run.output
    assert out.read_text(encoding="utf-8") == render_html(result)
