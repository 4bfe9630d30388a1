"""Shared fixtures. Tests that need ../shared skip with a clear message when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("AKHBAR_SHARED_DIR", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only ../shared folder (seed fixture, corpora)."""
    if not (SHARED / "fixtures" / "seed_article.txt").exists():
        pytest.skip(f"../shared not found at {SHARED} (set AKHBAR_SHARED_DIR); CI always has it")
    return SHARED


@pytest.fixture(scope="session")
def seed_text(shared_dir: Path) -> str:
    return (shared_dir / "fixtures" / "seed_article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold(shared_dir: Path) -> dict[str, object]:
    import json

    data: dict[str, object] = json.loads(
        (shared_dir / "fixtures" / "seed_article.gold.json").read_text(encoding="utf-8")
    )
    return data
