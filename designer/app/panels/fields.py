"""Editors for one model field each: they show a value exactly and report the user's edits.

A field widget never writes the model. The panel puts the model's value in with
``show_value`` (signals blocked, so no echo) and listens to ``committed``, emitted once
per user edit (Return, leaving the field, an arrow step) and only when the value changed.
``None`` is "unset": the field is not sent and the server applies its default, so every
widget here has a way to show and choose it.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QKeyCombination, QLocale, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPalette, QValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from designer.app.messages import problem_line
from designer.app.panels import fielddocs
from designer.core.model import Number
from designer.core.problems import Problem

#: Enough decimals to show any fraction a producer would type (the editor writes 4).
DECIMALS = 8
#: The spin box's own range. Qt drops a keystroke that would leave it, so it is wide enough
#: that no number a producer types is cut short (3500 stays 3500); the field's real range is
#: checked when the value is committed, and a value outside it is refused, visibly.
WIDE = 1e15


def as_number(value: float, integer: bool) -> Number:
    """A spin box's float as it should be sent: 160 as 160, not 160.0."""
    value = round(value, DECIMALS)
    return int(value) if integer or value.is_integer() else value


def _plain(value: float) -> str:
    text = f"{value:.{DECIMALS}f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def is_undo_key(event: QKeyEvent) -> bool:
    """Undo or redo, as the window's Edit menu binds them on this platform."""
    ctrl_y = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Y)
    return (event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
            or event.keyCombination() == ctrl_y)


def lets_window_undo(event: QEvent, mid_edit: bool) -> bool:
    """Whether a field passes this ShortcutOverride on: Ctrl+Z (and redo) undo the document's
    last step unless the field is mid-edit, when they undo the typing (as in OBS, Qt
    Creator)."""
    if event.type() != QEvent.Type.ShortcutOverride or mid_edit:
        return False
    return isinstance(event, QKeyEvent) and is_undo_key(event)


