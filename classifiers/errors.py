"""Errors raised by the classifier runtime."""

from __future__ import annotations


class ClassifierError(Exception):
    """Base class for classifier runtime errors."""


class ModelArtifactError(ClassifierError):
    """A model artifact is missing, corrupt (checksum mismatch) or inconsistent."""


class ClassifierOverloaded(ClassifierError):
    """The classifier queue is full (by requests, tokens or expected wait): the text was not
    queued.

    Raised at once, so the caller can answer 429 with ``retry_after_s`` instead of waiting
    into a timeout."""

    def __init__(self, message: str, retry_after_s: int = 1, bound: str = "requests") -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s
        self.bound = bound  # "requests", "tokens" or "wait"
