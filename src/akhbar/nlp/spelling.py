"""Hamza restoration: spell a name's words the most informative way the article spells them."""

from __future__ import annotations

from akhbar.nlp.clitics import CONJUNCTIONS, PREPOSITIONS
from akhbar.nlp.mentions import TokenView
from akhbar.nlp.textkey import fold_key, restore_letters, spelling_score

_PROCLITICS = CONJUNCTIONS + PREPOSITIONS


class SpellingIndex:
    """Folded word -> its most informative spelling among the article's tokens.

    Tokens are indexed as written and with up to two proclitic letters off (لإيران also
    attests إيران); لل is indexed as ال (للأمم attests الأمم).
    """

    def __init__(self, view: TokenView) -> None:
        best: dict[str, tuple[int, str]] = {}
        for text in dict.fromkeys(view.texts):  # each spelling once, first seen first
            score = spelling_score(text)
            if score == 0:
                continue
            for form in _forms(text):
                key = fold_key(form)
                form_score = spelling_score(form)
                if form_score and form_score > best.get(key, (0, ""))[0]:
                    best[key] = (form_score, form)
        self._best = best

    def restore(self, word: str) -> str:
        """``word`` with hamza and teh marbuta put back where the article writes them."""
        found = self._best.get(fold_key(word))
        if found is None or found[0] <= spelling_score(word):
            return word
        return restore_letters(word, found[1])


def _forms(text: str) -> list[str]:
    forms = [text]
    if text.startswith("لل") and len(text) > 4:
        forms.append("ال" + text[2:])
    rest = text
    for _ in range(2):
        if len(rest) > 3 and rest[0] in _PROCLITICS:
            rest = rest[1:]
            forms.append(rest)
            if rest.startswith("لل") and len(rest) > 4:
                forms.append("ال" + rest[2:])
    return forms
