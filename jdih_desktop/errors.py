"""Errors that reach a person. Each carries a message in Bahasa Indonesia that says what to do."""

from __future__ import annotations


class JdihError(Exception):
    """Base of the errors the app shows to a person instead of a traceback."""

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class ConfigError(JdihError):
    """The data folder or configuration cannot be used."""


class StoreError(JdihError):
    """The database cannot be opened, is damaged, or refused an operation."""


class ValidationError(JdihError):
    """Input was rejected; ``errors`` maps a field name to its precise message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))
