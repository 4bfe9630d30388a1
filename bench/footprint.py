"""Memory, start-up and size: worker RSS per process, start-to-ready time, NLP core import
time, and the slim vs full install size.

Run: ``.venv/bin/python bench/footprint.py [--data ../shared/data] [--articles 200]
[--repeat 3] [--skip-venv] [--append]``

- RSS: a real ``celery -A akhbar.worker worker -c 2`` (default CRF backend) on a private
  redis-server processes ``--articles`` articles through the bridge; then ``VmRSS`` and
  ``VmHWM`` (peak) of the main process and each child from ``/proc/<pid>/status``.
- Ready: seconds from launching the worker to its ``<state_dir>/ready`` file (median of
  ``--repeat`` starts).
- Import: in a fresh interpreter, ``import akhbar.pipeline`` and then ``Pipeline('crf')`` (model
  and gazetteers loaded), median of ``--repeat``; plus the biggest ``-X importtime`` entries and
  whether torch, transformers or camel_tools' dediac tables are imported at all.
- Size: a fresh venv in ``bench/out/slim-venv`` with ``requirements/worker.txt`` +
  ``requirements/camel.txt --no-deps`` + ``akhbar --no-deps`` (reused when it exists):
  ``du`` of its site-packages. Full install = slim + the installed files (from each
  distribution's RECORD in this .venv) of ``requirements/bert.txt`` and everything they require.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

import redis

from akhbar.devreqs import closure, normalise, requirement_names
from common import DEFAULT_DATA, OUT, REPO, append_results, ensure_corpus, load_payloads, median
from queue_e2e import RESULTS, redis_server, with_ids, worker, xadd_all

SLIM_VENV = OUT / "slim-venv"

IMPORT_PROBE = """
import sys, time
t0 = time.perf_counter()
import akhbar.pipeline
t1 = time.perf_counter()
akhbar.pipeline.Pipeline("crf")
t2 = time.perf_counter()
heavy = sorted(m for m in ("torch", "transformers", "camel_tools.utils.dediac") if m in sys.modules)
print(t1 - t0, t2 - t1, ",".join(heavy) or "-")
"""


def status_kb(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of a process, in kB."""
    fields: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0])
    return fields


def worker_pids(main: int) -> list[int]:
    """A worker's main process and its children."""
    children = subprocess.run(["pgrep", "-P", str(main)], capture_output=True, text=True)
    return [main, *(int(p) for p in children.stdout.split())]


def worker_memory(payloads: list[str], repeat: int) -> tuple[list[str], list[float]]:
    """(one line per worker process, ready seconds of each start)."""
    lines: list[str] = []
    ready: list[float] = []
    with redis_server() as server:
        url = server.url
        client = redis.Redis.from_url(url)
        for attempt in range(repeat):
            with worker(url, "akhbar.worker", 16) as started:
                ready.append(started.ready_s)
                if attempt:
                    continue
                xadd_all(client, [p for _, p in with_ids(payloads, "rss")])
                deadline = time.monotonic() + 600
                while client.xlen(RESULTS) < len(payloads) and time.monotonic() < deadline:
                    time.sleep(0.2)
                for index, pid in enumerate(worker_pids(started.pid)):
                    kb = status_kb(pid)
                    role = "main (bridge)" if index == 0 else f"child {index}"
                    lines.append(
                        f"{role:<14} pid {pid:>7}  VmRSS {kb['VmRSS'] / 1024:>6.1f} MB  "
                        f"VmHWM {kb['VmHWM'] / 1024:>6.1f} MB"
                    )
    return lines, ready


def import_times(repeat: int) -> tuple[float, float, str]:
    """Median (import akhbar.pipeline, build Pipeline) seconds and the heavy modules seen."""
    imports, builds, heavy = [], [], "-"
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", IMPORT_PROBE], capture_output=True, text=True, check=True
        ).stdout.split()
        imports.append(float(out[0]))
        builds.append(float(out[1]))
        heavy = out[2]
    return median(imports), median(builds), heavy


