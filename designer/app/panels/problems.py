"""The Problems dock: the live validation result, errors first, each with the spec's code.

Validation reruns on every change (the editor does it), so this list is always the answer
the service would give now, as far as it can be known before sending.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.app.editor import DocumentEditor
from designer.app.messages import problem_text
from designer.core.problems import Problem

CODE, WHERE, MESSAGE = range(3)
INDEX_ROLE = Qt.ItemDataRole.UserRole


class ProblemsPanel(QWidget):
    #: The user picked a problem (click or Enter); the window may show the canvas.
    problem_activated = Signal(object)  # Problem

    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("problemsPanel")
        self.setAccessibleName(self.tr("Problems"))

        self.summary = QLabel(self)
        self.summary.setObjectName("problemSummaryLine")
        self.summary.setAccessibleName(self.tr("Problem summary"))

        self.list = QTreeWidget(self)
        self.list.setObjectName("problemList")
        self.list.setAccessibleName(self.tr("Problem list"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setWordWrap(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Code"), self.tr("Where"), self.tr("Message")])
        header = self.list.header()
        header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(WHERE, 280)
        header.setStretchLastSection(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)

        self.list.itemClicked.connect(self._activate)
        self.list.itemActivated.connect(self._activate)
        editor.problems_changed.connect(self._show)
        self._show()

    # -- model → list -------------------------------------------------------------------------

    def _show(self, *_: object) -> None:
        problems = self.editor.problems
        # Errors first (validation already sorts them so; this keeps it true regardless).
        order = sorted(range(len(problems)), key=lambda i: not problems[i].is_error)
        style = self.style()
        error_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        with QSignalBlocker(self.list):
            self.list.clear()
            for index in order:
                problem = problems[index]
                item = QTreeWidgetItem([str(problem.code), self._where(problem),
                                        problem_text(problem)])
                item.setData(0, INDEX_ROLE, index)
                item.setIcon(CODE, error_icon if problem.is_error else warning_icon)
                tip = self._tooltip(problem)
                for column in (CODE, WHERE, MESSAGE):
                    item.setToolTip(column, tip)
                self.list.addTopLevelItem(item)
        self.summary.setText(self.summary_text())
        has_errors = any(p.is_error for p in problems)
        sheet = ("color: #c0392b; font-weight: bold" if has_errors else
                 "color: #1e8449; font-weight: bold" if not problems else "")
        if sheet != self.summary.styleSheet():  # a new sheet re-polishes: not on every edit
            self.summary.setStyleSheet(sheet)

    def summary_text(self) -> str:
        problems = self.editor.problems
        n_errors = sum(1 for p in problems if p.is_error)
        n_warnings = len(problems) - n_errors
        if not problems:
            return self.tr("Ready to send: no problems found.")
        parts = []
        if n_errors:
            parts.append(self.tr("1 error") if n_errors == 1
                         else self.tr("%1 errors").replace("%1", str(n_errors)))
        if n_warnings:
            parts.append(self.tr("1 warning") if n_warnings == 1
                         else self.tr("%1 warnings").replace("%1", str(n_warnings)))
        text = self.tr(", ", "between the error and the warning counts").join(parts)
        if not n_errors:
            text += " — " + self.tr("can be sent")
        return text

    def _where(self, problem: Problem) -> str:
        """The field, with the input's name in front so "[3]" reads as a layer."""
        index = problem.input_index
        if index is None or index >= len(self.editor.layout.para.inputs):
            return problem.field
        stream = self.editor.layout.para.inputs[index]
        design = self.editor.layout.design.inputs[index]
        name = design.label or stream.input_stream_id or f"#{index + 1}"
        rest = problem.field.split("]", 1)[1].lstrip(".")
        return f"{name} › {rest}" if rest else name

    def _tooltip(self, problem: Problem) -> str:
        parts = [f"<b>{html.escape(str(problem.code))}</b> {html.escape(problem.field)}",
                 html.escape(problem_text(problem))]
        if (spec := problem.spec) is not None:
            parts.append(f"{html.escape(spec.cause_zh)}:{html.escape(spec.advice_zh)}")
            parts.append(f"<i>{html.escape(spec.cause_en)}: {html.escape(spec.advice_en)}</i>")
        elif not problem.is_error:
            parts.append(self.tr("A warning: the request can be sent, but the result may not "
                                 "be what you expect."))
        return "<p style='white-space:normal'>" + "<br>".join(parts) + "</p>"

    # -- list → editor ------------------------------------------------------------------------

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        index = item.data(0, INDEX_ROLE)
        problems = self.editor.problems
        if index is None or index >= len(problems):
            return
        problem = problems[index]
        uids = self.editor.document.uids()
        if problem.input_index is not None and problem.input_index < len(uids):
            self.editor.select([uids[problem.input_index]])
        self.problem_activated.emit(problem)
