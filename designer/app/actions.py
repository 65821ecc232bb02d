"""Every menu and toolbar action of the main window, each with a shortcut.

Actions only call the editor, the canvas or the file actions; they hold no state. Their
enabled state follows the selection and the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar

from designer.app import translations
from designer.app.preferences import DEFAULT_GRID, GRID_KEY, PreferencesDialog
from designer.core.codes import SPEC_CODES
from designer.core.model import InputType
from designer.core.scenarios import SCENARIOS

if TYPE_CHECKING:
    from designer.app.window import MainWindow

Std = QKeySequence.StandardKey
_FALLBACK = {Std.Quit: "Ctrl+Q", Std.Preferences: "Ctrl+,", Std.SaveAs: "Ctrl+Shift+S",
             Std.ZoomIn: "Ctrl++", Std.ZoomOut: "Ctrl+-", Std.Delete: "Del",
             Std.New: "Ctrl+N", Std.Open: "Ctrl+O", Std.Save: "Ctrl+S",
             Std.SelectAll: "Ctrl+A"}


class WindowActions(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.all: dict[str, QAction] = {}
        self._needs_selection: list[QAction] = []
        editor, canvas, files = window.editor, window.canvas, window.files
        bar = window.menuBar()

        menu = bar.addMenu(self.tr("&File"))
        self._add(menu, "new", self.tr("&New"), Std.New, lambda: files.new_document())
        scenarios = menu.addMenu(self.tr("New from &scenario"))
        for number, scenario in enumerate(SCENARIOS, start=1):
            self._add(scenarios, f"scenario-{scenario.key}",
                      QCoreApplication.translate("Scenarios", scenario.name),
                      f"Ctrl+Alt+{number}",
                      lambda key=scenario.key: files.new_document(key),
                      QCoreApplication.translate("Scenarios", scenario.description))
        self._add(menu, "open", self.tr("&Open…"), Std.Open, files.open_dialog)
        self.recent_menu = menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("recentMenu")
        files.recent_changed.connect(self._fill_recent)
        self._fill_recent()
        menu.addSeparator()
        self._add(menu, "save", self.tr("&Save"), Std.Save, files.save)
        self._add(menu, "save-as", self.tr("Save &as…"), Std.SaveAs, files.save_as)
        menu.addSeparator()
        self._add(menu, "import", self.tr("&Import request JSON…"), "Ctrl+I",
                  files.import_request_dialog)
        self._add(menu, "export", self.tr("&Export request JSON…"), "Ctrl+E",
                  files.export_request_dialog)
        menu.addSeparator()
        self._add(menu, "quit", self.tr("&Quit"), Std.Quit, window.close)

        menu = bar.addMenu(self.tr("&Edit"))
        undo = editor.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(Std.Undo)
        redo = editor.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence(Std.Redo), QKeySequence("Ctrl+Y")])
        for name, action in (("undo", undo), ("redo", redo)):
            action.setObjectName(f"action-{name}")
            menu.addAction(action)
            self.all[name] = action
        menu.addSeparator()
        self._add(menu, "select-all", self.tr("Select &all"), Std.SelectAll,
                  lambda: editor.select(editor.document.uids()))
        self._add(menu, "duplicate", self.tr("D&uplicate"), "Ctrl+D",
                  lambda: editor.duplicate(editor.selection), needs_selection=True)
        self._add(menu, "delete", self.tr("&Delete"), Std.Delete,
                  lambda: editor.delete(editor.selection), needs_selection=True)
        menu.addSeparator()
        self._add(menu, "crop", self.tr("&Crop…"), "C", self._crop, needs_selection=True)
        self._add(menu, "fill", self.tr("F&ill box (crop, no black bars)"), "Ctrl+Shift+F",
                  lambda: self._each_selected(canvas.fill), needs_selection=True)
        self._add(menu, "fit", self.tr("Fi&t whole source"), "Ctrl+Shift+T",
                  lambda: self._each_selected(canvas.fit), needs_selection=True)
        menu.addSeparator()
        self._add(menu, "preferences", self.tr("&Preferences…"), Std.Preferences,
                  self._preferences)

        menu = bar.addMenu(self.tr("&View"))
        self._add(menu, "zoom-in", self.tr("Zoom &in"), Std.ZoomIn, canvas.zoom_in)
        self._add(menu, "zoom-out", self.tr("Zoom &out"), Std.ZoomOut, canvas.zoom_out)
        self._add(menu, "zoom-100", self.tr("&Actual size (100 %)"), "Ctrl+0", canvas.zoom_100)
        self._add(menu, "zoom-fit", self.tr("&Fit to window"), "Ctrl+9", canvas.fit_to_window)
        menu.addSeparator()
        self._toggle(menu, "snapping", self.tr("&Snapping"), "Ctrl+;", canvas.set_snapping, True)
        self._toggle(menu, "grid", self.tr("&Grid"), "Ctrl+'", self._set_grid, False)
        self._toggle(menu, "safe-area", self.tr("Safe &area"), "Ctrl+Shift+A",
                     canvas.set_safe_area, False)
        menu.addSeparator()
        for number, (name, dock) in enumerate(window.docks.items(), start=1):
            action = dock.toggleViewAction()
            action.setShortcut(f"Alt+{number}")
            action.setObjectName(f"action-dock-{name}")
            menu.addAction(action)
            self.all[f"dock-{name}"] = action

        menu = bar.addMenu(self.tr("&Layout"))
        add = menu.addMenu(self.tr("&Add input"))
        # Letters, not digits: Ctrl+Shift+digit arrives as Ctrl+Shift+! on many keyboards.
        kinds = ((InputType.AUDIO_VIDEO, self.tr("&Stream (audio + video)"), "Alt+Shift+S"),
                 (InputType.VIDEO_ONLY, self.tr("&Video only"), "Alt+Shift+V"),
                 (InputType.AUDIO_ONLY, self.tr("&Audio only"), "Alt+Shift+A"),
                 (InputType.PICTURE, self.tr("&Picture (watermark)"), "Alt+Shift+P"),
                 (InputType.CANVAS, self.tr("&Canvas (colour)"), "Alt+Shift+C"))
        for kind, text, key in kinds:
            self._add(add, f"add-{kind.name.lower()}", text, key,
                      lambda kind=kind: editor.add_input(kind))
        menu.addSeparator()
        for name, text, key in (("left", self.tr("Align &left"), "Ctrl+Alt+Left"),
                                ("right", self.tr("Align &right"), "Ctrl+Alt+Right"),
                                ("top", self.tr("Align &top"), "Ctrl+Alt+Up"),
                                ("bottom", self.tr("Align &bottom"), "Ctrl+Alt+Down"),
                                ("h-center", self.tr("Align centres &horizontally"), "Ctrl+Alt+H"),
                                ("v-center", self.tr("Align centres &vertically"), "Ctrl+Alt+V")):
            self._add(menu, f"align-{name}", text, key,
                      lambda name=name: canvas.align(name), needs_selection=True)
        self._add(menu, "distribute-h", self.tr("Distribute hori&zontally"), "Ctrl+Alt+Shift+H",
                  lambda: canvas.distribute("horizontal"), needs_selection=True)
        self._add(menu, "distribute-v", self.tr("Distribute verti&cally"), "Ctrl+Alt+Shift+V",
                  lambda: canvas.distribute("vertical"), needs_selection=True)
        self._add(menu, "center", self.tr("C&entre in output"), "Ctrl+Alt+C",
                  canvas.center_in_output, needs_selection=True)
        menu.addSeparator()
        self._add(menu, "raise", self.tr("Bring &forward"), "Ctrl+]",
                  lambda: editor.raise_layers(editor.selection, 1), needs_selection=True)
        self._add(menu, "lower", self.tr("Send &backward"), "Ctrl+[",
                  lambda: editor.raise_layers(editor.selection, -1), needs_selection=True)
        self._add(menu, "raise-top", self.tr("Bring to fr&ont"), "Ctrl+Shift+]",
                  lambda: editor.raise_layers(editor.selection, 16), needs_selection=True)
        self._add(menu, "lower-bottom", self.tr("Send to bac&k"), "Ctrl+Shift+[",
                  lambda: editor.raise_layers(editor.selection, -16), needs_selection=True)
        menu.addSeparator()
        self._add(menu, "make-custom", self.tr("&Make template custom"), "Ctrl+Shift+M",
                  editor.make_custom)

        menu = bar.addMenu(self.tr("&Mix"))
        self.mix_menu = menu
        self._add(menu, "problems", self.tr("Show &problems"), "F8", self._show_problems)
        self._add(menu, "export-mix", self.tr("&Export start request…"), "Ctrl+Shift+E",
                  files.export_request_dialog)

        menu = bar.addMenu(self.tr("&Help"))
        self._add(menu, "codes", self.tr("Service &error codes"), "F1", self._show_codes)
        self._add(menu, "about", self.tr("&About Mix Designer"), "Ctrl+F1", self._about)

        self._build_toolbar()
        editor.selection_changed.connect(self._update_enabled)
        self._update_enabled(editor.selection)

    # -- helpers --------------------------------------------------------------------------

    def _add(self, menu: QMenu, name: str, text: str, shortcut: object,
             slot: Callable[[], object], tip: str = "",
             needs_selection: bool = False) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action-{name}")
        if isinstance(shortcut, QKeySequence.StandardKey):
            # Some platforms bind no key to a standard action (Quit on a bare X11 session).
            keys = QKeySequence.keyBindings(shortcut) or [QKeySequence(_FALLBACK[shortcut])]
            action.setShortcuts(keys)
        else:
            action.setShortcut(QKeySequence(str(shortcut)))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.window.addAction(action)  # shortcuts work wherever the focus is
        self.all[name] = action
        if needs_selection:
            self._needs_selection.append(action)
        return action

    def _toggle(self, menu: QMenu, name: str, text: str, shortcut: str,
                slot: Callable[[bool], object], checked: bool) -> QAction:
        action = self._add(menu, name, text, shortcut, lambda: None)
        action.setCheckable(True)
        action.setChecked(checked)
        action.toggled.connect(slot)
        slot(checked)
        return action

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"), self.window)
        bar.setObjectName("mainToolbar")
        translations.tidy_toolbar(bar)  # "新建", not the menu's "新建(&N)"
        for name in ("new", "open", "save", None, "undo", "redo", None, "add-audio_video",
                     "add-picture", "add-canvas", None, "zoom-fit", "snapping"):
            if name is None:
                bar.addSeparator()
            else:
                bar.addAction(self.all[name])
        self.window.addToolBar(bar)
        self.toolbar = bar

    def _update_enabled(self, selection: list[str]) -> None:
        for action in self._needs_selection:
            action.setEnabled(bool(selection))

    def _each_selected(self, method: Callable[[str], object]) -> None:
        for uid in self.window.editor.selection:
            method(uid)

    def _crop(self) -> None:
        selection = self.window.editor.selection
        if selection:
            self.window.canvas.enter_crop_mode(selection[0])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.window.files.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.window.files.open_path(p))
        self.recent_menu.setEnabled(bool(recent))

    def _set_grid(self, on: bool) -> None:
        size = int(self.window.settings.value(GRID_KEY, DEFAULT_GRID))
        self.window.canvas.set_grid(size if on else None)

    def _preferences(self) -> None:
        dialog = PreferencesDialog(self.window.settings, self.window)
        if dialog.exec():
            self.window.canvas.set_snap_threshold(dialog.snap_threshold())
            if self.all["grid"].isChecked():
                self.window.canvas.set_grid(dialog.grid_size())

    def _show_problems(self) -> None:
        dock = self.window.docks["problems"]
        dock.show()
        dock.raise_()

    def _show_codes(self) -> None:
        lines = [f"<tr><td><b>{info.code}</b></td><td>{info.cause_en}<br>{info.cause_zh}</td>"
                 f"<td>{info.advice_en}<br>{info.advice_zh}</td></tr>"
                 for info in SPEC_CODES.values() if info.code != 0]
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Service error codes"))
        box.setText("<table cellpadding=4>" + "".join(lines) + "</table>")
        box.exec()

    def _about(self) -> None:
        from designer import __version__

        QMessageBox.about(
            self.window, self.tr("About Mix Designer"),
            self.tr("Mix Designer %1\n\nDesign, check and run Tencent Cloud cloud stream mixes "
                    "(Mix_StreamV2).").replace("%1", __version__),
        )

