"""Starting the window: `mix-designer`, or `mix-designer open FILE [--exit-when-ready]`."""

from __future__ import annotations

import contextlib
import gc
import sys
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from designer import __version__
from designer.app import autosave, crash
from designer.app.mix.keeper import offer_running_mix
from designer.app.window import MainWindow
from designer.core import loader
from designer.core.errors import FileError, InvalidFile
from designer.core.livestate import LiveFile
from designer.core.printable import printable
from designer.core.recovery import state_dir
from designer.core.scenarios import blank


def settings_in(directory: Path) -> QSettings:
    # A folder that cannot be made leaves the settings unsaved, not the window unstarted
    # (create_window says so).
    with contextlib.suppress(OSError):
        directory.mkdir(parents=True, exist_ok=True)
    return QSettings(str(directory / "settings.ini"), QSettings.Format.IniFormat)


def create_window(file: str | None = None, offer_recovery: bool = True,
                  lazy_docks: bool = False, document: loader.LoadedFile | None = None
                  ) -> MainWindow:
    """The main window, with FILE open or the work a crashed session left behind.

    A FILE that cannot be opened leaves a new layout in the window and is reported once the
    event loop runs, over the shown window rather than in a box floating before it appears.
    ``lazy_docks``: see MainWindow; the app sets it, a window that is never shown must not.
    ``document``: FILE, already read by the caller (it is then not read again).
    """
    directory = state_dir()
    recovery, problem = autosave.recovery_file(directory)
    window = MainWindow(settings_in(directory), recovery, lazy_docks=lazy_docks)
    window.restore_layout()
    if problem is not None:
        autosave.say_autosave_is_off(window.statusBar(), problem)
    else:
        window.mix.keeper.file = LiveFile(directory)
    if not (offer_recovery and autosave.offer_recovery(window.autosave, window)):
        _open(window, file, document)
    if offer_recovery:
        # After the work is back: an empty canvas then shows the mix that is on air.
        offer_running_mix(window.mix.keeper, window.editor, window)
    return window


def _open(window: MainWindow, file: str | None, document: loader.LoadedFile | None) -> None:
    if file and document is None:
        try:
            document = loader.load(file)
        except FileError as error:
            report = partial(window.files.report_open_failure, Path(file), error)
            QTimer.singleShot(0, report)
    if file and document is not None:
        window.files.show_document(Path(file), document)
    else:
        window.editor.replace(blank())


def run(file: str | None = None, exit_when_ready: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Mix Designer")
    app.setOrganizationName("mix-designer")
    app.setApplicationVersion(__version__)
    # imported here, not at the top: start-up time is measured
    from designer.app import icon, translations

    icon.install(app)
    translations.install(app, settings_in(state_dir()))  # before any widget is built
    crash.install(state_dir())
    document = None
    if exit_when_ready and file:
        # No dialog may block a smoke test: a file that cannot be opened is a clear exit 2.
        try:
            document = loader.load(file)
        except FileError as error:
            first = error.problems[:1] if isinstance(error, InvalidFile) else []
            line = error.about(file) + "".join(f" ({p.field}: {p.message})" for p in first)
            print(f"mix-designer: {printable(line)}", file=sys.stderr)
            return 2
    window = create_window(file, offer_recovery=not exit_when_ready, lazy_docks=True,
                           document=document)
    window.show()
    _end_of_start_up()
    if exit_when_ready:
        # Quit once the first paint is done: a smoke test for packaging and benchmarks.
        window.repaint()
        ready = window.isVisible() and not window.canvas.grab().isNull()
        QTimer.singleShot(0, app.quit)
        app.exec()
        window.autosave.discard()
        return 0 if ready else 1
    return app.exec()


def _end_of_start_up() -> None:
    """Turn the garbage collector back on if the command turned it off for the start-up.

    Start-up makes some 50 000 objects (modules, classes, Qt wrappers, the models) that live
    as long as the window; collecting while they are made only walks them again and again
    (~15 ms). Frozen, no later collection walks them either (nor the one at exit). What
    they leave as cyclic garbage is a few dozen objects, once.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
