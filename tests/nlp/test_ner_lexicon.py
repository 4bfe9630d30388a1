"""The hand-written organisation lexicon and the features it feeds; the future-verb flag."""

from __future__ import annotations

from collections import Counter

from akhbar.nlp.ner.features import FeatureExtractor
from akhbar.nlp.ner.fold import fold
from akhbar.nlp.ner.gazetteer import (
    DATA_DIR,
    HANDWRITTEN_GROUPS,
    HANDWRITTEN_ORGS,
    handwritten_entries,
    load_gazetteers,
)


def _feats(fx: FeatureExtractor, text: str) -> list[set[str]]:
    return [set(f) for f in fx.sentence(text.split())]


def test_lexicon_rows_are_well_formed() -> None:
    rows = [
        line
        for line in (DATA_DIR / HANDWRITTEN_ORGS).read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    for row in rows:
        name, kind = row.split("\t")  # exactly two columns
        assert kind in HANDWRITTEN_GROUPS, row
        assert name == name.strip() and "  " not in name, row
    entries = handwritten_entries()
    assert len(entries) == len(rows)
    assert all(name == fold(name) for name, _ in entries)
    groups = Counter(group for _, group in entries)
    assert set(groups) == set(HANDWRITTEN_GROUPS.values())


def test_lexicon_entries_are_loaded_folded() -> None:
    gaz = load_gazetteers()
    assert gaz.handwritten[fold("فولكسفاغن")] == "c"
    assert gaz.handwritten[fold("الليكود")] == "p"
    assert gaz.handwritten[fold("رويترز")] == "m"
    # Multi-word names are phrases keyed by their first folded word.
    assert ((fold("فرانس برس").split()[1],), "Hm") in gaz.phrases[fold("فرانس")]
    assert ((fold("المتحدة"),), "Hi") in gaz.phrases[fold("الأمم")]


def test_lexicon_flags_on_words_and_phrases() -> None:
    fx = FeatureExtractor(load_gazetteers())
    # A company name alone, then with a clitic (ب + name: the ~ flag), with its group.
    own = _feats(fx, "باعت فولكسفاغن سيارات")[1]
    assert {"g=H", "g=Hc"} <= own
    assert "g=H~" in _feats(fx, "مقارنة بفولكسفاغن")[1]
    # Written with ال in the lexicon, found without it (and vice versa for clitics).
    assert "g=H" in _feats(fx, "فاز ليكود")[1]
    # Phrase flags: the group flag and the group-free flag, B then I.
    words = _feats(fx, "وقال للأمم المتحدة أمس")
    assert {"ph=Hi:B", "ph=H:B"} <= words[1]
    assert {"ph=Hi:I", "ph=H:I"} <= words[2]
    assert not any(f.startswith("ph=") for f in words[3])
    # An ordinary word gets no lexicon flag.
    assert not any(f.startswith("g=H") for f in _feats(fx, "قال الوزير")[1])


def test_future_verb_flag() -> None:
    fx = FeatureExtractor(load_gazetteers())

    def flagged(word: str) -> bool:
        return "g=V" in fx.token(word)[0]

    # س + a dictionary imperfect, with or without و/ف in front.
    assert flagged("وسيترأس") and flagged("ستبعد") and flagged("فسيعود")
    # Names and ordinary words that start with س + ي/ت/ن are not verbs.
    assert not any(flagged(w) for w in ("سيرجي", "سيارة", "ستالين", "سيناء", "ستة"))
    # The neighbour of a future verb sees it (a name after وسيترأس).
    assert "-1:g=V" in _feats(fx, "وسيترأس ميناوي الاجتماع")[1]
