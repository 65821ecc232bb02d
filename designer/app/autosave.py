"""Autosave for crash recovery: a few seconds after each change, the work goes to disk.

Writing waits for a quiet moment (a debounce), so a drag or typing does not write on every
step; a clean save or a deliberate close removes the file.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QTimer

from designer.app.editor import DocumentEditor
from designer.core.errors import DocumentError
from designer.core.recovery import RecoveryFile

DELAY_MS = 3000


class Autosave(QObject):
    def __init__(self, editor: DocumentEditor, recovery: RecoveryFile, delay_ms: int = DELAY_MS,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._editor = editor
        self._recovery = recovery
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.write_now)
        editor.undo_stack.indexChanged.connect(self._changed)
        editor.undo_stack.cleanChanged.connect(self._clean_changed)

    def _changed(self) -> None:
        # A QUndoStack clears itself (emitting indexChanged) while it is being destroyed, when
        # its Python wrapper is already dead: there is nothing left to save then.
        with contextlib.suppress(RuntimeError):
            if not self._editor.undo_stack.isClean():
                self._timer.start()

    def _clean_changed(self, clean: bool) -> None:
        if clean:  # saved (or undone back to the saved state): nothing to recover
            self._timer.stop()
            self._recovery.discard()

    def write_now(self) -> None:
        if self._editor.undo_stack.isClean():
            return
        # A full disk must not interrupt the producer; the next change tries again.
        with contextlib.suppress(DocumentError):
            self._recovery.save(self._editor.layout, self._editor.path)

    def discard(self) -> None:
        self._timer.stop()
        self._recovery.discard()
