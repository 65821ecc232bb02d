"""The status bar's live labels: where the mouse is on the output, the zoom, and whether the
layout can be sent (the Mix feature adds its on-air badge beside them)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from designer.app.editor import DocumentEditor
from designer.core.problems import errors


class StatusLabels(QObject):
    def __init__(self, bar: QStatusBar, editor: DocumentEditor):
        super().__init__(bar)
        self._editor = editor
        self.cursor = QLabel()
        self.cursor.setObjectName("cursorPosition")
        self.cursor.setAccessibleName(self.tr("Cursor position"))
        self.zoom = QLabel()
        self.zoom.setObjectName("zoomLevel")
        self.problems = QLabel()
        self.problems.setObjectName("problemSummary")
        bar.addWidget(self.cursor)
        bar.addPermanentWidget(self.problems)
        bar.addPermanentWidget(self.zoom)
        editor.problems_changed.connect(self.show_problems)
        self.show_problems()

    def show_cursor(self, x: float, y: float) -> None:
        width, height = self._editor.background_size()
        self.cursor.setText(
            self.tr("x %1, y %2 px  (%3 %, %4 %)")
            .replace("%1", f"{x:.0f}").replace("%2", f"{y:.0f}")
            .replace("%3", f"{100 * x / width:.1f}").replace("%4", f"{100 * y / height:.1f}")
        )

    def show_zoom(self, factor: float) -> None:
        self.zoom.setText(self.tr("Zoom %1 %").replace("%1", f"{factor * 100:.0f}"))

    def show_problems(self, *_: object) -> None:
        count = len(errors(self._editor.problems))
        if count:
            self.problems.setText(self.tr("%n error(s)", "", count))
            self.problems.setStyleSheet("color: #c0392b; font-weight: bold")
        else:
            self.problems.setText(self.tr("Ready to send"))
            self.problems.setStyleSheet("color: #1e8449")
