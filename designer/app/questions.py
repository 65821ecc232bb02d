"""What the window asks before an edit the producer may not mean: a template the service
would refuse (-20), clearing explicit boxes into such a template, another input becoming the
background (it sets the output's size). Each question is a QMessageBox answered by a button
(tests answer it by patching ``QMessageBox.exec``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from designer.app.editor import DocumentEditor
from designer.app.messages import problem_line
from designer.core.observed import observed_layout
from designer.core.placement import output_size
from designer.core.problems import Problem


def _ask(parent: QWidget | None, title: str, text: str, detail: str, go: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel,
                      parent)
    box.setInformativeText(detail)
    button = box.addButton(go, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is button


def refused_anyway(parent: QWidget | None, template_id: int | None,
                   refusal: Problem | None) -> bool:
    """Whether to go on with a template the service would refuse (``refusal``, its -20);
    with no refusal, yes at once."""
    if refusal is None:
        return True
    number = str(template_id)
    title = QCoreApplication.translate("Questions", "Template %1").replace("%1", number)
    text = QCoreApplication.translate(
        "Questions", "The service would refuse this layout with template %1. Use it anyway?"
    ).replace("%1", number)
    go = QCoreApplication.translate("Questions", "Use it anyway")
    return _ask(parent, title, text, problem_line(refusal), go)


def choose_template(parent: QWidget | None, editor: DocumentEditor,
                    template_id: int | None) -> bool:
    """Apply a template, asking first if the service would refuse its input count."""
    if template_id is None:
        return editor.set_session_field("mix_stream_template_id", None)
    if not refused_anyway(parent, template_id, editor.template_refusal(template_id)):
        return False
    return editor.apply_template(template_id)


def use_template_positions(parent: QWidget | None, editor: DocumentEditor) -> bool:
    """Clear the boxes that override the template (one undo step), asking first if the
    template would then place more inputs than it lays out."""
    template = editor.layout.para.mix_stream_template_id
    refusal = editor.template_refusal(template, own_positions_cleared=True)
    return refused_anyway(parent, template, refusal) and editor.use_template_positions()


def new_background_confirmed(parent: QWidget | None, editor: DocumentEditor,
                             bottom_to_top: list[str]) -> bool:
    """Whether to put another input on layer 1: it becomes the background, which fills the
    output and sets its size."""
    change = editor.new_background_after(bottom_to_top)
    if change is None:
        return True
    old, new = (editor.name_of(uid) for uid in change)
    before = editor.background_size()
    layout = editor.layout.model_copy(deep=True)
    for number, uid in enumerate(bottom_to_top, start=1):
        lp = layout.para.inputs[editor.document.index(uid)].layout_params
        if lp is not None:
            lp.image_layer = number
    # As the editor draws it: what is sent, at the probed sizes.
    after = output_size(observed_layout(layout, editor.observed_sizes))
    if after != before:
        size = QCoreApplication.translate("Questions", "The output changes from %1 to %2.")
    else:
        size = QCoreApplication.translate("Questions", "The output stays %1.")
    size = size.replace("%1", _size(before)).replace("%2", _size(after))
    title = QCoreApplication.translate("Questions", "Change the background?")
    text = QCoreApplication.translate(
        "Questions", "%1 would become layer 1, the background: it fills the output and sets "
                     "its size, and %2 becomes a window above it.")
    go = QCoreApplication.translate("Questions", "Make %1 the background")
    return _ask(parent, title, text.replace("%1", new).replace("%2", old), size,
                go.replace("%1", new))


def _size(size: tuple[float, float]) -> str:
    return f"{size[0]:g}×{size[1]:g}"
