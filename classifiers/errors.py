"""Errors raised by the classifier runtime."""

from __future__ import annotations


class ClassifierError(Exception):
    """Base class for classifier runtime errors."""


class ModelArtifactError(ClassifierError):
    """A model artifact is missing, corrupt (checksum mismatch) or inconsistent."""
