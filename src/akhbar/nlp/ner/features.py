"""CRF features for one sentence, built from per-word-type feature lists cached on first use.

Per word type: the folded word, its clitic-stripped stem, prefixes and suffixes, shape,
common-word rank bucket (out-of-dictionary words stand out), gazetteer and trigger flags. The
window features (±1, ±2) are the neighbours' cached lists with an offset prefix, so a token
costs one cache hit and a few list concatenations. Multi-word place names add phrase flags;
the words of a short quoted span are flagged by what the noun before it announces.
"""

from __future__ import annotations

from collections.abc import Sequence

from akhbar.nlp.ner.fold import clitic_candidates, fold
from akhbar.nlp.ner.gazetteer import Gazetteers
from akhbar.nlp.ner.triggers import (
    ORG_HEAD_KEYS,
    PERSON_TITLE_KEYS,
    PLACE_HEAD_KEYS,
    TITLE_HEAD_KEYS,
)

_RANK_BUCKETS = ((100, "r100"), (1000, "r1k"), (5000, "r5k"), (20000, "r20k"))
_PUNCT = frozenset("\"'«»()[]{}.,:;!?،؛؟-–—/…")
_BOS = ("-1:BOS",)
_EOS = ("+1:EOS",)
_BOS2 = ("-2:BOS",)
_EOS2 = ("+2:EOS",)
_CACHE_LIMIT = 500_000
# Quotation marks that open a quoted name -> the mark that closes it; the longest name.
_QUOTES = {"«": "»", '"': '"'}
_QUOTED_MAX = 6
# Hand-written organisation flags crossed with the rank bucket (a name that is also a common
# word: فتح، القاعدة، الجزيرة).
_CROSSED = frozenset(("H", "H~"))
# The sentence-boundary attributes by position (as added in ``sentence``).
BOUNDARIES = {"-1": _BOS, "+1": _EOS, "-2": _BOS2, "+2": _EOS2}

TokenFeatures = tuple[
    tuple[str, ...],
    tuple[str, ...],
    tuple[str, ...],
    tuple[str, ...],
    tuple[str, ...],
    str,
    str,
    tuple[tuple[tuple[str, ...], str], ...],
]
"""own, as left neighbour, as right neighbour, as -2, as +2, stem (the consistency key),
folded form, (continuation, kind) of the multi-word names this word can start."""


def _rank_bucket(rank: int | None) -> str:
    if rank is None:
        return "oov"
    for limit, name in _RANK_BUCKETS:
        if rank < limit:
            return name
    return "r60k"


def _gender(adjective: str) -> str:
    """Gender and number of a folded nationality adjective: ``f`` (ـية, ـيات: a feminine head
    such as a city, a country or a company), ``p`` (ـيون, ـيين: people), else ``m`` (a
    masculine head: a club or team, a man)."""
    if adjective.endswith(("ه", "يات")):
        return "f"
    if adjective.endswith(("يون", "يين")):
        return "p"
    return "m"


def _shape(token: str) -> str:
    if all(c in _PUNCT for c in token):
        return "punct"
    if token.isdigit():
        return "digit"
    if any(c.isdigit() for c in token):
        return "hasdigit"
    if token.isascii():
        return "latin"
    return "word"


