"""Every shell example in the README marked `<!-- runs-in-test -->` runs here, as written,
against a private redis-server and a real worker (`redis-cli` is pointed at that server)."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import redis

from akhbar.devredis import RedisServer

from .conftest import Worker, read_stream, settle

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
BLOCK = re.compile(r"<!-- runs-in-test -->\n(?:<!-- [a-z-]+:start -->\n)?```sh\n(.*?)```", re.S)


def readme_examples() -> list[str]:
    return BLOCK.findall((REPO / "README.md").read_text(encoding="utf-8"))


def test_readme_generated_parts_are_current() -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "update_readme.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_readme_examples_run(
    r: redis.Redis, redis_server: RedisServer, start_worker: Callable[..., Worker], tmp_path: Path
) -> None:
    examples = readme_examples()
    assert len(examples) >= 3
    wrapper = tmp_path / "redis-cli"
    real = subprocess.run(["which", "redis-cli"], capture_output=True, text=True).stdout.strip()
    wrapper.write_text(f'#!/bin/sh\nexec {real} -p {redis_server.port} "$@"\n')
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IEXEC)
    env = dict(os.environ, PATH=f"{tmp_path}:{Path(sys.executable).parent}:{os.environ['PATH']}")
    env = {k: v for k, v in env.items() if k != "AKHBAR_REDIS_URL"}
    start_worker()
    outputs = []
    for index, script in enumerate(examples):
        if "XREADGROUP" in script:
            settle(r, 1)
        done = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", script],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, f"example {index} failed:\n{script}\n{done.stderr}"
        outputs.append(done.stdout)
    (result,) = read_stream(r, "akhbar:results", b"result")
    assert result["id"] == "wire-0001"
    result["processing"]["duration_ms"] = 0.0
    result["processing"]["stages_ms"] = dict.fromkeys(result["processing"]["stages_ms"], 0.0)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    shown = re.search(r"<!-- example-result:start -->\n```json\n(.*?)```", readme, re.S)
    assert shown is not None
    assert json.loads(shown.group(1)) == result
    assert any("wire-0001" in out for out in outputs[1:-1]), "XREADGROUP example printed no result"
    processed = json.loads(outputs[-1])
    assert processed["id"] == "x1" and processed["text"]
