"""The Session dock's API 3.0 group: what CreateCommonMixStream can say that the para cannot
(the output's GOP, frame rate and audio; the control switches).

Shown while requests go out on API 3.0, or when the layout holds such fields (an imported API
3.0 request): they are kept in the preset's ``api3`` section and sent on API 3.0 only. Like the
other fields, a value out of range is shown as it is and marked, never clamped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from designer.app.editor import DocumentEditor
from designer.app.lifetime import follow
from designer.app.panels.fields import NumberBox, TextField, ValueCombo, describe, mark_fields
from designer.app.panels.form import add_row
from designer.core.api3 import AUDIO_SAMPLE_RATES, OUTPUT_RANGES
from designer.core.api3model import Api3Control
from designer.core.changes import ChangeSet
from designer.core.limits import Wire

OUTPUT, CONTROL = "OutputParams", "ControlParams"


class Api3OptionsBox(QGroupBox):
    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None):
        super().__init__(self.tr("API 3.0 only"), parent)
        self.setObjectName("api3Options")
        self.editor = editor
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        note = QLabel(self.tr("Sent on API 3.0 only (Mix_StreamV2 has no such fields); not set: "
                              "the service decides."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text)")
        form.addRow(note)
        #: Each field's widget, by the path Problems name it with (api3.OutputParams.…).
        self.fields: dict[str, QWidget] = {}
        for name in OUTPUT_RANGES:
            box = NumberBox(self.tr("not set"), integer=True)
            self._add(form, OUTPUT, name, box)
        rates = ValueCombo([(None, self.tr("not set")),
                            *((rate, f"{rate} Hz") for rate in AUDIO_SAMPLE_RATES)])
        self._add(form, OUTPUT, "OutputAudioSampleRate", rates)
        self._add(form, OUTPUT, "MixSei", TextField(self.tr("not set")))
        for name in Api3Control.model_fields:
            switch = ValueCombo([(None, self.tr("not set")), (0, self.tr("0 — off")),
                                 (1, self.tr("1 — on"))])
            self._add(form, CONTROL, name, switch)
        # Once per undo step, and only for the session's fields (the api3 section is one).
        follow(self, editor.document.changed, self._on_document_changed)
        editor.wire_changed.connect(self._refresh)  # Qt signals: Qt ends these with the box
        editor.problems_changed.connect(self._show_problems)
        self._refresh()

    def _on_document_changed(self, changes: ChangeSet) -> None:
        if changes.session or changes.reset:
            self._refresh()

    def _add(self, form: QFormLayout, part: str, name: str, widget: QWidget) -> None:
        path = f"api3.{part}.{name}"
        describe(widget, path)
        add_row(form, path, widget)
        widget.committed.connect(  # type: ignore[attr-defined]
            lambda value, part=part, name=name: self.editor.set_api3_field(part, name, value))
        self.fields[path] = widget

    def _refresh(self, *_: object) -> None:
        options = self.editor.layout.api3
        self.setVisible(self.editor.wire is Wire.API3 or not options.is_empty)
        for path, widget in self.fields.items():
            _, part, name = path.split(".")
            value: Any = getattr(getattr(options, part), name)
            if isinstance(widget, NumberBox):
                low, high = OUTPUT_RANGES[name]
                widget.show_value(value, low, high)
            elif isinstance(widget, TextField):
                widget.show_text(value)
            elif isinstance(widget, ValueCombo):
                widget.show_value(value)
        self._show_problems()

    def _show_problems(self, *_: object) -> None:
        mark_fields(self.fields, self.editor.problems)
