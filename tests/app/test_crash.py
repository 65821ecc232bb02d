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


def test_an_error_raised_while_its_dialog_is_open_is_only_logged(qapp, tmp_path, monkeypatch):
    shown = []

    def dialog(*args):
        shown.append(args[2])
        try:  # the same error again, e.g. from a paint event while the dialog is up
            raise ValueError("again")
        except ValueError:
            sys.excepthook(*sys.exc_info())

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(dialog))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install(tmp_path)
    try:
        raise ValueError("first")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1
    assert "again" in (tmp_path / crash.LOG_NAME).read_text()
