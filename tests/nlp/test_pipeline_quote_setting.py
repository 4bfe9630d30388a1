"""``AKHBAR_QUOTE_LEARNED``: the service's switch for the quote stage's learned parts."""

from __future__ import annotations

import pytest

from akhbar.pipeline import Pipeline
from akhbar.schemas import RawArticle
from akhbar.settings import Settings

BODY = "وأوضح المتحدث الحكومة لن تتراجع عن قرارها. وقال الوزير إن المحادثات مستمرة."


@pytest.mark.parametrize(("learned", "backend"), [(True, "rules+cue-crf"), (False, "rules")])
def test_the_setting_reaches_the_quote_stage(learned: bool, backend: str) -> None:
    pipeline = Pipeline.from_settings(Settings(quote_learned=learned))
    assert (pipeline.cue_filter is not None) is learned
    result = pipeline.run(RawArticle(id="setting", body=BODY))
    assert result.processing.backends["quotes"] == backend
    assert any(q.cue.text == "وقال" for q in result.quotes)


def test_the_environment_variable_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AKHBAR_QUOTE_LEARNED", "false")
    assert Settings().quote_learned is False
