"""The Session dock: the mix session, the template, the output stream, and the design-only
preview size. Each field shows exactly what will be sent; invalid text is kept and marked
(the Problems dock has its code), never refused or "corrected" behind the producer's back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from designer.app import questions
from designer.app.editor import DocumentEditor
from designer.app.lifetime import follow
from designer.app.panels.api3_options import Api3OptionsBox
from designer.app.panels.fields import (
    NumberBox,
    TextField,
    ValueCombo,
    describe,
    mark_fields,
)
from designer.app.panels.form import add_row, scrolling
from designer.app.panels.templates import template_name
from designer.core.changes import ChangeSet
from designer.core.geometry import server_background_size
from designer.core.model import INT32_MAX
from designer.core.templates import TEMPLATE_IDS, TEMPLATE_INPUTS

PREVIEW_MIN, PREVIEW_MAX = 16, 16384


class SessionPanel(QWidget):
    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("sessionPanel")
        self.setAccessibleName(self.tr("Session and output"))

        self.session_id = describe(TextField(self.tr("required")), "mix_stream_session_id")
        self.template = describe(ValueCombo(self._template_choices()), "mix_stream_template_id")
        self.output_id = describe(TextField(self.tr("required")), "output_stream_id")
        self.output_type = describe(ValueCombo([
            (None, self.tr("Not set (server default: 0)")),
            (0, self.tr("0 — overlay: the output is one of the inputs")),
            (1, self.tr("1 — a new stream")),
        ]), "output_stream_type")
        self.output_type_note = QLabel(self)
        self.output_type_note.setObjectName("outputTypeNote")
        self.output_type_note.setWordWrap(True)
        self.bitrate = describe(NumberBox(self.tr("automatic (not set)"), integer=True),
                                "output_stream_bitrate")
        self.app_id = describe(NumberBox(self.tr("from the account"),
                                         integer=True), "app_id")
        self.preview_width = describe(self._preview_box(), "preview_width")
        self.preview_height = describe(self._preview_box(), "preview_height")
        self.output_size = QLabel(self)
        self.output_size.setObjectName("outputSize")
        self.output_size.setWordWrap(True)
        self.output_size.setAccessibleName(self.tr("Output size"))

        session = QGroupBox(self.tr("Session"), self)
        form = _form(session)
        add_row(form, "mix_stream_session_id", self.session_id)
        add_row(form, "mix_stream_template_id", self.template, "")
        add_row(form, "app_id", self.app_id)
        app_note = QLabel(self.tr("Optional here: when sending, the App ID is filled from the "
                                  "account's settings."), session)
        app_note.setObjectName("appIdNote")
        app_note.setWordWrap(True)
        app_note.setStyleSheet("color: palette(placeholder-text)")
        form.addRow(app_note)

        output = QGroupBox(self.tr("Output stream"), self)
        form = _form(output)
        add_row(form, "output_stream_id", self.output_id)
        add_row(form, "output_stream_type", self.output_type, "")
        form.addRow(self.output_type_note)
        add_row(form, "output_stream_bitrate", self.bitrate)

        preview = QGroupBox(self.tr("Design preview (not sent)"), self)
        form = _form(preview)
        add_row(form, "preview_width", self.preview_width)
        add_row(form, "preview_height", self.preview_height)
        form.addRow(self.output_size)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        self.api3 = Api3OptionsBox(editor, self)
        for group in (session, output, self.api3, preview):
            column.addWidget(group)
        column.addStretch(1)
        scrolling(self, body)

        set_field = editor.set_session_field
        self.session_id.committed.connect(
            lambda v: set_field("mix_stream_session_id", v))
        self.output_id.committed.connect(lambda v: set_field("output_stream_id", v))
        self.output_type.committed.connect(lambda v: set_field("output_stream_type", v))
        self.bitrate.committed.connect(lambda v: set_field("output_stream_bitrate", v))
        self.app_id.committed.connect(lambda v: set_field("app_id", v))
        self.template.committed.connect(self._choose_template)
        self.preview_width.committed.connect(self._commit_preview)
        self.preview_height.committed.connect(self._commit_preview)

        self._fields: dict[str, QWidget] = {
            "mix_stream_session_id": self.session_id,
            "mix_stream_template_id": self.template,
            "output_stream_id": self.output_id,
            "output_stream_type": self.output_type,
            "output_stream_bitrate": self.bitrate,
            "app_id": self.app_id,
        }
        # Once per undo step; the output size depends on the inputs too (layer 1's size).
        follow(self, editor.document.changed, self._on_document_changed)
        editor.problems_changed.connect(self._show_problems)
        editor.observed_changed.connect(self._show_output_size)  # a probed layer 1 sizes it
        self._refresh()

    def sizeHint(self) -> QSize:
        return QSize(360, 440)

    def _preview_box(self) -> NumberBox:
        box = NumberBox("", integer=True, parent=self, may_unset=False)
        box.setSuffix(" px")
        return box

    def _template_choices(self) -> list[tuple[Any, str]]:
        choices: list[tuple[Any, str]] = [(None, self.tr("Not set (server default: 0)"))]
        for template_id in TEMPLATE_IDS:
            text = f"{template_id} — {template_name(template_id)}"
            if template_id in TEMPLATE_INPUTS:
                text += " " + self.tr("(%1 inputs)").replace(
                    "%1", str(TEMPLATE_INPUTS[template_id]))
            choices.append((template_id, text))
        return choices

    # -- model → widgets ----------------------------------------------------------------------

    def _refresh(self, *_: object) -> None:
        para = self.editor.layout.para
        self.session_id.show_text(para.mix_stream_session_id)
        self.output_id.show_text(para.output_stream_id)
        self.template.show_value(para.mix_stream_template_id)
        self.output_type.show_value(para.output_stream_type)
        self.output_type_note.setText(self._output_type_note(para.output_stream_type))
        self.bitrate.show_value(para.output_stream_bitrate, 1, 50000, start=1500)
        self.app_id.show_value(para.app_id, 1, INT32_MAX)
        design = self.editor.layout.design
        for box, value in ((self.preview_width, design.preview_width),
                           (self.preview_height, design.preview_height)):
            box.show_value(value, PREVIEW_MIN, PREVIEW_MAX)
        self._show_output_size()
        self._show_problems()

    def _on_document_changed(self, changes: ChangeSet) -> None:
        if changes.session:
            self._refresh()
        else:
            self._show_output_size()

    def _output_type_note(self, value: int | None) -> str:
        if value == 1:
            return self.tr("The mix becomes a new stream: the output id must not be one of the "
                           "inputs, nor a stream that already exists.")
        return self.tr("The mix replaces one of the inputs (usually the background host's "
                       "stream): the output id must be one of the input stream ids.")

    def _show_output_size(self, *_: object) -> None:
        width, height = self.editor.background_size()
        known = server_background_size(self.editor.seen_layout) is not None  # probed too
        size = f"{width:g}×{height:g}"
        if known:
            text = self.tr("Output: %1 px, from layer 1 (the preview size is not used).")
        else:
            text = self.tr("Output drawn at %1 px: layer 1's real size is not known "
                           "(declare its source resolution, or size the canvas).")
        self.output_size.setText(text.replace("%1", size))
        for box in (self.preview_width, self.preview_height):
            box.setEnabled(not known)

    def _show_problems(self, *_: object) -> None:
        mark_fields(self._fields, self.editor.problems)

    # -- widgets → editor ---------------------------------------------------------------------

    def _choose_template(self, value: int | None) -> None:
        if not questions.choose_template(self, self.editor, value):
            self._refresh()  # not taken: the combo shows the document's template again

    def _commit_preview(self, *_: object) -> None:
        width, height = self.preview_width.number(), self.preview_height.number()
        if isinstance(width, int) and isinstance(height, int):
            self.editor.set_preview_size(width, height)



def _form(group: QGroupBox) -> QFormLayout:
    form = QFormLayout(group)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a field under its label
    return form
