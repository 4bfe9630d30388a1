"""Paragraphs, sentences and tokens of the display text; exact duplicate paragraphs.

The display text has one paragraph per line (``normalize`` leaves single ``\\n`` between them).

Sentences end at ``. ! ? ؟`` (runs like ``؟!`` count once) followed by a space or the end of the
paragraph, together with any closing quotes or brackets; a line break always ends one. The Arabic
comma ، and the semicolon ؛ do not. Not a sentence end: a full stop inside a number (3.5, never
followed by a space anyway), after a one-letter abbreviation (د. م. U.S.) or a listed
abbreviation (``ABBREVIATIONS``), an ellipsis (... or …, often marking an omission inside a
quotation), or a full stop inside a balanced quotation (« », “ ”, or paired ").

Tokens follow camel-tools ``simple_word_tokenize``: whitespace splits, every punctuation or symbol
character is a token of its own, emoji sequences stay whole, and clitics stay attached.
"""

from __future__ import annotations

import re
import unicodedata

from akhbar.nlp.textmap import Offsets
from akhbar.nlp.types import Sentence, Span

ABBREVIATIONS = frozenset(
    {
        "dr", "mr", "mrs", "ms", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "cmdr",
        "adm", "gov", "sen", "rep", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs",
        "etc", "no", "nos", "vol", "pp", "fig", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est", "ص", "ج", "ق.م",
        "ت",
    }
)  # fmt: skip
"""Lower-cased words (Latin and Arabic) that take a full stop without ending a sentence."""

QUOTE_PAIRS = (("«", "»"), ("“", "”"))
MAX_PROTECTED_QUOTE = 1500
"""A balanced quotation longer than this (characters) no longer blocks sentence splits."""

_TERMINATOR = re.compile(r"[.!?؟…]+[»”\"'’)\]}]*(?=\s|\Z)")
_OPENERS = "([{«“\"'‘"
_QUOTE_CHARS = re.compile('[«»“”"]')


class _TokenClasses(dict[int, str]):
    """Code point -> one-letter token class, filled on first sight of each character.

    ``" "`` whitespace, ``p`` punctuation or symbol, ``r`` regional indicator, ``m`` emoji skin
    tone, ``d`` ASCII digit, ``v`` VS16, ``k`` keycap, ``j`` ZWJ, ``t`` tag, ``c`` cancel tag,
    ``w`` anything else (letters, marks, numbers, format characters: part of a word).
    """

    def __missing__(self, cp: int) -> str:
        value = _SPECIAL_CLASSES.get(cp)
        if value is None:
            char = chr(cp)
            if char.isspace():
                value = " "
            elif 0x1F1E6 <= cp <= 0x1F1FF:
                value = "r"
            elif 0x1F3FB <= cp <= 0x1F3FF:
                value = "m"
            elif 0xE0020 <= cp <= 0xE007E:
                value = "t"
            else:
                value = "p" if unicodedata.category(char)[0] in "PS" else "w"
        self[cp] = value
        return value


_SPECIAL_CLASSES = {
    **{ord(d): "d" for d in "0123456789"},
    0xFE0F: "v",
    0x20E3: "k",
    0x200D: "j",
    0xE007F: "c",
}
_CLASSES = _TokenClasses()
_EMOJI_MOD = "(?:m|vk?|t+c)"
_TOKEN = re.compile(f"rr|dvk|[prm]{_EMOJI_MOD}?(?:j[prm]{_EMOJI_MOD}?)*|[^ prm]+")
"""Over the class string: flag pairs, keycaps, a symbol with its emoji modifiers and ZWJ
chain, any other punctuation or symbol alone, and runs of word characters."""


