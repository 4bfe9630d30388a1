"""examples/node: the Node.js producer and consumer against a real worker."""

from __future__ import annotations

import json
import shutil
import subprocess
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest
import redis

from akhbar.devredis import RedisServer

from .conftest import REPO, Worker, read_stream, settle

pytestmark = pytest.mark.integration

EXAMPLE = REPO / "examples" / "node"


def loud_skip(reason: str) -> None:
    message = f"\n{'!' * 78}\n!! NODE EXAMPLE TEST SKIPPED: {reason}\n{'!' * 78}"
    warnings.warn(message, stacklevel=2)
    pytest.skip(message)


@pytest.fixture(scope="module")
def node_example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of examples/node with its locked dependencies installed (`npm ci`)."""
    npm, node = shutil.which("npm"), shutil.which("node")
    if npm is None or node is None:
        loud_skip("node/npm not on PATH")
    where = tmp_path_factory.mktemp("node-example")
    for name in ("package.json", "package-lock.json", "producer.js", "consumer.js"):
        shutil.copy(EXAMPLE / name, where / name)
    run = subprocess.run(
        [str(npm), "ci", "--prefer-offline", "--no-audit", "--no-fund"],
        cwd=where,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if run.returncode != 0:
        loud_skip(f"`npm ci` failed (offline?):\n{run.stderr[-2000:]}")
    return where


def test_node_producer_and_consumer(
    r: redis.Redis,
    redis_server: RedisServer,
    start_worker: Callable[..., Worker],
    node_example: Path,
) -> None:
    start_worker(concurrency=2)
    articles = [
        {"id": f"node-{i}", "body": f"قال المتحدث باسم بلدية حلب يوسف الخطيب إن الطريق {i} سيفتح."}
        for i in range(3)
    ]
    lines = [json.dumps(a, ensure_ascii=False) for a in articles] + ['{"id": "node-bad"']
    (node_example / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "REDIS_URL": redis_server.url}

    produced = subprocess.run(
        ["node", "producer.js", "articles.jsonl"],
        cwd=node_example,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert produced.returncode == 0, produced.stderr
    sent = [line.split("\t") for line in produced.stdout.splitlines()]
    assert [article_id for _, article_id in sent] == ["node-0", "node-1", "node-2", "?"]
    stream_ids = [eid.decode() for eid, _ in r.xrange("akhbar:articles")]
    assert [entry_id for entry_id, _ in sent] == stream_ids
    assert settle(r, 4) == (3, 1)

    consumed = subprocess.run(
        ["node", "consumer.js"],
        cwd=node_example,
        env={
            **env,
            "GROUP": "node-test",
            "CONSUMER": "c1",
            "MAX_RESULTS": "3",
            "TIMEOUT_MS": "20000",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert consumed.returncode == 0, consumed.stderr
    printed = {
        row[0]: (int(row[1]), int(row[2]))
        for row in (line.split("\t") for line in consumed.stdout.splitlines())
    }
    results = read_stream(r, "akhbar:results", b"result")
    assert printed == {d["id"]: (len(d["entities"]), len(d["quotes"])) for d in results}
    assert set(printed) == {"node-0", "node-1", "node-2"}
    assert r.xpending("akhbar:results", "node-test")["pending"] == 0
    [group] = [g for g in r.xinfo_groups("akhbar:results") if g["name"] == b"node-test"]
    assert group["lag"] == 0
    assert read_stream(r, "akhbar:dead", b"dead")[0]["error"]["kind"] == "invalid_json"
