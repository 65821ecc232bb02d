"""Position and size of the selected inputs, in pixels or in fractions of the background.

The px / % switch rewrites a layer's four values in the other unit without moving it (the
editor works out the numbers); the boxes always show the stored values themselves, so
what is sent is what you see, and the line below says where that puts the picture.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from designer.app.commands import Part
from designer.app.editor import DocumentEditor
from designer.app.panels.fields import NumberBox, describe
from designer.app.panels.form import add_row
from designer.app.panels.section import Section
from designer.core.geometry import Rect, background_input
from designer.core.model import VISIBLE_TYPES, LayoutParams
from designer.core.placement import Origin, field_units, from_pixels, written_in

GEOMETRY = ("location_x", "location_y", "image_width", "image_height")
#: A layer's unit: all its values in pixels, all fractions of the background, or some of each.
PX, FRACTION, MIXED = "px", "fraction", "mixed"
_HORIZONTAL = ("location_x", "image_width")


class GeometrySection(Section):
    kinds = VISIBLE_TYPES

    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None):
        super().__init__(editor, self.tr("Position and size"), parent)
        self.setObjectName("geometrySection")

        units = QWidget(self)
        row = QHBoxLayout(units)
        row.setContentsMargins(0, 0, 0, 0)
        self.px_button = self._unit_button("unitPx", self.tr("px"), self.tr(
            "Write this layer's position and size in pixels (0–3000)."))
        self._fraction_tip = self.tr(
            "Write this layer's position and size as fractions of the background "
            "(0.01–0.99; the spec's 百分比 * 背景宽/高). The layer does not move.")
        self.fraction_button = self._unit_button("unitFraction", self.tr("%"),
                                                 self._fraction_tip)
        row.addWidget(self.px_button)
        row.addWidget(self.fraction_button)
        row.addStretch(1)
        units_label = QLabel(self.tr("Units"), self)
        units_label.setToolTip(self.fraction_button.toolTip())
        self.form.addRow(units_label, units)

        self.boxes: dict[str, NumberBox] = {}
        self.ranges: dict[str, QLabel] = {}
        for name in GEOMETRY:
            box = describe(NumberBox(self.tr("server default")), name)
            box.committed.connect(lambda value, name=name: self._commit(name, value))
            self.boxes[name] = box
            self.ranges[name] = add_row(self.form, name, box, "0–3000")
            # Wide enough for "× H = 1234.5 px", so the boxes line up in both units.
            width = self.ranges[name].fontMetrics().horizontalAdvance("× H = 1234.5 px")
            self.ranges[name].setMinimumWidth(width)
            self.fields[f"layout_params.{name}"] = box

        self.resolved = QLabel(self)
        self.resolved.setObjectName("resolvedBox")
        self.resolved.setAccessibleName(self.tr("Box on the output"))
        self.resolved.setWordWrap(True)
        self.form.addRow(self.resolved)
        # Problems with the box as a whole (it overflows, it will get black bars).
        self.fields["layout_params"] = self.resolved

        self.px_button.clicked.connect(lambda: self.set_units(False))
        self.fraction_button.clicked.connect(lambda: self.set_units(True))

    def _unit_button(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(".")[0])
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMinimumWidth(36)
        return button

    # -- model → widgets ----------------------------------------------------------------------

    def refresh(self) -> None:
        uids = self.uids
        # Each layer's unit: all px, all fractions, or (an imported box) some of each.
        units = {_unit(self.stream(uid).layout_params) for uid in uids}
        mixed_units = len(units) > 1
        fraction = units == {FRACTION}
        width, height = self.editor.background_size()
        placements = self.editor.placements()
        first = placements.get(uids[0])
        own_units = field_units(self.layout_params(uids[0]))
        for name, box in self.boxes.items():
            value, mixed = self.common(lambda uid, name=name: getattr(self.layout_params(uid),
                                                                      name))
            total = width if name in _HORIZONTAL else height
            is_size = name.startswith("image")
            # Each field in its own unit, with its own suffix: a box mixing px and % is shown
            # as it is written.
            in_fraction = own_units[name] if not mixed_units else fraction
            pixels = _pixel_value(first.rect, name) if first else None
            start = None if pixels is None else from_pixels(pixels, total, in_fraction, is_size)
            if in_fraction:
                low, high, step = (0.01 if is_size else 0.0), 0.99, 0.01
            else:
                low, high, step = (1 if is_size else 0), 3000, 1
            box.setSuffix("" if in_fraction else " px")
            box.set_rules(
                fractions_refused="" if in_fraction else self.tr(
                    "Not written: %1 is a fraction, and this field is in pixels. Switch Units "
                    "to % to write the box as fractions of the background."),
                range_hint=self.tr("Switch Units to px to write pixels.") if in_fraction
                else "")
            box.show_value(value, low, high, step, mixed=mixed, start=start)
            box.setEnabled(not mixed_units)
            box.setToolTip(box.property("baseToolTip") if not mixed_units else self.tr(
                "The selected layers use different units: switch them to one unit first."))
            self.ranges[name].setText(self._range_text(name, in_fraction, value, total, mixed))

        bg = background_input(self.editor.layout)
        has_background = bg is not None and self.editor.document.uids()[bg] in uids
        for button, on in ((self.px_button, units == {PX}),
                           (self.fraction_button, fraction)):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
        self.fraction_button.setEnabled(not has_background or fraction)
        self.fraction_button.setToolTip(self._fraction_tip if not has_background else self.tr(
            "The background's size is in pixels: it cannot be a fraction of itself."))
        text = self._resolved_text(first.rect if first else None,
                                   first.origin if first else None, len(uids))
        if mixed_units:
            text = self.tr("The selected layers use different units: switch them all to px "
                           "or % to edit their position and size together.") + "\n" + text
        elif units == {MIXED}:
            text = self.tr("This box mixes pixels and fractions: each field is shown in its "
                           "own unit. px or % writes all four in one.") + "\n" + text
        self.resolved.setText(text)

    def _range_text(self, name: str, fraction: bool, value: object, total: float,
                    mixed: bool) -> str:
        if not fraction:
            return "1–3000" if name.startswith("image") else "0–3000"
        side = self.tr("× W") if name in _HORIZONTAL else self.tr("× H")
        if isinstance(value, int | float) and 0 < value < 1 and not mixed:
            return f"{side} = {_px(value * total)} px"
        return f"{side} 0.01–0.99"

    def _resolved_text(self, rect: Rect | None, origin: Origin | None, count: int) -> str:
        if rect is None:
            return ""
        where = self.tr("On the output: x %1, y %2, %3×%4 px").replace(
            "%1", _px(rect.x)).replace("%2", _px(rect.y)).replace(
            "%3", _px(rect.width)).replace("%4", _px(rect.height))
        notes = {
            Origin.BACKGROUND: self.tr("the background: it fills the output"),
            Origin.CUSTOM: self.tr("from its own values"),
            Origin.TEMPLATE: self.tr("the template's box (approximate); values you set "
                                     "override it"),
            Origin.GUESS: self.tr("a guess: declare the source resolution or set a size"),
        }
        text = f"{where} — {notes[origin]}" if origin in notes else where
        if count > 1:
            text = self.tr("First selected layer:") + " " + text
        return text

    # -- widgets → editor ---------------------------------------------------------------------

    def _commit(self, name: str, value: object) -> None:
        self.edit_all(Part.LAYOUT, {name: value})

    def set_units(self, fraction: bool) -> bool:
        """Switch the selected layers to px or fractions, keeping each where it is."""
        placements = self.editor.placements()
        changing = [uid for uid in self.uids if uid in placements
                    and not written_in(self.stream(uid).layout_params, fraction)]
        if len(changing) == 1:
            changed = self.editor.set_fraction_units(changing[0], fraction)
        else:
            changed = self.editor.edit(self.editor.units_text(changing, fraction), [
                (Part.LAYOUT, uid,
                 self.editor.geometry_values(uid, placements[uid].rect, fraction))
                for uid in changing])
        if not changed:
            self.refresh()  # the button toggled itself: put it back as the model says
        return changed


def _unit(lp: LayoutParams | None) -> str:
    if written_in(lp, False):
        return PX
    return FRACTION if written_in(lp, True) else MIXED


def _pixel_value(rect: Rect, name: str) -> float:
    return {"location_x": rect.x, "location_y": rect.y,
            "image_width": rect.width, "image_height": rect.height}[name]


def _px(value: float) -> str:
    """A pixel position for reading: 213.3, not 213.33333333."""
    return f"{round(value, 1):g}"
