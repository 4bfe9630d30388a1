"""The default worker path runs on the slim install: no torch, no transformers, and of
camel-tools only its text utilities; every third-party package our modules import comes from
requirements/worker.txt (with its dependencies) or camel-tools itself (installed --no-deps)."""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from akhbar.devreqs import closure, normalise, requirement_names

REPO = Path(__file__).resolve().parents[1]

PROBE = """
import json, sys
import akhbar.pipeline, akhbar.tasks, akhbar.worker, akhbar.bridge, akhbar.local, akhbar.producer
from akhbar.pipeline import Pipeline
from akhbar.schemas import RawArticle

body = "قال الوزير سامي النعيمي في عمّان إن الحكومة ستدعم الصادرات الزراعية هذا العام."
result = Pipeline("crf").run(RawArticle(id="slim-1", body=body))
print(json.dumps({"modules": sorted(sys.modules), "entities": len(result.entities)}))
"""

# camel-tools modules the default path may import: the character and string utilities.
CAMEL_TEXT_UTILITIES = re.compile(r"^camel_tools(\.utils(\.\w+)?|\.tokenizers(\.word)?)?$")


def _probe() -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, cwd=REPO
    )
    data: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return data


def test_default_path_imports_no_torch_and_only_camel_text_utilities() -> None:
    data = _probe()
    modules = data["modules"]
    assert isinstance(modules, list)
    assert data["entities"], "the CRF pipeline found no entity in a sentence with a name"
    heavy = [m for m in modules if m.split(".")[0] in {"torch", "transformers"}]
    assert heavy == []
    camel = [m for m in modules if m.startswith("camel_tools")]
    assert camel, "the cleaning stage is expected to use camel-tools' text utilities"
    assert [m for m in camel if not CAMEL_TEXT_UTILITIES.match(m)] == []


def _module_level_imports(path: Path) -> set[str]:
    """Top-level names imported by the module-level statements of a source file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_default_path_needs_only_the_slim_requirements() -> None:
    """Every third-party package imported at module level by an akhbar module loaded on the
    default path is in requirements/worker.txt (or what it requires) or camel.txt."""
    modules = _probe()["modules"]
    assert isinstance(modules, list)
    allowed = closure(requirement_names(REPO / "requirements" / "worker.txt"))
    allowed |= {normalise(n) for n in requirement_names(REPO / "requirements" / "camel.txt")}
    owners = metadata.packages_distributions()
    imported: dict[str, set[str]] = {}
    for module in modules:
        if module == "akhbar" or module.startswith("akhbar."):
            spec = importlib.util.find_spec(module)
            if spec is not None and spec.origin and spec.origin.endswith(".py"):
                for top in _module_level_imports(Path(spec.origin)):
                    imported.setdefault(top, set()).add(module)
    assert "celery" in imported and "pydantic" in imported  # the scan sees real imports
    missing = {}
    for top, importers in imported.items():
        if top == "akhbar" or top in sys.stdlib_module_names:
            continue
        dists = {normalise(d) for d in owners.get(top, [top])}
        if not dists & allowed:
            missing[top] = sorted(importers)
    assert missing == {}, f"imported on the default path but not in the slim install: {missing}"
