"""The shipped CRF tagger, its gazetteers and the ``ner`` CLI."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner

from akhbar.cli_ner import ner
from akhbar.errors import BackendUnavailable
from akhbar.nlp.ner import load_tagger
from akhbar.nlp.ner.conll import spans
from akhbar.nlp.ner.fold import clitic_candidates, fold
from akhbar.nlp.ner.gazetteer import load_gazetteers

# Invented sentences (real public figures and places).
SENT_1 = ["وقال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "في", "باريس", "إن", "الاتفاق", "مهم"]
SENT_2 = ["والتقى", "ماكرون", "أمس", "في", "القاهرة", "وزير", "الخارجية", "المصري"]
# An invented football report (real clubs and cities).
SPORT_1 = "فاز ليون الفرنسي على ضيفه بورتو البرتغالي 2 - 1 في مباراة الدوري"
SPORT_2 = "وسجل المهاجم هدف الفوز في الشوط الثاني من المباراة على ملعب الفريق"
SPORT_3 = "ليون ( فرنسا ) - بورتو ( البرتغال )"


def _words(text: str) -> list[str]:
    return text.split()


@pytest.fixture(scope="module")
def tagger():  # type: ignore[no-untyped-def]
    return load_tagger("crf")


def test_loads_the_shipped_crf() -> None:
    # Load time (issue: under 2 s) is measured by bench/bench_ner.py, not timed here.
    assert load_tagger("crf").name == "crf"


def test_tags_a_plausible_sentence(tagger) -> None:  # type: ignore[no-untyped-def]
    first, second = tagger.tag([SENT_1, SENT_2])
    assert len(first) == len(SENT_1) and len(second) == len(SENT_2)
    found = {(SENT_1[s], e - s, t) for s, e, t in spans(first)}
    assert ("إيمانويل", 2, "PER") in found
    assert ("باريس", 1, "LOC") in found
    assert first[1] == "O" and first[2] == "O"  # title and nationality adjective are not names
    assert ("القاهرة", 1, "LOC") in {(SENT_2[s], e - s, t) for s, e, t in spans(second)}


def test_empty_input(tagger) -> None:  # type: ignore[no-untyped-def]
    assert tagger.tag([]) == []
    assert tagger.tag([[], ["."]]) == [[], ["O"]]


def test_unknown_backend_raises() -> None:
    with pytest.raises(BackendUnavailable):
        load_tagger("no-such-backend")


def test_fold_and_clitics() -> None:
    assert fold("أمريكيّة") == "امريكيه"
    assert fold("إیران") == "ايران"
    assert "امم" in clitic_candidates(fold("للأمم"))
    assert "مدينه" in clitic_candidates(fold("وبالمدينة"))


def test_gazetteers_fold_and_link_nationalities() -> None:
    gaz = load_gazetteers()
    for form in ("الروسي", "الإيرانية", "الأمريكية", "الأميركيين", "فرنسيات"):
        assert fold(form) in gaz.nationalities, form
    assert gaz.nationalities[fold("الإيرانية")].code == "IR"
    assert gaz.nationalities[fold("الأميركيون")].code == "US"
    assert fold("باريس") in gaz.places
    assert fold("سيرجي") in gaz.given | gaz.foreign
    assert gaz.common_rank[fold("في")] < 10


def test_place_then_nationality_and_results_list_features(tagger) -> None:  # type: ignore[no-untyped-def]
    fx = tagger.features

    def links(text: str) -> dict[int, tuple[str, ...]]:
        return fx.links([fx.token(t) for t in text.split()])

    assert "Lnat=m" in links("فاز ليون الفرنسي")[1]  # a masculine head: the club
    assert "Lnat=f" in links("في مدينة ليون الفرنسية")[2]  # a feminine head: the city
    assert "Lpar" in links("بورتو ( البرتغال )")[0]
    assert links("قال الوزير الفرنسي") == {}  # not a place


def test_quoted_name_features(tagger) -> None:  # type: ignore[no-untyped-def]
    fx = tagger.features

    def quoted(text: str) -> dict[int, str]:
        found = fx.links([fx.token(t) for t in text.split()])
        return {i: f for i, feats in found.items() for f in feats if f.startswith("q=")}

    # A title announced by the noun before the marks; an organisation; a bare quotation.
    assert quoted("قدمت برنامجا بعنوان « الناس وأنا » امس") == {4: "q=M", 5: "q=M"}
    assert quoted("ذكرت صحيفة « معاريف » ان") == {3: "q=R"}
    assert quoted('قال " نعم " ثم') == {2: "q=-"}
    # Empty, unclosed or longer than six words: no feature.
    assert quoted("قال « » ثم") == {}
    assert quoted("قال « لن نتراجع عن هذا القرار ابدا مهما كان » ثم") == {}


def test_cli_tag_and_eval(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    gold = ["O", "O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "O", "O"]
    src.write_text(
        "".join(f"{t} {g}\n" for t, g in zip(SENT_1, gold, strict=True)) + "\n", encoding="utf-8"
    )
    out = tmp_path / "out.txt"
    runner = CliRunner()
    result = runner.invoke(ner, ["tag-conll", str(src), str(out)])
    assert result.exit_code == 0, result.output
    lines = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines() if line]
    assert [t for t, _ in lines] == SENT_1
    assert {tag for _, tag in lines} <= {
        "O",
        "B-PER",
        "I-PER",
        "B-LOC",
        "I-LOC",
        "B-ORG",
        "I-ORG",
        "B-MISC",
        "I-MISC",
    }
    result = runner.invoke(ner, ["eval", str(src)])
    assert result.exit_code == 0, result.output
    micro = next(line for line in result.output.splitlines() if line.startswith("micro"))
    assert micro.split()[3] == "1.0000"


def _crfsuite_labels(tagger, doc: Sequence[Sequence[str]]) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """Both stages run by pycrfsuite itself on the features the fast decoder caches."""
    import pycrfsuite

    from akhbar.nlp.ner.crf import STAGE1_FILE, STAGE2_FILE
    from akhbar.nlp.ner.document import second_stage_features
    from akhbar.nlp.ner.gazetteer import DATA_DIR

    first_crf, second_crf = pycrfsuite.Tagger(), pycrfsuite.Tagger()
    first_crf.open(str(DATA_DIR / STAGE1_FILE))
    second_crf.open(str(DATA_DIR / STAGE2_FILE))
    fx = tagger.features
    feats = [fx.sentence(s) for s in doc]
    first = [first_crf.tag(f) if f else [] for f in feats]
    keys = [[fx.stem(t) for t in s] for s in doc]
    full = second_stage_features(feats, keys, first, tagger._common)
    return [second_crf.tag(f) if f else [] for f in full]


def test_fast_decoder_matches_crfsuite(tagger) -> None:  # type: ignore[no-untyped-def]
    """The cached-score Viterbi gives exactly the labels pycrfsuite gives on the same models."""
    doc = [SENT_1, SENT_2, ["ماكرون"], [], ["وقال", "مسؤول", "في", "شركة", "أرامكو", "السعودية"]]
    assert tagger.tag(doc) == _crfsuite_labels(tagger, doc)


def test_fast_decoder_matches_crfsuite_on_a_sports_report(tagger) -> None:  # type: ignore[no-untyped-def]
    """Same with the sports-report topic features and the place + nationality and results-list
    features in play."""
    from akhbar.nlp.ner.document import is_sport

    doc = [_words(SPORT_1), _words(SPORT_2), _words(SPORT_3)]
    assert is_sport([[tagger.features.stem(t) for t in s] for s in doc])
    assert tagger.tag(doc) == _crfsuite_labels(tagger, doc)


def test_fast_decoder_matches_crfsuite_on_running_text(tagger, shared_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Same on real sentence lengths (2 to 150 tokens, decoded as one batch per document):
    the first 300 sentences of AQMAR dev, 20 to a document, plus a document of 1-3 tokens."""
    from akhbar.nlp.ner.conll import read_rows, running_documents

    rows = read_rows(shared_dir / "data" / "aqmar" / "dev.txt")[:300]
    docs = list(running_documents([[r[0] for r in s] for s in rows]))
    docs.append([["في"], ["القاهرة", "أمس"], SENT_2[:3], [], ["ماكرون"]])
    found = [tagger.tag(doc) for doc in docs]
    assert found == [_crfsuite_labels(tagger, doc) for doc in docs]
    assert any(label != "O" for labels in found for sent in labels for label in sent)


def test_score_table_growth_and_reset_keep_labels(tagger, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A tiny table (grown many times, cleared between documents) gives the same labels."""
    from akhbar.nlp.ner import crf

    docs = [[SENT_1, SENT_2], [SENT_2, ["ماكرون"], SENT_1[::-1]], [SENT_1 + SENT_2]]
    expected = [tagger.tag(doc) for doc in docs]
    monkeypatch.setattr(crf, "_INITIAL_TYPES", 2)
    monkeypatch.setattr(crf, "_CACHE_LIMIT", 20)
    small = crf.load_crf()
    assert [small.tag(doc) for doc in docs * 2] == expected * 2


def test_default_tagger_does_not_import_torch() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from akhbar.nlp.ner import load_tagger\n"
        "load_tagger('crf').tag([['قال', 'زيد']])\n"
        "heavy = {'torch', 'transformers', 'pycrfsuite'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
