"""The last net under the window: an unexpected error is logged and explained, not dumped.

A bug in a slot must not print a traceback at the producer or take the show down. The
details go to a log file beside the settings (never the key: it is not in any object an
exception could carry, and SecretStr masks it in a repr); the producer sees one sentence.
"""

from __future__ import annotations

import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

LOG_NAME = "errors.log"


def install(state_dir: Path) -> None:
    log = state_dir / LOG_NAME
    showing = False  # an error repeating in a paint must not stack dialog upon dialog

    def hook(kind: type[BaseException], error: BaseException,
             tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        try:
            state_dir.mkdir(parents=True, exist_ok=True)
            with log.open("a", encoding="utf-8") as handle:
                handle.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
                handle.write("".join(traceback.format_exception(kind, error, tb)))
        except OSError:
            pass
        if QApplication.instance() is None or showing:
            return
        showing = True
        try:
            QMessageBox.critical(
                QApplication.activeWindow(),
                QCoreApplication.translate("Crash", "Something went wrong"),
                QCoreApplication.translate(
                    "Crash", "Mix Designer hit an internal error ({kind}). Your layout is "
                    "still open and autosaved; details were written to {log}.")
                .format(kind=kind.__name__, log=log),
            )
        finally:
            showing = False

    sys.excepthook = hook