def importtime_top(limit: int = 12) -> list[str]:
    """``import akhbar.pipeline`` under ``-X importtime``: own import time summed by top-level
    package (akhbar's subpackages kept apart), largest first."""
    err = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import akhbar.pipeline"],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    by_package: dict[str, int] = {}
    for line in err.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
        if match:
            parts = match.group(2).split(".")
            package = ".".join(parts[:3] if parts[0] == "akhbar" else parts[:1])
            by_package[package] = by_package.get(package, 0) + int(match.group(1))
    rows = sorted(by_package.items(), key=lambda kv: kv[1], reverse=True)[:limit]
    return [f"{us / 1000:>8.1f} ms  {name}" for name, us in rows]


def slim_venv() -> Path:
    """bench/out/slim-venv with the worker's requirements, rebuilt when they changed."""
    requirements = REPO / "requirements"
    wanted = hashlib.sha256(
        b"".join((requirements / f).read_bytes() for f in ("worker.txt", "camel.txt"))
    ).hexdigest()
    stamp = SLIM_VENV / ".requirements-sha256"
    if not stamp.exists() or stamp.read_text() != wanted:
        shutil.rmtree(SLIM_VENV, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(SLIM_VENV)], check=True)
        pip = str(SLIM_VENV / "bin" / "pip")
        for extra in (
            ["-r", str(requirements / "worker.txt")],
            ["--no-deps", "-r", str(requirements / "camel.txt")],
            ["--no-deps", str(REPO)],
        ):
            subprocess.run([pip, "install", "-q", *extra], check=True)
        stamp.write_text(wanted)
    return SLIM_VENV


def site_packages(venv: Path) -> Path:
    return next((venv / "lib").glob("python*/site-packages"))


def du_bytes(path: Path) -> int:
    out = subprocess.run(["du", "-sb", str(path)], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[0])


def installed_bytes(name: str) -> int:
    """Bytes of the files a distribution installed (its RECORD)."""
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return 0
    total = 0
    for file in dist.files or []:
        path = Path(str(dist.locate_file(file)))
        if path.is_file():
            total += path.stat().st_size
    return total


def install_sizes(skip_venv: bool) -> list[str]:
    lines = []
    slim_names: set[str] = set()
    if not skip_venv or SLIM_VENV.exists():
        venv = slim_venv()
        slim = du_bytes(site_packages(venv))
        out = subprocess.run(
            [str(venv / "bin" / "pip"), "list", "--format=freeze"], capture_output=True, text=True
        ).stdout
        slim_names = {normalise(line.split("==")[0]) for line in out.splitlines() if "==" in line}
        lines.append(f"slim install (bench/out/slim-venv site-packages): {slim / 1e6:,.0f} MB")
    else:
        slim = 0
    bert = closure(requirement_names(REPO / "requirements" / "bert.txt")) - slim_names
    extra = sum(installed_bytes(n) for n in bert)
    heaviest = sorted(bert, key=installed_bytes, reverse=True)[:4]
    lines.append(
        f"full install = slim + bert.txt closure ({len(bert)} distributions, "
        f"{extra / 1e6:,.0f} MB; largest: {', '.join(heaviest)}): {(slim + extra) / 1e6:,.0f} MB"
    )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-venv", action="store_true", help="do not create the slim venv")
    parser.add_argument("--append", action="store_true", help="append to bench/RESULTS.md")
    args = parser.parse_args()
    payloads = load_payloads(ensure_corpus("400w", args.data), args.articles)
    rss, ready = worker_memory(payloads, args.repeat)
    imported, built, heavy = import_times(args.repeat)
    lines = [
        f"worker -c 2, default backend, after {len(payloads)} 400-word articles:",
        *rss,
        f"start to ready (s): median {median(ready):.2f} of "
        + ", ".join(f"{r:.2f}" for r in ready),
        f"fresh interpreter: import akhbar.pipeline {imported:.3f} s, Pipeline('crf') "
        f"{built:.3f} s (medians of {args.repeat}); heavy modules imported: {heavy}",
        "import akhbar.pipeline under -X importtime, own time by package:",
        *importtime_top(),
        *install_sizes(args.skip_venv),
    ]
    table = "\n".join(lines)
    print(table)
    if args.append:
        append_results(
            "Footprint: memory, start-up, import, install size (bench/footprint.py)", table
        )


if __name__ == "__main__":
    main()
