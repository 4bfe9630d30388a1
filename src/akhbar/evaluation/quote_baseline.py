"""The "quick rule system" of issue #5's calibration, rebuilt as a yardstick for the dev sets.

The issue scores such a system on its held-out set: cues from a verb list of about 40 lemmas,
a quote only where a complementiser (إن/أن/بأن, fused أنه…), a colon or an opening quotation
mark follows the cue in its sentence, the content from there to the sentence end, the subject
between cue and complementiser as the speaker, else the last speaker (carry-over). Scoring the
same kind of system on our hand-annotated sets tells how our annotation compares with the
held-out one (docs/QUOTES.md, "Calibration against the quick baseline"). It is deliberately
independent of ``akhbar.nlp.quotes``: its own cue list, no guards, no learned parts.

Choices where the issue is silent, each the more generous one (a stronger baseline finds more
of our gold and so makes the calibration more conservative): the trigger may be anywhere later
in the sentence; the content stops before the next cue of the sentence; an entity mention that
ends right before the cue is its subject (SVO); a participle (مضيفا) takes the last speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from akhbar.evaluation.quote_score import fold
from akhbar.schemas import CueOut, EntityOut, QuoteOut, SpeakerOut, TextSpanOut

_LEMMAS = {
    "قال": "قال قالت قالوا قالا يقول تقول يقولون",
    "أكد": "أكد أكدت أكدوا يؤكد تؤكد",
    "أضاف": "أضاف أضافت أضافوا يضيف تضيف",
    "أوضح": "أوضح أوضحت يوضح توضح",
    "أشار": "أشار أشارت يشير تشير",
    "أعلن": "أعلن أعلنت يعلن تعلن",
    "صرح": "صرح صرحت يصرح",
    "ذكر": "ذكر ذكرت يذكر تذكر",
    "أفاد": "أفاد أفادت يفيد تفيد",
    "نفى": "نفى نفت ينفي تنفي",
    "اعتبر": "اعتبر اعتبرت يعتبر تعتبر",
    "رأى": "رأى رأت يرى ترى",
    "شدد": "شدد شددت يشدد",
    "كشف": "كشف كشفت يكشف",
    "تابع": "تابع تابعت",
    "حذر": "حذر حذرت يحذر",
    "توقع": "توقع توقعت يتوقع",
    "اعترف": "اعترف اعترفت",
    "زعم": "زعم زعمت",
    "ادعى": "ادعى ادعت",
    "أقر": "أقر أقرت",
    "لفت": "لفت لفتت",
    "تساءل": "تساءل تساءلت",
    "أجاب": "أجاب أجابت",
    "كتب": "كتب كتبت",
    "أبلغ": "أبلغ أبلغت",
    "أعرب": "أعرب أعربت",
    "قائلا": "قائلا قائلة",
    "مضيفا": "مضيفا مضيفة",
    "مؤكدا": "مؤكدا مؤكدة",
    "مشيرا": "مشيرا مشيرة",
    "موضحا": "موضحا موضحة",
    "معتبرا": "معتبرا معتبرة",
    "مشددا": "مشددا مشددة",
    "لافتا": "لافتا لافتة",
    "محذرا": "محذرا محذرة",
    "معلنا": "معلنا معلنة",
}
PARTICIPLES = frozenset(lemma for lemma in _LEMMAS if lemma.endswith("ا") and lemma != "قال")
CUES = {
    prefix + fold(spelling): lemma
    for lemma, forms in _LEMMAS.items()
    for form in forms.split()
    for spelling in (form, form.replace("ؤ", "و"))
    for prefix in ("", "و", "ف")
}
"""Folded surface form (with an optional و/ف; ؤ also as و, يوكد) -> lemma: 37 lemmas, as in the
issue's "about 40"."""

_COMPLEMENTISER = re.compile(r"^ب?ان(?:ه|ها|هم|هما|هن|نا|ني|ي|ك|كم)?$")
"""إن/أن/بأن and their pronoun-fused forms, folded."""
_TOKEN = re.compile(r"\w+|[^\w\s]")
_OPEN = {"«": "»", '"': '"', "“": "”", "'": "'"}
_FINAL = frozenset(".،,؛;!؟?")
_SENTENCE = re.compile(r"[^\n]+")


