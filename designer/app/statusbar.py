"""The status bar's live labels: where the mouse is on the output, the zoom, and whether the
layout can be sent (the Mix feature adds its on-air badge beside them).

The cursor position changes on every mouse move and the zoom on every wheel step. A label
whose size hint changed would make the main window lay out its status bar and every dock
again, each time (most of a drag's cost): those two have a fixed size, room for their widest
text, so new text only repaints them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize
from PySide6.QtWidgets import QLabel, QStatusBar

from designer.app.editor import DocumentEditor
from designer.app.lifetime import follow
from designer.core.problems import errors


class StatusLabels(QObject):
    def __init__(self, bar: QStatusBar, editor: DocumentEditor):
        super().__init__(bar)
        self._editor = editor
        # Read on every mouse move: kept here, worked out again only when the layout changes.
        self._output = editor.background_size()
        self._cursor_format = self.tr("x %1, y %2 px  (%3 %, %4 %)")
        follow(self, editor.document.changed, self._update_output)
        editor.observed_changed.connect(self._update_output)  # a probed layer 1 sizes it
        self.cursor = FixedSizeLabel()
        self.cursor.setObjectName("cursorPosition")
        self.cursor.setAccessibleName(self.tr("Cursor position"))
        self.zoom = FixedSizeLabel()
        self.zoom.setObjectName("zoomLevel")
        self.problems = QLabel()
        self.problems.setObjectName("problemSummary")
        bar.addWidget(self.cursor)
        bar.addPermanentWidget(self.problems)
        bar.addPermanentWidget(self.zoom)
        editor.problems_changed.connect(self.show_problems)
        self.show_problems()
        # The widest each can be: 5-digit positions and 4-digit percentages either side of
        # the output, the zoom's range (see ZoomControl).
        self.cursor.fix_size(self._cursor_text("-00000", "-00000", "-0000.0", "-0000.0"))
        self.zoom.fix_size(self._zoom_text("0000"))

    def show_cursor(self, x: float, y: float) -> None:
        width, height = self._output
        self.cursor.setText(self._cursor_text(f"{x:.0f}", f"{y:.0f}", f"{100 * x / width:.1f}",
                                              f"{100 * y / height:.1f}"))

    def _cursor_text(self, x: str, y: str, x_percent: str, y_percent: str) -> str:
        return (self._cursor_format.replace("%1", x).replace("%2", y)
                .replace("%3", x_percent).replace("%4", y_percent))

    def _update_output(self) -> None:
        self._output = self._editor.background_size()

    def show_zoom(self, factor: float) -> None:
        self.zoom.setText(self._zoom_text(f"{factor * 100:.0f}"))

    def _zoom_text(self, percent: str) -> str:
        return self.tr("Zoom %1 %").replace("%1", percent)

    def show_problems(self, *_: object) -> None:
        count = len(errors(self._editor.problems))
        if count:
            self.problems.setText(self.tr("%n error(s)", "", count))
            sheet = "color: #c0392b; font-weight: bold"
        else:
            self.problems.setText(self.tr("Ready to send"))
            sheet = "color: #1e8449"
        if sheet != self.problems.styleSheet():  # a new sheet re-polishes: not on every edit
            self.problems.setStyleSheet(sheet)



class FixedSizeLabel(QLabel):
    """A label as large as its widest text, whatever it shows: new text repaints it and
    changes no size hint, so no layout runs (a fixed-size widget tells its parent nothing)."""

    _size: QSize | None = None

    def fix_size(self, widest: str) -> None:
        text = self.text()
        self.setText(widest)
        self._size = super().sizeHint()
        self.setText(text)
        self.setFixedSize(self._size)

    def sizeHint(self) -> QSize:
        return QSize(self._size) if self._size is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
