"""Shared helpers of the benchmark scripts: corpus files, one-core pinning, quiet logs,
percentiles, machine/version facts and appending a section to bench/RESULTS.md.

Corpus files are built by ``bench/corpus.py`` (the cleaning helper's script) into
``bench/out/``; ``ensure_corpus`` runs it when a file is missing.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import shlex
import statistics
import subprocess
import sys
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out"
RESULTS = REPO / "bench" / "RESULTS.md"
DEFAULT_DATA = REPO.parent / "shared" / "data"
PYTHON = sys.executable

# Articles a process handles, untimed, before any timing: the state of a worker that has been
# running a while. Timed articles are always new to the process: repeating the same articles
# times warm per-word caches (measured 9.3 vs 9.9 ms CPU per 400-word article), and a fresh
# process's first few hundred articles are slower still (13.0 ms: common words not yet cached).
WARM_ARTICLES = 400

# name -> corpus.py arguments. "400w" is the reference article of the targets; 1x/4x/16x of it
# show how cost grows with length.
CORPORA: dict[str, list[str]] = {
    "default": ["--articles", "2000"],
    "400w": ["--articles", "2000", "--words", "400"],
    "1600w": ["--articles", "500", "--words", "1600"],
    "6400w": ["--articles", "125", "--words", "6400"],
}


def corpus_path(name: str) -> Path:
    return OUT / ("corpus.jsonl" if name == "default" else f"corpus-{name}.jsonl")


def ensure_corpus(name: str, data: Path = DEFAULT_DATA, rebuild: bool = False) -> Path:
    """The corpus file ``name`` (see CORPORA), built with bench/corpus.py if missing."""
    path = corpus_path(name)
    if rebuild or not path.exists():
        command = [PYTHON, str(REPO / "bench" / "corpus.py"), "--data", str(data)]
        subprocess.run([*command, *CORPORA[name], "--out", str(path)], check=True, cwd=REPO)
    return path


def load_payloads(path: Path, limit: int | None = None) -> list[str]:
    """The JSON lines of a corpus file, as the payload strings a producer would send."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return lines[:limit] if limit else lines


def split_warm(
    payloads: list[str], timed: int, warm: int = WARM_ARTICLES
) -> tuple[list[str], list[str]]:
    """(timed articles, warm-up articles): the first ``timed`` payloads, then the next ``warm``;
    never the same article in both."""
    if len(payloads) < timed + warm:
        raise SystemExit(f"corpus has {len(payloads)} articles, {timed} + {warm} warm-up needed")
    return payloads[:timed], payloads[timed : timed + warm]


def bodies(payloads: list[str]) -> list[str]:
    return [str(json.loads(p)["body"]) for p in payloads]


def pin_one_core(core: int = 0) -> None:
    """Run this process on one CPU so per-core numbers mean one core."""
    os.sched_setaffinity(0, {core})


def quiet_logs() -> None:
    """Per-article info lines would be timed too: keep warnings only."""
    from akhbar.logs import configure

    configure("json", "WARNING")


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = (len(ordered) - 1) * q / 100.0
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def redis_server_version() -> str:
    from akhbar.devredis import server_binary

    out = subprocess.run([server_binary(), "--version"], capture_output=True, text=True).stdout
    for part in out.split():
        if part.startswith("v="):
            return part[2:]
    return out.strip() or "unknown"


def _version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def machine_line() -> str:
    """Machine and versions, as one line for RESULTS.md."""
    packages = ("akhbar", "celery", "kombu", "redis", "pydantic", "orjson", "numpy")
    versions = ", ".join(f"{p} {_version(p)}" for p in packages)
    return (
        f"Machine: {cpu_model()}, nproc {os.cpu_count()}, loadavg {loadavg()}; "
        f"Python {platform.python_version()}, {versions}, redis-server {redis_server_version()}; "
        f"git {_git_head()}."
    )


def _git_head() -> str:
    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=REPO
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no", "src"],
        capture_output=True,
        text=True,
        cwd=REPO,
    ).stdout.strip()
    return f"{head}{' (+ uncommitted src changes)' if dirty else ''}"


def command_line() -> str:
    """The command that produced this run, as typed from the repository root."""
    script = Path(sys.argv[0]).resolve()
    try:
        shown = str(script.relative_to(REPO))
    except ValueError:
        shown = str(script)
    return " ".join([".venv/bin/python", shown, *(shlex.quote(a) for a in sys.argv[1:])])


def append_results(title: str, body: str, notes: str = "") -> None:
    """Append one dated section (machine, versions, command, table, notes) to RESULTS.md."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    section = (
        f"\n## {title} — {stamp}\n\n{machine_line()}\n"
        f"Command: `{command_line()}`\n\n```\n{body.rstrip()}\n```\n"
    )
    if notes:
        section += f"\n{notes.rstrip()}\n"
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write(section)


def silence_root_logger() -> None:
    """For scripts that never configure akhbar logging (e.g. the Celery client side)."""
    logging.getLogger().setLevel(logging.WARNING)
