"""The learned content fallback (``akhbar.nlp.quotes.content_model``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from akhbar.nlp.quotes import content_model, cue_model, extract_quotes
from akhbar.nlp.quotes import tokens as tk
from akhbar.nlp.quotes.cues import KEY_FOLD, find_cues
from tests.nlp.quotes_support import make_doc, make_entities
from tests.nlp.test_quote_cue_model import train_twice

NO_MARKER = (
    "وأكد الوزير خلال المؤتمر الصحفي الذي عقده بعد ظهر يوم الجمعة الماضي وسط المدينة "
    "الأسعار ارتفعت كثيرا."
)
"""A content with no complementiser, colon or quotation mark, beyond the scan: the rules (and
the far opening) find none."""

MUTE_SUBJECT = (
    "وأكد الرجل الذي التقيناه في السوق القديم بعد ظهر يوم الجمعة الماضي وسط المدينة "
    "الأسعار ارتفعت كثيرا."
)
"""The same after a subject the rules do not let speak without a marker (``plausible``)."""

CURRENT = ("plausible", "far_opening")
"""The cue filter's overrides before the content fallback."""


class _Cue:
    """A stand-in cue tagger that votes for every match."""

    def set(self, xseq: Sequence[Sequence[str]]) -> None:
        self.n = len(xseq)

    def marginal(self, label: str, position: int) -> float:
        return 1.0 if label == cue_model.CUE else 0.0


class _Begin:
    """A stand-in content tagger: B at token ``at`` with probability ``p``, nowhere else."""

    def __init__(self, at: int, p: float) -> None:
        self.at, self.p = at, p

    def set(self, xseq: Sequence[Sequence[str]]) -> None:
        self.n = len(xseq)

    def marginal(self, label: str, position: int) -> float:
        assert 0 <= position < self.n
        return self.p if label == content_model.BEGIN and position == self.at else 0.0


def _tokens(text: str) -> list[tk.Tok]:
    doc = make_doc(text)
    key = doc.key.translate(KEY_FOLD)
    sent = doc.sentences[0]
    return tk.tokenize(key, sent.start, sent.end)


def _index(text: str, word: str) -> int:
    key = text.translate(KEY_FOLD)
    return next(n for n, t in enumerate(_tokens(text)) if key[t.start : t.end] == word)


def _contents(text: str, at: int, p: float, *overrides: str) -> list[str]:
    content = content_model.ContentModel(_Begin(at, p), threshold=0.5)
    cue_filter = cue_model.CueFilter(_Cue(), 0.5, frozenset(overrides), content)
    doc = make_doc(text)
    return [q.content.text for q in extract_quotes(doc, make_entities(doc, {}), cue_filter)]


def test_a_confident_start_opens_the_content_only_with_learned_content() -> None:
    at = _index(NO_MARKER, "الاسعار")
    assert _contents(NO_MARKER, at, 0.9, *CURRENT) == []
    assert _contents(NO_MARKER, at, 0.9, *CURRENT, "learned_content") == ["الأسعار ارتفعت كثيرا"]


def test_an_unsure_start_opens_nothing() -> None:
    at = _index(NO_MARKER, "الاسعار")
    assert _contents(NO_MARKER, at, 0.4, *CURRENT, "learned_content") == []


def test_the_rules_content_wins_over_the_model() -> None:
    text = "وقال الوزير إن الوضع مستقر."
    at = _index(text, "الوزير")  # the model would start at the subject
    assert _contents(text, at, 0.9, "learned_content") == ["الوضع مستقر"]


def test_no_start_beyond_the_next_cue() -> None:
    text = "وأعلنت الشرطة حالة التأهب عقب تصريحات الوزير بأن الهجمات ستتواصل."
    at = _index(text, "الهجمات")  # the content of تصريحات, not of وأعلنت
    content = content_model.ContentModel(_Begin(at, 0.9))
    overrides = frozenset({*CURRENT, "learned_content"})
    cue_filter = cue_model.CueFilter(_Cue(), 0.5, overrides, content)
    doc = make_doc(text)
    quotes = extract_quotes(doc, make_entities(doc, {}), cue_filter)
    assert [(q.cue.text, q.content.text) for q in quotes] == [("تصريحات", "الهجمات ستتواصل")]


