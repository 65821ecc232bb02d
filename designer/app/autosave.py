"""Crash recovery in the window: autosave a few seconds after each change, offer it back.

Writing waits for a quiet moment (a debounce), so a drag or typing does not write on every
step; a clean save or a deliberate close removes the file. Each window writes a file of its
own (designer.core.recovery); at start, a new window offers back the work of windows whose
process is gone, one file at a time, and "No" removes only the file it was asked about.
A state folder that cannot be written (read-only, a file in its place) does not stop the
window: it starts with autosave off and says so once in the status bar.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from designer.app.editor import DocumentEditor
from designer.core.errors import FileError
from designer.core.recovery import Recovered, RecoveryFile, state_dir_problem

DELAY_MS = 3000
#: How long the status bar says that autosave is off (it is said once).
NOTICE_MS = 30_000


class Autosave(QObject):
    """Writes the editor's unsaved work to ``file``; does nothing when ``file`` is None."""

    def __init__(self, editor: DocumentEditor, file: RecoveryFile | None,
                 delay_ms: int = DELAY_MS, parent: QObject | None = None):
        super().__init__(parent)
        self.editor = editor
        self.file = file
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.write_now)
        if file is not None:
            editor.undo_stack.indexChanged.connect(self._changed)
            editor.undo_stack.cleanChanged.connect(self._clean_changed)

    def _changed(self) -> None:
        # A QUndoStack clears itself (emitting indexChanged) while it is being destroyed, when
        # its Python wrapper is already dead: there is nothing left to save then.
        with contextlib.suppress(RuntimeError):
            if not self.editor.undo_stack.isClean():
                self._timer.start()

    def _clean_changed(self, clean: bool) -> None:
        if clean:  # saved (or undone back to the saved state): nothing to recover
            self.discard()

    def write_now(self) -> None:
        if self.file is None or self.editor.undo_stack.isClean():
            return
        # A full disk must not interrupt the producer; the next change tries again.
        with contextlib.suppress(FileError):
            cues = self.editor.cues
            self.file.save(self.editor.layout, self.editor.path,
                           cues.show if cues.is_show else None)

    def discard(self) -> None:
        self._timer.stop()
        if self.file is not None:
            self.file.discard()


def recovery_file(directory: Path) -> tuple[RecoveryFile | None, str | None]:
    """A new window's recovery file in ``directory``, or None and why autosave is off."""
    problem = state_dir_problem(directory)
    return (None if problem else RecoveryFile(directory)), problem


def say_autosave_is_off(status_bar: QStatusBar, problem: str) -> None:
    """Once, without a dialog: the window works, it just keeps nothing."""
    text = QCoreApplication.translate(
        "Autosave", "Autosave and settings are off: the state folder cannot be written "
                    "(%1).").replace("%1", problem)
    QTimer.singleShot(0, lambda: status_bar.showMessage(text, NOTICE_MS))


def offer_recovery(autosave: Autosave, parent: QWidget) -> bool:
    """Offer back the work of windows whose process is gone (asking over ``parent``) into
    the autosaved editor; True if some was restored.

    Each file is first made this window's (so that no other starting window offers it too);
    declined, it is removed; restored, it stays this window's recovery file until saved.
    """
    own, editor = autosave.file, autosave.editor
    if own is None:
        return False
    for orphan in RecoveryFile.orphans(own.path.parent):
        if not own.take_over(orphan):
            continue  # another window took it first
        recovered = own.load()
        if recovered is not None and _ask_restore(parent, recovered):
            editor.replace(recovered.layout, recovered.saved_path, recovered.show)
            # The restored work is unsaved: mark it so the title and the close prompt say so.
            editor.undo_stack.resetClean()
            return True
        own.discard()
    return False


def _ask_restore(parent: QWidget, recovered: Recovered) -> bool:
    try:
        when = datetime.fromtimestamp(recovered.saved_at).strftime("%Y-%m-%d %H:%M")
    except (OverflowError, OSError, ValueError):  # a damaged time: still worth offering
        when = "?"
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("MainWindow", "Restore unsaved work?"),
        QCoreApplication.translate(
            "MainWindow", "Mix Designer did not close normally. Restore the layout you were "
                          "working on (autosaved %1)?").replace("%1", when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes
