"""Every example in docs/OPERATIONS.md marked `<!-- runs-in-test -->` runs here, as written,
against a private redis-server and a real worker."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import redis

from akhbar.devredis import RedisServer
from akhbar.devworker import worker_env

from .conftest import REPO, Worker, settle

pytestmark = pytest.mark.integration

BLOCK = re.compile(r"<!-- runs-in-test -->\n```(sh|python)\n(.*?)```", re.S)


def examples() -> list[tuple[str, str]]:
    text = (REPO / "docs" / "OPERATIONS.md").read_text(encoding="utf-8")
    return BLOCK.findall(text)


def test_operations_examples_run(
    r: redis.Redis, redis_server: RedisServer, start_worker: Callable[..., Worker], tmp_path: Path
) -> None:
    blocks = examples()
    assert [lang for lang, _ in blocks] == ["sh", "sh", "python"]
    start_worker()
    body = "أعلن المتحدث باسم الشركة هشام الزين في الرباط أن الأرباح ارتفعت."
    r.xadd("akhbar:articles", {"article": json.dumps({"id": "ops-1", "body": body})})
    assert settle(r, 1, quiet=0.5) == (1, 0)
    env = worker_env(redis_server.url, str(tmp_path / "state"), log_level="WARNING")
    env["PATH"] = f"{Path(sys.executable).parent}:{env['PATH']}"

    outputs = []
    for lang, code in blocks:
        command = ["bash", "-euo", "pipefail", "-c", code] if lang == "sh" else [sys.executable]
        done = subprocess.run(
            command,
            input=code if lang == "python" else None,
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, f"{code}\n---\n{done.stdout}\n{done.stderr}"
        outputs.append(done.stdout)

    stats = json.loads(outputs[0].strip().splitlines()[-1])
    assert stats["streams"]["results"]["length"] == 1
    assert "consumer groups" in outputs[0]
    for page in ("result.html", "page.html"):
        assert '<html dir="rtl" lang="ar">' in (tmp_path / page).read_text(encoding="utf-8")
    assert 'data-entity-id="E1"' in (tmp_path / "page.html").read_text(encoding="utf-8")
    printed = [line.split()[0] for line in outputs[2].splitlines()]
    assert printed == ["ops-1", "art-42"]
    assert r.xpending("akhbar:results", "my-app")["pending"] == 0
