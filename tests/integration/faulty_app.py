"""The real akhbar Celery app plus fault injection, for fault tests only.

Articles whose body contains a marker misbehave inside the real worker child process, at the
point where the pipeline runs (``Pipeline.run`` is wrapped):
- ``__slow_N__``: sleep N seconds before processing (something to kill mid-article);
- ``__crash__``: the child process SIGKILLs itself (a poison article);
- ``__hang__``: ignore the soft time limit and sleep until the hard limit kills the child.
Each start is recorded as a file ``<state_dir>/started-<pid>-<n>`` so a test knows when to act.
"""

from __future__ import annotations

import os
import re
import signal
import time
from pathlib import Path

from billiard.exceptions import SoftTimeLimitExceeded

from akhbar.pipeline import Pipeline
from akhbar.schemas import EnrichedArticle, RawArticle
from akhbar.settings import get_settings
from akhbar.worker import app

__all__ = ["app"]

_SLOW = re.compile(r"__slow_(\d+(?:\.\d+)?)__")
_real_run = Pipeline.run


def _faulty_run(self: Pipeline, article: RawArticle) -> EnrichedArticle:
    body = article.body
    marker = Path(get_settings().state_dir) / f"started-{os.getpid()}-{time.monotonic_ns()}"
    marker.write_text(article.id, encoding="utf-8")
    if "__crash__" in body:
        os.kill(os.getpid(), signal.SIGKILL)
    while "__hang__" in body:
        try:
            time.sleep(3600)
        except SoftTimeLimitExceeded:
            continue
    match = _SLOW.search(body)
    if match:
        time.sleep(float(match.group(1)))
    return _real_run(self, article)


Pipeline.run = _faulty_run  # type: ignore[method-assign]
