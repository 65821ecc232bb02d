"""The main window: the canvas in the centre, the panels in docks, menus and a status bar.

The window wires parts together and owns no layout state: the editor has the document, the
canvas and the panels mirror it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from designer.app.actions import WindowActions
from designer.app.autosave import Autosave
from designer.app.canvas.view import CanvasView
from designer.app.editor import DocumentEditor
from designer.app.files import FileActions
from designer.app.mix.feature import MixFeature
from designer.app.panels.layers import LayersPanel
from designer.app.panels.problems import ProblemsPanel
from designer.app.panels.properties import PropertiesPanel
from designer.app.preferences import DEFAULT_SNAP, SNAP_KEY
from designer.core.problems import errors
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
        self.settings = settings
        #: Factories of dock contents not built yet, by dock name (see _add_dock).
        self._unbuilt: dict[str, Callable[[], QWidget]] = {}
        self._lazy_docks = lazy_docks
        #: A saved dock layout, applied on first show (see showEvent).
        self._saved_state: object = None
        self._arranged = False
        self.editor = editor or DocumentEditor(parent=self)
        self.editor.setParent(self)
        self.files = FileActions(self, self.editor, settings)
        self.autosave = Autosave(self.editor, recovery, parent=self)

        self.canvas = CanvasView(self.editor, self)
        self.setCentralWidget(self.canvas)
        self.docks: dict[str, QDockWidget] = {}
        self._add_dock("layers", self.tr("Layers"), LayersPanel(self.editor),
                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self._add_dock("templates", self.tr("Templates"), self._templates_panel,
                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self._add_dock("properties", self.tr("Properties"), PropertiesPanel(self.editor),
                       Qt.DockWidgetArea.RightDockWidgetArea)
        self._add_dock("session", self.tr("Session and output"), self._session_panel,
                       Qt.DockWidgetArea.RightDockWidgetArea)
        self._add_dock("problems", self.tr("Problems"), ProblemsPanel(self.editor),
                       Qt.DockWidgetArea.BottomDockWidgetArea)
        self._add_dock("history", self.tr("History"), self._history_view,
                       Qt.DockWidgetArea.BottomDockWidgetArea)
        self.mix = MixFeature(self)

        self.actions = WindowActions(self)
        self.mix.add_actions(self.actions.mix_menu, self.actions.toolbar)
        self.canvas.set_snap_threshold(int(settings.value(SNAP_KEY, DEFAULT_SNAP)))
        self._build_status_bar()

        self.editor.undo_stack.cleanChanged.connect(self._update_title)
        self.editor.path_changed.connect(self._update_title)
        self.editor.problems_changed.connect(self._update_problem_count)
        self._update_title()
        self._update_problem_count()
        self.resize(1400, 860)

    def _add_dock(self, name: str, title: str, widget: QWidget | Callable[[], QWidget],
                  area: Qt.DockWidgetArea) -> None:
        """Add a dock showing ``widget``, or what ``widget()`` builds when it is first shown.

        A factory suits a dock that is not in view at start (tabbed behind another) and whose
        content only mirrors the editor, so that building it later shows the same thing.
        """
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}Dock")
        dock.setAccessibleName(title)
        if isinstance(widget, QWidget):
            dock.setWidget(widget)
        elif self._lazy_docks:
            self._unbuilt[name] = widget
            dock.visibilityChanged.connect(
                lambda visible, name=name: visible and self._arranged and self._build_dock(name))
        else:
            dock.setWidget(widget())
        self.addDockWidget(area, dock)
        self.docks[name] = dock

    def _build_dock(self, name: str) -> None:
        if (factory := self._unbuilt.pop(name, None)) is not None:
            self.docks[name].setWidget(factory())

    def _templates_panel(self) -> QWidget:
        from designer.app.panels.templates import TemplatesPanel  # see _add_dock

        return TemplatesPanel(self.editor)

    def _session_panel(self) -> QWidget:
        from designer.app.panels.session import SessionPanel  # see _add_dock

        return SessionPanel(self.editor)

    def _history_view(self) -> QWidget:
        from PySide6.QtWidgets import QUndoView  # its Python type is made on first use

        history = QUndoView(self.editor.undo_stack)
        history.setObjectName("undoHistory")
        history.setAccessibleName(self.tr("Undo history"))
        history.setEmptyLabel(self.tr("<opened>"))
        return history

    def _build_status_bar(self) -> None:
        self.cursor_label = QLabel()
        self.cursor_label.setObjectName("cursorPosition")
        self.cursor_label.setAccessibleName(self.tr("Cursor position"))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLevel")
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemSummary")
        bar = self.statusBar()
        bar.addWidget(self.cursor_label)
        bar.addPermanentWidget(self.problem_label)
        bar.addPermanentWidget(self.zoom_label)
        self.canvas.cursor_moved.connect(self._show_cursor)
        self.canvas.zoom_changed.connect(self._show_zoom)
        self._show_zoom(self.canvas.zoom())

    # -- status ---------------------------------------------------------------------------

    def _show_cursor(self, x: float, y: float) -> None:
        width, height = self.editor.background_size()
        self.cursor_label.setText(
            self.tr("x %1, y %2 px  (%3 %, %4 %)")
            .replace("%1", f"{x:.0f}").replace("%2", f"{y:.0f}")
            .replace("%3", f"{100 * x / width:.1f}").replace("%4", f"{100 * y / height:.1f}")
        )

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(self.tr("Zoom %1 %").replace("%1", f"{zoom * 100:.0f}"))

    def _update_problem_count(self, *_: object) -> None:
        problems = self.editor.problems
        count = len(errors(problems))
        if count:
            self.problem_label.setText(self.tr("%n error(s)", "", count))
            self.problem_label.setStyleSheet("color: #c0392b; font-weight: bold")
        else:
            self.problem_label.setText(self.tr("Ready to send"))
            self.problem_label.setStyleSheet("color: #1e8449")

    def _update_title(self, *_: object) -> None:
        path = self.editor.path
        name = path.name if path else self.tr("Untitled")
        self.setWindowTitle(self.tr("%1[*] — Mix Designer").replace("%1", name))
        self.setWindowModified(not self.editor.undo_stack.isClean())

    # -- files ----------------------------------------------------------------------------

    def open_path(self, path: Path) -> bool:
        return self.files.open_path(path, ask=False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.mix.may_close():
            event.ignore()
            return
        if self.files.maybe_save():
            self.mix.shutdown()
            self.autosave.discard()
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/state", self.saveState())
            event.accept()
        else:
            event.ignore()

    def restore_layout(self) -> None:
        if (geometry := self.settings.value("window/geometry")) is not None:
            self.restoreGeometry(geometry)
        self._saved_state = self.settings.value("window/state")

    def showEvent(self, event: QShowEvent) -> None:
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
        for first, second in (("layers", "templates"), ("problems", "history"),
                              ("problems", "requestLog"), ("session", "mix")):
            self.tabifyDockWidget(self.docks[first], self.docks[second])
        for name in ("layers", "problems", "mix"):
            self.docks[name].raise_()
        # The canvas is the point: side and bottom docks start as small as they read well.
        self.resizeDocks([self.docks["problems"]], [150], Qt.Orientation.Vertical)
        # The Mix panel (tabbed with Session) gets the height it needs to show its buttons and
        # its connection whole, up to two thirds of the column; Properties, which scrolls,
        # takes the rest. The sizes are measured at the window's size, and the tab bar under
        # the Mix panel comes out of its share.
        properties, mix = self.docks["properties"], self.docks["mix"]
        self.layout().activate()
        column = properties.height() + mix.height()
        wanted = min(mix.sizeHint().height() + 30, column * 2 // 3)
        self.resizeDocks([properties, self.docks["session"]], [column - wanted, wanted],
                         Qt.Orientation.Vertical)
        self.resizeDocks([self.docks["layers"], self.docks["properties"]], [300, 380],
                         Qt.Orientation.Horizontal)
