"""The editor's commands as actions: undo and redo, add an input of each kind, duplicate,
delete, select all, the stacking order, lock and hide, and "make template custom".

Each calls the editor (one undo step) and nothing else. They act on the selection, and are
enabled only when there is one; lock's text says what it will do to the selection.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

from designer.app import kinds, questions
from designer.app.actions.registry import ActionRegistry, Std
from designer.app.commands import Part
from designer.app.editor import DocumentEditor
from designer.app.lifetime import follow
from designer.app.toolbartext import fixed_toolbar_text
from designer.core.model import MAX_INPUTS, InputType

#: Letters, not digits: Ctrl+Shift+digit arrives as Ctrl+Shift+! on many keyboards.
ADD_KEYS = {0: "Alt+Shift+S", 5: "Alt+Shift+V", 4: "Alt+Shift+A", 2: "Alt+Shift+P",
            3: "Alt+Shift+C"}
#: Delete's keys. Not Qt's standard list: on X11 that holds Ctrl+D, which is Duplicate's.
DELETE_KEYS = [QKeySequence("Del"), QKeySequence("Backspace")]
#: The z-order moves: name, places up (+) or down (-); to the top or bottom is as many places
#: as there can be inputs.
STACKING = (("raise", 1), ("lower", -1), ("raise-top", MAX_INPUTS),
            ("lower-bottom", -MAX_INPUTS))


def follow_text_in_tooltip(action: QAction) -> None:
    """The tooltip says the action's whole text ("Undo Move guest_1")."""
    action.setToolTip(action.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))


class _TooltipFollower(QObject):
    """Keeps an action's tooltip its whole text, for as long as the action lives."""

    def __init__(self, action: QAction):
        super().__init__(action)
        self._action = action

    @Slot(str)
    def update(self, _text: str) -> None:
        # The stack outlives the action while the window is taken down.
        if Shiboken.isValid(self._action):
            follow_text_in_tooltip(self._action)


def add_input_name(kind: int) -> str:
    """The action that adds an input of ``kind`` ("add-audio_video" ...)."""
    return f"add-{InputType(kind).name.lower()}"


class EditActions(QObject):
    def __init__(self, registry: ActionRegistry, editor: DocumentEditor):
        super().__init__(registry)
        self._editor = editor
        add = registry.add
        stack = editor.undo_stack
        undo = stack.createUndoAction(registry, self.tr("&Undo"))
        registry.put("undo", undo, Std.Undo)
        redo = stack.createRedoAction(registry, self.tr("&Redo"))
        registry.put("redo", redo, [*QKeySequence.keyBindings(Std.Redo), QKeySequence("Ctrl+Y")])
        # The menu says what will be undone; a toolbar button keeps its word, so the buttons
        # after it never move under the mouse, and says it in its tooltip.
        for action, word, changed in ((undo, self.tr("Undo"), stack.undoTextChanged),
                                      (redo, self.tr("Redo"), stack.redoTextChanged)):
            fixed_toolbar_text(action, word)
            follow_text_in_tooltip(action)
            # After the stack's own connection has set the action's text.
            changed.connect(_TooltipFollower(action).update)
        for kind in kinds.ORDER:
            action = add(add_input_name(kind), kinds.name(kind),
                         lambda kind=kind: editor.add_input(kind), ADD_KEYS[kind])
            # A short button ("+ Picture"); the menu and the tooltip say the whole name.
            fixed_toolbar_text(action, self.tr("+ %1").replace("%1", kinds.tag(kind)))
            action.setToolTip(self.tr("Add input: %1").replace("%1", kinds.name(kind)))
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
        self._off_air = add("hide", self.tr("Take off air"), self._toggle_on_air,
                            "Ctrl+Shift+H", needs_selection=True)
        self._off_air.setStatusTip(self.tr("A layer off air is not sent: its box stays on the "
                                           "canvas as a ghost, to be put back"))
        add("make-custom", self.tr("&Make template custom"), editor.make_custom, "Ctrl+Shift+M")
        parent = registry.parent()
        window = parent if isinstance(parent, QWidget) else None
        self._positions = add(
            "template-positions", self.tr("Use &template positions"),
            lambda: questions.use_template_positions(window, editor), "Ctrl+Shift+P",
            tip=self.tr("Clear the positions and sizes that override the template's boxes"))
        editor.confirm_new_background = (
            lambda order: questions.new_background_confirmed(window, editor, order))
        self._registry = registry
        editor.selection_changed.connect(self._selection_changed)
        # Once per undo step (the document announces a step's changes together).
        follow(self, editor.document.changed, self._update_lock_text)
        follow(self, editor.document.changed, self._update_positions)
        self._update_positions()
        self._selection_changed(editor.selection)

    def _selection_changed(self, selection: list[str]) -> None:
        self._registry.set_selection(selection)
        self._update_lock_text()

    def _update_positions(self, *_: object) -> None:
        self._positions.setEnabled(bool(self._editor.own_positions()))

    def _all_locked(self) -> bool:
        document = self._editor.document
        selection = self._editor.selection
        return bool(selection) and all(document.design(uid).locked for uid in selection)

    def _update_lock_text(self, *_: object) -> None:
        self._lock.setText(self.tr("Unlock") if self._all_locked() else self.tr("Lock"))
        self._off_air.setText(self.tr("Put back on air") if self._all_off_air()
                              else self.tr("Take off air"))

    def _all_off_air(self) -> bool:
        document, selection = self._editor.document, self._editor.selection
        return bool(selection) and not any(document.design(uid).visible for uid in selection)

    def _toggle_lock(self) -> None:
        locked = not self._all_locked()
        editor = self._editor
        editor.edit(editor.field_text({"locked": locked}, editor.selection),
                    [(Part.DESIGN, uid, {"locked": locked}) for uid in editor.selection])

    def _toggle_on_air(self) -> None:
        self._editor.set_on_air(self._editor.selection, self._all_off_air())
