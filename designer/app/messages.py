"""The core's error messages in the window's language.

Core errors carry an English template marked ``QT_TRANSLATE_NOOP("Errors", …)`` and its
values (designer.core.errors); here the template is translated and filled in. Values that
are words the core marked too (a reply's kind, a connection failure's reason) are translated
as well; paths, hosts and numbers have no translation and come back as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from designer.core.errors import format_message


def error_text(error: BaseException) -> str:
    template = getattr(error, "template", None)
    if not isinstance(template, str):
        return str(error)
    params = {name: QCoreApplication.translate("Errors", value) if isinstance(value, str)
              else value for name, value in getattr(error, "params", {}).items()}
    try:
        return format_message(QCoreApplication.translate("Errors", template), params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return str(error)
