"""Form building: a row per field (label, editor, range) and a scrolling panel body."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from designer.app.panels import fielddocs
from designer.app.panels.fields import TINTS

#: Ranges longer than this go under the field, so a narrow dock does not cut them off.
SHORT_RANGE = 14


def _columns(text: str) -> int:
    """TEXT's width in Latin letters: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def add_row(form: QFormLayout, name: str, widget: QWidget, hint: str | None = None) -> QLabel:
    """Add ``widget`` for field ``name`` with its title and range; returns the range label."""
    text = fielddocs.range_text(name) if hint is None else hint
    row = QWidget(form.parentWidget())
    column = QVBoxLayout(row)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    box: QBoxLayout = QHBoxLayout() if _columns(text) <= SHORT_RANGE else QVBoxLayout()
    box.setSpacing(4 if isinstance(box, QHBoxLayout) else 0)
    box.addWidget(widget, 1)
    range_label = QLabel(text, row)
    range_label.setObjectName(f"{name}Range")
    range_label.setStyleSheet("color: palette(placeholder-text)")
    range_label.setToolTip(fielddocs.tooltip(name))
    range_label.setVisible(bool(text))
    box.addWidget(range_label)
    column.addLayout(box)
    if isinstance(refused := getattr(widget, "refused", None), SignalInstance):
        # A typed value the field refused: why, in red under it, until it shows a stored one.
        why = QLabel(row)
        why.setObjectName(f"{name}Refused")
        why.setWordWrap(True)
        why.setStyleSheet(f"color: {TINTS['error'][1].name()}")
        why.hide()
        refused.connect(lambda text, why=why: (why.setText(text), why.setVisible(bool(text))))
        column.addWidget(why)
    label = QLabel(fielddocs.title(name), form.parentWidget())
    label.setBuddy(widget)
    label.setToolTip(fielddocs.tooltip(name))
    form.addRow(label, row)
    return range_label


def scrolling(panel: QWidget, body: QWidget) -> QScrollArea:
    """Fill ``panel`` with ``body`` in a vertical scroll area.

    A short dock then scrolls instead of squashing every field below its natural height.
    """
    scroll = QScrollArea(panel)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return scroll
