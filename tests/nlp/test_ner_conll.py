"""CoNLL reading, writing and exact-span scoring on small hand-made examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar.nlp.ner.conll import (
    evaluate,
    evaluate_file,
    normalize_label,
    read_rows,
    spans,
    write_tagged,
)


def test_spans_follow_conll_convention() -> None:
    labels = ["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG", "I-MISC"]
    assert spans(labels) == {
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "ORG"),
        (5, 6, "ORG"),
        (6, 7, "MISC"),
    }
    assert spans(["B-PER", "I-LOC"]) == {(0, 1, "PER"), (1, 2, "LOC")}
    assert spans(["O", "O"]) == set()


def test_normalize_label_maps_corpus_types() -> None:
    assert normalize_label("B-PERS") == "B-PER"
    assert normalize_label("I-MIS") == "I-MISC"
    assert normalize_label("B-LOC") == "B-LOC"
    assert normalize_label("O") == "O"
    assert normalize_label("B-DATE") == "O"


def test_evaluate_counts_exact_spans_by_hand() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "I-ORG", "I-ORG", "O"]]
    # PER right; LOC missed; ORG predicted one token short (wrong span) plus a spurious MISC.
    pred = [["B-PER", "I-PER", "O", "O"], ["B-ORG", "I-ORG", "O", "B-MISC"]]
    s = evaluate(gold, pred)
    assert (s["PER"].tp, s["PER"].fp, s["PER"].fn) == (1, 0, 0)
    assert (s["LOC"].tp, s["LOC"].fp, s["LOC"].fn) == (0, 0, 1)
    assert (s["ORG"].tp, s["ORG"].fp, s["ORG"].fn) == (0, 1, 1)
    assert (s["MISC"].tp, s["MISC"].fp, s["MISC"].fn) == (0, 1, 0)
    micro = s["micro"]
    assert (micro.tp, micro.fp, micro.fn) == (1, 2, 2)
    assert micro.precision == pytest.approx(1 / 3)
    assert micro.recall == pytest.approx(1 / 3)
    assert micro.f1 == pytest.approx(1 / 3)
    assert s["LOC"].f1 == 0.0


def test_evaluate_perfect_and_empty() -> None:
    gold = [["B-LOC", "O", "B-PER", "I-PER"]]
    assert evaluate(gold, gold)["micro"].f1 == 1.0
    none = evaluate([["O"]], [["O"]])["micro"]
    assert (none.precision, none.recall, none.f1) == (0.0, 0.0, 0.0)


def test_read_rows_and_write_roundtrip(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text("قال\tO\nزيد B-PERS\n\n\nفي\tO x\nعمان\tB-LOC\n", encoding="utf-8")
    rows = read_rows(src)
    assert [[r[0] for r in s] for s in rows] == [["قال", "زيد"], ["في", "عمان"]]
    assert rows[1][0] == ["في", "O", "x"]
    out = tmp_path / "out.txt"
    write_tagged(out, [["قال", "زيد"]], [["O", "B-PER"]])
    assert out.read_text(encoding="utf-8") == "قال\tO\nزيد\tB-PER\n\n"


def test_evaluate_file_conlleval_layout(tmp_path: Path) -> None:
    path = tmp_path / "pred.txt"
    path.write_text("أ B-PERS B-PER\nب I-PERS O\n\nج B-LOC B-LOC\n", encoding="utf-8")
    s = evaluate_file(path, None)
    assert (s["micro"].tp, s["micro"].fp, s["micro"].fn) == (1, 1, 1)
    assert s["LOC"].f1 == 1.0
    two_cols = tmp_path / "gold.txt"
    two_cols.write_text("أ B-PER\n", encoding="utf-8")
    with pytest.raises(ValueError):
        evaluate_file(two_cols, None)
