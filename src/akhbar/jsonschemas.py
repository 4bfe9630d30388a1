"""The published JSON Schemas, generated from the pydantic models in ``akhbar.schemas``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from akhbar.schemas import SCHEMA_VERSION, DeadLetter, EnrichedArticle, RawArticle

MODELS: dict[str, Any] = {
    "input": RawArticle,
    "result": EnrichedArticle,
    "dead-letter": DeadLetter,
}
FILES = {
    "input": "input.schema.json",
    "result": "result.schema.json",
    "dead-letter": "dead-letter.schema.json",
}


def schema(which: str) -> dict[str, Any]:
    doc: dict[str, Any] = MODELS[which].model_json_schema(mode="validation")
    doc["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    doc["$id"] = f"https://akhbar.invalid/schemas/{SCHEMA_VERSION}/{FILES[which]}"
    return doc


def schema_json(which: str) -> str:
    return json.dumps(schema(which), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_all(folder: Path) -> list[Path]:
    """Regenerate the committed files under ``schemas/``."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for which, name in FILES.items():
        path = folder / name
        path.write_text(schema_json(which), encoding="utf-8")
        written.append(path)
    return written
