"""Toolbar buttons that read well in every language: "新建(&N)…" in a menu is "新建" on a
button (Qt drops only the "&"), and a button whose action's text changes with every edit
(Undo) can keep one fixed word, so the buttons after it never move under the mouse."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QActionEvent

#: A mnemonic in brackets, as Chinese menus write it: "新建(&N)", "撤销(&U) 移动".
_BRACKETED_MNEMONIC = re.compile(r"\s*[(（]&[^&\s][)）]")
_TIDY = "mixDesignerToolbarTip"  # dynamic property: the tool tip set here, if any
_FIXED = "mixDesignerFixedToolbarText"  # dynamic property: a button text that never changes


def toolbar_text(text: str) -> str:
    """A menu text as a toolbar button shows it: "新建(&N)…" → "新建".

    Qt drops only the "&" (and a "..."), which leaves "新建(N)" on a button.
    """
    text = _BRACKETED_MNEMONIC.sub("", text).replace("&&", "\0").replace("&", "")
    return text.replace("\0", "&").replace("...", "").replace("…", "").strip()


class _ToolbarTexts(QObject):
    _EVENTS = (QEvent.Type.ActionAdded, QEvent.Type.ActionChanged)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QActionEvent) and event.type() in self._EVENTS:
            _tidy(event.action())
        return False


def fixed_toolbar_text(action: QAction, text: str) -> None:
    """A toolbar button that shows ``text`` whatever the action's own text becomes (Undo's
    changes with every edit): the buttons after it never move under the mouse."""
    action.setProperty(_FIXED, True)
    action.setIconText(text)


def _tidy(action: QAction) -> None:
    if action.property(_FIXED):
        return
    text = action.text()
    if not _BRACKETED_MNEMONIC.search(text):
        return
    wanted, tip = toolbar_text(text), action.toolTip()
    # A tool tip still at its default (the text) or at the one set here follows the text.
    if tip in (action.property(_TIDY) or "", text.replace("&", "")) and tip != wanted:
        action.setProperty(_TIDY, wanted)
        action.setToolTip(wanted)
    if action.iconText() != wanted:
        action.setIconText(wanted)


def tidy_toolbar(toolbar: QObject) -> None:
    """Buttons of TOOLBAR (actions added from now on) show their text without "(&N)"."""
    toolbar.installEventFilter(_ToolbarTexts(toolbar))
