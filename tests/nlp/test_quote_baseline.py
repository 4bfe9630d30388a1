"""The quick baseline the quote dev sets are calibrated with (scripts/quote_baseline.py)."""

from __future__ import annotations

from akhbar.evaluation.quote_baseline import baseline_quotes
from akhbar.schemas import EntityOut, TextSpanOut


def _entity(text: str, name: str, eid: str = "E1") -> EntityOut:
    start = text.index(name)
    end = start + len(name)
    span = TextSpanOut(start=start, end=end, raw_start=start, raw_end=end, text=name)
    return EntityOut(id=eid, type="PER", name=name, mentions=[span])


def test_complementiser_subject_and_carry_over() -> None:
    text = (
        "وقال الوزير سامي حداد إن المفاوضات ستستأنف غدا .\n"
        "وأضاف أن الوفد سيصل صباحا ، مشيرا إلى أن الجولة ستطول .\n"
        "وزار الوفد المدينة أمس ."
    )
    quotes = baseline_quotes(text, [_entity(text, "سامي حداد")])
    assert [q.cue.text for q in quotes] == ["وقال", "وأضاف", "مشيرا"]
    first, second, third = quotes
    assert first.speaker.entity_id == "E1" and first.speaker.resolution == "explicit"
    assert first.speaker.mention is not None and first.speaker.mention.text == "الوزير سامي حداد"
    assert first.content.text == "المفاوضات ستستأنف غدا"
    assert second.speaker.entity_id == "E1" and second.speaker.resolution == "context"
    assert second.content.text == "الوفد سيصل صباحا"  # stops before the next cue
    assert third.speaker.entity_id == "E1" and third.content.text == "الجولة ستطول"
    assert all(q.type == "indirect" for q in quotes)


def test_marks_colon_and_no_trigger() -> None:
    text = (
        "ويقول رامي : ' ' الوضع هادئ ' ' .\n"
        "وأكد الناطق « لن نتراجع » أمس .\n"
        "وأعلن المجلس موافقته على الخطة ."
    )
    quotes = baseline_quotes(text, [_entity(text, "رامي")])
    assert [q.cue.text for q in quotes] == ["ويقول", "وأكد"]
    colon, marks = quotes
    assert colon.type == "direct" and colon.speaker.entity_id == "E1"
    assert marks.type == "direct" and marks.content.text == "لن نتراجع"
    assert marks.speaker.name == "الناطق" and marks.speaker.entity_id is None


def test_svo_subject_before_the_cue() -> None:
    text = "سامي حداد يؤكد أن الاتفاق قريب"
    (quote,) = baseline_quotes(text, [_entity(text, "سامي حداد")])
    assert quote.speaker.entity_id == "E1" and quote.content.text == "الاتفاق قريب"
