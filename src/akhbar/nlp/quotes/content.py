"""What is said: where the content starts after a cue and its subject, where it ends, its type."""

from __future__ import annotations

from dataclasses import dataclass

from akhbar.nlp.quotes import lexicon as lx
from akhbar.nlp.quotes import tokens as tk
from akhbar.nlp.quotes.cues import CueForm
from akhbar.nlp.quotes.tokens import Tok
from akhbar.nlp.types import QuoteType

SCAN_LIMIT = 12
"""Tokens of adverbials (خلال الاجتماع، في تصريح للصحفيين) allowed between subject and content."""
SCAN_LIMIT_AMBIGUOUS = 4
HARD_STOPS = frozenset(".!?؟")
PREP_SKIP = 5
"""A frame preposition (على ضرورة، عن تقديره) may follow at most this many adverbial tokens."""
ADVERBIAL_OBJECTS = lx.words("هامش صعيد مستوي حد وجه راس راسه ضوء")
"""Nouns after على/عن that make an adverbial, not a complement (على هامش، على صعيد)."""
RELAYED = CueForm("نقل", "verb", frozenset({"that", "colon"}), False)
"""Frames after a relayed source (… عن الوزير قوله إن…، … نقلا عن مصدر أن…)."""


@dataclass(frozen=True, slots=True)
class Opening:
    start: int
    """Character offset where the content starts."""
    via: str
    """``that`` ``colon`` ``quote`` ``prep`` ``np`` or ``bare``."""
    marker: int
    """Token index of the first token after the skipped material (the marker itself)."""


def find_opening(
    toks: list[Tok], k: int, form: CueForm, has_subject: bool, stops: frozenset[int]
) -> Opening | None:
    """The content clause after token ``k`` allowed by the cue's frames."""
    limit = SCAN_LIMIT_AMBIGUOUS if form.ambiguous else SCAN_LIMIT
    frames = form.frames
    bare: Opening | None = None
    for j in range(k, min(len(toks), k + limit)):
        tok = toks[j]
        word = tok.word
        if j in stops or word in HARD_STOPS:
            break
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if word == ":" and nxt is not None and ("colon" in frames or "that" in frames):
            if nxt.word in tk.OPEN_MARKS:
                return Opening(nxt.start, "quote", j + 1)
            return Opening(nxt.start, "colon", j)
        if word in tk.OPEN_MARKS and not form.ambiguous:
            return Opening(tok.start, "quote", j)
        if "that" in frames and tk.is_complementiser(word):
            return _that_opening(toks, j)
        if word in tk.FRAME_PREPOSITIONS and nxt is not None and tk.is_complementiser(nxt.word):
            continue
        prep = tk.FRAME_PREPOSITIONS.get(word)
        if (
            prep in frames
            and nxt is not None
            and not form.ambiguous
            and j - k <= PREP_SKIP
            and not tk.is_punct(nxt)
            and nxt.word not in ADVERBIAL_OBJECTS
        ):
            return Opening(nxt.start, "prep", j)
        if j == k and not form.ambiguous and not tk.is_punct(tok):
            found = _object_opening(tok, frames, has_subject)
            if found is not None and found.via != "bare":
                return found
            bare = found
    return bare


def _that_opening(toks: list[Tok], j: int) -> Opening | None:
    word = toks[j].word
    pronoun = tk.FUSED_COMPLEMENTISERS.get(word)
    if pronoun is not None and pronoun not in tk.EXPLETIVES:
        return Opening(toks[j].start, "that", j)
    if j + 1 < len(toks) and not tk.is_punct(toks[j + 1]):
        return Opening(toks[j + 1].start, "that", j)
    return None


def _object_opening(tok: Tok, frames: frozenset[str], has_subject: bool) -> Opening | None:
    word = tok.word
    if not has_subject or word in tk.ADVERBIAL_STARTERS or word in tk.FUNCTION_WORDS:
        return None
    if "with" in frames and word.startswith("ب") and len(word) > 3:
        return Opening(tok.start + 1, "prep", 0)
    if "np" in frames:
        return Opening(tok.start, "np", 0)
    if "bare" in frames:
        return Opening(tok.start, "bare", 0)
    return None


def quoted_end(key: str, open_pos: int, limit: int) -> int:
    """Offset of the mark closing the quotation opened at ``open_pos`` (``limit`` if unclosed)."""
    close = tk.OPEN_MARKS.get(key[open_pos], "")
    end = key.find(close, open_pos + 1, limit) if close else -1
    return end if end >= 0 else limit


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding blanks, sentence-final punctuation and an unmatched closing mark."""
    while start < end and text[start].isspace():
        start += 1
    while end > start:
        ch = text[end - 1]
        if ch in tk.FINAL_PUNCT or (
            ch in tk.CLOSE_MARKS and not _has_opener(text, start, end - 1, ch)
        ):
            end -= 1
        else:
            break
    return start, end


def _has_opener(text: str, start: int, end: int, close: str) -> bool:
    opens = [o for o, c in tk.OPEN_MARKS.items() if c == close and o != close]
    if close == '"':
        return text.count('"', start, end) % 2 == 1
    return any(text.find(o, start, end) >= 0 for o in opens)


def quote_type(via: str, text: str, start: int, end: int) -> QuoteType:
    """direct after a colon or inside marks; mixed when reported speech quotes words inside."""
    if via in ("colon", "quote", "bare"):
        return "direct"
    inner = text[start:end]
    if any(o in inner and c in inner[inner.index(o) + 1 :] for o, c in tk.OPEN_MARKS.items()):
        return "mixed"
    return "indirect"
