"""Python producers: ``submit(article)`` and ``submit_many(articles)`` send articles to the
workers. Payloads are validated by the worker (one place), so an invalid article becomes a dead
letter with its reason rather than an exception here."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

import orjson
from celery import Celery

from akhbar.handling import Item
from akhbar.keys import TASK_NAME
from akhbar.schemas import RawArticle
from akhbar.settings import Settings, get_settings

Article = RawArticle | dict[str, Any] | str


def to_payload(article: Article) -> str:
    """The JSON text that travels: a model is dumped, a dict serialised, a string kept as is."""
    if isinstance(article, RawArticle):
        return article.model_dump_json(exclude_none=True)
    if isinstance(article, dict):
        return orjson.dumps(article).decode("utf-8")
    return article


def submit(article: Article, *, app: Celery | None = None, origin: str = "submit") -> str:
    """Send one article; returns the Celery task id."""
    return _send([Item.new(to_payload(article), origin)], app)


def submit_many(
    articles: Iterable[Article],
    *,
    app: Celery | None = None,
    batch_size: int | None = None,
    origin: str = "submit",
) -> int:
    """Send articles in batches of ``batch_size`` (default ``AKHBAR_BATCH_SIZE``); returns count."""
    settings = get_settings()
    size = batch_size or settings.batch_size
    sent = 0
    with _app(app).producer_or_acquire() as producer:
        for chunk in _chunks(articles, size):
            _send([Item.new(to_payload(a), origin) for a in chunk], app, producer=producer)
            sent += len(chunk)
    return sent


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _app(app: Celery | None) -> Celery:
    if app is not None:
        return app
    from akhbar.worker import app as default_app

    return default_app


def _send(
    items: list[Item], app: Celery | None, producer: Any = None, settings: Settings | None = None
) -> str:
    settings = settings or get_settings()
    result = _app(app).send_task(
        TASK_NAME, args=[[i.to_message() for i in items]], queue=settings.queue, producer=producer
    )
    return str(result.id)
