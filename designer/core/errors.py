"""Every error Mix Designer raises, under one base class.

Messages are written for the producer (one clear sentence) and never contain the API key.
Those the window shows are English templates marked ``QT_TRANSLATE_NOOP("Errors", …)`` with
their values as parameters, so the window can translate them (core.i18n); ``str(error)`` is
the English sentence the CLI prints.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from designer.core.api3codes import explain, legacy_code

if TYPE_CHECKING:
    from designer.core.codes import CodeInfo
    from designer.core.problems import Problem


class MixDesignerError(Exception):
    """Base of every error this package raises on purpose."""

    #: The translation context its templates are marked with (QT_TRANSLATE_NOOP).
    context = "Errors"

    def __init__(self, template: str, /, **params: object):
        super().__init__(format_message(template, params))
        self.template, self.params = template, params


def format_message(template: str, params: dict[str, object]) -> str:
    """A template filled in; a template given without parameters is the message itself."""
    return template.format(**params) if params else template


class FileError(MixDesignerError):
    """A file that cannot be read (missing, not JSON, the wrong shape) or written (a folder
    that refuses it, a full disk, a pipe in its place)."""

    def about(self, path: str) -> str:
        """The English line, with the file's name in front unless the message names it
        already (read errors do: "cannot read X", "X is not valid JSON"; shape errors don't)."""
        return str(self) if {"path", "name"} & self.params.keys() else f"{path}: {self}"


class InvalidFile(FileError):
    """A request, preset or show that reads as JSON but whose values have the wrong types."""

    def __init__(self, template: str, problems: list[Problem], /, **params: object):
        super().__init__(template, **params)
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
    def __init__(self, template: str, status: int, /, **params: object):
        super().__init__(template, **params)
        self.status = status


class BadReply(TransportError):
    """A reply that is not the service's JSON: an HTML page, a truncated or empty body."""


class ServiceRefusal(MixDesignerError):
    """API 3.0 answered and refused (``Response.Error``): an answer, so the mix did not change.

    ``code`` is API 3.0's (``InvalidParameter.OtherError``); ``spec`` explains it, with the
    spec's cause and advice when the message wraps a legacy code (``err_code [-505],msg [...]``).
    """

    def __init__(self, code: str, message: str, request_id: str = "", /):
        super().__init__("{code}: {message}", code=code, message=message)
        self.code, self.message, self.request_id = code, message, request_id

    @property
    def legacy_code(self) -> int | None:
        found = legacy_code(self.message)
        return found[0] if found else None

    @property
    def spec(self) -> CodeInfo:
        return explain(self.code, self.message)
