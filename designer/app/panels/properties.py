"""The Properties dock: every field of the selected input(s), grouped as the spec groups them.

With several inputs selected a field shows their common value or "mixed", and an edit
applies to all of them in one undo step. Fields that must differ between inputs (the
stream id, the layer number) are edited one input at a time.
"""

from __future__ import annotations

import json
from collections import defaultdict

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.app import kinds
from designer.app.commands import Part
from designer.app.editor import DocumentEditor
from designer.app.lifetime import follow
from designer.app.messages import problem_line
from designer.app.panels.crop import CropSection
from designer.app.panels.fields import (
    NumberBox,
    TextField,
    ValueCombo,
    describe,
    mark_problem,
)
from designer.app.panels.form import add_row, scrolling
from designer.app.panels.geometry import GeometrySection
from designer.app.panels.section import Section
from designer.core.model import INT32_MAX, InputType


class InputSection(Section):
    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None):
        super().__init__(editor, self.tr("Input"), parent)
        self.setObjectName("inputSection")
        self.stream_id = describe(TextField(self.tr("required")), "input_stream_id")
        self.input_type = describe(ValueCombo(
            [(None, self.tr("Not set (0: audio + video)"))]
            + [(int(kind), f"{int(kind)} — {kinds.name(kind)}") for kind in kinds.ORDER]
        ), "input_type")
        self.layer = describe(NumberBox(self.tr("not set"), integer=True), "image_layer")
        add_row(self.form, "input_stream_id", self.stream_id)
        add_row(self.form, "input_type", self.input_type, "")
        add_row(self.form, "image_layer", self.layer)
        self.fields.update({"input_stream_id": self.stream_id,
                            "layout_params.input_type": self.input_type,
                            "layout_params.image_layer": self.layer})
        self.stream_id.committed.connect(self._commit_stream_id)
        self.input_type.committed.connect(
            lambda v: self.edit_all(Part.LAYOUT, {"input_type": v}))
        self.layer.committed.connect(self._commit_layer)

    def refresh(self) -> None:
        single = len(self.uids) == 1
        stream_id, mixed = self.common(lambda uid: self.stream(uid).input_stream_id)
        self.stream_id.show_text(stream_id, mixed=mixed)
        kind, mixed = self.common(lambda uid: self.layout_params(uid).input_type)
        self.input_type.show_value(kind, mixed=mixed)
        layer, mixed = self.common(lambda uid: self.layout_params(uid).image_layer)
        self.layer.show_value(layer, 1, 16, mixed=mixed)
        one_at_a_time = self.tr("Each input needs its own value: select one input to edit it.")
        for widget in (self.stream_id, self.layer):
            widget.setEnabled(single)
            widget.setToolTip(widget.property("baseToolTip") if single else one_at_a_time)

    def _commit_stream_id(self, value: str | None) -> None:
        if len(self.uids) == 1:
            self.editor.set_stream_id(self.uids[0], value)

    def _commit_layer(self, value: int | None) -> None:
        if len(self.uids) == 1:
            self.editor.set_layout_fields(self.uids[0], image_layer=value)


class CanvasSection(Section):
    kinds = frozenset({InputType.CANVAS})

    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None):
        super().__init__(editor, self.tr("Canvas"), parent)
        self.setObjectName("canvasSection")
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.color = describe(TextField(self.tr("not set: the server's default colour")), "color")
        self.pick = QToolButton(row)
        self.pick.setObjectName("colorButton")
        self.pick.setText(self.tr("Choose…"))
        self.pick.setAccessibleName(self.tr("Choose the canvas colour"))
        self.pick.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        box.addWidget(self.color, 1)
        box.addWidget(self.pick)
        add_row(self.form, "color", row)
        self.fields["layout_params.color"] = self.color
        self.color.committed.connect(self._commit)
        self.pick.clicked.connect(self.choose_color)

    def refresh(self) -> None:
        color, mixed = self.common(lambda uid: self.layout_params(uid).color)
        self.color.show_text(color, mixed=mixed)
        swatch = QPixmap(16, 16)
        parsed = None if mixed else kinds.qcolor(color)
        swatch.fill(parsed if parsed is not None else QColor(0, 0, 0, 0))
        self.pick.setIcon(QIcon(swatch))

    def choose_color(self) -> None:
        color, _ = self.common(lambda uid: self.layout_params(uid).color)
        initial = kinds.qcolor(color) or QColor("black")
        chosen = QColorDialog.getColor(initial, self, self.tr("Canvas colour"))
        if chosen.isValid():
            self.apply_color(chosen)

    def apply_color(self, color: QColor) -> bool:
        """Write a chosen colour the way the spec writes it: 0xRRGGBB."""
        return self._commit(f"0x{color.red():02X}{color.green():02X}{color.blue():02X}")

    def _commit(self, value: str | None) -> bool:
        return self.edit_all(Part.LAYOUT, {"color": value})


