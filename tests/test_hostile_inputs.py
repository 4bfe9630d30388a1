"""Hostile inputs through the real handling code with an in-memory sink: each payload ends as
exactly one result or one dead letter with the expected reason; nothing raises."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akhbar.handling import Item, handle
from akhbar.pipeline import Pipeline
from akhbar.settings import Settings
from akhbar.sinks import MemorySink

from .hostile import BODY_LIMIT, CASES, PAYLOAD_LIMIT, Case

SETTINGS = Settings(max_body_bytes=BODY_LIMIT, max_payload_bytes=PAYLOAD_LIMIT)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(SETTINGS.ner_backend)


def _one(payload: str | bytes, pipeline: Pipeline) -> tuple[MemorySink, str]:
    sink = MemorySink()
    if isinstance(payload, bytes):
        try:
            text = payload.decode("utf-8")
        except UnicodeDecodeError:
            from akhbar.errors import RejectedInput
            from akhbar.handling import dead_letter

            item = Item.new(payload.decode("utf-8", "replace"), "test")
            error = RejectedInput("payload_not_utf8", "not UTF-8", stage="intake")
            return sink, dead_letter(item, sink, error, None, None, raw=payload)
        payload = text
    return sink, handle(Item.new(payload, "test"), pipeline, sink, SETTINGS)


def test_table_has_at_least_thirty_cases() -> None:
    assert len(CASES) >= 30
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input(case: Case, pipeline: Pipeline) -> None:
    sink, outcome = _one(case.payload, pipeline)
    assert len(sink.results) + len(sink.dead) == 1
    if case.expect == "result":
        assert outcome == "published", sink.dead
        result = json.loads(sink.results[0])
        assert result["text"]
    else:
        assert outcome == "dead"
        letter = json.loads(sink.dead[0])
        assert letter["error"]["kind"] == case.expect, letter["error"]
        if letter["payload_encoding"] == "utf-8" and isinstance(case.payload, str):
            assert letter["payload"] == case.payload


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
articles = st.fixed_dictionaries(
    {"id": st.one_of(st.text(max_size=20), st.integers()), "body": st.text(max_size=300)},
    optional={
        "title": json_values,
        "metadata": json_values,
        "published_at": json_values,
        "url": json_values,
    },
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    payload=st.one_of(
        st.text(max_size=200),
        articles.map(lambda a: json.dumps(a)),
        json_values.map(lambda v: json.dumps(v)),
    )
)
def test_fuzz_payloads_always_end_in_one_outcome(payload: str) -> None:
    sink = MemorySink()
    outcome = handle(Item.new(payload, "fuzz"), _PIPELINE, sink, SETTINGS)
    assert outcome in ("published", "dead")
    assert len(sink.results) + len(sink.dead) == 1


_PIPELINE = Pipeline(SETTINGS.ner_backend)
