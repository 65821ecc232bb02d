"""Toolbar buttons read well in every language."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar

from designer.app import toolbartext


def test_toolbar_buttons_drop_the_bracketed_mnemonic(qtbot):
    bar = QToolBar()
    qtbot.addWidget(bar)
    toolbartext.tidy_toolbar(bar)
    new, english = QAction("新建(&N)", bar), QAction("&Open…", bar)
    new.setShortcut("Ctrl+N")
    bar.addAction(new)
    bar.addAction(english)
    assert new.iconText() == "新建" and new.toolTip() == "新建"
    assert english.iconText() == "Open"  # Qt's own handling, untouched
    new.setText("撤销(&U) 移动")  # an undo action's text follows the last command
    assert new.iconText() == "撤销 移动" and new.toolTip() == "撤销 移动"
    new.setToolTip("一个自己的提示")
    new.setText("重做(&R)")
    assert new.iconText() == "重做" and new.toolTip() == "一个自己的提示"
    assert toolbartext.toolbar_text("图片（水印）(&P)…") == "图片（水印）"