_PLAIN_TOKEN = re.compile(r"[^\W_]+|[^\w\s]|_")
_UNUSUAL = re.compile(r"[^\w\s!-/:-@\[-`{-~«»،؛؟“”‘’–—…•°€£$%]")
"""Text without these characters (marks, format characters, emoji…) tokenizes the same with
``_PLAIN_TOKEN`` straight on the text: there, a word character is exactly a non-P/S one."""


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Word and punctuation token spans of ``text[start:end]`` (camel-tools rules)."""
    stop = len(text) if end is None else end
    if _UNUSUAL.search(text, start, stop) is None:
        matches = _PLAIN_TOKEN.finditer(text, start, stop)
    else:
        matches = _TOKEN.finditer(text.translate(_CLASSES), start, stop)
    return [Span(*m.span()) for m in matches]


def token_strings(text: str) -> list[str]:
    """The tokens of ``text`` as strings (what camel-tools ``simple_word_tokenize`` returns)."""
    return [text[span.start : span.end] for span in tokenize(text)]


def paragraphs(text: str) -> list[Span]:
    """One span per line of the display text."""
    spans: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        if line:
            spans.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def drop_duplicate_paragraphs(text: str, offsets: Offsets) -> tuple[str, Offsets, int]:
    """Remove every line that repeats an earlier line exactly; return how many went."""
    lines = text.split("\n")
    if len(lines) == len(set(lines)):
        return text, offsets, 0
    seen: set[str] = set()
    kept: list[str] = []
    kept_offsets: Offsets = []
    pos = 0
    for line in lines:
        end = pos + len(line)
        if line not in seen:
            seen.add(line)
            if kept:
                kept_offsets.append(offsets[pos - 1])
            kept.append(line)
            kept_offsets.extend(offsets[pos:end])
        pos = end + 1
    return "\n".join(kept), kept_offsets, len(lines) - len(kept)


def sentences(text: str, paras: list[Span]) -> list[Sentence]:
    """Sentence spans, paragraph by paragraph (a sentence never crosses a line)."""
    out: list[Sentence] = []
    for index, para in enumerate(paras):
        chunk = text[para.start : para.end]
        protected = _quoted_intervals(chunk)
        start = 0
        for match in _TERMINATOR.finditer(chunk):
            end = match.end()
            if _is_boundary(chunk, match, protected):
                _add_sentence(out, chunk, para.start, start, end, index)
                start = end
        _add_sentence(out, chunk, para.start, start, len(chunk), index)
    return out


def _add_sentence(
    out: list[Sentence], chunk: str, base: int, start: int, end: int, paragraph: int
) -> None:
    piece = chunk[start:end]
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece.rstrip())
    if trail > lead:
        out.append(Sentence(base + start + lead, base + start + trail, paragraph))


def _is_boundary(chunk: str, match: re.Match[str], protected: list[tuple[int, int]]) -> bool:
    marks = match.group().rstrip("»”\"'’)]}")
    if marks in ("...", "…") or (marks.startswith("..") and set(marks) == {"."}):
        return False
    if marks == "." and _is_abbreviation(chunk, match.start()):
        return False
    end = match.end()
    return not any(open_ < end <= close for open_, close in protected)


def _is_abbreviation(chunk: str, dot: int) -> bool:
    """Whether the word before the full stop at ``dot`` is an abbreviation (U.S, د, Dr)."""
    word = chunk[chunk.rfind(" ", 0, dot) + 1 : dot].lstrip(_OPENERS)
    last = word.rsplit(".", 1)[-1]
    return (len(last) == 1 and last.isalpha()) or word.lower() in ABBREVIATIONS


def _quoted_intervals(chunk: str) -> list[tuple[int, int]]:
    """``(open, close)`` index pairs of balanced quotations in one paragraph."""
    intervals: list[tuple[int, int]] = []
    marks = [(m.start(), m.group()) for m in _QUOTE_CHARS.finditer(chunk)]
    for opener, closer in QUOTE_PAIRS:
        stack: list[int] = []
        for i, char in marks:
            if char == opener:
                stack.append(i)
            elif char == closer and stack:
                intervals.append((stack.pop(), i))
    straight = [i for i, char in marks if char == '"']
    if straight and len(straight) % 2 == 0:
        intervals.extend(zip(straight[::2], straight[1::2], strict=True))
    return [(a, b) for a, b in intervals if b - a <= MAX_PROTECTED_QUOTE]
