"""Every error Mix Designer raises, under one base class.

Messages are written for the producer (one clear sentence) and never contain the API key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from designer.core.problems import Problem


class MixDesignerError(Exception):
    """Base of every error this package raises on purpose."""


class DocumentError(MixDesignerError):
    """A file that cannot be read as a preset or a request: missing, not JSON, wrong shape."""


class InvalidDocument(DocumentError):
    """A request or preset that reads as JSON but whose values have the wrong types."""

    def __init__(self, message: str, problems: list[Problem]):
        super().__init__(message)
        self.problems = problems


class CredentialsError(MixDesignerError):
    """No API key could be found (environment or keyring), or it could not be stored."""


class TransportError(MixDesignerError):
    """The request did not get a well-formed reply: nothing is known about the mix's state."""


class ConnectionFailed(TransportError):
    pass


class RequestTimeout(TransportError):
    pass


class HttpStatusError(TransportError):
    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


class BadReply(TransportError):
    """A reply that is not the service's JSON: an HTML page, a truncated or empty body."""
