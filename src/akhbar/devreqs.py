"""Requirement files and what they bring in, for the slim-install test and bench/footprint.py."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path


def normalise(name: str) -> str:
    """A distribution name in its canonical form (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_names(path: Path) -> list[str]:
    """The distribution names a requirements file lists (pins, extras and markers dropped)."""
    names = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.append(re.split(r"[=<>\[ ;]", line, maxsplit=1)[0])
    return names


def closure(names: list[str]) -> set[str]:
    """``names`` (normalised) and every distribution they require, transitively, as installed
    in this interpreter; a name that is not installed is kept but not followed."""
    seen: set[str] = set()
    todo = [normalise(n) for n in names]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = metadata.distribution(name).requires or []
        except metadata.PackageNotFoundError:
            continue
        for requirement in requires:
            if "extra ==" not in requirement:
                todo.append(normalise(re.split(r"[=<>!~\[ ;(]", requirement, maxsplit=1)[0]))
    return seen
