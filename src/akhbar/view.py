"""``akhbar view``: one enriched article as a right-to-left HTML page, for checking extraction.

Entity mentions are highlighted by type (``ent ent-PER`` …, ``data-entity-id``); each quote's
speaker mention, cue and content are marked (``q-speaker``, ``q-cue``, ``q-content``,
``data-quote``). Spans may nest or overlap: the markup is built from boundary events, and a span
cut by another one's edge is closed and reopened, every fragment keeping the same ``data-span``.
All text is escaped. A legend and side lists of the entities and quotes complete the page.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from akhbar.schemas import EnrichedArticle
from akhbar.settings import get_settings

ENTITY_TYPES = {
    "PER": "شخص · person",
    "LOC": "مكان · place",
    "ORG": "منظمة · organization",
    "MISC": "أخرى · other",
}
QUOTE_PARTS = {
    "q-speaker": "المتحدث · speaker",
    "q-cue": "فعل القول · cue",
    "q-content": "المضمون · content",
}
# Among spans with the same extent, which one wraps the others (lower = outer).
_NESTING = {"q-content": 0, "q-speaker": 1, "ent": 2, "q-cue": 3}


@dataclass(frozen=True, eq=False)
class Mark:
    """One highlighted span of ``text``: [start, end), its classes and data attributes.
    Compared by identity: two quotes may mark the same extent."""

    start: int
    end: int
    kind: str
    attrs: dict[str, str] = field(default_factory=dict)

    @property
    def order(self) -> tuple[int, int, int]:
        return (-self.end, _NESTING[self.kind], self.start)


def marks(result: EnrichedArticle) -> list[Mark]:
    """Every span to highlight: entity mentions, and each quote's speaker, cue and content."""
    found: list[Mark] = []
    for entity in result.entities:
        for n, m in enumerate(entity.mentions):
            found.append(
                Mark(
                    m.start,
                    m.end,
                    "ent",
                    {
                        "class": f"ent ent-{entity.type}",
                        "data-span": f"{entity.id}-m{n}",
                        "data-entity-id": entity.id,
                        "data-entity-type": entity.type,
                        "title": f"{entity.id} · {entity.type} · {entity.name}",
                    },
                )
            )
    for i, quote in enumerate(result.quotes, start=1):
        qid = f"Q{i}"
        parts = [("q-content", quote.content), ("q-cue", quote.cue)]
        if quote.speaker.mention is not None:
            parts.append(("q-speaker", quote.speaker.mention))
        for kind, span in parts:
            found.append(
                Mark(
                    span.start,
                    span.end,
                    kind,
                    {
                        "class": kind,
                        "data-span": f"{qid}-{kind[2:]}",
                        "data-quote": qid,
                        "title": f"{qid} · {quote.type} · {quote.speaker.name or '?'}",
                    },
                )
            )
    size = len(result.text)
    return [m for m in found if 0 <= m.start < m.end <= size]


def _open(mark: Mark, continued: bool) -> str:
    attrs = dict(mark.attrs)
    if continued:
        attrs["class"] += " cont"
    inner = " ".join(f'{k}="{html.escape(v, quote=True)}"' for k, v in attrs.items())
    return f"<span {inner}>"


def highlight(text: str, spans: list[Mark]) -> str:
    """``text`` escaped, with ``spans`` as properly nested ``<span>`` elements."""
    starts: dict[int, list[Mark]] = {}
    for m in spans:
        starts.setdefault(m.start, []).append(m)
    bounds = sorted({0, len(text), *starts, *(m.end for m in spans)})
    out: list[str] = []
    stack: list[Mark] = []
    for here, after in zip(bounds, [*bounds[1:], len(text)], strict=True):
        ending = [i for i, m in enumerate(stack) if m.end == here]
        reopen: list[Mark] = []
        if ending:  # close down to the deepest span that ends here; reopen the rest
            cut = ending[0]
            reopen = [m for m in stack[cut:] if m.end != here]
            out.append("</span>" * (len(stack) - cut))
            del stack[cut:]
        for m in sorted([*reopen, *starts.get(here, [])], key=lambda m: m.order):
            out.append(_open(m, continued=any(m is r for r in reopen)))
            stack.append(m)
        out.append(html.escape(text[here:after]))
    out.append("</span>" * len(stack))
    return "".join(out)


def render_html(result: EnrichedArticle) -> str:
    """The whole page."""
    e = html.escape
    meta = " · ".join(
        e(str(v))
        for v in (
            result.id,
            result.source,
            result.published_at,
            result.language,
            f"akhbar {result.processing.akhbar_version}",
            f"{result.processing.duration_ms:.1f} ms",
        )
        if v
    )
    return _PAGE.format(
        title=e(result.title or result.id),
        meta=meta,
        css=_CSS,
        text=highlight(result.text, marks(result)),
        legend=_legend(),
        entities=_entity_list(result),
        quotes=_quote_list(result),
        n_entities=len(result.entities),
        n_quotes=len(result.quotes),
    )


def _legend() -> str:
    items = [
        f'<li><span class="ent ent-{t}">{t}</span> {label}</li>'
        for t, label in ENTITY_TYPES.items()
    ]
    items += [
        f'<li><span class="{k}">{k[2:]}</span> {label}</li>' for k, label in QUOTE_PARTS.items()
    ]
    return "".join(items)


