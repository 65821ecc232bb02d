"""An unexpected error in the window is logged and explained in one sentence."""

import sys

from PySide6.QtWidgets import QMessageBox

from designer.app import crash


def test_an_unexpected_error_is_logged_and_shown_briefly(qapp, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a: shown.append(a[2])))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    crash.install(tmp_path)
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    assert "ZeroDivisionError" in shown[0] and "Traceback" not in shown[0]
    assert "boom" in (tmp_path / crash.LOG_NAME).read_text()
