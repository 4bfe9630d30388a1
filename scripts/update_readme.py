"""Regenerate the generated parts of README.md: the configuration table and the example result.

python scripts/update_readme.py          # rewrite README.md
python scripts/update_readme.py --check  # exit 1 if README.md is out of date (used by a test)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"

EXAMPLE_ARTICLE = {
    "id": "wire-0001",
    "source": "example",
    "body": (
        "القاهرة (وكالات) - قال وزير الخارجية المصري سامح النجار في مؤتمر صحفي إن المحادثات "
        "ستستأنف الأسبوع المقبل."
    ),
}


def settings_table() -> str:
    from akhbar.cli import settings_table as render
    from akhbar.settings import Settings

    return render(Settings)


def example_result() -> str:
    """The real result for EXAMPLE_ARTICLE, with the run-dependent timings zeroed."""
    from akhbar.local import process_payloads

    ((kind, text),) = list(process_payloads([json.dumps(EXAMPLE_ARTICLE, ensure_ascii=False)]))
    assert kind == "result", text
    doc = json.loads(text)
    doc["processing"]["duration_ms"] = 0.0
    doc["processing"]["stages_ms"] = dict.fromkeys(doc["processing"]["stages_ms"], 0.0)
    return json.dumps(doc, ensure_ascii=False, indent=2)


def render(readme: str) -> str:
    blocks = {
        "settings-table": settings_table(),
        "example-input": "```sh\nredis-cli XADD akhbar:articles '*' article "
        f"'{json.dumps(EXAMPLE_ARTICLE, ensure_ascii=False)}'\n```",
        "example-result": f"```json\n{example_result()}\n```",
    }
    for name, content in blocks.items():
        pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)", re.S)
        if not pattern.search(readme):
            raise SystemExit(f"README.md has no {name} markers")
        readme = pattern.sub(lambda m, c=content: f"{m.group(1)}{c}\n{m.group(2)}", readme)
    return readme


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    current = README.read_text(encoding="utf-8")
    fresh = render(current)
    if args.check:
        if fresh != current:
            print("README.md is out of date: run python scripts/update_readme.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