class FeatureExtractor:
    """Turns tokenised sentences into crfsuite feature lists. One per process; not thread-safe
    (the cache is a plain dict)."""

    def __init__(self, gazetteers: Gazetteers) -> None:
        self.gaz = gazetteers
        self._cache: dict[str, TokenFeatures] = {}
        self.nationality_gender: dict[str, str] = {}
        """Folded form -> ``_gender`` of the nationality adjectives met so far."""

    def stem(self, token: str) -> str:
        """The clitic-stripped folded form used as the document-consistency key."""
        return self.token(token)[5]

    def token(self, token: str) -> TokenFeatures:
        hit = self._cache.get(token)
        if hit is None:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            hit = self._cache[token] = self._build(token)
        return hit

    def _flags(self, cands: tuple[str, ...]) -> list[str]:
        g = self.gaz
        flags: set[str] = set()
        for i, c in enumerate(cands):
            tag = "" if i == 0 else "~"
            if c in g.given:
                flags.add("G" + tag)
            if c in g.surname:
                flags.add("S" + tag)
            if c in g.foreign:
                flags.add("F" + tag)
            if c in g.places or ("ال" + c) in g.places:
                flags.add("L" + tag)
            if c in g.orgs or ("ال" + c) in g.orgs:
                flags.add("R" + tag)
            groups = g.handwritten.get(c) or g.handwritten.get("ال" + c)
            if groups:
                flags.add("H" + tag)
                flags.update("H" + group for group in groups)
            if c in g.nationalities:
                flags.add("N")
                self.nationality_gender[cands[0]] = _gender(c)
            if c in PERSON_TITLE_KEYS:
                flags.add("T")
            if c in ORG_HEAD_KEYS:
                flags.add("O")
            if c in PLACE_HEAD_KEYS:
                flags.add("P")
        return sorted(flags)

    def _future_verb(self, folded: str, flags: list[str]) -> bool:
        """Whether the word is a future-tense verb: (و/ف +) س + an imperfect (ي ت ن ا) that is
        a dictionary word (وسيترأس، ستبعد), and not itself a listed name (سيرجي)."""
        if any(x[0] in "GSFLRH" for x in flags):
            return False
        rest = folded[1:] if folded[:1] in ("و", "ف") else folded
        verb = rest[1:]
        return (
            rest[:1] == "س" and verb[:1] in ("ي", "ت", "ن", "ا") and len(verb) >= 4
        ) and verb in self.gaz.common_rank

    def _stem(self, folded: str, cands: tuple[str, ...]) -> str:
        g = self.gaz
        known = [
            c
            for c in cands[1:]
            if c in g.common_rank or c in g.places or c in g.given or c in g.surname
        ]
        if known:
            return known[-1]
        if folded in g.common_rank:
            return folded
        for c in cands[1:]:
            if folded.endswith("ال" + c):
                return c
        return folded

    def _build(self, token: str) -> TokenFeatures:
        f = fold(token)
        shape = _shape(f)
        if shape in ("punct", "digit"):
            own: tuple[str, ...] = ("bias", "w=" + f, "sh=" + shape)
            ctx = ("w=" + f,)
            return (
                own,
                _ctx("-1:", ctx),
                _ctx("+1:", ctx),
                _ctx("-2:", ctx),
                _ctx("+2:", ctx),
                f,
                f,
                (),
            )
        cands = clitic_candidates(f)
        stem = self._stem(f, cands)
        rank = self.gaz.common_rank.get(f)
        srank = self.gaz.common_rank.get(stem, rank)
        flags = self._flags(cands)
        if self._future_verb(f, flags):
            flags.append("V")
        n = len(stem)
        own_list = [
            "bias",
            "w=" + f,
            "st=" + stem,
            "cl=" + f[: len(f) - n],
            "p2=" + stem[:2],
            "p3=" + stem[:3],
            "s1=" + stem[-1:],
            "s2=" + stem[-2:],
            "s3=" + stem[-3:],
            "ws2=" + f[-2:],
            "len=" + str(min(n, 9)),
            "sh=" + shape,
            "fr=" + _rank_bucket(rank),
            "frs=" + _rank_bucket(srank),
        ]
        own_list.extend("g=" + x for x in flags)
        bucket = _rank_bucket(srank)
        own_list.extend("gr=" + x + bucket for x in flags if x[0] in "GSFLR" or x in _CROSSED)
        ctx1 = ["w=" + f, "st=" + stem, "frs=" + bucket]
        ctx1.extend("g=" + x for x in flags)
        ctx2 = ["st=" + stem]
        ctx2.extend("g=" + x for x in flags if len(x) == 1)
        return (
            tuple(own_list),
            _ctx("-1:", ctx1),
            _ctx("+1:", ctx1),
            _ctx("-2:", ctx2),
            _ctx("+2:", ctx2),
            stem,
            f,
            tuple(
                sorted(
                    (p for c in cands for p in self.gaz.phrases.get(c, ())),
                    key=lambda p: len(p[0]),
                    reverse=True,
                )
            ),
        )

    def phrases(self, info: Sequence[TokenFeatures]) -> dict[int, str]:
        """Positions inside a multi-word gazetteer name: index -> e.g. ``L:B`` or ``R:I``."""
        out: dict[int, str] = {}
        n = len(info)
        i = 0
        while i < n:
            matched = 0
            kind = ""
            for rest, rest_kind in info[i][7]:
                k = len(rest)
                if i + k < n and all(info[i + 1 + j][6] == rest[j] for j in range(k)):
                    matched, kind = k + 1, rest_kind
                    break
            if matched:
                out[i] = kind + ":B"
                for j in range(i + 1, i + matched):
                    out[j] = kind + ":I"
                i += matched
            else:
                i += 1
        return out

    def links(self, info: Sequence[TokenFeatures]) -> dict[int, tuple[str, ...]]:
        """Features that depend on a word and its neighbours, by position: multi-word
        gazetteer names (``ph=``), a place name followed by a nationality adjective of the
        given gender (``Lnat=m``: ليون الفرنسي is a club, مدينة ليون الفرنسية a city), a name
        followed by a parenthesised place (``Lpar``: results lists, بورتو ( البرتغال ))."""
        out: dict[int, list[str]] = {}
        for i, kind in self.phrases(info).items():
            out[i] = ["ph=" + kind]
            if kind[0] == "H":  # hand-written organisation (Hc:B): also the group-free flag
                out[i].append("ph=H" + kind[-2:])
        for i, kind in _quoted(info).items():
            out.setdefault(i, []).append("q=" + kind)
        gender = self.nationality_gender
        for i in range(1, len(info)):
            word = info[i][6]
            g = gender.get(word)
            if g is not None and _is_place(info[i - 1]):
                out.setdefault(i - 1, []).append("Lnat=" + g)
            elif (
                word == "("
                and i + 2 < len(info)
                and info[i + 2][6] == ")"
                and _is_place(info[i + 1])
            ):
                out.setdefault(i - 1, []).append("Lpar")
        return {i: tuple(v) for i, v in out.items()}

    def linkable(self, info: TokenFeatures) -> bool:
        """Whether a word can take part in a ``links`` feature (a cheap pre-check)."""
        word = info[6]
        return bool(info[7]) or word == "(" or word in _QUOTES or word in self.nationality_gender

    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        """Feature lists (one per token) for one sentence."""
        info = [self.token(t) for t in tokens]
        n = len(info)
        links = self.links(info) if n > 1 else {}
        out = []
        for i in range(n):
            feats = list(info[i][0])
            feats.extend(info[i - 1][1] if i > 0 else _BOS)
            feats.extend(info[i + 1][2] if i + 1 < n else _EOS)
            if i > 1:
                feats.extend(info[i - 2][3])
            elif i == 1:
                feats.extend(_BOS2)
            if i + 2 < n:
                feats.extend(info[i + 2][4])
            elif i + 2 == n:
                feats.extend(_EOS2)
            feats.extend(links.get(i, ()))
            out.append(feats)
        return out


