"""A learned filter over word-list matches: a CRF token tagger (cue / not cue) whose confident
vote lets a word-list match through where one of the rule checks rejected it.

The tagger (python-crfsuite, trained by ``scripts/train_quote_cues.py`` on the windows of
``eval/quotes_*.json``) sees the quote stage's own tokens (``tokens.tokenize`` over the folded
key). ``CueFilter.votes`` gives the start offsets of the word-list matches of one sentence whose
marginal probability of being a cue is at least the threshold; ``extract`` lets a voted match
past the checks named in ``CueFilter.overrides`` only. The content step still has to find a
content: a vote never makes a quote on its own.

``shipped()`` is the filter ``extract_quotes`` uses unless given another (``load``) or None
(rules alone); the service turns it off with ``AKHBAR_QUOTE_LEARNED=false``
(``akhbar.settings``). Chosen on the leave-one-file-out cross-validation over the eval files
(docs/QUOTES.md, "Learned cue filter" and "Session 14 final"; ``data/quote_cues_cv.json``; 20
files, 1,180 quotes): pooled cue P/R/F1 .961/.888/.923 -> .956/.910/.932, speaker .939 ->
.936, content .942 -> .939.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import pycrfsuite

from akhbar.nlp.clean import clean
from akhbar.nlp.quotes import tokens as tk
from akhbar.nlp.quotes.cues import KEY_FOLD, CueHit, find_cues

if TYPE_CHECKING:
    from akhbar.nlp.quotes.content_model import ContentModel

DATA_DIR = Path(__file__).resolve().parent / "data"
MODEL_FILE = DATA_DIR / "quote_cues.crfsuite"

CUE = "C"
OTHER = "O"

DEFAULT_THRESHOLD = 0.5
"""The marginal probability of "cue" at which a match gets a vote (0.5 and 0.8 differ by
three right quotes and four predictions in the 19-file cross-validation; 0.0, i.e. no model,
loses precision)."""

DEFAULT_OVERRIDES: frozenset[str] = frozenset(
    {"plausible", "far_opening", "learned_content", "bare_opening"}
)
"""What a vote may override: the only two rule checks that paid in the cross-validation (each
other check, overridden alone, added false quotes and no right one); the learned content start
(``content_model``) when the rules found no content; and, last, the words right after the
subject as the content (``extract.BARE_STARTS``; 20-file cross-validation: +9 right quotes
for +13 predictions over the first three, speaker and content -.002 each)."""

CHECKS = frozenset(
    {
        "verb_use",
        "anonymity",
        "in_name",
        "quoted_title",
        "noun_context",
        "impersonal",
        "subjunctive",
        "not_a_report",
        "no_longer",
        "interrogative",
        "byline",
        "relative_ma",
        "timed",
        "finding",
        "postposed_kama",
        "plausible",
        "plausible_bare",
        "colon_speaker",
        "passive",
        "declaration",
        "anaphoric",
        "between_preposition",
        "learned_from",
        "negated",
        "far_opening",
        "bare_opening",
        "learned_content",
    }
)
"""Every rejection in ``extract`` that a vote can be allowed to override, and the two
fallback openings for a voted cue whose frames found no content (``far_opening``: a
complementiser, colon or quotation mark beyond the scan limits; ``bare_opening``: the words
right after the subject), and the learned content fallback (``learned_content``:
``content_model``, asked after ``far_opening``)."""

CONTEXT_REACH = 5
"""Tokens after a word searched for a complementiser, a colon or a quotation mark."""

_PROCLITICS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")
_QUOTE_MARKS = frozenset(tk.OPEN_MARKS) | tk.CLOSE_MARKS


def stems(word: str) -> list[str]:
    """Crude clitic-stripped forms of a folded word: without و/ف, then without ب/ل/ك, then
    without ال (each only when at least two letters remain)."""
    out: list[str] = []
    w = word
    if w[:1] in _PROCLITICS and len(w) > 3:
        w = w[1:]
        out.append(w)
    if w[:1] in _PREPOSITIONS and len(w) > 3:
        w = w[1:]
        out.append(w)
    if w.startswith("ال") and len(w) > 4:
        out.append(w[2:])
    return out


def features(toks: Sequence[tk.Tok], hits: Sequence[CueHit]) -> list[list[str]]:
    """One feature list per token of a sentence; ``hits`` are the sentence's word-list
    matches (``cues.find_cues``, before any check)."""
    words = [t.word for t in toks]
    n = len(words)
    kind: dict[int, CueHit] = {}
    index = {t.start: i for i, t in enumerate(toks)}
    for hit in hits:
        n_hit = index.get(hit.start)
        if n_hit is not None:
            kind.setdefault(n_hit, hit)
    comp = [tk.is_complementiser(w) for w in words]
    colon = [w == ":" for w in words]
    mark = [w in _QUOTE_MARKS for w in words]
    out: list[list[str]] = []
    for i, w in enumerate(words):
        f = list(word_features(w))
        f += neighbour_words(words, i)
        f.append("w-1|w=" + (words[i - 1] if i else "<s>") + "|" + w)
        reach = slice(i + 1, min(n, i + 1 + CONTEXT_REACH))
        if any(comp[reach]):
            f.append("comp5")
        if any(colon[reach]):
            f.append("colon5")
        if any(mark[reach]):
            f.append("mark5")
        if i + 1 < n and comp[i + 1]:
            f.append("comp1")
        found = kind.get(i)
        if found is not None:
            f += _hit_features(found)
        f.append("pos=" + (str(i) if i < 3 else "3-5" if i < 6 else "6+"))
        if i == n - 1:
            f.append("last")
        out.append(f)
    return out


@lru_cache(maxsize=65536)
def word_features(w: str) -> tuple[str, ...]:
    """The features of a word on its own (cached: an article repeats its words)."""
    f = ["b", "w=" + w]
    f += ["st=" + s for s in stems(w)]
    for k in (2, 3, 4):
        if len(w) > k:
            f.append(f"p{k}=" + w[:k])
            f.append(f"s{k}=" + w[-k:])
    return tuple(f)


def neighbour_words(words: Sequence[str], i: int) -> list[str]:
    """The words two and one before and after position ``i`` (``<s>``/``</s>`` past the
    sentence's edges), as features."""
    n = len(words)
    return [
        f"w{d:+d}=" + (words[i + d] if 0 <= i + d < n else "<s>" if i + d < 0 else "</s>")
        for d in (-2, -1, 1, 2)
    ]


def chosen(cue_filter: CueFilter | Literal["shipped"] | None) -> CueFilter | None:
    """The filter a caller asked for: the shipped one for ``"shipped"``, else as given."""
    return shipped() if cue_filter == "shipped" else cue_filter


def _hit_features(hit: CueHit) -> list[str]:
    form = hit.form
    flags = [
        ("imperfect", form.imperfect),
        ("ambiguous", form.ambiguous),
        ("prefixed", hit.prefixed),
    ]
    return ["hit", "hit=" + form.kind, "lemma=" + form.lemma] + [n for n, on in flags if on]


@dataclass(frozen=True, slots=True)
class CueFilter:
    """A loaded model, the vote threshold and the checks a vote may override."""

    tagger: pycrfsuite.Tagger
    threshold: float = DEFAULT_THRESHOLD
    overrides: frozenset[str] = DEFAULT_OVERRIDES
    content: ContentModel | None = None
    """The learned content fallback (``content_model``), used with ``learned_content``."""

    def marginals(self, toks: Sequence[tk.Tok], hits: Sequence[CueHit]) -> dict[int, float]:
        """Start offset of each word-list match -> marginal probability that it is a cue."""
        index = {t.start: i for i, t in enumerate(toks)}
        places = [(h.start, index[h.start]) for h in hits if h.start in index]
        if not places:
            return {}
        self.tagger.set(features(toks, hits))
        return {start: self.tagger.marginal(CUE, i) for start, i in places}

    def votes(self, toks: Sequence[tk.Tok], hits: Sequence[CueHit]) -> frozenset[int]:
        """Start offsets of the matches whose cue marginal reaches the threshold."""
        if not hits or not self.overrides:
            return frozenset()
        found = self.marginals(toks, hits)
        return frozenset(s for s, p in found.items() if p >= self.threshold)


def load(
    path: Path = MODEL_FILE,
    threshold: float = DEFAULT_THRESHOLD,
    overrides: frozenset[str] = DEFAULT_OVERRIDES,
    content_path: Path | None = None,
    content_threshold: float | None = None,
) -> CueFilter:
    """Open a trained model file (``scripts/train_quote_cues.py``), and the content model
    (default ``content_model.MODEL_FILE``) when ``learned_content`` is among the overrides."""
    unknown = overrides - CHECKS
    if unknown:
        raise ValueError(f"unknown checks {sorted(unknown)} (known: {sorted(CHECKS)})")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    content = None
    if "learned_content" in overrides:
        from akhbar.nlp.quotes import content_model  # it imports this module

        content = content_model.load(
            content_path or content_model.MODEL_FILE,
            content_model.DEFAULT_THRESHOLD if content_threshold is None else content_threshold,
        )
    return CueFilter(tagger, threshold, overrides, content)


@lru_cache(maxsize=1)
def shipped() -> CueFilter:
    """The shipped models at the default threshold and overrides, loaded once per process."""
    return load()


StageSentence = tuple[list[tuple[int, int]], list[tk.Tok], list[CueHit]]
"""Raw character spans of the tokens, the tokens, the word-list matches."""


def stage_sentences(text: str) -> Iterator[StageSentence]:
    """The non-empty sentences of ``text`` as the quote stage sees them (cleaned, segmented,
    folded, tokenised): each token's raw character span, the tokens and the word-list
    matches."""
    doc = clean(text)
    key = doc.key.translate(KEY_FOLD)
    marks = tk.HAS_MARKS.search(key) is not None
    for sent in doc.sentences:
        toks = tk.tokenize(key, sent.start, sent.end, marks)
        if toks:
            raw = [doc.raw_span(t.start, t.end) for t in toks]
            yield raw, toks, find_cues(key, sent.start, sent.end)


def training_sequences(
    text: str, cues: Sequence[tuple[int, int]]
) -> list[tuple[list[list[str]], list[str]]]:
    """Features and labels of every sentence of ``text`` (``stage_sentences``): a token is a
    cue when its raw span overlaps one of the ``cues`` character spans of ``text``."""
    return [
        (
            features(toks, hits),
            [CUE if any(a < e and s < b for s, e in cues) else OTHER for a, b in raw],
        )
        for raw, toks, hits in stage_sentences(text)
    ]
