"""The Help menu: the service's error codes (F1) and About."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from designer.app import translations
from designer.app.actions.registry import ActionRegistry
from designer.core.codes import SPEC_CODES

#: The codes window's size where it fits; on a smaller screen it takes most of the room and
#: its list scrolls.
CODES_SIZE = QSize(980, 760)


class HelpActions(QObject):
    def __init__(self, registry: ActionRegistry, window: QWidget):
        super().__init__(registry)
        self._window = window
        registry.add("codes", self.tr("Service &error codes"), self.show_codes, "F1")
        registry.add("about", self.tr("&About Mix Designer"), self.about, "Ctrl+F1")

    def show_codes(self) -> None:
        self.codes_dialog().exec()

    def codes_dialog(self) -> QDialog:
        """Every code of the service with its cause and advice, the window's language first,
        in a window that fits the screen (the list scrolls)."""
        dialog = QDialog(self._window)
        dialog.setObjectName("codesDialog")
        dialog.setWindowTitle(self.tr("Service error codes"))
        browser = QTextBrowser(dialog)
        browser.setObjectName("codesList")
        browser.setHtml(codes_html(translations.current() == translations.CHINESE))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        screen = (self._window.screen() if self._window is not None else dialog.screen())
        room = screen.availableGeometry().size()
        # The frame's title bar and borders come on top of the size asked for.
        dialog.resize(min(CODES_SIZE.width(), room.width() * 9 // 10),
                      min(CODES_SIZE.height(), room.height() * 8 // 10))
        return dialog

    def about(self) -> None:
        from designer import __version__

        QMessageBox.about(
            self._window, self.tr("About Mix Designer"),
            self.tr("Mix Designer %1\n\nDesign, check and run Tencent Cloud cloud stream mixes "
                    "(Mix_StreamV2).").replace("%1", __version__),
        )


def codes_html(chinese_first: bool) -> str:
    """The codes as a table: code, cause, advice; each in both languages, the window's first."""
    rows = []
    for info in SPEC_CODES.values():
        if info.code == 0:
            continue
        cause = (info.cause_zh, info.cause_en) if chinese_first else (info.cause_en,
                                                                       info.cause_zh)
        advice = (info.advice_zh, info.advice_en) if chinese_first else (info.advice_en,
                                                                          info.advice_zh)
        rows.append(f"<tr><td><b>{info.code}</b></td>"
                    f"<td>{html.escape(cause[0])}<br><i>{html.escape(cause[1])}</i></td>"
                    f"<td>{html.escape(advice[0])}<br><i>{html.escape(advice[1])}</i></td></tr>")
    return "<table cellpadding=4>" + "".join(rows) + "</table>"
