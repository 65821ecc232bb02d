"""What a feature plugged into the main window may use of it, without importing the window:
its settings, the editor, a way to add docks and show them, and the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QStatusBar, QWidget

from designer.app.editor import DocumentEditor

#: A dock's content, or a function that builds it the first time the dock is shown.
DockContent = QWidget | Callable[[], QWidget]


class Shell(Protocol):
    @property
    def settings(self) -> QSettings: ...

    @property
    def editor(self) -> DocumentEditor: ...

    def add_dock(self, name: str, title: str, content: DockContent,
                 area: Qt.DockWidgetArea) -> QDockWidget: ...

    def show_dock(self, name: str) -> None:
        """Show the dock and bring it to the front of its tab group."""
        ...

    def statusBar(self) -> QStatusBar: ...

    def close(self) -> bool: ...
