"""The auto-mix dialog: the two push URLs of the spec's 自动混流, checked as they are typed.

No request is sent for auto-mix: the two pushers add ``mixv2=…`` to their push URLs and the
service mixes them itself once both are up. So the dialog only builds and copies URLs.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from designer.app.messages import error_text
from designer.core import automix


class AutomixDialog(QDialog):
    def __init__(self, session_id: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("automixDialog")
        self.setWindowTitle(self.tr("Auto-mix push URLs"))
        self.template = QComboBox()
        self.template.setObjectName("automixTemplate")
        self.template.addItem(self.tr("1 · two audio+video streams"), 1)
        self.template.addItem(self.tr("2 · two audio-only streams"), 2)
        self.session = QLineEdit(session_id)
        self.session.setObjectName("automixSession")
        self.big = QLineEdit()
        self.big.setObjectName("automixBig")
        self.big.setPlaceholderText("rtmp://domain/live/host_stream")
        self.small = QLineEdit()
        self.small.setObjectName("automixSmall")
        self.small.setPlaceholderText("rtmp://domain/live/guest_stream")
        self.big_out, self.big_copy = self._result_row("automixBigUrl")
        self.small_out, self.small_copy = self._result_row("automixSmallUrl")
        self.message = QLabel()
        self.message.setObjectName("automixMessage")
        self.message.setWordWrap(True)

        intro = QLabel(self.tr(
            "Both pushers add a mixv2 parameter to their push URL; once both streams are up, "
            "the service mixes them by itself, the big stream's id being the output. No "
            "request is sent from here. If either stream stops, the auto-mix ends."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Template (t_id)"), self.template)
        form.addRow(self.tr("Session id"), self.session)
        form.addRow(self.tr("Big stream push URL (layer b)"), self.big)
        form.addRow(self.tr("Small stream push URL (layer s)"), self.small)
        form.addRow(self.tr("Big pusher uses"), self._row(self.big_out, self.big_copy))
        form.addRow(self.tr("Small pusher uses"), self._row(self.small_out, self.small_copy))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        for edit in (self.session, self.big, self.small):
            edit.textChanged.connect(self.rebuild)
        self.template.currentIndexChanged.connect(self.rebuild)
        self.big_copy.clicked.connect(lambda: self._copy(self.big_out))
        self.small_copy.clicked.connect(lambda: self._copy(self.small_out))
        self.resize(720, self.sizeHint().height())
        self.rebuild()
        self.big.setFocus()

    def _result_row(self, name: str) -> tuple[QLineEdit, QPushButton]:
        out = QLineEdit()
        out.setObjectName(name)
        out.setReadOnly(True)
        copy = QPushButton(self.tr("Copy"))
        copy.setObjectName(f"{name}Copy")
        return out, copy

    @staticmethod
    def _row(*widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
        return row

    def rebuild(self) -> None:
        big, small = self.big.text().strip(), self.small.text().strip()
        urls, message = None, ""
        if not (big and small):
            message = self.tr("Enter both push URLs.")
        else:
            try:
                urls = automix.build(int(self.template.currentData()), self.session.text().strip(),
                                     big, small)
            except automix.AutomixError as error:
                message = error_text(error)
        for field, text in ((self.big_out, urls.big if urls else ""),
                            (self.small_out, urls.small if urls else "")):
            field.setText(text)
            field.setCursorPosition(0)  # the host and stream name are what is checked by eye
        self.big_copy.setEnabled(urls is not None)
        self.small_copy.setEnabled(urls is not None)
        self.message.setText(message)
        self.message.setStyleSheet("color: #922b21" if urls is None and big and small else "")

    @staticmethod
    def _copy(field: QLineEdit) -> None:
        QGuiApplication.clipboard().setText(field.text())
