"""Roles tied to people, the role index and ``resolve_role`` / ``find_role_mentions``."""

from __future__ import annotations

from akhbar.nlp.entities import extract_entities
from akhbar.nlp.roles import find_role_mentions, resolve_role
from akhbar.nlp.types import EntityResult
from tests.nlp.entity_fakes import PhraseTagger, make_document

PEOPLE = {
    "كريم نبيل": "PER",
    "هاني سعد": "PER",
    "سلمى داود": "PER",
    "أنطونيو رامي": "PER",
    "جان دوبون": "PER",
    "نبيل": "PER",
    "سعد": "PER",
    "جمهورية أفريقيا الوسطى": "LOC",
    "للأمم المتحدة": "ORG",
}


def roles_of(result: EntityResult) -> dict[str, list[str]]:
    return {e.name: e.roles for e in result.entities if e.roles}


def test_dual_role_distributes_nationalities_in_order() -> None:
    doc = make_document(
        "التقى وزيرا الخارجية المصري والأردني السيد كريم نبيل والدكتور هاني سعد أمس."
    )
    result = extract_entities(doc, PhraseTagger(PEOPLE))
    assert roles_of(result) == {
        "كريم نبيل": ["وزير الخارجية المصري"],
        "هاني سعد": ["وزير الخارجية الأردني"],
    }
    karim = next(e for e in result.entities if e.name == "كريم نبيل")
    assert karim.titles == ["السيد"]


def test_role_title_name_role_comma_name_and_name_role() -> None:
    doc = make_document(
        "وقال وزير الدفاع الأردني اللواء هاني سعد إن التدريبات ناجحة.",
        "كما التقى بوزيرة خارجية جمهورية أفريقيا الوسطى، سلمى داود، في المطار.",
        "وصرح كريم نبيل، المتحدث باسم الحكومة، بأن الموعد ثابت.",
        "وقال الأمين العام للأمم المتحدة أنطونيو رامي إن الوضع خطير.",
    )
    result = extract_entities(doc, PhraseTagger(PEOPLE))
    assert roles_of(result) == {
        "هاني سعد": ["وزير الدفاع الأردني"],
        "سلمى داود": ["وزيرة خارجية جمهورية أفريقيا الوسطى"],
        "كريم نبيل": ["المتحدث باسم الحكومة"],
        "أنطونيو رامي": ["الأمين العام للأمم المتحدة"],
    }
    hani = next(e for e in result.entities if e.name == "هاني سعد")
    assert hani.titles == ["اللواء"]


def test_title_with_nationality_is_a_role() -> None:
    doc = make_document("وقال الرئيس الفرنسي جان دوبون إن بلاده مستعدة.")
    result = extract_entities(doc, PhraseTagger(PEOPLE))
    jean = result.entities[0]
    assert (jean.name, jean.titles, jean.roles) == ("جان دوبون", ["الرئيس"], ["الرئيس الفرنسي"])


def test_untied_roles_are_not_assigned() -> None:
    doc = make_document("وقال وزير الدفاع الأردني إن الوضع هادئ، والتقى كريم نبيل الوفد.")
    result = extract_entities(doc, PhraseTagger(PEOPLE))
    assert roles_of(result) == {}
    assert result.roles == {}


def _two_ministers() -> tuple[EntityResult, str, str]:
    doc = make_document(
        "التقى وزيرا الخارجية المصري والأردني السيد كريم نبيل والدكتور هاني سعد أمس.",
        "وقال وزير الخارجية الاردني إن اللقاء مثمر.",
        "ووصف وزير الخارجية المصري الزيارة بالمهمة.",
    )
    result = extract_entities(doc, PhraseTagger(PEOPLE))
    ids = {e.name: e.id for e in result.entities}
    return result, ids["كريم نبيل"], ids["هاني سعد"]


def test_resolve_role_folds_spelling_and_proclitics() -> None:
    result, karim, hani = _two_ministers()
    assert resolve_role(result, "وزير الخارجية المصري") == karim
    assert resolve_role(result, "ووزير الخارجية الاردني") == hani
    assert resolve_role(result.roles, "لوزير الخارجية الأردني") == hani
    assert resolve_role(result, "وزير الخارجية المصري السيد كريم نبيل") == karim


def test_resolve_role_refuses_ambiguous_or_unknown_roles() -> None:
    result, _, _ = _two_ministers()
    assert resolve_role(result, "وزير الخارجية") is None
    assert resolve_role(result, "وزير الداخلية المصري") is None
    assert resolve_role(result, "") is None


def test_find_role_mentions_resolves_later_unnamed_roles() -> None:
    result, karim, hani = _two_ministers()
    found = [
        (m.text, m.entity_id)
        for m in find_role_mentions(
            make_document(
                "التقى وزيرا الخارجية المصري والأردني السيد كريم نبيل والدكتور هاني سعد أمس.",
                "وقال وزير الخارجية الاردني إن اللقاء مثمر.",
                "ووصف وزير الخارجية المصري الزيارة بالمهمة.",
            ),
            result,
        )
    ]
    assert found == [("وزير الخارجية الاردني", hani), ("وزير الخارجية المصري", karim)]
