"""One table of the window's QActions, by name.

Parts register the commands they own (the canvas its zoom and arrange commands, the editor's
actions their edits, the Mix feature its sends); menus, toolbars and context menus look them
up by name. Actions are added to the registry's widget, so their shortcuts work wherever the
focus is in it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Std = QKeySequence.StandardKey
#: Keys for standard actions on platforms that bind none (Quit on a bare X11 session).
FALLBACK_KEYS = {Std.Quit: "Ctrl+Q", Std.Preferences: "Ctrl+,", Std.SaveAs: "Ctrl+Shift+S",
                 Std.ZoomIn: "Ctrl++", Std.ZoomOut: "Ctrl+-", Std.Delete: "Del",
                 Std.New: "Ctrl+N", Std.Open: "Ctrl+O", Std.Save: "Ctrl+S",
                 Std.SelectAll: "Ctrl+A", Std.Undo: "Ctrl+Z", Std.Redo: "Ctrl+Shift+Z"}

Shortcut = str | QKeySequence.StandardKey | list[QKeySequence] | None


class ActionRegistry(QObject):
    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self._widget = widget
        self._actions: dict[str, QAction] = {}
        #: Actions that only make sense with a selection (enabled by ``set_selection``).
        self._need_selection: list[QAction] = []

    def add(self, name: str, text: str, slot: Callable[[], Any] | None = None,
            shortcut: Shortcut = None, *, tip: str = "", needs_selection: bool = False,
            checkable: bool = False, checked: bool = False,
            toggled: Callable[[bool], Any] | None = None) -> QAction:
        """Make the action ``name`` (objectName ``action-NAME``); a name is registered once."""
        action = QAction(text, self._widget)
        self.put(name, action, shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if checkable:
            action.setCheckable(True)
            action.setChecked(checked)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        if toggled is not None:
            action.toggled.connect(toggled)
        if needs_selection:
            self._need_selection.append(action)
            action.setEnabled(False)
        return action

    def put(self, name: str, action: QAction, shortcut: Shortcut = None) -> QAction:
        """Register an action made elsewhere (a dock's view toggle, the undo stack's)."""
        if name in self._actions:
            raise ValueError(f"the action {name!r} is registered already")
        action.setObjectName(f"action-{name}")
        if shortcut is not None:
            # A sequence once: a standard key's list may hold one given again (Ctrl+Y).
            action.setShortcuts(list({key.toString(): key for key in keys_for(shortcut)}
                                     .values()))
        self._widget.addAction(action)  # its shortcut works wherever the focus is
        self._actions[name] = action
        return action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def get(self, name: str) -> QAction | None:
        return self._actions.get(name)

    def __contains__(self, name: object) -> bool:
        return name in self._actions

    def __iter__(self) -> Iterator[str]:
        return iter(self._actions)

    def items(self) -> list[tuple[str, QAction]]:
        return list(self._actions.items())

    def set_selection(self, selection: list[str]) -> None:
        for action in self._need_selection:
            action.setEnabled(bool(selection))


def keys_for(shortcut: Shortcut) -> list[QKeySequence]:
    """The key sequences of a shortcut given as text, a standard key or a list."""
    if isinstance(shortcut, list):
        return shortcut
    if isinstance(shortcut, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(shortcut) or [QKeySequence(FALLBACK_KEYS[shortcut])]
    return [QKeySequence(shortcut)] if shortcut else []