def _entity_list(result: EnrichedArticle) -> str:
    e = html.escape
    rows = []
    for ent in result.entities:
        extra = "، ".join(ent.titles + ent.roles)
        rows.append(
            f'<tr data-entity-id="{e(ent.id)}"><td>{e(ent.id)}</td>'
            f'<td><span class="ent ent-{ent.type}">{ent.type}</span></td>'
            f"<td>{e(ent.name)}</td><td>{len(ent.mentions)}</td><td>{e(extra)}</td></tr>"
        )
    return "".join(rows)


def _quote_list(result: EnrichedArticle) -> str:
    e = html.escape
    items = []
    for i, q in enumerate(result.quotes, start=1):
        who = q.speaker.name or "—"
        ref = f" ({e(q.speaker.entity_id)})" if q.speaker.entity_id else ""
        items.append(
            f'<li data-quote="Q{i}"><b>Q{i}</b> <span class="who">{e(who)}{ref}</span> · '
            f"{e(q.speaker.resolution)} · <i>{e(q.cue.text)}</i> · {e(q.type)} · "
            f"{q.confidence:.2f}<blockquote>{e(q.content.text)}</blockquote></li>"
        )
    return "".join(items)


# -- loading -------------------------------------------------------------------------------------
def load_result(target: str, article_id: str | None, client: Callable[[], Any]) -> EnrichedArticle:
    """A result from a file (one JSON object, a JSON array or JSON Lines; the first result or the
    one with ``article_id``), else ``target`` is an article id looked up on the results stream."""
    path = Path(target)
    if path.is_file():
        docs = [d for d in _read_docs(path) if isinstance(d, dict) and "processing" in d]
        wanted = article_id
        chosen = next((d for d in docs if wanted is None or d.get("id") == wanted), None)
        if chosen is None:
            raise LookupError(f"no result{f' with id {wanted!r}' if wanted else ''} in {target}")
        return EnrichedArticle.model_validate(chosen)
    found = find_on_stream(client(), article_id or target)
    if found is None:
        stream = get_settings().results_stream
        raise LookupError(f"{target!r} is neither a file nor an article id on {stream}")
    return found


def _read_docs(path: Path) -> list[Any]:
    text = path.read_text(encoding="utf-8")
    try:
        whole = json.loads(text)
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return whole if isinstance(whole, list) else [whole]


def find_on_stream(client: Any, article_id: str, page: int = 200) -> EnrichedArticle | None:
    """The newest result for ``article_id`` on the results stream (scanned newest first)."""
    stream = get_settings().results_stream
    end = "+"
    while True:
        entries = client.xrevrange(stream, max=end, min="-", count=page)
        for _, fields in entries:
            if fields.get(b"id", b"").decode("utf-8", "replace") == article_id:
                return EnrichedArticle.model_validate_json(fields[b"result"])
        if len(entries) < page:
            return None
        end = f"({entries[-1][0].decode()}"


_CSS = """
body { font-family: "Noto Naskh Arabic", "Amiri", "Arial", sans-serif; margin: 1.5rem;
       color: #1d1d1f; background: #fcfcfa; }
header h1 { margin: 0 0 .3rem; font-size: 1.6rem; }
.meta { color: #666; font-size: .85rem; direction: ltr; text-align: right; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 1fr); gap: 1.5rem; }
.text { white-space: pre-wrap; font-size: 1.25rem; line-height: 2.3; }
aside { font-size: .9rem; border-inline-start: 1px solid #ddd; padding-inline-start: 1rem; }
aside table { border-collapse: collapse; width: 100%; }
aside td { border-bottom: 1px solid #eee; padding: .2rem .3rem; vertical-align: top; }
aside blockquote { margin: .2rem 1rem .6rem 0; color: #333; }
.legend ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1rem; }
.ent { border-radius: 3px; padding: 0 1px; box-decoration-break: clone; }
.ent-PER { background: #cfe3ff; } .ent-LOC { background: #cdeccf; }
.ent-ORG { background: #ffe0b8; } .ent-MISC { background: #ead7f7; }
.q-content { background: #fff6c4; box-decoration-break: clone; }
.q-cue { color: #b00020; font-weight: bold; border-bottom: 2px solid #b00020; }
.q-speaker { outline: 2px solid #2a6ad1; outline-offset: 1px; }
"""

_PAGE = """<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="utf-8">
<title>akhbar · {title}</title>
<style>{css}</style>
</head>
<body>
<header><h1>{title}</h1><p class="meta">{meta}</p></header>
<div class="layout">
<main><article class="text" id="text">{text}</article></main>
<aside>
<section class="legend"><h2>مفتاح · legend</h2><ul>{legend}</ul></section>
<section class="entities"><h2>الكيانات · entities ({n_entities})</h2>
<table id="entities"><tbody>{entities}</tbody></table></section>
<section class="quotes"><h2>الاقتباسات · quotes ({n_quotes})</h2>
<ol id="quotes">{quotes}</ol></section>
</aside>
</div>
</body>
</html>
"""