def _quote(
    text: str, tokens: list[tuple[int, int, str]], cue: int, trigger: int, sentence: int
) -> tuple[QuoteOut, tuple[int, int]] | None:
    """The quote whose cue is ``tokens[cue]`` and whose content follows ``tokens[trigger]``;
    also the subject span (empty when none)."""
    mark = tokens[trigger][2]
    if mark == "'" and trigger + 1 < len(tokens) and tokens[trigger + 1][2] == "'":
        trigger += 1  # ANERcorp writes a quotation mark as two apostrophes, ' '
    if trigger + 1 >= len(tokens):
        return None
    last = len(tokens) - 1
    for j in range(trigger + 2, len(tokens)):
        if fold(tokens[j][2]) in CUES:
            last = j - 1
            break
    if mark in _OPEN:
        close = next((j for j in range(trigger + 2, last + 1) if tokens[j][2] == _OPEN[mark]), None)
        last = close - 1 if close is not None else last
    while last > trigger and tokens[last][2] in _FINAL:
        last -= 1
    if last <= trigger:
        return None
    start, end = tokens[trigger + 1][0], tokens[last][1]
    words = [t for t in tokens[cue + 1 : trigger] if t[2][0].isalnum() or t[2][0] == "_"]
    subject = (words[0][0], words[-1][1]) if words else (0, 0)
    a, b, surface = tokens[cue]
    quote = QuoteOut(
        cue=CueOut(start=a, end=b, raw_start=a, raw_end=b, text=surface, lemma=CUES[fold(surface)]),
        speaker=SpeakerOut(
            entity_id=None, name=None, mention=None, resolution="context", kind="person"
        ),
        content=TextSpanOut(
            start=start, end=end, raw_start=start, raw_end=end, text=text[start:end]
        ),
        type="direct" if mark in _OPEN or mark == ":" else "indirect",
        sentence=sentence,
        confidence=0.5,
    )
    return quote, subject


def baseline_quotes(text: str, entities: Sequence[EntityOut]) -> list[QuoteOut]:
    """Quotes of ``text`` (one sentence per line) by the quick rules; ``entities`` (their
    mentions' raw offsets point into ``text``) name the speakers. Offsets are into ``text``."""
    mentions = [(m.raw_start, m.raw_end, e) for e in entities for m in e.mentions]
    out: list[QuoteOut] = []
    last_speaker: SpeakerOut | None = None
    for n, line in enumerate(_SENTENCE.finditer(text)):
        tokens = [
            (m.start() + line.start(), m.end() + line.start(), m.group())
            for m in _TOKEN.finditer(line.group())
        ]
        for i, (_, _, word) in enumerate(tokens):
            lemma = CUES.get(fold(word))
            if lemma is None:
                continue
            trigger = next(
                (
                    j
                    for j in range(i + 1, len(tokens))
                    if tokens[j][2] == ":"
                    or tokens[j][2] in _OPEN
                    or _COMPLEMENTISER.match(fold(tokens[j][2]))
                ),
                None,
            )
            found = None if trigger is None else _quote(text, tokens, i, trigger, n)
            if found is None:
                continue
            quote, (s0, s1) = found
            speaker = (
                None
                if last_speaker is None
                else last_speaker.model_copy(update={"mention": None, "resolution": "context"})
            )
            if s1 > s0 and lemma not in PARTICIPLES:
                entity = next((e for a, b, e in mentions if a < s1 and s0 < b), None)
                speaker = _speaker(text, s0, s1, entity)
            elif lemma not in PARTICIPLES and i:
                before = next((x for x in mentions if x[1] == tokens[i - 1][1]), None)
                if before is not None:
                    speaker = _speaker(text, before[0], before[1], before[2])
            if speaker is not None:
                if speaker.resolution == "explicit":
                    last_speaker = speaker
                quote.speaker = speaker
            out.append(quote)
    return out


def _speaker(text: str, start: int, end: int, entity: EntityOut | None) -> SpeakerOut:
    """An explicit speaker: the subject words, linked to the entity they mention if any."""
    mention = TextSpanOut(start=start, end=end, raw_start=start, raw_end=end, text=text[start:end])
    return SpeakerOut(
        entity_id=entity.id if entity else None,
        name=entity.name if entity else text[start:end],
        mention=mention,
        resolution="explicit",
        kind="person",
    )