class NumberBox(QDoubleSpinBox):
    """A spin box for an int or double field that may be unset.

    The lowest value is a sentinel shown as text ("server default"). A stored value outside
    the spec's range is shown as it is (4000 stays 4000, flagged by validation, never
    clamped), so what the box shows is what is sent. What the producer types is never cut
    short or changed either: a value the field cannot take (outside its range, a fraction in
    a whole-number or pixel field) is refused when committed: the field turns red and says
    why under it (``refused``), the typed text stays for correcting, nothing is written, and
    Escape puts the stored value back.
    """

    committed = Signal(object)  # Number | None
    #: Why the value typed was not written; "" when the field shows the stored value again.
    refused = Signal(str)

    def __init__(self, unset_text: str, integer: bool = False, parent: QWidget | None = None,
                 *, may_unset: bool = True):
        super().__init__(parent)
        self._integer = integer
        self._may_unset = may_unset
        self._unset_text = unset_text
        self._shown: Number | None = None
        self._mixed = False
        self._start: float | None = None
        self._low, self._high = -WIDE, WIDE
        #: A hint refusing fractions (a pixel field: the unit changes only by its switch).
        self._fractions_refused = ""
        #: Added to an out-of-range refusal (a % field: how to type pixels instead).
        self._range_hint = ""
        self._refusal = ""
        self._clean = ""  # the text while not mid-edit
        self.setLocale(QLocale.c())  # the wire's decimal point, whatever the desktop's
        # Decimals in whole-number fields too: "12.5" is refused there, not read as "125".
        self.setDecimals(DECIMALS)
        self.setRange(-WIDE, WIDE)
        self.setKeyboardTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no wheel edits while scrolling by
        self.setAccelerated(True)
        self.setSpecialValueText(unset_text)
        self.editingFinished.connect(self._commit)

    def minimumSizeHint(self) -> QSize:
        # Qt sizes a spin box for its longest text, special text included ("from the
        # account when sending"): that would make every dock wide. The field grows anyway.
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 90), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 140), hint.height())

    # -- model → widget ---------------------------------------------------------------------

    def show_value(self, value: Number | None, low: float, high: float, step: float = 1,
                   *, mixed: bool = False, start: float | None = None) -> None:
        """Show ``value`` (None: unset) in a box whose normal range is [low, high].

        ``mixed``: several inputs with different values are selected. ``start`` is where
        the first arrow step from "unset" goes (the value the server will use anyway).
        """
        self._shown, self._mixed, self._start = value, mixed, start
        self._low, self._high = low, high
        with QSignalBlocker(self):
            self.setSingleStep(step)
            special = self._unset_text
            if mixed:
                special = self.tr("mixed")
            elif value is not None and not math.isfinite(value):
                special = str(value)  # "nan", "inf": shown as they are, never as unset
            self.setSpecialValueText(special)
            shown = value is not None and not mixed and math.isfinite(value)
            self.setValue(float(value) if shown else self.minimum())  # type: ignore[arg-type]
        self._clean = self.lineEdit().text()
        self._set_refusal("")

    def set_rules(self, *, fractions_refused: str = "", range_hint: str = "") -> None:
        """``fractions_refused``: refuse 0 < value < 1 with this hint; ``range_hint``: added
        when a value is outside the range."""
        self._fractions_refused, self._range_hint = fractions_refused, range_hint

    def is_unset(self) -> bool:
        return self.value() == self.minimum()

    def number(self) -> Number | None:
        """The value as it would be sent (None: unset)."""
        shown = self._shown
        if self.is_unset():
            return shown if shown is not None and not math.isfinite(shown) else None
        if shown is not None and math.isfinite(shown) and self.value() == round(shown,
                                                                                self.decimals()):
            return shown  # unchanged: keep the exact stored value, not its rounding
        return as_number(self.value(), self._integer and self.value().is_integer())

    def refusal(self) -> str:
        """Why the value typed was not written ("" when nothing was refused)."""
        return self._refusal

    def is_mid_edit(self) -> bool:
        """Typed into and not committed (or refused): Ctrl+Z then undoes the typing."""
        return self.lineEdit().text() != self._clean

    def why_not(self, value: Number | None) -> str:
        """Why ``value`` cannot be written in this field ("" if it can)."""
        if value is None:
            return "" if self._may_unset else self.tr("Not written: a value is needed (%1)") \
                .replace("%1", self._range_text())
        if not math.isfinite(value):
            return ""
        typed = _plain(value)
        if self._integer and not float(value).is_integer():
            return self.tr("Not written: %1 is not a whole number").replace("%1", typed)
        if self._fractions_refused and 0 < value < 1:
            return self._fractions_refused.replace("%1", typed)
        if not self._low <= value <= self._high:
            text = self.tr("Not written: %1 is outside %2").replace("%1", typed).replace(
                "%2", self._range_text())
            return f"{text}. {self._range_hint}" if self._range_hint else text
        return ""

    def _range_text(self) -> str:
        return f"{_plain(self._low)}–{_plain(self._high)}{self.suffix()}"

    # -- widget → model ---------------------------------------------------------------------

    def stepBy(self, steps: int) -> None:
        if self.is_unset():
            if steps <= 0:
                return
            # From "unset" to the value the server uses anyway (or the range's start).
            self.setValue(self._start if self._start is not None else self._low)
        else:
            value, step = self.value(), steps * self.singleStep()
            target = value + step
            if steps > 0:
                # Up to the range's top; a stored value above it is not raised further.
                target = value if value >= self._high else min(target, self._high)
            elif target < self._low:
                # Down to the range's start, then to "unset".
                at_start = value <= self._low and self._may_unset
                target = self.minimum() if at_start else max(self._low, min(value, self._high))
            else:
                target = min(target, self._high)
            self.setValue(target)
        self._commit()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag
        if self.isReadOnly():
            return flags.StepNone
        if self.is_unset():
            return flags.StepUpEnabled
        enabled = flags.StepNone
        if self.value() < self._high:
            enabled |= flags.StepUpEnabled
        if self._may_unset or self.value() > self._low:
            enabled |= flags.StepDownEnabled
        return enabled

    def _commit(self) -> None:
        if self._mixed and self.is_unset():
            return  # "mixed" left alone: keep each input's own value
        value = self.number()
        unchanged = value is self._shown or (value == self._shown
                                              and type(value) is type(self._shown))
        if not self._mixed and unchanged:
            self._set_refusal("")
            return
        if why := self.why_not(value):
            self._set_refusal(why)
            return
        self._set_refusal("")
        self._shown, self._mixed = value, False
        self.committed.emit(value)
        self._clean = self.lineEdit().text()

    def _set_refusal(self, why: str) -> None:
        if why == self._refusal:
            return
        self._refusal = why
        self.setProperty("refused", bool(why))
        tint(self)
        base = self.property("baseToolTip") or ""
        self.setToolTip(f"<p style='color:{TINTS['error'][1].name()}'>{html.escape(why)}</p>"
                        + base if why else base)
        self.refused.emit(why)

    # -- keys -------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if lets_window_undo(event, self.is_mid_edit()):
            event.ignore()  # not ours: the window's Undo/Redo takes it
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and (self.is_mid_edit() or self._refusal):
            self.show_value(self._shown, self._low, self._high, self.singleStep(),
                            mixed=self._mixed, start=self._start)
            event.accept()
            return
        super().keyPressEvent(event)

    # -- text ---------------------------------------------------------------------------------

    def textFromValue(self, value: float) -> str:
        if self._integer and float(value).is_integer():
            return str(round(value))
        return _plain(value)

    def validate(self, text: str, pos: int) -> object:
        if not self._bare(text):
            return QValidator.State.Acceptable, text, pos  # empty: unset
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> float:
        bare = self._bare(text)
        if not bare or bare == self.specialValueText():
            return self.minimum()
        return super().valueFromText(text)

    def _bare(self, text: str) -> str:
        text = text.strip()
        suffix = self.suffix().strip()
        if suffix and text.endswith(suffix):
            text = text[: -len(suffix)].strip()
        return text


