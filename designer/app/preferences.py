"""Preferences: snapping sensitivity and grid size, kept in the settings file."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

SNAP_KEY, GRID_KEY = "canvas/snap", "canvas/grid"
DEFAULT_SNAP, DEFAULT_GRID = 8, 40


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self._snap = QSpinBox(minimum=1, maximum=50, suffix=self.tr(" px on screen"))
        self._snap.setObjectName("snapThreshold")
        self._snap.setToolTip(self.tr("How close a layer must come to an edge, a centre or "
                                      "the grid before it snaps. Hold Ctrl to move freely."))
        self._snap.setValue(int(settings.value(SNAP_KEY, DEFAULT_SNAP)))
        self._grid = QSpinBox(minimum=4, maximum=500, suffix=self.tr(" px"))
        self._grid.setObjectName("gridSize")
        self._grid.setValue(int(settings.value(GRID_KEY, DEFAULT_GRID)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Snapping sensitivity"), self._snap)
        form.addRow(self.tr("Grid size (output pixels)"), self._grid)
        form.addRow(buttons)

    def snap_threshold(self) -> int:
        return self._snap.value()

    def grid_size(self) -> int:
        return self._grid.value()

    def accept(self) -> None:
        self._settings.setValue(SNAP_KEY, self.snap_threshold())
        self._settings.setValue(GRID_KEY, self.grid_size())
        super().accept()
