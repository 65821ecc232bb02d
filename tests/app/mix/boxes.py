"""Answering the Mix feature's message boxes in tests, as a producer clicking a button."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


def click_button(monkeypatch, text: str, asked: list[str] | None = None) -> None:
    """Every QMessageBox shown from now on is answered with its button containing ``text``;
    what each asked goes to ``asked``."""

    def answer(box: QMessageBox) -> int:
        if asked is not None:
            asked.append(box.text() + "\n" + box.informativeText())
        button = next(b for b in box.buttons() if text in b.text())
        box.clickedButton = lambda: button
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
