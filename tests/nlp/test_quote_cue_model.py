"""The learned filter over word-list matches (``akhbar.nlp.quotes.cue_model``)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from akhbar.nlp.quotes import cue_model, extract_quotes
from akhbar.nlp.quotes import tokens as tk
from akhbar.nlp.quotes.cues import KEY_FOLD, find_cues
from tests.nlp.quotes_support import make_doc, make_entities

REPO = Path(__file__).resolve().parents[2]

NOT_PLAUSIBLE = "وأعلنت الحديقة افتتاح جناح جديد للطيور."
"""A bare object after a subject that is no speaker: the rules reject it (``plausible``)."""

FAR_THAT = (
    "وأكد الرجل الذي التقيناه في السوق القديم بعد ظهر يوم الجمعة الماضي قرب المسجد الكبير "
    "وسط المدينة أن الأسعار ارتفعت كثيرا."
)
"""The complementiser lies beyond the content scan: the rules find no content."""


class _Sure:
    """A stand-in for a ``pycrfsuite.Tagger`` that gives every token the same marginal."""

    def __init__(self, p: float) -> None:
        self.p = p

    def set(self, xseq: Sequence[Sequence[str]]) -> None:
        self.n = len(xseq)

    def marginal(self, label: str, position: int) -> float:
        assert 0 <= position < self.n
        return self.p if label == cue_model.CUE else 1 - self.p


def _contents(text: str, cue_filter: cue_model.CueFilter | None) -> list[str]:
    doc = make_doc(text)
    return [q.content.text for q in extract_quotes(doc, make_entities(doc, {}), cue_filter)]


def _filter(p: float, *overrides: str, threshold: float = 0.5) -> cue_model.CueFilter:
    return cue_model.CueFilter(_Sure(p), threshold, frozenset(overrides))


def test_a_vote_overrides_only_the_checks_it_is_allowed_to() -> None:
    assert _contents(NOT_PLAUSIBLE, None) == []
    assert _contents(NOT_PLAUSIBLE, _filter(0.9, "plausible")) == ["افتتاح جناح جديد للطيور"]
    assert _contents(NOT_PLAUSIBLE, _filter(0.9, "declaration")) == []
    assert _contents(NOT_PLAUSIBLE, _filter(0.4, "plausible")) == []  # below the threshold


def test_a_vote_finds_a_far_content_only_with_far_opening() -> None:
    assert _contents(FAR_THAT, None) == []
    assert _contents(FAR_THAT, _filter(0.9, "plausible")) == []
    assert _contents(FAR_THAT, _filter(0.9, "far_opening")) == ["الأسعار ارتفعت كثيرا"]


def test_a_vote_does_not_invent_a_content() -> None:
    text = "وأكد الرجل الذي التقيناه في السوق القديم بعد ظهر يوم الجمعة الماضي وسط المدينة."
    assert _contents(text, _filter(1.0, *cue_model.CHECKS - {"bare_opening"})) == []


def test_unknown_override_names_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown checks"):
        cue_model.load(overrides=frozenset({"no_such_check"}))


def _marginals(text: str) -> dict[str, float]:
    doc = make_doc(text)
    key = doc.key.translate(KEY_FOLD)
    sent = doc.sentences[0]
    toks = tk.tokenize(key, sent.start, sent.end)
    hits = find_cues(key, sent.start, sent.end)
    found = cue_model.load().marginals(toks, hits)
    return {key[h.start : h.end]: found[h.start] for h in hits}


def test_the_shipped_model_loads_and_votes_for_a_plain_report() -> None:
    said = _marginals("وقال الوزير إن الوضع مستقر.")
    assert said["وقال"] > cue_model.DEFAULT_THRESHOLD
    male = _marginals("ولد كل ذكر في القرية.")  # ذكر "male", not "mentioned"
    assert male["ذكر"] < cue_model.DEFAULT_THRESHOLD


def test_features_mark_word_list_matches_and_following_complementisers() -> None:
    doc = make_doc("وقال الوزير إن الوضع مستقر.")
    key = doc.key.translate(KEY_FOLD)
    toks = tk.tokenize(key, 0, len(key))
    feats = cue_model.features(toks, find_cues(key, 0, len(key)))
    assert {"hit", "hit=verb", "lemma=قال", "prefixed", "comp5", "st=قال"} <= set(feats[0])
    assert "hit" not in feats[1]


def test_training_labels_follow_the_gold_cue_characters() -> None:
    text = "وقال الوزير إن الوضع مستقر.\nوأضاف أن الحل قريب."
    second = text.index("وأضاف")
    seqs = cue_model.training_sequences(text, [(second, second + 5)])
    assert [labels for _, labels in seqs] == [["O"] * 6, ["C", "O", "O", "O", "O"]]


def _tiny_corpus(root: Path) -> tuple[Path, Path]:
    """A made-up token-per-line corpus and one eval file over it."""
    sentences = [
        "وقال الوزير إن الوضع مستقر .",
        "وأضاف أن الحل قريب .",
        "ولد كل ذكر في القرية .",
        "وأكد المتحدث أن الاجتماع انتهى .",
    ]
    data = root / "data"
    (data / "anercorp").mkdir(parents=True)
    rows = "\n\n".join("\n".join(f"{w} O" for w in s.split()) for s in sentences)
    (data / "anercorp" / "train.txt").write_text(rows + "\n", encoding="utf-8")
    evals = root / "eval"
    evals.mkdir()
    quote = {"speaker": [0, 1, 2], "content": [0, 3, 0, 5], "type": "indirect"}
    items = [
        {"sentences": [0, 1], "quotes": [{**quote, "cue": [[0, 0]]}, {**quote, "cue": [[1, 0]]}]},
        {"sentences": [2, 2], "quotes": []},
        {"sentences": [3, 3], "quotes": [{**quote, "cue": [[3, 0]]}]},
    ]
    payload = {"source": "anercorp/train.txt", "items": items}
    (evals / "quotes_tiny.json").write_text(json.dumps(payload), encoding="utf-8")
    return data, evals


def train_twice(root: Path) -> list[Path]:
    """Run ``scripts/train_quote_cues.py`` twice on the tiny corpus; the two cue model paths
    (each run writes the content model next to its cue model)."""
    data, evals = _tiny_corpus(root)
    script = str(REPO / "scripts" / "train_quote_cues.py")
    models = []
    for name in ("a", "b"):
        out = root / name / "cues.crfsuite"
        cmd = [sys.executable, script, str(data), "--eval-dir", str(evals), "--out", str(out)]
        subprocess.run(cmd, check=True, capture_output=True)
        models.append(out)
    return models


def test_the_training_script_is_deterministic_and_its_model_loads(tmp_path: Path) -> None:
    models = train_twice(tmp_path)
    assert models[0].read_bytes() == models[1].read_bytes()
    record = json.loads(models[0].with_suffix(".json").read_text(encoding="utf-8"))
    assert (record["windows"], record["sentences"], record["cue_tokens"]) == (3, 4, 3)
    assert "ANERcorp" in record["licence"]
    tagger = cue_model.load(models[0]).tagger
    tagger.set([["b", "w=x"]])
    assert 0.0 <= tagger.marginal(cue_model.CUE, 0) <= 1.0


def test_a_bare_content_follows_the_subject_only_for_a_confident_vote() -> None:
    text = "وأوضح المتحدث الحكومة لن تتراجع عن قرارها."
    assert _contents(text, None) == []
    assert _contents(text, _filter(0.9, "plausible", "far_opening")) == []
    assert _contents(text, _filter(0.4, "bare_opening")) == []  # below the threshold
    (content,) = _contents(text, _filter(0.9, "bare_opening"))
    assert content.endswith("لن تتراجع عن قرارها")


@pytest.mark.parametrize(
    "text",
    [
        "وتابع الجمهور المباراة حتى النهاية.",  # an ambiguous cue word
        "وأضافت الأمطار الغزيرة أضرارا كبيرة.",  # a subject that cannot speak
        "وأقر المجلس أمس بغالبية كبيرة نشر قوات.",  # an adverb of time
    ],
)
def test_no_bare_content_after_an_adjunct_an_ambiguous_cue_or_a_mute_subject(text: str) -> None:
    assert _contents(text, _filter(0.9, "bare_opening")) == []
