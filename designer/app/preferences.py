"""Preferences: snapping sensitivity, grid size and the window's language, in the settings file."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from designer.app import translations

SNAP_KEY, GRID_KEY = "canvas/snap", "canvas/grid"
DEFAULT_SNAP, DEFAULT_GRID = 8, 40
#: Ask before a pressed Cancel ends a live mix.
CONFIRM_CANCEL_KEY = "mix/confirm_cancel"
#: Send an update of a single change without showing the changes first.
SKIP_DIFF_FOR_ONE_KEY = "mix/skip_diff_for_one_change"


def setting_on(settings: QSettings, key: str, default: bool = True) -> bool:
    """A yes/no preference (QSettings keeps an INI file's booleans as text)."""
    value = settings.value(key, default)
    return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
LANGUAGE_KEY = translations.SETTINGS_KEY


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
        self._language = QComboBox(self)
        self._language.setObjectName("language")
        for code, label in translations.language_names():
            self._language.addItem(label, code)
        current = translations.normalise(str(settings.value(LANGUAGE_KEY, "") or ""))
        self._language.setCurrentIndex(max(0, self._language.findData(current)))
        self._confirm_cancel = QCheckBox(self.tr("Ask before cancelling a live mix"), self)
        self._confirm_cancel.setObjectName("confirmCancel")
        self._confirm_cancel.setChecked(setting_on(settings, CONFIRM_CANCEL_KEY))
        self._skip_diff = QCheckBox(self.tr("Send an update of a single change without showing "
                                            "it first"), self)
        self._skip_diff.setObjectName("skipDiffForOne")
        self._skip_diff.setChecked(setting_on(settings, SKIP_DIFF_FOR_ONE_KEY, False))
        language_note = QLabel(self.tr("Takes effect after a restart."), self)
        language_note.setObjectName("languageNote")
        language_note.setEnabled(False)  # drawn as secondary text
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Snapping sensitivity"), self._snap)
        form.addRow(self.tr("Grid size (output pixels)"), self._grid)
        form.addRow(self.tr("Language"), self._language)
        form.addRow("", language_note)
        form.addRow(self._confirm_cancel)
        form.addRow(self._skip_diff)
        form.addRow(buttons)

    def snap_threshold(self) -> int:
        return self._snap.value()

    def grid_size(self) -> int:
        return self._grid.value()

    def language(self) -> str:
        """The language chosen: "en", "zh_CN", or "" to follow the system."""
        return str(self._language.currentData() or "")

    def accept(self) -> None:
        self._settings.setValue(SNAP_KEY, self.snap_threshold())
        self._settings.setValue(GRID_KEY, self.grid_size())
        self._settings.setValue(LANGUAGE_KEY, self.language())
        self._settings.setValue(CONFIRM_CANCEL_KEY, self._confirm_cancel.isChecked())
        self._settings.setValue(SKIP_DIFF_FOR_ONE_KEY, self._skip_diff.isChecked())
        super().accept()
