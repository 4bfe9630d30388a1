"""``akhbar view`` pages in real headless Chromium: RTL layout and highlighted spans, from the DOM.

A small script added to a copy of the page measures the rendered document and writes a JSON
report into it; ``chromium --dump-dom`` returns the DOM after the script ran.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import warnings
from pathlib import Path
from typing import Any

import pytest

from akhbar.local import process_payloads
from akhbar.schemas import EnrichedArticle
from akhbar.view import render_html

# Invented people and a plausible wire story, written for this test.
ARTICLE = {
    "id": "view-browser-1",
    "title": "محادثات في عمان",
    "source": "test",
    "body": (
        "عمان - قال وزير الخارجية الأردني فارس العموري في مؤتمر صحفي في عمان يوم الأحد إن "
        "المحادثات مع الاتحاد الأوروبي ستستأنف الشهر المقبل.\n\n"
        'وأضاف العموري أن "الحكومة ملتزمة بالإصلاح وبالحوار مع الجميع".\n\n'
        "من جهتها، أكدت منظمة الصحة العالمية في بيان أن الوضع الصحي في البلاد مستقر."
    ),
}

PROBE = """<script>
(() => {
  const text = document.getElementById("text");
  const spans = {};
  for (const el of text.querySelectorAll("[data-span]")) {
    const key = el.dataset.span;
    spans[key] = spans[key] || {
      cls: el.className.replace(/\\bcont\\b/, "").trim(), entity: el.dataset.entityId || null,
      quote: el.dataset.quote || null, text: "", background: getComputedStyle(el).backgroundColor,
    };
    spans[key].text += el.textContent;
  }
  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node && !node.data.trim()) node = walker.nextNode();
  const range = document.createRange();
  range.setStart(node, 0);
  range.setEnd(node, 1);
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return {left: r.left, right: r.right};
  };
  const report = {
    lang: document.documentElement.lang,
    bodyDirection: getComputedStyle(document.body).direction,
    textDirection: getComputedStyle(text).direction,
    firstChar: box(range), text: box(text),
    main: box(document.querySelector("main")), aside: box(document.querySelector("aside")),
    spans,
  };
  const pre = document.createElement("pre");
  pre.id = "report";
  pre.textContent = JSON.stringify(report);
  document.body.appendChild(pre);
})();
</script>"""


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        message = (
            "\n" + "!" * 78 + "\n!! CHROMIUM NOT FOUND: the HTML view browser test is SKIPPED.\n"
            "!! Install it with `apt-get install -y chromium` (.ci/run does).\n" + "!" * 78
        )
        warnings.warn(message, stacklevel=2)
        pytest.skip(message)
    return found


def render_in_browser(page: str, tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "page.html"
    path.write_text(page.replace("</body>", PROBE + "\n</body>"), encoding="utf-8")
    run = subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=1280,1024",
            "--dump-dom",
            path.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=90,
    )
    found = re.search(r'<pre id="report">(.*?)</pre>', run.stdout, re.S)
    assert found, f"no report in the DOM (exit {run.returncode}):\n{run.stderr[-3000:]}"
    report: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return report


def test_view_page_in_headless_chromium(tmp_path: Path) -> None:
    [(kind, doc)] = list(process_payloads([json.dumps(ARTICLE, ensure_ascii=False)]))
    assert kind == "result", doc
    result = EnrichedArticle.model_validate_json(doc)
    assert result.entities and result.quotes, "the pipeline found nothing to show"

    report = render_in_browser(render_html(result), tmp_path)

    assert report["lang"] == "ar"
    assert report["bodyDirection"] == report["textDirection"] == "rtl"
    # the text starts at the right edge, and the side panel sits to the left of the article
    assert report["text"]["right"] - report["firstChar"]["right"] < 20
    assert report["firstChar"]["left"] > (report["text"]["left"] + report["text"]["right"]) / 2
    assert report["aside"]["right"] <= report["main"]["left"] + 1

    spans = report["spans"]
    expected: dict[str, tuple[str, str]] = {}
    for entity in result.entities:
        for n, mention in enumerate(entity.mentions):
            assert mention.text == result.text[mention.start : mention.end]
            expected[f"{entity.id}-m{n}"] = (f"ent ent-{entity.type}", mention.text)
    for i, quote in enumerate(result.quotes, start=1):
        expected[f"Q{i}-content"] = ("q-content", quote.content.text)
        expected[f"Q{i}-cue"] = ("q-cue", quote.cue.text)
        if quote.speaker.mention is not None:
            expected[f"Q{i}-speaker"] = ("q-speaker", quote.speaker.mention.text)
    assert {key: (s["cls"], s["text"]) for key, s in spans.items()} == expected
    for entity in result.entities:
        assert spans[f"{entity.id}-m0"]["entity"] == entity.id

    # highlighted means painted: each entity type and the quote content have their own colour
    colours = {s["cls"]: s["background"] for s in spans.values()}
    painted = {c: bg for c, bg in colours.items() if c.startswith("ent") or c == "q-content"}
    assert all(bg not in {"rgba(0, 0, 0, 0)", "transparent"} for bg in painted.values())
    assert len(set(painted.values())) == len(painted)
