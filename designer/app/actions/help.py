"""The Help menu: the service's error codes (F1) and About."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from designer.app.actions.registry import ActionRegistry
from designer.core.codes import SPEC_CODES


class HelpActions(QObject):
    def __init__(self, registry: ActionRegistry, window: QWidget):
        super().__init__(registry)
        self._window = window
        registry.add("codes", self.tr("Service &error codes"), self.show_codes, "F1")
        registry.add("about", self.tr("&About Mix Designer"), self.about, "Ctrl+F1")

    def show_codes(self) -> None:
        lines = [f"<tr><td><b>{info.code}</b></td><td>{info.cause_en}<br>{info.cause_zh}</td>"
                 f"<td>{info.advice_en}<br>{info.advice_zh}</td></tr>"
                 for info in SPEC_CODES.values() if info.code != 0]
        box = QMessageBox(self._window)
        box.setWindowTitle(self.tr("Service error codes"))
        box.setText("<table cellpadding=4>" + "".join(lines) + "</table>")
        box.exec()

    def about(self) -> None:
        from designer import __version__

        QMessageBox.about(
            self._window, self.tr("About Mix Designer"),
            self.tr("Mix Designer %1\n\nDesign, check and run Tencent Cloud cloud stream mixes "
                    "(Mix_StreamV2).").replace("%1", __version__),
        )
