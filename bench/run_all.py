"""The whole benchmark suite in one command (``make bench``): corpora, stage costs, in-process
throughput and length scaling, peers, message size, queue ceiling / end to end / latency,
footprint.

Run: ``.venv/bin/python bench/run_all.py --data ../shared/data [--quick] [--rebuild-corpus]``

A full run appends every section to bench/RESULTS.md (each with date, machine, versions, load
and its exact command) and takes about half an hour on 2 cores. ``--quick`` is a smoke run
(small sizes, one repeat) that prints its tables and appends nothing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from common import CORPORA, DEFAULT_DATA, PYTHON, REPO, append_results, ensure_corpus

FULL: dict[str, list[str]] = {
    "stages.py": ["--articles", "1000"],
    "throughput.py": ["--articles", "500", "--repeat", "3"],
    "peers.py": ["--articles", "250", "--bert-articles", "4", "--repeat", "3"],
    "message_size.py": ["--batch", "16"],
    "queue_e2e.py": ["--articles", "1000", "--batch-sizes", "1,8,16,32", "--repeat", "2"],
    "footprint.py": ["--articles", "200", "--repeat", "3"],
}
QUICK: dict[str, list[str]] = {
    "stages.py": ["--articles", "50", "--warm", "20"],
    "throughput.py": ["--articles", "40", "--repeat", "1"],
    "peers.py": ["--articles", "20", "--bert-articles", "1", "--repeat", "1"],
    "message_size.py": ["--batch", "16"],
    "queue_e2e.py": [
        "--articles",
        "100",
        "--batch-sizes",
        "1,16",
        "--latency-seconds",
        "4",
        "--warm",
        "50",
        "--repeat",
        "1",
    ],
    "footprint.py": ["--articles", "20", "--repeat", "1", "--skip-venv"],
}


def corpora(data: Path, rebuild: bool, record: bool) -> None:
    """Build (or reuse) every corpus; record their sizes in RESULTS.md on a full run."""
    lines = []
    for name, options in CORPORA.items():
        path = ensure_corpus(name, data, rebuild)
        texts = path.read_text(encoding="utf-8").splitlines()
        words = sum(len(t.split()) for t in texts) / len(texts)
        command = " ".join(["bench/corpus.py", "--data", str(data), *options, "--out", path.name])
        lines.append(f"{name:<8}{len(texts):>6} articles {words:>7.0f} words/article   {command}")
    if record:
        append_results("Benchmark corpora (bench/corpus.py via bench/run_all.py)", "\n".join(lines))
    print("\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--quick", action="store_true", help="smoke run: small, not recorded")
    parser.add_argument("--rebuild-corpus", action="store_true")
    args = parser.parse_args()
    corpora(args.data, args.rebuild_corpus, record=not args.quick)
    failed = []
    for script, options in (QUICK if args.quick else FULL).items():
        command = [PYTHON, str(REPO / "bench" / script), "--data", str(args.data), *options]
        if not args.quick:
            command.append("--append")
        print(f"\n=== {script} {' '.join(options)}", flush=True)
        t0 = time.monotonic()
        if subprocess.run(command, cwd=REPO).returncode != 0:
            failed.append(script)
        print(f"--- {script}: {time.monotonic() - t0:.0f} s", flush=True)
    if failed:
        sys.exit(f"failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
