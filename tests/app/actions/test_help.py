"""F1, the service's error codes: a window that fits a 1080-pixel screen (its list scrolls),
each code's cause and advice in the window's language first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QTextBrowser

from designer.app import translations
from designer.app.actions.help import HelpActions
from designer.core.codes import SPEC_CODES

REPO = Path(__file__).resolve().parents[3]
PRESET = REPO / "examples" / "link-mic-preset.json"


@pytest.fixture
def window(make_window, qtbot):
    window = make_window(PRESET)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def test_f1_opens_the_codes_in_a_window_that_fits_the_screen(window, qtbot, monkeypatch):
    opened: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    QTest.keyClick(window.canvas, Qt.Key.Key_F1)
    [dialog] = opened
    qtbot.addWidget(dialog)
    room = window.screen().availableGeometry()
    assert room.height() == 1080  # the tests' screen
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.frameGeometry().height() <= room.height() * 0.9
    browser = dialog.findChild(QTextBrowser, "codesList")
    assert browser.verticalScrollBar().maximum() > 0  # the rest scrolls
    text = browser.toPlainText()
    assert all(str(code) in text for code in SPEC_CODES if code != 0)


def first_cause(window) -> str:
    dialog = window.registry.findChild(HelpActions).codes_dialog()
    text = dialog.findChild(QTextBrowser, "codesList").toPlainText()
    dialog.deleteLater()
    info = next(i for i in SPEC_CODES.values() if i.code != 0)
    return "zh" if text.index(info.cause_zh) < text.index(info.cause_en) else "en"


def test_the_windows_language_comes_first(window, qapp, monkeypatch):
    assert first_cause(window) == "en"
    monkeypatch.setenv(translations.ENV, "zh_CN")
    assert translations.install(qapp) == "zh_CN"
    try:
        assert first_cause(window) == "zh"
    finally:
        translations.remove(qapp)
