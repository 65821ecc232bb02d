"""The request log dock: every request sent, its outcome, and the spec's advice for an error.

Rows follow the controller's log; the selected row's URL (with its sign, never the key), body
and outcome are shown below, and can be copied as a curl command or saved with the rest.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from designer.app.messages import error_text
from designer.app.mix.controller import MixController
from designer.app.mix.status import advice_html
from designer.core.errors import FileError
from designer.core.requestlog import LogEntry, to_curl

_OK, _REFUSED, _PENDING = QColor("#1e8449"), QColor("#c0392b"), QColor("#7f8c8d")


class RequestLogPanel(QWidget):
    def __init__(self, controller: MixController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("requestLogPanel")
        self.controller = controller
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("requestLog")
        self.table.setAccessibleName(self.tr("Request log"))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Action"),
                                              self.tr("Outcome"), self.tr("Latency"),
                                              self.tr("Message")])
        self.table.verticalHeader().setVisible(False)
        # Compact rows: the dock is short, and a show may send dozens of requests.
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.detail = QTextBrowser()
        self.detail.setObjectName("requestDetail")
        self.detail.setAccessibleName(self.tr("Request details"))
        self.detail.setPlaceholderText(self.tr("Requests sent to the mix service appear above; "
                                               "select one to see what was sent and answered."))

        self.copy_button = QPushButton(self.tr("Copy as curl"))
        self.copy_button.setObjectName("copyCurl")
        self.save_button = QPushButton(self.tr("Save log…"))
        self.save_button.setObjectName("saveLog")
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clearLog")
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.table.itemSelectionChanged.connect(self._show_selected)
        self.copy_button.clicked.connect(self.copy_curl)
        self.save_button.clicked.connect(self.save_dialog)
        self.clear_button.clicked.connect(self.clear)
        controller.entry_added.connect(self._add)
        controller.entry_settled.connect(self._settle)
        for entry in controller.log.entries:
            self._add(entry)
        self._update_buttons()

    # -- rows ----------------------------------------------------------------------------

    def _add(self, entry: LogEntry) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._fill(row, entry)
        self.table.selectRow(row)  # the newest request is the one the producer cares about
        self._update_buttons()

    def _settle(self, entry: LogEntry) -> None:
        row = self._row_of(entry.serial)
        if row is not None:
            self._fill(row, entry)
            if self.table.currentRow() == row:
                self._show_selected()

    def _fill(self, row: int, entry: LogEntry) -> None:
        outcome = entry.outcome
        if outcome is None:
            cells, colour = (self.tr("sending…"), "", ""), _PENDING
        elif outcome.code is None:
            cells, colour = (outcome.error_kind, "", outcome.error), _REFUSED
        else:
            cells = (str(outcome.code), f"{outcome.latency * 1000:.0f} ms"
                     if outcome.latency is not None else "", outcome.message)
            colour = _OK if outcome.ok else _REFUSED
        texts = (entry.sent_at.strftime("%H:%M:%S"), _action_text(entry.label), *cells)
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, entry.serial)
            if column == 2:
                item.setForeground(colour)
            self.table.setItem(row, column, item)

    def _row_of(self, serial: int) -> int | None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == serial:
                return row
        return None

    def selected_entry(self) -> LogEntry | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return None
        serial = item.data(Qt.ItemDataRole.UserRole)
        return next((e for e in self.controller.log.entries if e.serial == serial), None)

    # -- detail --------------------------------------------------------------------------

    def _show_selected(self) -> None:
        entry = self.selected_entry()
        self.detail.setHtml(self._detail_html(entry) if entry else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        # API 3.0 is signed by Tencent's SDK as it sends: no command line replays it.
        self.copy_button.setEnabled(entry is not None and to_curl(entry.request) is not None)
        has_entries = bool(self.controller.log.entries)
        self.save_button.setEnabled(has_entries)
        self.clear_button.setEnabled(has_entries)

    def _detail_html(self, entry: LogEntry) -> str:
        body = json.dumps(entry.request.body, ensure_ascii=False, indent=2)
        parts = [
            f"<b>{html.escape(_action_text(entry.label))}</b> "
            f"{html.escape(entry.sent_at.isoformat(sep=' ', timespec='milliseconds'))}",
            f"<p><b>POST</b> <code>{html.escape(entry.request.url)}</code></p>",
            f"<pre>{html.escape(body)}</pre>",
        ]
        outcome = entry.outcome
        if outcome is None:
            parts.append("<p>" + self.tr("Waiting for the answer…") + "</p>")
        elif outcome.code is None:
            parts.append(f"<p style='color:#922b21'><b>{html.escape(outcome.error_kind)}</b>: "
                         f"{html.escape(outcome.error)}</p>")
        else:
            parts.append(f"<p><b>code {html.escape(str(outcome.code))}</b> "
                         f"{html.escape(outcome.message)}</p>")
            if outcome.request_id:  # what Tencent's support asks for on API 3.0
                parts.append("<p>" + html.escape(self.tr("RequestId: %1").replace(
                    "%1", outcome.request_id)) + "</p>")
            if (spec := outcome.spec) is not None and not outcome.ok:
                parts.append(f"<p>{advice_html(spec)}</p>")
        return "".join(parts)

    # -- actions -------------------------------------------------------------------------

    def copy_curl(self) -> None:
        entry = self.selected_entry()
        if entry is not None and (command := to_curl(entry.request)) is not None:
            QGuiApplication.clipboard().setText(command)

    def save_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save request log"),
                                              "mix-requests.jsonl",
                                              self.tr("JSON Lines (*.jsonl);;All files (*)"))
        if name:
            self.save(Path(name))

    def save(self, path: Path) -> bool:
        try:
            self.controller.log.save(path)
        except FileError as error:
            QMessageBox.warning(self, self.tr("Log not saved"), error_text(error))
            return False
        return True

    def clear(self) -> None:
        self.controller.log.clear()
        self.table.setRowCount(0)
        self.detail.clear()
        self._update_buttons()


def _action_text(label: str) -> str:
    return {"start": QCoreApplication.translate("RequestLogPanel", "start"),
            "update": QCoreApplication.translate("RequestLogPanel", "update"),
            "cancel": QCoreApplication.translate("RequestLogPanel", "cancel")}[label]