class TextField(QLineEdit):
    """A line edit for a string field; empty text means unset.

    Invalid text is written anyway: validation reports it with the spec's code, and the
    panel marks the field, rather than the widget silently refusing a keystroke.
    """

    committed = Signal(object)  # str | None

    def __init__(self, unset_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._unset_text = unset_text
        self._shown: str | None = None
        self._mixed = False
        self._clean = ""  # the text while not mid-edit
        self.setPlaceholderText(unset_text)
        self.editingFinished.connect(self._commit)

    def show_text(self, value: str | None, *, mixed: bool = False) -> None:
        self._shown, self._mixed = value, mixed
        with QSignalBlocker(self):
            self.setPlaceholderText(self.tr("mixed") if mixed else self._unset_text)
            self.setText("" if mixed or value is None else value)
            self.setCursorPosition(0)
        self._clean = self.text()

    def is_mid_edit(self) -> bool:
        return self.text() != self._clean

    def _commit(self) -> None:
        text = self.text()
        if self._mixed and not text:
            return
        value = text or None
        if self._mixed or value != self._shown:
            self._shown, self._mixed = value, False
            self.committed.emit(value)
        self._clean = self.text()

    def event(self, event: QEvent) -> bool:
        if lets_window_undo(event, self.is_mid_edit()):
            event.ignore()  # not ours: the window's Undo/Redo takes it
            return True
        return super().event(event)


class ValueCombo(QComboBox):
    """A combo box of (value, text) choices for a field; unknown stored values are shown too.

    ``committed`` follows ``activated``, which only the user triggers.
    """

    committed = Signal(object)

    def __init__(self, choices: Sequence[tuple[Any, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self._choices = list(choices)
        # Long choices ("0 — overlay: …") must not make the dock wide; the popup shows them.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self._fill()
        self.activated.connect(self._on_activated)

    def _fill(self, extra: Sequence[tuple[Any, str]] = ()) -> None:
        self.clear()
        for value, text in (*self._choices, *extra):
            self.addItem(text, value)

    def show_value(self, value: Any, *, mixed: bool = False) -> None:
        with QSignalBlocker(self):
            extra: list[tuple[Any, str]] = []
            if mixed:
                extra = [(_MIXED, self.tr("mixed"))]
            elif not any(value == v and type(value) is type(v) for v, _ in self._choices):
                extra = [(value, self.tr("%s (not a valid value)") % value)]
            self._fill(extra)
            self.setCurrentIndex(self.count() - 1 if extra else self._index_of(value))

    def value(self) -> Any:
        return self.currentData()

    def _index_of(self, value: Any) -> int:
        for index, (choice, _) in enumerate(self._choices):
            if choice == value and type(choice) is type(value):
                return index
        return -1

    def _on_activated(self, index: int) -> None:
        value = self.itemData(index)
        if value is not _MIXED:
            self.committed.emit(value)


class _Mixed:
    def __repr__(self) -> str:
        return "<mixed>"


_MIXED = _Mixed()


def describe(widget: QWidget, name: str, accessible: str | None = None) -> QWidget:
    """Give a field widget its objectName, accessibleName and the spec's tooltip."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible or fielddocs.title(name))
    widget.setAccessibleDescription(fielddocs.DOCS[name].en)
    widget.setToolTip(fielddocs.tooltip(name))
    widget.setProperty("baseToolTip", fielddocs.tooltip(name))
    return widget


def mark_problem(widget: QWidget, errors: Sequence[str], warnings: Sequence[str] = ()) -> None:
    """Tint a field that validation complains about and add the complaints to its tooltip.

    Errors (the server would refuse the request) are red; warnings (it would run, but not as
    the producer probably wants: black bars, missing sound) amber, so a field that only needs
    a second look does not read as broken. A field with both is red. A palette tint, not a
    style sheet: a border rule would switch spin boxes and combos to style-sheet drawing and
    lose their native arrows.
    """
    severity = "error" if errors else "warning" if warnings else ""
    if widget.property("problemSeverity") != severity:
        widget.setProperty("problemSeverity", severity)
        widget.setProperty("problem", bool(severity))
        tint(widget)
    base_tip = widget.property("baseToolTip") or ""
    if isinstance(widget, NumberBox) and widget.refusal():
        # What was refused is what the producer is looking at; the model's own problems
        # come back with its value (Escape, or any edit).
        return
    lines = "".join(f"<p style='color:{TINTS[kind][1].name()}'>{html.escape(m)}</p>"
                    for kind, messages in (("error", errors), ("warning", warnings))
                    for m in messages)
    widget.setToolTip(lines + base_tip if lines else base_tip)


def tint(widget: QWidget) -> None:
    """Colour a field for its state: red while a typed value is refused, else as validation
    sees the stored value (``problemSeverity``)."""
    severity = "error" if widget.property("refused") else widget.property("problemSeverity")
    palette = QApplication.palette(widget)
    if severity:
        base, text = TINTS[severity]
        if isinstance(widget, QLabel | QAbstractButton) and not isinstance(widget, QToolButton):
            palette.setColor(QPalette.ColorRole.WindowText, text)
        palette.setColor(QPalette.ColorRole.Base, base)
        palette.setColor(QPalette.ColorRole.Button, base)
    widget.setPalette(palette)


#: Field background and text per problem severity: red for errors, amber for warnings.
TINTS = {
    "error": (QColor("#fbd5d1"), QColor("#c0392b")),
    "warning": (QColor("#fdebc8"), QColor("#9a5b00")),
}


def mark_fields(fields: Mapping[str, QWidget], problems: Iterable[Problem]) -> None:
    """Mark each widget of ``fields`` (by the field name Problems use) with its problems."""
    errors: dict[str, list[str]] = {name: [] for name in fields}
    warnings: dict[str, list[str]] = {name: [] for name in fields}
    for problem in problems:
        if problem.field in errors:
            (errors if problem.is_error else warnings)[problem.field].append(
                problem_line(problem))
    for name, widget in fields.items():
        mark_problem(widget, errors[name], warnings[name])

