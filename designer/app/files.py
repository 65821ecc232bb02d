"""New, Open, Save, Save As, recent files, Import and Export: documents and the disk.

Every failure is shown as one clear message and changes nothing: a file that cannot be read
leaves the current document as it was, a save that fails leaves the old file intact.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from designer.app.actions.registry import ActionRegistry, Std
from designer.app.editor import DocumentEditor
from designer.app.messages import error_text, problem_line
from designer.core import loader, safefile
from designer.core.errors import FileError, InvalidFile
from designer.core.model import Layout
from designer.core.scenarios import SCENARIOS, blank, by_key
from designer.core.sending import sent_para
from designer.core.wire import build_body, start_para

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog

MAX_RECENT = 8
RECENT_KEY = "files/recent"


def _json_filter() -> str:
    return QCoreApplication.translate("FileActions", "Layouts (*.json);;All files (*)")


class FileActions(QObject):
    recent_changed = Signal()
    #: A file was opened, and reading it changed something the producer should know (an
    #: app_id read from a string): one line to show for a while.
    opened_with_notes = Signal(str)

    def __init__(self, window: QWidget, editor: DocumentEditor, settings: QSettings):
        super().__init__(window)
        self._window = window
        self._editor = editor
        self._settings = settings

    def register(self, registry: ActionRegistry) -> None:
        """New, scenarios, Open, Save, Save As, Import and Export as actions."""
        add = registry.add
        add("new", self.tr("&New"), lambda: self.new_document(), Std.New)
        for number, scenario in enumerate(SCENARIOS, start=1):
            add(f"scenario-{scenario.key}",
                QCoreApplication.translate("Scenarios", scenario.name),
                lambda key=scenario.key: self.new_document(key), f"Ctrl+Alt+{number}",
                tip=QCoreApplication.translate("Scenarios", scenario.description))
        add("open", self.tr("&Open…"), self.open_dialog, Std.Open)
        add("save", self.tr("&Save"), self.save, Std.Save)
        add("save-as", self.tr("Save &as…"), self.save_as, Std.SaveAs)
        add("import", self.tr("&Import request JSON…"), self.import_request_dialog, "Ctrl+I")
        add("export", self.tr("&Export request JSON…"), self.export_request_dialog, "Ctrl+E")

    def fill_recent_menu(self, menu: QMenu) -> None:
        """Put the recent files in ``menu`` (and keep them there as they change)."""
        def fill() -> None:
            menu.clear()
            recent = self.recent_files()
            for path in recent:
                action = menu.addAction(str(path))
                action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
            menu.setEnabled(bool(recent))

        self.recent_changed.connect(fill)
        fill()

    # -- documents ------------------------------------------------------------------------

    def new_document(self, scenario_key: str | None = None) -> bool:
        if not self.maybe_save():
            return False
        layout = by_key(scenario_key).build() if scenario_key else blank()
        self._editor.replace(layout, None)
        return True

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        name, _ = _file_dialog().getOpenFileName(self._window, self.tr("Open layout"),
                                              self._start_dir(), _json_filter())
        return bool(name) and self.open_path(Path(name), ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open a preset or a raw request; the current document is kept if it fails."""
        if ask and not self.maybe_save():
            return False
        try:
            document = loader.load(path)
        except FileError as error:
            self.report_open_failure(path, error)
            return False
        self.show_document(path, document)
        return True

    def report_open_failure(self, path: Path, error: FileError) -> None:
        """Say why ``path`` cannot be opened (and drop it from the recent files)."""
        self._forget_recent(path)
        self._error(self.tr("Cannot open %s") % path.name, error)

    def show_document(self, path: Path, document: loader.LoadedFile) -> None:
        """Put a file already read from ``path`` in the editor."""
        # A raw request is imported: saving it must not overwrite the request file.
        ours = document.kind in (loader.Kind.PRESET, loader.Kind.SHOW)
        if document.show is not None:
            self._editor.replace(document.show.cues[0].layout, path, document.show)
        else:
            self._editor.replace(document.layout, path if ours else None)
        if document.read_warnings:
            self._editor.set_file_notes(document.read_warnings)
        if ours:
            self._remember_recent(path)
        if document.read_problems:
            self.opened_with_notes.emit("  ".join(problem_line(p)
                                                  for p in document.read_problems))

    def save(self) -> bool:
        if self._editor.path is None:
            return self.save_as()
        return self._save_to(self._editor.path)

    def save_as(self) -> bool:
        name, _ = _file_dialog().getSaveFileName(self._window, self.tr("Save layout as"),
                                              str(self._editor.path or self._start_dir()),
                                              _json_filter())
        if not name:
            return False
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".json")
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        try:
            self._editor.save(path)
        except FileError as error:
            self._error(self.tr("Cannot save %s") % path.name, error)
            return False
        self._remember_recent(path)
        return True

    def maybe_save(self) -> bool:
        """Before the document is replaced or closed: Save / Discard / Cancel if modified."""
        if self._editor.undo_stack.isClean():
            return True
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved changes"),
                          self.tr("The layout has changes that are not saved. Save them?"),
                          buttons.Save | buttons.Discard | buttons.Cancel, self._window)
        box.setDefaultButton(buttons.Save)
        box.exec()
        answer = box.standardButton(box.clickedButton())
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    # -- requests -------------------------------------------------------------------------

    def import_request_dialog(self) -> bool:
        return self.open_dialog()  # open_path already takes whole bodies and bare paras

    def export_request_dialog(self) -> bool:
        """Write the start request's body (without URL or sign: no key is needed or used)."""
        name, _ = _file_dialog().getSaveFileName(self._window, self.tr("Export start request"),
                                              self._start_dir(), _json_filter())
        if not name:
            return False
        try:
            write_start_request(name, self._editor.layout)
        except (FileError, ValueError) as error:
            self._error(self.tr("Cannot export the request"), error)
            return False
        return True

    # -- recent files ---------------------------------------------------------------------

    def recent_files(self) -> list[Path]:
        value = self._settings.value(RECENT_KEY, [])
        names = [value] if isinstance(value, str) else list(value or [])
        return [Path(name) for name in names if name]

    def _remember_recent(self, path: Path) -> None:
        path = path.resolve()
        names = [str(path)] + [str(p) for p in self.recent_files() if p != path]
        self._settings.setValue(RECENT_KEY, names[:MAX_RECENT])
        self.recent_changed.emit()

    def _forget_recent(self, path: Path) -> None:
        names = [str(p) for p in self.recent_files() if p != path.resolve()]
        self._settings.setValue(RECENT_KEY, names)
        self.recent_changed.emit()

    def _start_dir(self) -> str:
        recent = self.recent_files()
        return str(recent[0].parent) if recent else str(Path.home())

    def _error(self, title: str, error: Exception) -> None:
        # The title is also the box's first line: some platforms (macOS) show no title bar.
        text = error_text(error)
        # Messages are clauses written to follow "mix-designer: "; a box shows a sentence.
        text = text[:1].upper() + text[1:]
        if isinstance(error, InvalidFile):
            text += "\n\n" + "\n".join(problem_line(p) for p in error.problems[:10])
        box = QMessageBox(QMessageBox.Icon.Warning, title, title, QMessageBox.StandardButton.Ok,
                          self._window)
        box.setInformativeText(text)
        box.exec()


def write_start_request(path: str | os.PathLike[str], layout: Layout) -> None:
    """The start request's body for what ``layout`` sends (no URL or sign: no key is needed
    or used), atomically. FileError or ValueError if it cannot be written."""
    body = build_body(start_para(sent_para(layout)))
    safefile.write_text(path, json.dumps(body, ensure_ascii=False, indent=2,
                                         allow_nan=False) + "\n")

def _file_dialog() -> type[QFileDialog]:
    """QFileDialog, imported when a dialog opens: its Python type (with its enums) is not
    made at start-up, where no dialog is shown."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog
