"""Document-consistency evidence (second-stage features) from first-pass labels."""

from __future__ import annotations

from akhbar.nlp.ner.document import document_features, is_sport, key_features, topic_features

NONE: frozenset[str] = frozenset()


def test_evidence_of_a_repeated_tagged_key() -> None:
    keys = [["قال", "كرومبو"], ["كرومبو", "غادر"]]
    first = [["O", "B-PER"], ["O", "O"]]
    evidence = key_features(keys, first, NONE)
    assert "dmaj=PER" in evidence["كرومبو"]
    assert "d=B-PER" in evidence["كرومبو"]
    assert "drep" in evidence["كرومبو"]
    assert "غادر" not in evidence  # seen once, never tagged: no evidence


def test_unknown_name_with_a_proclitic_shares_the_bare_names_evidence() -> None:
    # The stemmer keeps an unknown name's proclitic (ولكرومبو); the document knows the bare key.
    keys = [["كرومبو", "قال"], ["ولكرومبو", "اضاف"]]
    first = [["B-PER", "O"], ["O", "O"]]
    evidence = key_features(keys, first, NONE)
    assert evidence["ولكرومبو"] == evidence["كرومبو"]
    assert "dt=PER" in evidence["ولكرومبو"]


def test_first_and_last_words_of_multi_word_entities() -> None:
    # The surname of a full name found once is marked where it stands alone (dl=PER), the
    # first word of an organisation's name likewise (df=ORG); a single-word entity is neither.
    keys = [["هورست", "كوبل", "قال"], ["كوبل", "بنفيكا"], ["اتحاد", "الكره", "بنفيكا"]]
    first = [["B-PER", "I-PER", "O"], ["O", "B-ORG"], ["B-ORG", "I-ORG", "O"]]
    evidence = key_features(keys, first, NONE)
    assert "dl=PER" in evidence["كوبل"]
    assert "df=PER" in evidence["هورست"]
    assert "df=ORG" in evidence["اتحاد"]
    assert not any(f.startswith(("df=", "dl=")) for f in evidence["بنفيكا"])


def test_common_and_short_keys_carry_no_evidence() -> None:
    keys = [["في", "الوزير"], ["في", "الوزير"]]
    first = [["B-LOC", "B-PER"], ["O", "O"]]
    evidence = key_features(keys, first, frozenset({"الوزير"}))
    assert evidence == {}


def test_document_features_add_labels_and_neighbour_evidence() -> None:
    keys = [["قال", "كرومبو"], ["كرومبو", "غادر"]]
    first = [["O", "B-PER"], ["O", "O"]]
    feats = document_features(keys, first, NONE)
    assert feats[1][0][:3] == ["y1=O", "-1:y1=BOS", "+1:y1=O"]
    assert "dmaj=PER" in feats[1][0]
    assert "-1:dmaj=PER" in feats[1][1]


def test_a_sports_report_is_told_by_its_vocabulary() -> None:
    sport = [["مباراه", "دوري", "هدف"], ["شوط", "لاعب", "قال"]]  # consistency keys
    assert is_sport(sport)
    assert not is_sport([["مباراه", "دوري", "هدف", "وزير"]])  # too few sports words
    assert not is_sport([*sport, ["كلمه"] * 400])  # too small a share of the text


def test_topic_features_carry_the_tokens_flags_and_rank() -> None:
    own = ["bias", "w=ليون", "frs=r20k", "g=L", "-1:g=T"]
    assert topic_features(own) == ("sp", "spfrs=r20k", "spg=L")
