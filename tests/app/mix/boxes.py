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


def send_updates(monkeypatch, shown: list[list[str]] | None = None, answer: bool = True) -> None:
    """The changes shown before every update are answered Send (or Back); the lines each
    showed go to ``shown``."""
    from PySide6.QtWidgets import QDialog

    from designer.app.mix.diff_dialog import DiffDialog

    def exec_(dialog: DiffDialog) -> int:
        if shown is not None:
            shown.append([dialog.changes.item(row).text()
                          for row in range(dialog.changes.count())])
        return QDialog.DialogCode.Accepted if answer else QDialog.DialogCode.Rejected

    monkeypatch.setattr(DiffDialog, "exec", exec_)
