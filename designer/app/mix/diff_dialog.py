"""Before an update goes on air: what it changes, in the producer's words, with Send and Back.

Neither OBS nor vMix shows this: here the program is what the service last confirmed, so the
difference with the preview can be said exactly before anything is sent.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from designer.app.messages import diff_text
from designer.core.diff import LayoutDiff, describe
from designer.core.model import Layout


def labels(layout: Layout) -> dict[str, str]:
    """input_stream_id → the label the producer gave it (to call inputs by their names)."""
    return {stream.input_stream_id: design.label for stream, design in layout.pairs()
            if stream.input_stream_id and design.label}


class DiffDialog(QDialog):
    def __init__(self, diff: LayoutDiff, layout: Layout, session_id: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("diffDialog")
        self.setWindowTitle(self.tr("Send these changes?"))
        heading = QLabel(self.tr("The update changes what viewers of session %1 see:")
                         .replace("%1", session_id), self)
        heading.setWordWrap(True)
        self.changes = QListWidget(self)
        self.changes.setObjectName("diffChanges")
        self.changes.setAccessibleName(self.tr("What the update changes"))
        self.changes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for line in describe(diff, labels(layout)):
            self.changes.addItem(diff_text(line))
        buttons = QDialogButtonBox(self)
        self.send_button = buttons.addButton(self.tr("Send update"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("diffSend")
        back = buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.RejectRole)
        back.setObjectName("diffBack")
        self.send_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout_ = QVBoxLayout(self)
        layout_.addWidget(heading)
        layout_.addWidget(self.changes)
        layout_.addWidget(buttons)
        self.resize(520, min(520, 140 + 22 * self.changes.count()))
