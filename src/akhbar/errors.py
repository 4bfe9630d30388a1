"""One exception tree: permanent input errors (dead-lettered, never retried) apart from
transient infrastructure errors (retried)."""

from __future__ import annotations

from typing import Any, Literal

Stage = Literal["intake", "validate", "clean", "entities", "quotes", "publish", "worker"]


class AkhbarError(Exception):
    """Root of every error akhbar raises on purpose."""


class RejectedInput(AkhbarError):
    """Permanent: this payload can never be processed. Goes to the dead letters, never retried.

    ``kind`` is a stable machine-readable reason (see ``docs/RELIABILITY.md``).
    """

    def __init__(
        self, kind: str, message: str, details: Any = None, stage: Stage | None = None
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.details = details
        self.stage = stage


class TransientError(AkhbarError):
    """Temporary: infrastructure was unavailable. Safe to retry."""


class BackendUnavailable(AkhbarError):
    """A configured optional backend (e.g. CAMeL BERT) is not installed or has no data."""
