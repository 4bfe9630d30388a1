"""The cleaning stage on the seed article and on a table of nasty inputs."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import pytest

from akhbar.errors import RejectedInput
from akhbar.nlp.clean import NOT_MOSTLY_ARABIC, clean
from akhbar.nlp.normalize import display_form, key_form
from akhbar.nlp.types import Document, Sentence, Span

PERSIAN_LETTERS = "یکپچژگ"


def assert_consistent(doc: Document, body: str) -> None:
    """Invariants every Document must hold."""
    assert len(doc.key) == len(doc.text)
    assert len(doc.raw_offsets) == len(doc.text) + 1
    assert all(a <= b for a, b in pairwise(doc.raw_offsets))
    assert all(0 <= o < len(body) for o in doc.raw_offsets[:-1])
    assert doc.raw_offsets[-1] == len(body)
    spans: list[Span | Sentence] = [*doc.paragraphs, *doc.sentences, *doc.tokens]
    for span in spans:
        assert 0 <= span.start < span.end <= len(doc.text)
        piece = doc.text[span.start : span.end]
        assert piece == piece.strip() and "\n" not in piece


def words(doc: Document) -> list[str]:
    return [doc.text[t.start : t.end] for t in doc.tokens]


def raw_of(doc: Document, body: str, start: int, end: int) -> str:
    raw_start, raw_end = doc.raw_span(start, end)
    return body[raw_start:raw_end]


# --- the seed article -------------------------------------------------------------------------


@pytest.mark.shared
def test_seed_has_no_persian_letters_left(seed_text: str) -> None:
    assert any(ch in seed_text for ch in PERSIAN_LETTERS)  # the trap is really there
    doc = clean(seed_text)
    assert_consistent(doc, seed_text)
    assert not any(ch in doc.text for ch in PERSIAN_LETTERS)
    assert doc.language == "ar" and not doc.warnings


@pytest.mark.shared
def test_seed_credit_line_becomes_credit(seed_text: str, seed_gold: dict[str, object]) -> None:
    doc = clean(seed_text)
    raw_line = next(line for line in seed_text.splitlines() if "ک" in line)
    assert doc.credit == display_form(raw_line)
    assert key_form(str(seed_gold["source_line"])) == key_form(doc.credit)
    assert doc.credit in doc.text.split("\n")  # kept in the text, where entities can see it


@pytest.mark.shared
def test_seed_title_survives(seed_text: str, seed_gold: dict[str, object]) -> None:
    doc = clean(seed_text)
    assert doc.title is not None
    assert key_form(doc.title) == key_form(str(seed_gold["title"]))
    first = doc.paragraphs[0]
    assert doc.text[first.start : first.end] == doc.title


@pytest.mark.shared
def test_seed_sentences_read_back(seed_text: str) -> None:
    doc = clean(seed_text)
    assert len(doc.sentences) >= len(doc.paragraphs)
    for sentence in doc.sentences:
        piece = doc.text[sentence.start : sentence.end]
        assert piece.strip()
        assert display_form(raw_of(doc, seed_text, sentence.start, sentence.end)) == piece


@pytest.mark.shared
def test_seed_lines_are_paragraphs(seed_text: str) -> None:
    doc = clean(seed_text)
    assert len(doc.paragraphs) == len([line for line in seed_text.splitlines() if line.strip()])


# --- nasty inputs, one case each ---------------------------------------------------------------


def _html(doc: Document, body: str) -> None:
    assert doc.text.split("\n") == ['قال الوزير أحمد & رفاقه إن "الوضع" جيد.', "سطران", "ثالث"]
    start = doc.text.index("الوزير")
    assert raw_of(doc, body, start, start + len("الوزير")) == "الوزير"
    assert "سر" not in doc.text and "القائمة" not in doc.text  # script and nav dropped


def _presentation_forms(doc: Document, body: str) -> None:
    assert doc.text == "لا السلام"
    assert raw_of(doc, body, 0, 2) == "ﻻ"
    assert raw_of(doc, body, 3, 9) == "ﺍﻟﺴﻼﻡ"


def _decomposed_hamza(doc: Document, body: str) -> None:
    assert words(doc) == ["أمير", "وإسلام", "مبدأ"]
    assert doc.key.split() == ["امير", "واسلام", "مبدا"]
    last = doc.tokens[-1]
    assert raw_of(doc, body, last.start, last.end) == "مبدا\u0654"  # hamza inside the span


def _tatweel(doc: Document, body: str) -> None:
    assert doc.text == "السلام جميل"


def _diacritics(doc: Document, body: str) -> None:
    assert doc.text == "بسم الله الرحمن الرحيم"


def _digits(doc: Document, body: str) -> None:
    assert doc.text == "عام 2024 و1403 بنسبة 3.5%"


def _emoji(doc: Document, body: str) -> None:
    assert doc.text == body
    assert words(doc) == ["مرحبا", "😀", "👍🏽", "🇪🇬", "👨\u200d👩\u200d👧"]


def _latin_name(doc: Document, body: str) -> None:
    assert doc.text == body
    assert "Erdoğan" in words(doc) and "Москва" in words(doc)


def _invisible_marks(doc: Document, body: str) -> None:
    assert doc.text == "قال الرئيس: ميخواهد"
    assert "ميخواهد" in words(doc)  # ZWNJ removed without splitting the word


def _crlf(doc: Document, body: str) -> None:
    assert "\r" not in doc.text
    assert doc.text.split("\n") == ["العنوان", "الفقرة الأولى.", "الفقرة الثانية."]


def _only_punctuation(doc: Document, body: str) -> None:
    assert doc.text == "!!! ... ؟؟ ،، «»"
    assert doc.language == "und" and doc.warnings == [NOT_MOSTLY_ARABIC]


def _persian_yeh_and_keheh(doc: Document, body: str) -> None:
    assert doc.text == "وكالة الانباء الايرانية على الحدود مع كردستان"


NASTY: dict[str, tuple[str, Callable[[Document, str], None]]] = {
    "html_nested_tags_entities": (
        "<html><head><title>t</title></head><body><nav>القائمة</nav><div><p>قال <b>الوزير "
        "<i>أحمد</i></b> &amp; رفاقه&nbsp;إن &quot;الوضع&quot; جيد.</p>"
        '<script>var x = "<p>سر</p>";</script><p>سطر&#1575;ن<br>ثالث</p></div></body></html>',
        _html,
    ),
    "presentation_forms": ("ﻻ ﺍﻟﺴﻼﻡ", _presentation_forms),
    "decomposed_hamza": ("ا\u0654مير وا\u0655سلام مبدا\u0654", _decomposed_hamza),
    "tatweel": ("الســـــلام جـميـل", _tatweel),
    "full_diacritics": ("بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ", _diacritics),
    "arabic_indic_and_persian_digits": ("عام ٢٠٢٤ و۱۴۰۳ بنسبة ٣٫٥٪", _digits),
    "emoji": ("مرحبا 😀👍🏽 🇪🇬 👨\u200d👩\u200d👧", _emoji),
    "latin_name_with_diacritics": ("التقى أردوغان (Erdoğan) في Москва بسعر 5 € و30°", _latin_name),
    "rlm_zwnj_bom": ("\ufeffقال\u200f الرئيس\u200e: می\u200cخواهد", _invisible_marks),
    "crlf": ("العنوان\r\nالفقرة الأولى.\r\n\r\nالفقرة الثانية.\r\n", _crlf),
    "only_punctuation": ("!!! ... ؟؟ ،، «»", _only_punctuation),
    "persian_yeh_keheh": ("وکالة الانباء الایرانیة علی الحدود مع کردستان", _persian_yeh_and_keheh),
}


@pytest.mark.parametrize("name", NASTY)
def test_nasty_input(name: str) -> None:
    body, check = NASTY[name]
    doc = clean(body)
    assert_consistent(doc, body)
    check(doc, body)
    if "<" not in body and "&" not in body:
        assert clean(doc.text).text == doc.text


@pytest.mark.slow
def test_five_megabyte_body() -> None:
    paragraph = "الفقرة رقم {} من النص الطويل، وقال الوزير إن «المفاوضات ستستمر» غدا."
    parts: list[str] = []
    size = 0
    while size < 5_000_000:
        parts.append(paragraph.format(len(parts)))
        size += len(parts[-1]) + 1
    body = "\n".join(parts)
    doc = clean(body)
    assert doc.text == body  # already clean: nothing changes
    assert doc.raw_offsets == [*range(len(body)), len(body)]
    assert len(doc.paragraphs) == len(parts) and doc.duplicates_dropped == 0


@pytest.mark.parametrize("body", ["", "   ", "\n\t \r\n", "<p> </p><script>var a;</script>"])
def test_empty_body_is_rejected(body: str) -> None:
    with pytest.raises(RejectedInput) as caught:
        clean(body)
    assert caught.value.kind == "empty_body"


# --- structure -----------------------------------------------------------------------------------


def test_duplicate_paragraphs_dropped_and_offsets_point_at_the_kept_ones() -> None:
    body = "عنوان\nفقرة مكررة هنا.\nفقرة أخرى.\nفقرة مكررة هنا."
    doc = clean(body)
    assert doc.duplicates_dropped == 1
    assert doc.text == "عنوان\nفقرة مكررة هنا.\nفقرة أخرى."
    last = doc.paragraphs[-1]
    assert raw_of(doc, body, last.start, last.end) == "فقرة أخرى."


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        ("موسكو (وكالات) - التقى الوزير نظيره.", "موسكو (وكالات) -"),
        ("القاهرة - أ ف ب: التقى الوزير نظيره.", "القاهرة - أ ف ب:"),
        ("لندن، 12 مايو (رويترز) - قال مسؤول إن المحادثات مستمرة.", "لندن، 12 مايو (رويترز) -"),
        ("بيروت - «الحياة»: أعلن الجيش أمس.", "بيروت - «الحياة»:"),
        ("بغداد - أعلن الجيش العراقي: انتهت العملية.", "بغداد -"),
        ("وقال الوزير إن المحادثات مستمرة.", None),
    ],
)
def test_dateline(lead: str, dateline: str | None) -> None:
    doc = clean(f"عنوان الخبر\n{lead}\nوأضاف أن الأمر جيد.")
    assert doc.dateline == dateline
    assert doc.text.split("\n")[1] == lead  # the dateline stays in the text


@pytest.mark.parametrize(
    ("line", "is_credit"),
    [
        ("(أ ف ب)", True),
        ("(رويترز)", True),
        ("وكالة الأنباء الوطنية - لبنان", True),
        ("المصدر: وكالات", True),
        ("Reuters - Cairo", True),
        ("وكالة الفضاء تطلق مسبارا جديدا", False),
        ("وذكرت وكالة الأنباء الرسمية أن الهجوم فشل.", False),
        ("وقال الوزير إن الأمر جيد.", False),
    ],
)
def test_credit(line: str, is_credit: bool) -> None:
    doc = clean(f"عنوان الخبر\nقال الوزير إن الأمر جيد.\n{line}")
    assert doc.credit == (line if is_credit else None)


def test_title_detected_only_when_headline_like() -> None:
    assert clean("عنوان قصير\nقال الوزير إن الأمر جيد.").title == "عنوان قصير"
    assert clean("قال الوزير إن الأمر جيد.\nوأضاف أنه متفائل.").title is None
    assert clean("سطر وحيد بلا نقطة").title is None  # nothing follows: not a headline


def test_given_title_wins_and_is_normalised() -> None:
    doc = clean("عنوان في النص\nقال الوزير إن الأمر جيد.", title="العنوان الايرانی")
    assert doc.title == "العنوان الايراني"


# --- sentences -----------------------------------------------------------------------------------


def sentence_texts(body: str) -> list[str]:
    doc = clean(body)
    return [doc.text[s.start : s.end] for s in doc.sentences]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "قال الوزير، إن الأمر جيد. وأضاف أنه متفائل",
            ["قال الوزير، إن الأمر جيد.", "وأضاف أنه متفائل"],
        ),
        ("هل انتهى؟ نعم! انتهى.", ["هل انتهى؟", "نعم!", "انتهى."]),
        ("ارتفع 3.5 بالمئة. ثم هبط", ["ارتفع 3.5 بالمئة.", "ثم هبط"]),
        (
            "التقى د. أحمد مسؤولي U.S. Army أمس. ثم عاد",
            ["التقى د. أحمد مسؤولي U.S. Army أمس.", "ثم عاد"],
        ),
        ("وقال: «هذا جيد. جدا» ثم غادر. وعاد", ["وقال: «هذا جيد. جدا» ثم غادر.", "وعاد"]),
        ("وقال: «انتهى الأمر.» وغادر", ["وقال: «انتهى الأمر.»", "وغادر"]),
        ("قال إن ... الأمر انتهى", ["قال إن... الأمر انتهى"]),
        ("سطر أول\nسطر ثان", ["سطر أول", "سطر ثان"]),
    ],
)
def test_sentences(body: str, expected: list[str]) -> None:
    assert sentence_texts(body) == expected


def test_sentence_paragraph_index() -> None:
    doc = clean("عنوان\nجملة أولى. جملة ثانية.\nجملة ثالثة.")
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 2]


# --- language ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("The minister said on Monday that talks would resume.", "en"),
        ("Министр обороны заявил о новых переговорах.", "ru"),
        ("وزیر دفاع ایران گفت که این کشور برای همکاری آماده است.", "fa"),
        ("12345 !!! 678", "und"),
    ],
)
def test_not_mostly_arabic_still_cleaned_with_warning(body: str, language: str) -> None:
    doc = clean(body)
    assert_consistent(doc, body)
    assert doc.language == language
    assert doc.warnings == [NOT_MOSTLY_ARABIC]
    assert doc.tokens


def test_arabic_with_some_latin_is_arabic() -> None:
    doc = clean("قال المتحدث باسم شركة Google إن الخدمة عادت إلى العمل بعد انقطاع قصير.")
    assert doc.language == "ar" and not doc.warnings
    assert 0.8 < doc.arabic_ratio < 1.0


def test_html_offsets_point_at_the_source_characters() -> None:
    body = (
        "<html><body><nav>x</nav><article><h1>عنوان &quot;الخبر&quot;</h1>\n"
        "<p>قال الوزير &laquo;نعم&raquo; &amp; أضاف:\r\n<b>غدا</b> &#1575;لاثنين.</p>"
        "<script>var a = '<p>';</script><p>فقرة <i>ثانية</i></p></article></body></html>"
    )
    doc = clean(body)
    assert_consistent(doc, body)
    assert doc.text.split("\n") == [
        'عنوان "الخبر"',
        "قال الوزير «نعم» & أضاف: غدا الاثنين.",
        "فقرة ثانية",
    ]
    for i, char in enumerate(doc.text):
        source = body[doc.raw_offsets[i]]
        if char == "\n":  # a block break: the tag that made it
            assert source in "<\n"
        else:
            assert source == char or source in "&;" or (char == " " and source.isspace())
