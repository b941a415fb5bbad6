"""Errors the user can act on. Each message says what to do next."""

from __future__ import annotations


class CoachError(Exception):
    """Base class for every error this project raises on purpose."""


class CorpusError(CoachError):
    """A corpus file cannot be used (not UTF-8, empty, no headings)."""


class IndexUnavailable(CoachError):
    """The vector index is missing, corrupted or unreachable.

    `coach ingest --rebuild` repairs a local index; a server needs to be running.
    """


class BackendError(CoachError):
    """An LLM backend cannot be created or failed to answer."""


class MissingDependency(BackendError):
    """An optional package is not installed; the message names the install command."""

    def __init__(self, package: str, install: str, purpose: str) -> None:
        super().__init__(f"{purpose} needs the package '{package}'. Install it with: {install}")
        self.package = package
        self.install = install


class ModelFileError(BackendError):
    """The local model file is missing, truncated or does not match its checksum."""


class InputError(CoachError):
    """The user's input cannot be processed (e.g. not UTF-8)."""