def test_a_start_after_a_colon_makes_a_direct_quote() -> None:
    text = (
        "وأكد الرجل الذي التقيناه في السوق القديم بعد ظهر يوم الجمعة الماضي وسط المدينة "
        "والناس حوله : الأسعار ارتفعت كثيرا."
    )
    doc = make_doc(text)
    at = _index(text, "الاسعار")
    content = content_model.ContentModel(_Begin(at, 0.9))
    cue_filter = cue_model.CueFilter(_Cue(), 0.5, frozenset({"learned_content"}), content)
    quotes = extract_quotes(doc, make_entities(doc, {}), cue_filter)
    assert [(q.content.text, q.type) for q in quotes] == [("الأسعار ارتفعت كثيرا", "direct")]


def test_features_are_relative_to_the_cue() -> None:
    text = "وقال الوزير إن الوضع مستقر."
    toks = _tokens(text)
    key = text.translate(KEY_FOLD)
    feats = content_model.features(toks, find_cues(key, 0, len(key)), 0)
    assert {"side=at", "d=0"} <= set(feats[0])
    assert {"side=after", "d=+1", "after|n_comp=0", "after|lemma=قال"} <= set(feats[1])
    assert {"after|n_comp=1", "after|prev=comp", "first|lemma=قال"} <= set(feats[3])
    later = content_model.features(toks, find_cues(key, 0, len(key)), 3)
    assert {"side=before", "d=-1", "before|c=comp"} <= set(later[2])
    assert {"side=before", "d=-3", "before|n_comp=1", "before|cue=?"} <= set(later[0])


def test_training_labels_follow_the_gold_content_characters() -> None:
    text = "وقال الوزير إن الوضع مستقر.\nوأضاف المتحدث أن الحل قريب."
    cue = (0, 4)
    content = (text.index("الوضع"), text.index("مستقر") + 5)
    seqs = content_model.training_sequences(text, [([cue], content)])
    assert [labels for _, labels in seqs] == [
        ["O", "O", "O", "B", "I", "O"],
        ["O"] * 6,  # وأضاف: a word-list match that is no gold cue
    ]
    assert len(content_model.training_sequences(text, [([cue], content)], negatives=False)) == 1


def test_the_shipped_model_starts_a_plain_content_after_the_complementiser() -> None:
    text = "وأوضح المسؤول خلال لقاء مع الصحفيين أن المفاوضات ستستأنف قريبا."
    toks = _tokens(text)
    key = text.translate(KEY_FOLD)
    model = content_model.load()
    found = model.start(toks, find_cues(key, 0, len(key)), 0, 1, len(toks))
    assert found is not None
    assert key[toks[found[0]].start : toks[found[0]].end] == "المفاوضات"
    assert found[1] >= content_model.DEFAULT_THRESHOLD


def test_the_training_script_writes_a_deterministic_content_model(tmp_path: Path) -> None:
    models = [m.with_name(content_model.MODEL_FILE.name) for m in train_twice(tmp_path)]
    assert models[0].read_bytes() == models[1].read_bytes()
    record = json.loads(models[0].with_suffix(".json").read_text(encoding="utf-8"))
    # sentence 0's cue with its content; sentence 1's cue, whose content lies in sentence 0
    # (all O); ذكر, a word-list match that is no gold cue (all O); sentence 3's cue has its
    # content outside its window (no sequence)
    assert (record["sequences"], record["negative_sequences"]) == (3, 2)
    assert "ANERcorp" in record["licence"]
    loaded = content_model.load(models[0])
    loaded.tagger.set([["b", "side=at"], ["b", "side=after"]])
    assert 0.0 <= loaded.tagger.marginal(content_model.BEGIN, 1) <= 1.0


def test_a_start_with_no_marker_needs_a_subject_that_can_speak() -> None:
    at = _index(MUTE_SUBJECT, "الاسعار")
    assert _contents(MUTE_SUBJECT, at, 0.9, *CURRENT, "learned_content") == []
