"""A group of fields in the Properties panel, for the selected inputs.

A section reads the selection from the editor each time it refreshes (it keeps no copy),
shows one value per field (or "mixed"), and applies an edit to every selected input in one
undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from designer.app.commands import Part
from designer.app.editor import DocumentEditor
from designer.core.model import InputDesign, InputStream, LayoutParams


class Section(QGroupBox):
    #: Input kinds the section is for; None: every kind.
    kinds: frozenset[int] | None = None

    def __init__(self, editor: DocumentEditor, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.editor = editor
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow docks
        #: Where validation's field paths point: "layout_params.image_width" → its widget.
        self.fields: dict[str, QWidget] = {}

    # -- reading the selection ----------------------------------------------------------------

    @property
    def uids(self) -> list[str]:
        return self.editor.selection

    def stream(self, uid: str) -> InputStream:
        return self.editor.document.stream(uid)

    def design(self, uid: str) -> InputDesign:
        return self.editor.document.design(uid)

    def layout_params(self, uid: str) -> LayoutParams:
        return self.stream(uid).layout_params or LayoutParams()

    def common(self, get: Callable[[str], Any]) -> tuple[Any, bool]:
        """The first selected input's value, and whether the others differ from it."""
        values = [get(uid) for uid in self.uids]
        first = values[0]
        mixed = any(v != first or type(v) is not type(first) for v in values[1:])
        return first, mixed

    def applies(self) -> bool:
        return self.kinds is None or all(self.stream(uid).kind in self.kinds
                                         for uid in self.uids)

    # -- writing ------------------------------------------------------------------------------

    def edit_all(self, part: Part, values: Mapping[str, Any], text: str | None = None) -> bool:
        """Set these fields on every selected input: one undo step, named in a producer's
        words (``text``, %1 standing for the inputs; else after the fields)."""
        uids = self.uids
        named = (self.editor.step_text(text, uids) if text
                 else self.editor.field_text(values, uids))
        return self.editor.edit(named, [(part, uid, values) for uid in uids])

    def edit_each(self, part: Part, values: Iterable[tuple[str, Mapping[str, Any]]],
                  text: str) -> bool:
        """Set each input's own values (``text`` as for edit_all): one undo step."""
        changes = [(part, uid, v) for uid, v in values]
        return self.editor.edit(self.editor.step_text(text, [uid for _, uid, _ in changes]),
                                changes)

    # -- to override --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the selected inputs' values (called with at least one input selected)."""
