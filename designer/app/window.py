"""The main window: the canvas in the centre, the panels in docks, menus and a status bar.

The window wires parts together and owns no layout state: the editor has the document, the
canvas and the panels mirror it. Its actions live in one registry, made before the docks, in
which each part (files, the editor's actions, the canvas, the Mix feature) registers its own;
menus only place them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from designer.app import docklayout
from designer.app.actions.edit import EditActions
from designer.app.actions.help import HelpActions
from designer.app.actions.menus import Menus
from designer.app.actions.registry import ActionRegistry, Std
from designer.app.autosave import Autosave
from designer.app.canvas.view import CanvasView
from designer.app.editor import DocumentEditor
from designer.app.files import FileActions
from designer.app.live.feature import LiveFeature
from designer.app.mix.feature import CloseChoice, MixFeature
from designer.app.panels.layers import LayersPanel
from designer.app.panels.problems import ProblemsPanel
from designer.app.panels.properties import PropertiesPanel
from designer.app.preferences import (
    DEFAULT_GRID,
    DEFAULT_SNAP,
    GRID_KEY,
    SNAP_KEY,
    PreferencesDialog,
)
from designer.app.shell import DockContent
from designer.app.statusbar import StatusLabels
from designer.core.recovery import RecoveryFile


class MainWindow(QMainWindow):
    """The window. With ``lazy_docks``, a dock given a factory gets its content the first
    time it is shown (the app starts that way: the docks tabbed out of sight cost nothing
    before the first paint); without, every dock is built at once, so that a window that is
    never shown (a test's) has every widget."""

    def __init__(self, settings: QSettings, recovery: RecoveryFile | None,
                 editor: DocumentEditor | None = None, parent: QWidget | None = None,
                 lazy_docks: bool = False):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._settings = settings
        #: Factories of dock contents not built yet, by dock name (see add_dock).
        self._unbuilt: dict[str, DockContent] = {}
        #: Each dock's own area, where Reset layout puts it back.
        self._areas: dict[str, Qt.DockWidgetArea] = {}
        self._lazy_docks = lazy_docks
        #: A saved dock layout, applied on first show (see showEvent).
        self._saved_state: object = None
        self._arranged = False
        self._editor = editor or DocumentEditor(parent=self)
        self._editor.setParent(self)
        self.files = FileActions(self, self._editor, settings)
        self.autosave = Autosave(self._editor, recovery, parent=self)

        self.registry = registry = ActionRegistry(self)
        self.files.register(registry)
        registry.add("quit", self.tr("&Quit"), self.close, Std.Quit)
        EditActions(registry, self._editor)
        HelpActions(registry, self)
        registry.add("preferences", self.tr("&Preferences…"), self._preferences,
                     Std.Preferences)
        registry.add("problems", self.tr("Show &problems"), lambda: self.show_dock("problems"),
                     "F8")
        registry.add("export-mix", self.tr("&Export start request…"),
                     self.files.export_request_dialog, "Ctrl+Shift+E")
        registry.add("reset-layout", self.tr("&Reset layout"), self.reset_layout, "Alt+0",
                     tip=self.tr("Put every panel back where it starts, sized for this window"))

        self.canvas = CanvasView(self._editor, registry, self)
        self.canvas.snapping.threshold_px = float(settings.value(SNAP_KEY, DEFAULT_SNAP))
        self.canvas.grid_size = float(settings.value(GRID_KEY, DEFAULT_GRID))
        self.setCentralWidget(self.canvas)
        self.docks: dict[str, QDockWidget] = {}
        self.add_dock("layers", self.tr("Layers"), LayersPanel(self._editor),
                      Qt.DockWidgetArea.LeftDockWidgetArea)
        self.add_dock("templates", self.tr("Templates"), self._templates_panel,
                      Qt.DockWidgetArea.LeftDockWidgetArea)
        self.add_dock("properties", self.tr("Properties"), PropertiesPanel(self._editor),
                      Qt.DockWidgetArea.RightDockWidgetArea)
        self.add_dock("session", self.tr("Session and output"), self._session_panel,
                      Qt.DockWidgetArea.RightDockWidgetArea)
        self.add_dock("problems", self.tr("Problems"), ProblemsPanel(self._editor),
                      Qt.DockWidgetArea.BottomDockWidgetArea)
        self.add_dock("history", self.tr("History"), self._history_view,
                      Qt.DockWidgetArea.BottomDockWidgetArea)
        self.mix = MixFeature(self, registry)
        self.mix.program_changed.connect(self.canvas.canvas_scene.set_ghosts)
        self.live = LiveFeature(self, registry, self.canvas, self.mix)
        for number, (name, dock) in enumerate(self.docks.items(), start=1):
            registry.put(f"dock-{name}", dock.toggleViewAction(), f"Alt+{number}")
        self.menus = Menus(self, registry, self.files.fill_recent_menu)

        self.status = StatusLabels(self.statusBar(), self._editor)
        self.canvas.cursor_moved.connect(self.status.show_cursor)
        self.canvas.zoom_changed.connect(self.status.show_zoom)
        self.status.show_zoom(self.canvas.zoom.factor())
        self.files.opened_with_notes.connect(self.say)
        self._editor.refused.connect(self.say)
        self._editor.undo_stack.cleanChanged.connect(self._update_title)
        self._editor.path_changed.connect(self._update_title)
        self._update_title()
        self._fit_screen()

    # -- what features use (designer.app.shell.Shell) ----------------------------------------

    @property
    def settings(self) -> QSettings:
        return self._settings

    @property
    def editor(self) -> DocumentEditor:
        return self._editor

    def add_dock(self, name: str, title: str, content: DockContent,
                 area: Qt.DockWidgetArea) -> QDockWidget:
        """Add a dock showing ``content``, or what ``content()`` builds when first shown.

        A factory suits a dock that is not in view at start (tabbed behind another) and whose
        content only mirrors the editor, so that building it later shows the same thing.
        """
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}Dock")
        dock.setAccessibleName(title)
        docklayout.prepare(dock)
        self._areas[name] = area
        if isinstance(content, QWidget):
            dock.setWidget(content)
        elif self._lazy_docks:
            self._unbuilt[name] = content
            dock.visibilityChanged.connect(
                lambda visible, name=name: visible and self._arranged and self._build_dock(name))
        else:
            dock.setWidget(content())
        self.addDockWidget(area, dock)
        self.docks[name] = dock
        return dock

    def show_dock(self, name: str) -> None:
        dock = self.docks[name]
        dock.show()
        dock.raise_()

    def _build_dock(self, name: str) -> None:
        if (factory := self._unbuilt.pop(name, None)) is not None and callable(factory):
            self.docks[name].setWidget(factory())

    def _templates_panel(self) -> QWidget:
        from designer.app.panels.templates import TemplatesPanel  # see add_dock

        return TemplatesPanel(self._editor)

    def _session_panel(self) -> QWidget:
        from designer.app.panels.session import SessionPanel  # see add_dock

        return SessionPanel(self._editor)

    def _history_view(self) -> QWidget:
        from PySide6.QtWidgets import QUndoView  # its Python type is made on first use

        history = QUndoView(self._editor.undo_stack)
        history.setObjectName("undoHistory")
        history.setAccessibleName(self.tr("Undo history"))
        history.setEmptyLabel(self.tr("<opened>"))
        return history

    # -- status ---------------------------------------------------------------------------

    def say(self, text: str) -> None:
        """Something the producer should read now: in the status bar and over the canvas."""
        self.statusBar().showMessage(text, 20000)
        self.canvas.message.emit(text)

    def _update_title(self, *_: object) -> None:
        path = self._editor.path
        name = path.name if path else self.tr("Untitled")
        self.setWindowTitle(self.tr("%1[*] — Mix Designer").replace("%1", name))
        self.setWindowModified(not self._editor.undo_stack.isClean())

    def _preferences(self) -> None:
        dialog = PreferencesDialog(self._settings, self)
        if dialog.exec():
            self.canvas.snapping.threshold_px = float(dialog.snap_threshold())
            self.canvas.grid_size = float(dialog.grid_size())
            if self.registry["grid"].isChecked():
                self.canvas.set_grid(self.canvas.grid_size)

    # -- files ----------------------------------------------------------------------------

    def open_path(self, path: Path) -> bool:
        return self.files.open_path(path, ask=False)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Unsaved work first, then the mix: a mix is cancelled only once the close is certain.
        if not self.mix.ready_to_close():
            if not self.files.maybe_save():
                event.ignore()
                return
            choice = self.mix.close_choice()
            if choice is not CloseChoice.CLOSE:
                if choice is CloseChoice.CANCEL_FIRST:
                    self.mix.cancel_then_close()  # closes again once the service confirms
                event.ignore()
                return
        self.live.shutdown()
        self.mix.shutdown()
        self.autosave.discard()
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        event.accept()

    def restore_layout(self) -> None:
        if (geometry := self._settings.value("window/geometry")) is not None:
            self.restoreGeometry(geometry)
            self._maximize = False  # the producer's own size, as they left it
        self._saved_state = self._settings.value("window/state")

    def showEvent(self, event: QShowEvent) -> None:
        if not self._arranged and self._maximize and self.size() == self._first_size:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        super().showEvent(event)
        if not self._arranged:
            self._arrange_docks()
            # Every dock is made visible for a moment while it is shown and tabbed: only now
            # does a lazy dock's visibility mean it is in view (one a saved layout puts in
            # view is built before the first paint; the others when their tab is chosen).
            self._arranged = True
            for name in list(self._unbuilt):
                if not self.docks[name].visibleRegion().isEmpty():
                    self._build_dock(name)

    def _arrange_docks(self) -> None:
        # Done once the window is shown: tabifying (or restoring tabbed docks) before that
        # leaves a stray copy of a tab bar painted over the panels (Qt 6).
        if self._saved_state is not None and self.restoreState(self._saved_state):
            return
        self._default_arrangement()

    def _default_arrangement(self) -> None:
        properties = self.docks["properties"].widget()
        needed = properties.position_height() if isinstance(properties, PropertiesPanel) else 400
        docklayout.arrange(self, self.docks, needed, self.mix.panel.sizeHint().height())

    def reset_layout(self) -> None:
        """View ▸ Reset layout: every dock back in its place, docked, at the default sizes."""
        docklayout.reset(self, self.docks, self._areas)
        self._default_arrangement()

    def _fit_screen(self) -> None:
        """The first size: the preferred one, or the whole screen of a laptop (maximized, so
        that a window manager keeps its frame on screen). A saved geometry replaces it."""
        available = self.screen().availableGeometry().size()
        self._first_size = docklayout.default_size(available)
        self._maximize = docklayout.fills_screen(available)
        self.resize(self._first_size)
