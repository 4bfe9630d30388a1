"""Entity assembly over hand-written sentences (invented names) tagged by a phrase-list tagger."""

from __future__ import annotations

from akhbar.nlp.entities import extract_entities
from akhbar.nlp.mentions import decode_bio
from akhbar.nlp.types import Entity, EntityResult
from tests.nlp.entity_fakes import PhraseTagger, make_document


def run(sentences: list[str], phrases: dict[str, str]) -> EntityResult:
    return extract_entities(make_document(*sentences), PhraseTagger(phrases))


def by_name(result: EntityResult, name: str) -> Entity:
    matches = [e for e in result.entities if e.name == name]
    assert len(matches) == 1, [e.name for e in result.entities]
    return matches[0]


def names(result: EntityResult) -> list[tuple[str, str]]:
    return [(e.type, e.name) for e in result.entities]


def test_decode_bio_follows_conll_rules() -> None:
    labels = ["B-PER", "I-PER", "I-LOC", "O", "I-ORG", "B-ORG", "B-PERS", "I-MIS"]
    spans = decode_bio(list(range(10, 18)), labels)
    assert [(s.first, s.last, s.type) for s in spans] == [
        (10, 12, "PER"),
        (12, 13, "LOC"),
        (14, 15, "ORG"),
        (15, 16, "ORG"),
        (16, 17, "PER"),
        (17, 18, "MISC"),
    ]


def test_tagger_is_called_once_with_sentences_in_order() -> None:
    doc = make_document("زار كريم نبيل عمان.", "ثم عاد إلى القاهرة.")
    tagger = PhraseTagger({"كريم نبيل": "PER"})
    extract_entities(doc, tagger)
    assert tagger.calls == 1


def test_mentions_merge_by_folded_key_and_hamza_is_restored() -> None:
    result = run(
        ["وصل الوفد إلى ايران صباحا.", "وقالت إيران إن المحادثات مفيدة.", "وغادر ايران مساء."],
        {"ايران": "LOC", "إيران": "LOC"},
    )
    iran = by_name(result, "إيران")
    assert iran.type == "LOC" and len(iran.mentions) == 3
    assert [m.text for m in iran.mentions] == ["ايران", "إيران", "ايران"]


def test_hamza_is_restored_from_an_unlabelled_spelling_elsewhere() -> None:
    result = run(
        ["عقدت الامانة العامة اجتماعا.", "وأصدرت الأمانة بيانا."],
        {"الامانة العامة": "ORG"},
    )
    assert names(result) == [("ORG", "الأمانة العامة")]


def test_clitics_come_off_when_the_rest_is_known() -> None:
    result = run(
        [
            "دعا المندوب لمجلس الأمن إلى الانعقاد.",
            "وقالت روسيا إن موقفها ثابت، وأيدت وروسيا الطلب.",
            "وأشاد بالحكومة للحكومة الكندية.",
            "وزار الوفد كيسار ثم غادر، وكيسار ترحب به.",
        ],
        {
            "لمجلس الأمن": "ORG",
            "روسيا": "LOC",
            "وروسيا": "LOC",
            "للحكومة الكندية": "ORG",
            "كيسار": "LOC",
            "وكيسار": "LOC",
        },
    )
    assert ("ORG", "مجلس الأمن") in names(result)
    assert len(by_name(result, "روسيا").mentions) == 2
    assert ("ORG", "الحكومة الكندية") in names(result)
    assert len(by_name(result, "كيسار").mentions) == 2  # كيسار is attested in the article


def test_names_beginning_with_proclitic_letters_keep_them() -> None:
    result = run(
        ["وصل المبعوث إلى واشنطن ثم ليبيا ثم بغداد ثم كندا ثم فرنسا."],
        {"واشنطن": "LOC", "ليبيا": "LOC", "بغداد": "LOC", "كندا": "LOC", "فرنسا": "LOC"},
    )
    assert [n for _, n in names(result)] == ["واشنطن", "ليبيا", "بغداد", "كندا", "فرنسا"]


def test_unknown_remainder_keeps_the_letter() -> None:
    result = run(["التقى الوفد مع وكيسار في المدينة."], {"وكيسار": "PER"})
    assert names(result) == [("PER", "وكيسار")]


def test_detached_conjunction_is_joined_inside_a_name() -> None:
    result = run(
        ["أعلنت هيئة الاذاعة و التلفزة الوطنية ذلك."], {"هيئة الاذاعة و التلفزة الوطنية": "ORG"}
    )
    assert names(result) == [("ORG", "هيئة الاذاعة والتلفزة الوطنية")]


