"""Raw body -> plain text with one ``\\n`` per block break, and a map back to the raw body.

HTML goes through a real parser (selectolax/lexbor): scripts, styles and page furniture are
dropped, block elements and ``<br>`` become line breaks, entities are decoded. Lexbor does not
report source positions, so each text node is aligned with the raw markup from a moving cursor:
markup is skipped, entities are matched to what they decode to, and every text character gets the
raw index of the character (or entity, see ``textmap.spread``) it came from. The map is monotonic
and in bounds by construction; where the parser reorders content (mis-nested tables) it is
approximate.

Plain text keeps its line breaks; character references (``&amp;``) in it are decoded too.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

from akhbar.nlp.textmap import Offsets, spread, starts_word

_HTML_TAG = re.compile(
    r"<(?:!--|!doctype|/?(?:a|abbr|address|article|aside|audio|b|big|blockquote|body|br|"
    r"button|caption|center|cite|code|dd|div|dl|dt|em|figcaption|figure|font|footer|form|h[1-6]|"
    r"head|header|hr|html|i|iframe|img|input|label|li|link|main|mark|meta|nav|noscript|ol|"
    r"option|p|picture|pre|q|s|script|section|select|small|source|span|strong|style|sub|sup|"
    r"svg|table|tbody|td|textarea|tfoot|th|thead|time|title|tr|u|ul|video)\b[^<>]*>)",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
_SPECIAL = re.compile("[&<\r]")
_PLAIN_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MARKUP_RUN = re.compile(
    r"(?:<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)|<[!?][^>]*>?|</?[A-Za-z][^>]*>?)*", re.DOTALL
)

DROPPED = frozenset(
    {
        "script", "style", "noscript", "template", "head", "nav", "aside", "footer", "form",
        "iframe", "svg", "math", "button", "select", "textarea", "object", "embed", "canvas",
        "menu", "dialog", "-comment",
    }
)  # fmt: skip
"""Elements whose content is boilerplate or code, never article text."""

BLOCKS = frozenset(
    {
        "address", "article", "blockquote", "body", "br", "caption", "center", "dd", "details",
        "div", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr",
        "ul",
    }
)  # fmt: skip
"""Elements that start and end a line of text."""

_COLLAPSIBLE = str.maketrans("\n\r\t\f", "    ")


def looks_like_markup(body: str) -> bool:
    """Whether ``body`` contains an HTML tag or comment (and is parsed as HTML)."""
    return _HTML_TAG.search(body) is not None


def extract_text(body: str) -> tuple[str, Offsets]:
    """The readable text of ``body`` (HTML or plain) and each character's raw index."""
    if looks_like_markup(body):
        return _html_text(body)
    return _decode_entities(body)


def _decode_entities(body: str) -> tuple[str, Offsets]:
    if "&" not in body or _PLAIN_ENTITY.search(body) is None:
        return body, list(range(len(body)))
    parts: list[str] = []
    offsets: Offsets = []
    last = 0
    for match in _PLAIN_ENTITY.finditer(body):
        value = html.unescape(match.group())
        if value == match.group():
            continue
        parts.append(body[last : match.start()])
        offsets.extend(range(last, match.start()))
        parts.append(value)
        word_start = starts_word(body, match.start())
        offsets.extend(spread(range(*match.span()), len(value), at_word_start=word_start))
        last = match.end()
    parts.append(body[last:])
    offsets.extend(range(last, len(body)))
    return "".join(parts), offsets


def _html_text(body: str) -> tuple[str, Offsets]:
    from selectolax.lexbor import LexborHTMLParser

    root = LexborHTMLParser(body).root
    aligner = _Aligner(body)
    parts: list[str] = []
    offsets: Offsets = []
    if root is None:
        return "", []
    for kind, node, in_pre in _walk(root):
        if kind == "break":
            parts.append("\n")
            offsets.append(min(aligner.cursor, len(body) - 1))
            continue
        text = node.text_content or ""
        where = aligner.align(text)
        if kind == "text":
            parts.append(text if in_pre else text.translate(_COLLAPSIBLE))
            offsets.extend(where)
    return "".join(parts), offsets


def _walk(root: Any) -> Iterator[tuple[str, Any, bool]]:
    """Depth-first events: ``("text", node, in_pre)``, ``("skip", node, _)`` for text in
    dropped elements (aligned but not kept) and ``("break", node, _)`` around block elements."""
    stack: list[tuple[Any, bool, bool, bool]] = [(root, False, False, False)]
    while stack:
        node, leaving, dropped, in_pre = stack.pop()
        tag = node.tag or ""
        if leaving:
            yield "break", node, in_pre
            continue
        if node.is_text_node:
            yield ("skip" if dropped else "text"), node, in_pre
            continue
        now_dropped = dropped or tag in DROPPED
        now_pre = in_pre or tag == "pre"
        if tag in BLOCKS and not now_dropped:
            yield "break", node, in_pre
            stack.append((node, True, now_dropped, in_pre))
        children = list(node.iter(include_text=True))
        for child in reversed(children):
            stack.append((child, False, now_dropped, now_pre))


class _Aligner:
    """Finds each parsed text node in the raw markup, moving forward only."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.cursor = 0

    def align(self, text: str) -> Offsets:
        raw = self.raw
        last = len(raw) - 1
        pos = _MARKUP_RUN.match(raw, self.cursor).end()  # type: ignore[union-attr]
        if raw.startswith(text, pos):
            self.cursor = pos + len(text)
            return list(range(pos, pos + len(text)))
        out: Offsets = []
        i = 0
        while i < len(text):
            if pos > last:
                out.extend([last] * (len(text) - i))
                break
            literal = self._literal_run(text, i, pos)
            if literal:
                out.extend(range(pos, pos + literal))
                i += literal
                pos += literal
                continue
            step = self._step(text, i, pos)
            if step is None:
                pos = _MARKUP_RUN.match(raw, pos).end() or pos + 1  # type: ignore[union-attr]
                continue
            produced, consumed = step
            word_start = starts_word(text, i)
            out.extend(spread(range(pos, pos + consumed), produced, at_word_start=word_start))
            i += produced
            pos += consumed
        self.cursor = min(pos, len(raw))
        return out

    def _literal_run(self, text: str, i: int, pos: int) -> int:
        """Length of the stretch at ``pos`` that is plain text, equal in raw and parsed text."""
        special = _SPECIAL.search(self.raw, pos)
        length = min((special.start() if special else len(self.raw)) - pos, len(text) - i)
        if length > 0 and self.raw.startswith(text[i : i + length], pos):
            return length
        return 0

    def _step(self, text: str, i: int, pos: int) -> tuple[int, int] | None:
        """``(text chars produced, raw chars consumed)`` at ``pos``, or ``None`` at markup."""
        raw = self.raw
        char = raw[pos]
        if char == "<" and _MARKUP_RUN.match(raw, pos).end() > pos:  # type: ignore[union-attr]
            return None
        if char == "&":
            entity = _ENTITY.match(raw, pos)
            if entity is not None:
                value = html.unescape(entity.group())
                if value and text.startswith(value, i):
                    return len(value), entity.end() - pos
        if char == "\r" and text[i] == "\n":
            return 1, 2 if raw.startswith("\r\n", pos) else 1
        return 1, 1
