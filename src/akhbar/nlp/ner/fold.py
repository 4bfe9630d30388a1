"""Spelling folds and clitic stripping shared by the gazetteer build and the tagger features.

``fold`` is the token-level form of the matching key: hamza on alef -> ا, ى -> ي, ة -> ه,
Persian/Urdu letters -> Arabic, diacritics, tatweel and invisible marks removed.
"""

from __future__ import annotations

from functools import lru_cache

from akhbar.nlp.textkey import KEY_FOLD, MARKS, PERSIAN_FOLD

_FOLD = str.maketrans(
    {
        **KEY_FOLD,
        **PERSIAN_FOLD,
        "ۀ": "ه",
        "ہ": "ه",
        "ە": "ه",
        **dict.fromkeys(MARKS + "\u0653\u0654\u0655\u200b\u200c\u200d\u200e\u200f\u061c\ufeff"),
    }
)

# Proclitic chains in the order they attach: conjunction, preposition, article.
_CONJ = ("و", "ف")
_PREP = ("ب", "ك", "ل")


def fold(token: str) -> str:
    """Fold one token (or phrase) to its matching form."""
    return token.translate(_FOLD)


@lru_cache(maxsize=200_000)
def clitic_candidates(folded: str) -> tuple[str, ...]:
    """Possible stems of a folded token, longest first: the token itself, then with the
    conjunction (و ف), a preposition (ب ك ل) and the article (ال, or لل = ل + ال) removed.

    Every candidate keeps at least two letters; the caller decides which one is known.
    """
    out = [folded]
    rest = folded
    for conj in _CONJ:
        if rest.startswith(conj) and len(rest) > 3:
            rest = rest[1:]
            out.append(rest)
            break
    if rest.startswith("لل") and len(rest) > 3:
        out.append(rest[2:])
        out.append("ال" + rest[2:])
        return _unique(out)
    for prep in _PREP:
        if rest.startswith(prep) and len(rest) > 3:
            rest = rest[1:]
            out.append(rest)
            break
    if rest.startswith("ال") and len(rest) > 3:
        out.append(rest[2:])
    return _unique(out)


def _unique(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def strip_article(folded: str) -> str:
    """The token without a leading ال (only when at least two letters remain)."""
    return folded[2:] if folded.startswith("ال") and len(folded) > 3 else folded
