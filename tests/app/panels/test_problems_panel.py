"""Problems dock: live validation, errors first, the spec's advice, a click selects."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from designer.app.panels.problems import CODE, MESSAGE, WHERE, ProblemsPanel
from tests.client_shapes import mlvb_pk
from tests.factories import spec_para, stream


@pytest.fixture
def panel(show, editor):
    return show(ProblemsPanel(editor), 800, 200)


def rows(panel):
    tree = panel.list
    return [tuple(tree.topLevelItem(i).text(c) for c in (CODE, WHERE, MESSAGE))
            for i in range(tree.topLevelItemCount())]


def test_a_clean_layout_is_ready_to_send(panel):
    assert panel.list.objectName() == "problemList" and panel.list.accessibleName()
    assert rows(panel) == []
    assert panel.summary.text().startswith("Ready to send")


def test_problems_appear_and_go_with_each_change(panel, editor):
    editor.set_layout_fields(editor.document.uids()[1], location_x=None, location_y=None)
    editor.apply_template(310)
    assert rows(panel)[0][0] == "-20"
    assert panel.summary.text() == "1 error"
    item = panel.list.topLevelItem(0)
    assert "输入参数与接口不匹配" in item.toolTip(CODE)  # the spec's cause
    assert "number of inputs matches the template" in item.toolTip(CODE)
    editor.undo_stack.undo()
    assert rows(panel) == []


def test_errors_come_before_warnings_with_a_summary(make_editor, qtbot):
    editor = make_editor({**spec_para(), "input_stream_list": [
        stream("stream_lewis01", 1), stream("guest_audio", 2), stream("c", 2)]})
    panel = ProblemsPanel(editor)
    qtbot.addWidget(panel)
    codes = [row[0] for row in rows(panel)]
    assert codes[-1] == "FAQ3" and "-11" in codes[:-1]
    assert panel.summary.text() == "2 errors, 1 warning"


def test_clicking_a_problem_selects_its_layer(qtbot, panel, editor):
    target = editor.document.uids()[1]
    editor.set_layout_fields(target, image_width=4000)
    code, where, _ = rows(panel)[0]
    assert code == "-4" and where == "stream_lewis02 › layout_params.image_width"
    activated = []
    panel.problem_activated.connect(activated.append)
    rect = panel.list.visualItemRect(panel.list.topLevelItem(0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.selection == [target]
    assert activated[0].code == -4


class Upper(QTranslator):
    """A stand-in translation: upper-cases Validation messages but not their placeholders
    (or, with ``broken``, those too, as a careless translator might)."""

    def __init__(self, broken=False):
        super().__init__()
        self.broken = broken

    def translate(self, context, source, disambiguation=None, n=-1):
        if context != "Validation":
            return None  # a null string: no translation here, Qt uses the source text
        if self.broken:
            return source.upper()
        return re.sub(r"\{[^}]*\}|[^{]+",
                      lambda m: m.group() if m.group()[0] == "{" else m.group().upper(), source)


def test_messages_go_through_qt_translation(qtbot, editor):
    translator = Upper()
    QCoreApplication.installTranslator(translator)
    try:
        editor.apply_template(310)
        panel = ProblemsPanel(editor)
        qtbot.addWidget(panel)
        assert rows(panel)[0][2].startswith("TEMPLATE 310 LAYS OUT 3 INPUTS")
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_broken_translation_falls_back_to_english(qtbot, editor):
    translator = Upper(broken=True)  # "{TEMPLATE}" is no parameter of the message
    QCoreApplication.installTranslator(translator)
    try:
        editor.apply_template(310)
        panel = ProblemsPanel(editor)
        qtbot.addWidget(panel)
        assert rows(panel)[0][2].startswith("template 310 lays out 3 inputs")
    finally:
        QCoreApplication.removeTranslator(translator)


def test_what_the_service_accepts_is_a_warning_here_too(make_editor, qtbot):
    # The MLVB SDK's PK canvas has no colour: the sandbox starts it (tests/sandbox), validate
    # exits 0 (tests/core), and the panel says "can be sent".
    panel = ProblemsPanel(make_editor(mlvb_pk()))
    qtbot.addWidget(panel)
    assert [row[0] for row in rows(panel)] == ["COLOR"]
    assert panel.summary.text() == "1 warning — can be sent"