class PictureSection(Section):
    kinds = frozenset({InputType.PICTURE})

    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None):
        super().__init__(editor, self.tr("Picture (watermark)"), parent)
        self.setObjectName("pictureSection")
        self.picture_id = describe(NumberBox(self.tr("not set (required)"), integer=True),
                                   "picture_id")
        add_row(self.form, "picture_id", self.picture_id)
        self.fields["layout_params.picture_id"] = self.picture_id
        self.picture_id.committed.connect(
            lambda v: self.edit_all(Part.LAYOUT, {"picture_id": v}))

    def refresh(self) -> None:
        value, mixed = self.common(lambda uid: self.layout_params(uid).picture_id)
        self.picture_id.show_value(value, 1, INT32_MAX, mixed=mixed, start=1)


class DesignSection(Section):
    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None):
        super().__init__(editor, self.tr("Design only (never sent)"), parent)
        self.setObjectName("designSection")
        self.label = describe(TextField(self.tr("none: the stream id is shown")), "label")
        self.source_width = describe(NumberBox(self.tr("unknown"), integer=True),
                                     "source_width")
        self.source_height = describe(NumberBox(self.tr("unknown"), integer=True),
                                      "source_height")
        for box in (self.source_width, self.source_height):
            box.setSuffix(" px")
        add_row(self.form, "label", self.label, "")
        add_row(self.form, "source_width", self.source_width)
        add_row(self.form, "source_height", self.source_height)
        self.label.committed.connect(
            lambda v: self.edit_all(Part.DESIGN, {"label": v or ""}))
        self.source_width.committed.connect(lambda v: self._commit_source("source_width", v))
        self.source_height.committed.connect(lambda v: self._commit_source("source_height", v))

    def refresh(self) -> None:
        label, mixed = self.common(lambda uid: self.design(uid).label)
        self.label.show_text(label or None, mixed=mixed)
        streams = all(self.stream(uid).kind not in (InputType.CANVAS, InputType.AUDIO_ONLY)
                      for uid in self.uids)
        for name, box in (("source_width", self.source_width),
                          ("source_height", self.source_height)):
            value, mixed = self.common(lambda uid, name=name: getattr(self.design(uid), name))
            box.show_value(value, 1, 16384, mixed=mixed, start=1280 if "width" in name else 720)
            box.setEnabled(streams)

    def _commit_source(self, name: str, value: int | None) -> None:
        self.edit_all(Part.DESIGN, {name: value})