def _quoted(info: Sequence[TokenFeatures]) -> dict[int, str]:
    """Words inside a short quoted span, by position -> what the word before the opening mark
    (or the one before that) announces: ``M`` a title (برنامج « … », استاد " … "), ``R`` an
    organisation (صحيفة « … »), else ``-``."""
    out: dict[int, str] = {}
    n = len(info)
    i = 0
    while i < n:
        close = _QUOTES.get(info[i][6])
        end = -1
        if close is not None:
            end = next(
                (j for j in range(i + 1, min(n, i + 2 + _QUOTED_MAX)) if info[j][6] == close), -1
            )
        if end <= i + 1:
            i += 1
            continue
        heads = {info[k][5] for k in range(max(0, i - 2), i)}
        kind = "M" if heads & TITLE_HEAD_KEYS else "R" if heads & ORG_HEAD_KEYS else "-"
        for j in range(i + 1, end):
            out[j] = kind
        i = end + 1
    return out


def _is_place(info: TokenFeatures) -> bool:
    """Whether the word, or a clitic-stripped form of it, is in the place gazetteers."""
    own = info[0]
    return "g=L" in own or "g=L~" in own


def _ctx(prefix: str, items: Sequence[str]) -> tuple[str, ...]:
    return tuple(prefix + x for x in items)
