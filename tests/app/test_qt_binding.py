"""The Qt binding must not leak references to None/True/False.

PySide6 6.12.0 under Python 3.11 loses one on every call that returns one, and the process
aborts ("none_dealloc") after a few thousand: about a minute of moving the mouse over the
canvas. pyproject.toml keeps that version out; this test notices if it comes back.
"""

import sys

from PySide6.QtWidgets import QWidget


def test_calls_returning_none_and_bools_do_not_leak_references(qapp):
    widget = QWidget()
    none_before, false_before = sys.getrefcount(None), sys.getrefcount(False)
    for _ in range(2000):
        widget.setObjectName("x")  # returns None
        widget.isVisible()         # returns False
    assert abs(sys.getrefcount(None) - none_before) < 100
    assert abs(sys.getrefcount(False) - false_before) < 100