class PropertiesPanel(QWidget):
    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("propertiesPanel")
        self.setAccessibleName(self.tr("Properties"))

        self.title = QLabel(self)
        self.title.setObjectName("propertiesTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.input = InputSection(editor)
        self.geometry = GeometrySection(editor)
        self.canvas = CanvasSection(editor)
        self.picture = PictureSection(editor)
        self.crop = CropSection(editor)
        self.design = DesignSection(editor)
        self.sections: list[Section] = [self.input, self.geometry, self.canvas, self.picture,
                                        self.crop, self.design]
        self.wire = QLabel(self)
        self.wire.setObjectName("wirePreview")
        self.wire.setAccessibleName(self.tr("What is sent for this input"))
        self.wire.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.wire.setWordWrap(True)
        self.wire.setStyleSheet("font-family: monospace; color: palette(placeholder-text)")

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.title)
        for section in self.sections:
            column.addWidget(section)
        column.addWidget(self.wire)
        column.addStretch(1)
        scrolling(self, body)

        document = editor.document
        # Any change can matter to the selection's fields (layer 1's size moves fractions):
        # refreshed once per undo step, however many inputs it changed.
        follow(self, document.changed, self.refresh)
        editor.selection_changed.connect(self.refresh)
        editor.problems_changed.connect(self._show_problems)
        editor.observed_changed.connect(self.refresh)  # a probed size moves what is drawn
        self.refresh()

    def sizeHint(self) -> QSize:
        # The scroll area alone would ask for almost nothing and lose every dock split.
        return QSize(360, 640)

    def position_height(self) -> int:
        """The height that shows a stream layer's title, input fields and position and size
        (X, Y, W, H) without scrolling, at the panel's width."""
        column = self.title.parentWidget().layout()
        margins = column.contentsMargins()
        title = self.title.fontMetrics().lineSpacing() * 2
        sections = (self.input, self.geometry)
        width = max(self.width(), 300)
        heights = [s.heightForWidth(width) if s.hasHeightForWidth() else s.sizeHint().height()
                   for s in sections]
        return margins.top() + title + sum(heights) + column.spacing() * len(sections)

    def apply_color(self, color: QColor) -> bool:
        """What the colour dialog does with its answer (tests call it without the dialog)."""
        return self.canvas.apply_color(color)

    # -- model → widgets ----------------------------------------------------------------------

    def refresh(self, *_: object) -> None:
        uids = self.editor.selection
        self.title.setText(self._title(uids))
        for section in self.sections:
            shown = bool(uids) and section.applies()
            section.setVisible(shown)
            if shown:
                section.refresh()
        if len(uids) == 1:
            wire = self.editor.document.stream(uids[0]).to_wire()
            self.wire.setText(self.tr("Sent as:") + "\n" + json.dumps(wire, ensure_ascii=False))
        else:
            self.wire.clear()
        self.wire.setVisible(len(uids) == 1)
        self._show_problems()

    def _title(self, uids: list[str]) -> str:
        if not uids:
            return self.tr("No layer selected: select one on the canvas or in the Layers list.")
        if len(uids) > 1:
            return self.tr("%1 layers selected: an edit applies to all of them.").replace(
                "%1", str(len(uids)))
        stream, design = self.editor.document.stream(uids[0]), self.editor.document.design(uids[0])
        name = design.label or stream.input_stream_id or self.tr("(no stream id)")
        layer = "—" if stream.layer is None else str(stream.layer)
        return self.tr("%1 · layer %2 · %3").replace("%1", name).replace("%2", layer).replace(
            "%3", kinds.name(stream.kind))

    def _show_problems(self, *_: object) -> None:
        """Tint every field validation complains about, for any selected input: errors red,
        warnings amber."""
        indexes = {self.editor.document.index(uid) for uid in self.editor.selection}
        messages: dict[QWidget, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
        for problem in self.editor.problems:
            if problem.input_index not in indexes:
                continue
            path = problem.field.split("]", 1)[1].lstrip(".")
            paths = _SHOWN_ON.get(path, (path,))
            widgets = [self.title] if not path else [
                section.fields[p] for p in paths for section in self.sections
                if p in section.fields]
            for widget in widgets:
                errors, warnings = messages[widget]
                (errors if problem.is_error else warnings).append(
                    problem_line(problem))
        for widget in (self.title, *(w for s in self.sections for w in s.fields.values())):
            mark_problem(widget, *messages.get(widget, ((), ())))


#: Problems about the box as a whole, shown on the fields that fix them: its aspect not the
#: picture's (FAQ 8), its overflowing the background (-2), a canvas with no size (-28) are
#: all fixed by its width and height.
_SHOWN_ON = {"layout_params": ("layout_params.image_width", "layout_params.image_height")}
