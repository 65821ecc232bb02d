"""The editor's commands as actions: undo and redo, add an input of each kind, duplicate,
delete, select all, the stacking order, lock and hide, and "make template custom".

Each calls the editor (one undo step) and nothing else. They act on the selection, and are
enabled only when there is one; lock's text says what it will do to the selection.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence

from designer.app import kinds
from designer.app.actions.registry import ActionRegistry, Std
from designer.app.commands import Part
from designer.app.editor import DocumentEditor
from designer.app.lifetime import follow
from designer.core.model import InputType

#: Letters, not digits: Ctrl+Shift+digit arrives as Ctrl+Shift+! on many keyboards.
ADD_KEYS = {0: "Alt+Shift+S", 5: "Alt+Shift+V", 4: "Alt+Shift+A", 2: "Alt+Shift+P",
            3: "Alt+Shift+C"}
#: Delete's keys. Not Qt's standard list: on X11 that holds Ctrl+D, which is Duplicate's.
DELETE_KEYS = [QKeySequence("Del"), QKeySequence("Backspace")]
#: The z-order moves: name, places up (+) or down (-).
STACKING = (("raise", 1), ("lower", -1), ("raise-top", 16), ("lower-bottom", -16))


def add_input_name(kind: int) -> str:
    """The action that adds an input of ``kind`` ("add-audio_video" ...)."""
    return f"add-{InputType(kind).name.lower()}"


class EditActions(QObject):
    def __init__(self, registry: ActionRegistry, editor: DocumentEditor):
        super().__init__(registry)
        self._editor = editor
        add = registry.add
        undo = editor.undo_stack.createUndoAction(registry, self.tr("&Undo"))
        registry.put("undo", undo, Std.Undo)
        redo = editor.undo_stack.createRedoAction(registry, self.tr("&Redo"))
        registry.put("redo", redo, [*QKeySequence.keyBindings(Std.Redo), QKeySequence("Ctrl+Y")])
        for kind in kinds.ORDER:
            add(add_input_name(kind), kinds.name(kind), lambda kind=kind: editor.add_input(kind),
                ADD_KEYS[kind])
        add("select-all", self.tr("Select &all"), lambda: editor.select(editor.document.uids()),
            Std.SelectAll)
        add("duplicate", self.tr("D&uplicate"), lambda: editor.duplicate(editor.selection),
            "Ctrl+D", needs_selection=True)
        add("delete", self.tr("&Delete"), lambda: editor.delete(editor.selection), DELETE_KEYS,
            needs_selection=True)
        texts = {"raise": self.tr("Bring &forward"), "lower": self.tr("Send &backward"),
                 "raise-top": self.tr("Bring to fr&ont"), "lower-bottom": self.tr("Send to bac&k")}
        keys = {"raise": "Ctrl+]", "lower": "Ctrl+[", "raise-top": "Ctrl+Shift+]",
                "lower-bottom": "Ctrl+Shift+["}
        for name, steps in STACKING:
            add(name, texts[name], lambda steps=steps: editor.raise_layers(editor.selection, steps),
                keys[name], needs_selection=True)
        self._lock = add("lock", self.tr("Lock"), self._toggle_lock, "Ctrl+L",
                         needs_selection=True)
        self._lock.setStatusTip(self.tr("A locked layer stays where it is on the canvas; its "
                                        "fields can still be edited"))
        add("hide", self.tr("Hide"), self._hide, "Ctrl+Shift+H", needs_selection=True)
        add("make-custom", self.tr("&Make template custom"), editor.make_custom, "Ctrl+Shift+M")
        self._registry = registry
        editor.selection_changed.connect(self._selection_changed)
        follow(self, editor.document.changed, self._update_lock_text)
        self._selection_changed(editor.selection)

    def _selection_changed(self, selection: list[str]) -> None:
        self._registry.set_selection(selection)
        self._update_lock_text()

    def _all_locked(self) -> bool:
        document = self._editor.document
        selection = self._editor.selection
        return bool(selection) and all(document.design(uid).locked for uid in selection)

    def _update_lock_text(self, *_: object) -> None:
        self._lock.setText(self.tr("Unlock") if self._all_locked() else self.tr("Lock"))

    def _toggle_lock(self) -> None:
        locked = not self._all_locked()
        text = self.tr("Lock") if locked else self.tr("Unlock")
        self._editor.edit(text, [(Part.DESIGN, uid, {"locked": locked})
                                 for uid in self._editor.selection])

    def _hide(self) -> None:
        self._editor.edit(self.tr("Hide"), [(Part.DESIGN, uid, {"visible": False})
                                            for uid in self._editor.selection])
