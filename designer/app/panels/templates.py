"""The Templates dock: every template id as a thumbnail; choosing one applies it.

The highlighted item is the document's mix_stream_template_id (unset counts as 0, the
server's default); it follows undo, the Session panel and imports like everything else.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from designer.app import questions
from designer.app.editor import DocumentEditor
from designer.app.lifetime import follow
from designer.app.thumbnails import template_pixmap
from designer.core.model import VISIBLE_TYPES
from designer.core.templates import CANVAS_TEMPLATES, TEMPLATE_IDS, TEMPLATE_INPUTS, TEMPLATE_NAMES

ID_ROLE = Qt.ItemDataRole.UserRole
THUMBNAIL = QSize(96, 72)


def template_name(template_id: int) -> str:
    return QCoreApplication.translate("Templates", TEMPLATE_NAMES[template_id])


class TemplatesPanel(QWidget):
    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self._thumbnail_background: tuple[float, float] | None = None
        self.setObjectName("templatesPanel")
        self.setAccessibleName(self.tr("Templates"))

        self.summary = QLabel(self)
        self.summary.setObjectName("templateSummary")
        self.summary.setWordWrap(True)

        self.gallery = QListWidget(self)
        self.gallery.setObjectName("templateGallery")
        self.gallery.setAccessibleName(self.tr("Template gallery"))
        self.gallery.setViewMode(QListView.ViewMode.IconMode)
        self.gallery.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery.setMovement(QListView.Movement.Static)
        self.gallery.setWrapping(True)
        self.gallery.setWordWrap(True)
        self.gallery.setUniformItemSizes(True)
        self.gallery.setIconSize(THUMBNAIL)
        self.gallery.setGridSize(QSize(THUMBNAIL.width() + 68, THUMBNAIL.height() + 66))
        self.gallery.setSpacing(4)
        self.gallery.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for template_id in TEMPLATE_IDS:
            item = QListWidgetItem(self.gallery)
            item.setData(ID_ROLE, template_id)
            item.setText(self._item_text(template_id))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)

        note = QLabel(self.tr(
            "Thumbnails and the canvas preview show where the server puts each input "
            "<b>approximately</b>: it keeps each source's aspect ratio and adapts to the "
            "background. Audio-only inputs are not counted."), self)
        note.setObjectName("templateNote")
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.RichText)

        self.override_note = QLabel(self)
        self.override_note.setObjectName("templateOverride")
        self.override_note.setWordWrap(True)
        self.use_positions_button = QPushButton(self.tr("Use template positions"), self)
        self.use_positions_button.setObjectName("useTemplatePositions")
        self.use_positions_button.setToolTip(self.tr(
            "Clear the positions and sizes of the inputs the template places, so the "
            "server's boxes apply (one undo step)."))
        self.make_custom_button = QPushButton(self.tr("Make custom"), self)
        self.make_custom_button.setObjectName("makeCustomButton")
        self.make_custom_button.setAccessibleName(self.tr("Make custom"))
        self.make_custom_button.setToolTip(self.tr(
            "Write the template's boxes as explicit positions and set the template to 0, "
            "so you can move each input yourself."))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.override_note)
        layout.addWidget(self.use_positions_button)
        layout.addWidget(self.gallery, 1)
        layout.addWidget(note)
        layout.addWidget(self.make_custom_button)

        # A click or Enter applies; moving the keyboard focus through the gallery does not.
        self.gallery.itemClicked.connect(self._choose)
        self.gallery.itemActivated.connect(self._choose)
        self.make_custom_button.clicked.connect(editor.make_custom)
        self.use_positions_button.clicked.connect(
            lambda: questions.use_template_positions(self, editor))
        follow(self, editor.document.changed, self._refresh)  # once per undo step
        editor.observed_changed.connect(self._refresh)  # a probed layer 1 sizes the output
        self._refresh()

    def _item_text(self, template_id: int) -> str:
        if template_id == 0:
            count = self.tr("custom")
        else:
            count = self.tr("%1 inputs").replace("%1", str(TEMPLATE_INPUTS[template_id]))
        return f"{template_id} · {count}\n{template_name(template_id)}"

    # -- model → gallery ----------------------------------------------------------------------

    def current_template(self) -> int | None:
        """The template the document uses; unset is the server's default, 0."""
        return self.editor.layout.para.mix_stream_template_id

    def item(self, template_id: int) -> QListWidgetItem:
        return self.gallery.item(TEMPLATE_IDS.index(template_id))

    def _refresh(self, *_: object) -> None:
        current = self.current_template()
        effective = 0 if current is None else current
        visible = sum(1 for s in self.editor.layout.para.inputs if s.kind in VISIBLE_TYPES)
        self._update_thumbnails()
        with QSignalBlocker(self.gallery):
            self.gallery.clearSelection()
            for row, template_id in enumerate(TEMPLATE_IDS):
                item = self.gallery.item(row)
                font = item.font()
                font.setBold(template_id == effective)
                item.setFont(font)
                item.setToolTip(self._tooltip(template_id, visible))
                fits = template_id == 0 or TEMPLATE_INPUTS[template_id] == visible
                item.setForeground(self.palette().text() if fits
                                   else self.palette().placeholderText())
            if effective in TEMPLATE_IDS:
                self.gallery.setCurrentRow(TEMPLATE_IDS.index(effective))
        if current is None:
            state = self.tr("Template not set (the server uses 0, custom positions).")
        elif current in TEMPLATE_IDS:
            state = self.tr("Template %1: %2.").replace("%1", str(current)).replace(
                "%2", template_name(current))
        else:
            state = self.tr("Template %1 does not exist.").replace("%1", str(current))
        self.summary.setText(state + " " + self.tr("This layout has %1 inputs with a picture.")
                             .replace("%1", str(visible)))
        self.make_custom_button.setEnabled(effective in TEMPLATE_INPUTS)
        overriding = self.editor.own_positions()
        if overriding:
            names = ", ".join(self.editor.name_of(uid) for uid in overriding)
            self.override_note.setText(self.tr(
                "Positions of their own override template %1's boxes: %2. The server puts "
                "these inputs where their own values say.").replace("%1", str(current))
                .replace("%2", names))
        self.override_note.setVisible(bool(overriding))
        self.use_positions_button.setVisible(bool(overriding))

    def _update_thumbnails(self) -> None:
        background = self.editor.background_size()
        if background == self._thumbnail_background:
            return  # the boxes depend only on the background's size
        self._thumbnail_background = background
        ratio = self.devicePixelRatioF()
        for row, template_id in enumerate(TEMPLATE_IDS):
            pixmap = template_pixmap(template_id, background, THUMBNAIL, ratio)
            self.gallery.item(row).setIcon(QIcon(pixmap))

    def _tooltip(self, template_id: int, visible: int) -> str:
        lines = [f"{template_id}: {template_name(template_id)}"]
        if template_id == 0:
            lines.append(self.tr("Every input at its own location_x/y and size."))
        else:
            lines.append(self.tr("Lays out %1 inputs with a picture; this layout has %2.")
                         .replace("%1", str(TEMPLATE_INPUTS[template_id]))
                         .replace("%2", str(visible)))
        if template_id in CANVAS_TEMPLATES:
            lines.append(self.tr("Meant for a colour canvas (input_type 3) on layer 1."))
        return "\n".join(lines)

    # -- gallery → editor ---------------------------------------------------------------------

    def _choose(self, item: QListWidgetItem) -> None:
        template_id = item.data(ID_ROLE)
        current = self.current_template()
        if not (current is None and template_id == 0) and template_id != current:
            # Unset already means 0: it stays unset. A count the service would refuse: asked.
            questions.choose_template(self, self.editor, template_id)
        self._refresh()  # if nothing changed, put the highlight back where the model says
