"""The core's messages (errors and validation problems) in the window's language.

Core errors carry an English template marked ``QT_TRANSLATE_NOOP("Errors", …)`` and its
values (designer.core.errors); here the template is translated and filled in. Values that
are words the core marked too (a reply's kind, a connection failure's reason) are translated
as well; paths, hosts and numbers have no translation and come back as they are.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from designer.core.diff import DiffLine
from designer.core.errors import format_message
from designer.core.problems import Problem


def error_text(error: BaseException) -> str:
    """An error in the window's language; its English text if it has no template (or a
    translation lost a placeholder: the error must still be said)."""
    template = getattr(error, "template", None)
    if not isinstance(template, str):
        return str(error)
    context = str(getattr(error, "context", "Errors"))
    params = {name: QCoreApplication.translate(context, value) if isinstance(value, str)
              else value for name, value in getattr(error, "params", {}).items()}
    try:
        return format_message(QCoreApplication.translate(context, template), params)
    except (KeyError, IndexError, ValueError):
        return str(error)


def template_text(context: str, template: str, params: dict[str, Any]) -> str:
    """A core template (marked ``QT_TRANSLATE_NOOP(context, …)``) in the window's language,
    filled in. A translation with a broken placeholder falls back to English rather than hide
    what it says (or break the panel)."""
    try:
        return QCoreApplication.translate(context, template).format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


def problem_text(problem: Problem) -> str:
    """A problem's message in the window's language (the core marks it for "Validation")."""
    return template_text("Validation", problem.template, problem.params)


def diff_text(line: DiffLine) -> str:
    """A change an update would make, in the window's language."""
    return template_text(line.context, line.template, line.params)


def problem_line(problem: Problem) -> str:
    """``code: message``, for tooltips and dialogs."""
    return f"{problem.code}: {problem_text(problem)}"