def test_titles_go_to_titles_not_names() -> None:
    result = run(
        [
            "استقبل العميد كريم نبيل والجنرال هاني سعد الوفد.",
            "وقال الدكتور كريم نبيل إن الزيارة ناجحة.",
        ],
        {"كريم نبيل": "PER", "والجنرال هاني سعد": "PER"},
    )
    karim, hani = by_name(result, "كريم نبيل"), by_name(result, "هاني سعد")
    assert karim.titles == ["العميد", "الدكتور"]
    assert hani.titles == ["الجنرال"]


def test_bare_titles_and_nationality_adjectives_are_not_entities() -> None:
    result = run(
        ["وقال السيد إن الجانب الروسي والوفد الإيرانية متفقان."],
        {"السيد": "PER", "الروسي": "MISC", "الإيرانية": "LOC"},
    )
    assert result.entities == []
    assert [(n.text, n.country) for n in result.nationalities] == [
        ("الروسي", "روسيا"),
        ("الإيرانية", "إيران"),
    ]


def test_partial_names_join_the_one_person_they_name() -> None:
    result = run(
        ["التقى سامي فارس بالوفد.", "وقال فارس إن الاجتماع مثمر.", "وأضاف سامي أنه متفائل."],
        {"سامي فارس": "PER", "فارس": "PER", "سامي": "PER"},
    )
    assert names(result) == [("PER", "سامي فارس")]
    assert [m.text for m in result.entities[0].mentions] == ["سامي فارس", "فارس", "سامي"]


def test_ambiguous_partial_names_join_no_one() -> None:
    result = run(
        ["التقى سامي فارس وليلى فارس بالوفد.", "وقال فارس إن الاجتماع مثمر."],
        {"سامي فارس": "PER", "وليلى فارس": "PER", "فارس": "PER"},
    )
    assert sorted(n for _, n in names(result)) == ["سامي فارس", "فارس", "ليلى فارس"]


def test_untagged_surname_repeats_become_mentions() -> None:
    result = run(
        ["التقى العميد سامي فارس بالوفد.", "وأضاف العميد فارس أن الاجتماع مثمر."],
        {"سامي فارس": "PER"},
    )
    sami = by_name(result, "سامي فارس")
    assert [m.text for m in sami.mentions] == ["سامي فارس", "فارس"]
    assert sami.titles == ["العميد"]


def test_majority_type_wins_for_one_name() -> None:
    result = run(
        ["زار الوفد طرابلس.", "وفي طرابلس اجتماع.", "وغادر طرابلس."],
        {"طرابلس": "LOC", "وفي طرابلس": "O", "وغادر طرابلس": "O"},
    )
    assert names(result) == [("LOC", "طرابلس")]


def test_ids_follow_first_mention() -> None:
    result = run(
        ["زار كريم نبيل القاهرة ثم عمان.", "وعاد كريم نبيل إلى القاهرة."],
        {"كريم نبيل": "PER", "القاهرة": "LOC", "عمان": "LOC"},
    )
    assert [(e.id, e.name) for e in result.entities] == [
        ("E1", "كريم نبيل"),
        ("E2", "القاهرة"),
        ("E3", "عمان"),
    ]
    assert result.backend == "phrases"


def test_nationalities_link_to_the_country_entity_and_skip_person_names() -> None:
    result = run(
        ["قال الوزير المصري إن مصر ترحب، وقال محمد المصري إن الموقف الأمريكي واضح."],
        {"مصر": "LOC", "محمد المصري": "PER"},
    )
    egypt = by_name(result, "مصر")
    found = [(n.text, n.country, n.entity_id) for n in result.nationalities]
    assert found == [("المصري", "مصر", egypt.id), ("الأمريكي", "الولايات المتحدة", None)]
    first = result.nationalities[0]
    assert first.end - first.start == len("المصري")


def test_state_head_before_a_place_is_part_of_its_name() -> None:
    result = run(
        ["زار الوفد جمهورية أفريقيا الوسطى ثم بمملكة تونغا."],
        {"أفريقيا الوسطى": "LOC", "تونغا": "LOC"},
    )
    assert names(result) == [("LOC", "جمهورية أفريقيا الوسطى"), ("LOC", "مملكة تونغا")]


def test_a_short_stem_after_bal_keeps_the_letter() -> None:
    """بالاك (a surname) is no ب + ال + a two-letter stem, even if الاك is in a name list."""
    result = run(["وقال بالاك إن الفريق قوي."], {"بالاك": "PER"})
    assert names(result) == [("PER", "بالاك")]
