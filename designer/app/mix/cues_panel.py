"""The Cues dock: the show's layouts in order, each with a picture of what it puts on air.

Studio-mode colours: the cue previewed on the canvas is marked green, the one on air red.
Clicking a cue previews it; Take (the button, Space here, or 1–9 anywhere for cue N) sends it
as an update, through the changes shown first unless the show takes without confirming.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSignalBlocker, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from designer.app.editor import DocumentEditor
from designer.app.files import write_start_request
from designer.app.lifetime import follow
from designer.app.messages import error_text
from designer.app.render import render_image
from designer.core import presets
from designer.core.errors import FileError
from designer.core.geometry import background_size
from designer.core.model import Layout
from designer.core.sending import sent_layout
from designer.core.show import Cue

THUMBNAIL = QSize(112, 63)
#: Studio mode's colours: preview green, program red.
PREVIEW, PROGRAM = QColor("#2ecc71"), QColor("#e74c3c")


class CueListView(QListWidget):
    """The list; Space takes the selected cue."""

    def __init__(self, take: Callable[[], object], parent: QWidget | None = None):
        super().__init__(parent)
        self._take = take

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._take()
            return
        super().keyPressEvent(event)


class CuesPanel(QWidget):
    def __init__(self, editor: DocumentEditor, take: Callable[[int], object],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cuesPanel")
        self.setAccessibleName(self.tr("Cues"))
        self.editor, self._take = editor, take
        #: The cue on air (its object: names change), as the Mix feature last confirmed it.
        self._on_air: object | None = None
        #: Each cue's picture, by the cue (its id, the cue kept beside it so that the id is not
        #: reused): rows move on Add, Delete and undo, a cue keeps its picture.
        self._pictures: dict[int, tuple[Cue, str, QPixmap]] = {}

        self.list = CueListView(lambda: self._take(self.list.currentRow()), self)
        self.list.setObjectName("cueList")
        self.list.setAccessibleName(self.tr("Cues of the show"))
        self.list.setIconSize(THUMBNAIL)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.take_button = QPushButton(self.tr("Take"), self)
        self.take_button.setObjectName("cueTake")
        self.take_button.setToolTip(self.tr("Send the selected cue on air (Space here, or 1–9 "
                                            "for cue 1 to 9 anywhere)"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("cueAdd")
        self.add_button.setToolTip(self.tr("A new cue: a copy of the one on the canvas"))
        self.remove_button = QPushButton(self.tr("Delete"), self)
        self.remove_button.setObjectName("cueDelete")
        self.confirm = QCheckBox(self.tr("Take without showing the changes"), self)
        self.confirm.setObjectName("cueTakeWithoutConfirming")
        self.legend = QLabel(self.tr("<span style='color:#2ecc71'>■</span> on the canvas "
                                     "<span style='color:#e74c3c'>■</span> on air"), self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        buttons = QHBoxLayout()
        buttons.addWidget(self.take_button, 2)
        buttons.addWidget(self.add_button, 1)
        buttons.addWidget(self.remove_button, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.list, 1)
        column.addLayout(buttons)
        column.addWidget(self.confirm)
        column.addWidget(self.legend)

        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemClicked.connect(self._preview)
        self.list.itemChanged.connect(self._renamed)
        self.take_button.clicked.connect(lambda: self._take(self.list.currentRow()))
        self.add_button.clicked.connect(editor.add_cue)
        self.remove_button.clicked.connect(
            lambda: editor.remove_cue(max(0, self.list.currentRow())))
        self.confirm.toggled.connect(editor.set_take_without_confirming)
        editor.cues.changed.connect(self.refresh)
        follow(self, editor.document.changed, self._preview_edited)
        self.refresh()

    def set_on_air(self, cue: object | None) -> None:
        """Mark ``cue`` (one of the show's Cue objects) as the one on air."""
        if cue is not self._on_air:
            self._on_air = cue
            self.refresh()

    # -- model → list -------------------------------------------------------------------------

    def refresh(self) -> None:
        cues = self.editor.cues
        shown = {id(cue) for cue in cues.show.cues}
        self._pictures = {key: value for key, value in self._pictures.items() if key in shown}
        with QSignalBlocker(self.list):
            while self.list.count() > len(cues.show.cues):
                self.list.takeItem(self.list.count() - 1)
            for row, cue in enumerate(cues.show.cues):
                item = self.list.item(row)
                if item is None:
                    item = QListWidgetItem(self.list)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                item.setText(cue.name)
                item.setData(Qt.ItemDataRole.UserRole, row)
                marks = []
                if row == cues.index:
                    marks.append(self.tr("on the canvas"))
                if cue is self._on_air:
                    marks.append(self.tr("on air"))
                item.setToolTip(f"{row + 1}. {cue.name}" + (f" — {', '.join(marks)}"
                                                            if marks else ""))
                item.setIcon(QIcon(self._picture(cue, row == cues.index,
                                                 cue is self._on_air)))
            self.list.setCurrentRow(cues.index)
        with QSignalBlocker(self.confirm):
            self.confirm.setChecked(cues.show.take_without_confirming)
        self.remove_button.setEnabled(len(cues.show.cues) > 1)

    def _preview_edited(self) -> None:
        # The previewed cue's picture follows its edits (the others do not change meanwhile).
        self._pictures.pop(id(self.editor.cues.current), None)
        self.refresh()

    def _picture(self, cue: Cue, previewed: bool, on_air: bool) -> QPixmap:
        key = f"{previewed}{on_air}"
        cached = self._pictures.get(id(cue))
        if cached is None or cached[0] is not cue or cached[1] != key:
            cached = (cue, key, thumbnail(cue.layout, previewed, on_air))
            self._pictures[id(cue)] = cached
        return cached[2]

    # -- list → editor ------------------------------------------------------------------------

    def _preview(self, item: QListWidgetItem) -> None:
        self.editor.preview_cue(self.list.row(item))

    def _menu(self, at: QPoint) -> None:
        item = self.list.itemAt(at)
        if item is None:
            return
        cue = self.editor.cues.show.cues[self.list.row(item)]
        menu = QMenu(self)
        menu.addAction(self.tr("Save cue as preset…"), lambda: self.export(cue, preset=True))
        menu.addAction(self.tr("Export cue as start request…"),
                       lambda: self.export(cue, preset=False))
        menu.exec(self.list.viewport().mapToGlobal(at))

    def export(self, cue: Cue, preset: bool) -> bool:
        """Write one cue alone: as a preset (a show of one cue), or as the start request a
        script or Tencent's tools can send."""
        title = self.tr("Save cue as preset") if preset else self.tr("Export cue as start "
                                                                      "request")
        name, _ = QFileDialog.getSaveFileName(self, title, f"{cue.name}.json",
                                              self.tr("JSON (*.json);;All files (*)"))
        if not name:
            return False
        try:
            if preset:
                presets.save(name, cue.layout)
            else:
                write_start_request(name, cue.layout)
        except (FileError, ValueError) as error:
            QMessageBox.warning(self, title, error_text(error) if isinstance(
                error, FileError) else str(error))
            return False
        return True

    def _renamed(self, item: QListWidgetItem) -> None:
        if not self.editor.rename_cue(self.list.row(item), item.text()):
            self.refresh()  # refused or unchanged: the name as the model has it


def thumbnail(layout: Layout, previewed: bool, on_air: bool) -> QPixmap:
    """What a cue puts on air, small, framed green when previewed and red when on air."""
    sent = sent_layout(layout).layout
    pixmap = QPixmap(THUMBNAIL)
    pixmap.fill(QColor("#202124"))
    painter = QPainter(pixmap)
    try:
        width, height = _output_size(sent)
        scale = min((THUMBNAIL.width() - 8) / width, (THUMBNAIL.height() - 8) / height)
        image = render_image(sent, scale)
        painter.drawImage((THUMBNAIL.width() - image.width()) // 2,
                          (THUMBNAIL.height() - image.height()) // 2, image)
        for on, color, inset in ((on_air, PROGRAM, 0), (previewed, PREVIEW, 3)):
            if on:
                pen = painter.pen()
                pen.setColor(color)
                pen.setWidth(3)
                painter.setPen(pen)
                painter.drawRect(inset + 1, inset + 1, THUMBNAIL.width() - 3 - 2 * inset,
                                 THUMBNAIL.height() - 3 - 2 * inset)
    finally:
        painter.end()
    return pixmap


def _output_size(layout: Layout) -> tuple[float, float]:
    width, height = background_size(layout)
    return max(width, 1.0), max(height, 1.0)
