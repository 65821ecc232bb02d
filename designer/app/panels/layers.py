"""The Layers dock: every input in z order (top first, as in OBS), with its kind, name,
layer number, visibility and lock; drag to reorder; add, duplicate, delete, rename, raise.

The list mirrors the document: it is rebuilt when the rows' order changes and updated in
place otherwise, and every user action goes through the editor (one undo step each).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.app import kinds
from designer.app.editor import DocumentEditor
from designer.app.lifetime import follow
from designer.core.changes import ChangeSet
from designer.core.model import MAX_INPUTS, InputType

#: Drag payload: the dragged layers' uids, one per line.
MIME_TYPE = "application/x-mix-designer-layers"

LAYER, KIND, NAME, ON_AIR, LOCKED = range(5)
UID_ROLE = Qt.ItemDataRole.UserRole


class LayerTree(QTreeWidget):
    """The list itself: drags carry uids, and a drop reports where, never moves rows itself
    (the rows follow the model once the editor has renumbered the layers)."""

    layers_dropped = Signal(list, int)  # uids, row (in display order) to insert them before
    delete_pressed = Signal()
    rename_pressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAllColumnsShowFocus(True)

    def uid_at(self, row: int) -> str:
        return self.topLevelItem(row).data(0, UID_ROLE)

    def uids(self) -> list[str]:
        return [self.uid_at(row) for row in range(self.topLevelItemCount())]

    # -- drag and drop ----------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:
        data = QMimeData()
        uids = "\n".join(item.data(0, UID_ROLE) for item in items)
        data.setData(MIME_TYPE, QByteArray(uids.encode()))
        return data

    def drop_row(self, pos: QPoint) -> int:
        """The row a drop at ``pos`` (viewport coordinates) inserts before."""
        item = self.itemAt(pos)
        if item is None:
            return self.topLevelItemCount() if pos.y() > 0 else 0
        rect = self.visualItemRect(item)
        return self.indexOfTopLevelItem(item) + (pos.y() >= rect.center().y())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        super().dragEnterEvent(event)
        self._accept_layers(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)  # the drop indicator and auto-scroll
        self._accept_layers(event)

    def _accept_layers(self, event: QDragMoveEvent) -> None:
        # Qt's InternalMove takes only drags started by this very view; layers are known by
        # uid, so a drag carrying them is enough (and testable without a platform drag).
        if event.mimeData().hasFormat(MIME_TYPE):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasFormat(MIME_TYPE):
            event.ignore()
            return
        uids = bytes(event.mimeData().data(MIME_TYPE).data()).decode().split()
        row = self.drop_row(event.position().toPoint())
        # Not a MoveAction: QAbstractItemView would then delete the dragged rows itself.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.layers_dropped.emit(uids, row)

    # -- keys -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
        elif event.key() == Qt.Key.Key_F2:
            self.rename_pressed.emit()
        else:
            super().keyPressEvent(event)


class LayersPanel(QWidget):
    def __init__(self, editor: DocumentEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("layersPanel")
        self.setAccessibleName(self.tr("Layers"))

        self.tree = LayerTree(self)
        self.tree.setObjectName("layerList")
        self.tree.setAccessibleName(self.tr("Layer list"))
        self.tree.setAccessibleDescription(self.tr(
            "Inputs from the top layer to the background. Drag to reorder."))
        self._setup_columns()
        self._build_actions()
        toolbar = self._build_toolbar()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.tree)
        layout.addWidget(toolbar)

        self.tree.itemSelectionChanged.connect(self._on_tree_selection)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemDoubleClicked.connect(self._on_double_click)
        self.tree.layers_dropped.connect(self.move_layers)
        self.tree.delete_pressed.connect(self.delete_action.trigger)
        self.tree.rename_pressed.connect(self.rename_action.trigger)
        document = editor.document
        follow(self, document.changed, self._on_document_changed)  # once per undo step
        editor.selection_changed.connect(self._show_selection)
        editor.problems_changed.connect(self._show_problems)
        self._sync()

    # -- building -----------------------------------------------------------------------------

    def _setup_columns(self) -> None:
        tree = self.tree
        tree.setColumnCount(5)
        tree.setHeaderLabels([self.tr("#"), self.tr("Kind"), self.tr("Name"), self.tr("On air"),
                              self.tr("Lock")])
        header_item = tree.headerItem()
        header_item.setToolTip(LAYER, self.tr("image_layer: 1 is the background"))
        header_item.setToolTip(ON_AIR, self._on_air_tip())
        header_item.setToolTip(LOCKED, self._locked_tip())
        header = tree.header()
        header.setStretchLastSection(False)
        for column in (LAYER, KIND, ON_AIR, LOCKED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)

    def _on_air_tip(self) -> str:
        return self.tr("On air: the input is sent. Untick to take it off air (as an OBS user "
                       "unticks a source): it is not sent, and its box stays on the canvas as a "
                       "ghost to put back. Layer 1 stays on air: it is the background.")

    def _locked_tip(self) -> str:
        return self.tr("Lock: the canvas will not move or resize this layer (design time only).")

    def _build_actions(self) -> None:
        editor = self.editor
        self.add_menu = QMenu(self.tr("Add input"), self)
        self.add_actions: dict[int, QAction] = {}
        for kind in kinds.ORDER:
            action = self.add_menu.addAction(kinds.icon(kind), kinds.name(kind))
            action.setObjectName(f"addLayer-{InputType(kind).name.lower()}")
            action.triggered.connect(lambda _=False, kind=kind: editor.add_input(kind))
            self.add_actions[kind] = action

        def make(name: str, text: str, tip: str, slot: object) -> QAction:
            action = QAction(text, self)
            action.setObjectName(name)
            action.setToolTip(tip)
            action.triggered.connect(slot)
            return action

        self.duplicate_action = make("duplicateLayer", self.tr("Duplicate"),
                                     self.tr("Duplicate the selected layers on top"),
                                     lambda: editor.duplicate(editor.selection))
        self.delete_action = make("deleteLayer", self.tr("Delete"),
                                  self.tr("Delete the selected layers"),
                                  lambda: editor.delete(editor.selection))
        self.rename_action = make("renameLayer", self.tr("Rename"),
                                  self.tr("Rename the layer (its label: design only, the stream "
                                          "id is not changed)"), self.start_rename)
        self.raise_action = make("raiseLayer", self.tr("Up"), self.tr("Bring forward"),
                                 lambda: editor.raise_layers(editor.selection, 1))
        self.lower_action = make("lowerLayer", self.tr("Down"), self.tr("Send backward"),
                                 lambda: editor.raise_layers(editor.selection, -1))

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self)
        toolbar.setObjectName("layerToolbar")
        toolbar.setAccessibleName(self.tr("Layer actions"))
        add = QToolButton(toolbar)
        add.setObjectName("addLayerButton")
        add.setText(self.tr("Add"))
        add.setToolTip(self.tr("Add an input of a kind"))
        add.setAccessibleName(self.tr("Add input"))
        add.setMenu(self.add_menu)
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(add)
        for action in (self.duplicate_action, self.delete_action, self.rename_action,
                       self.raise_action, self.lower_action):
            toolbar.addAction(action)
        return toolbar

    # -- model → list -------------------------------------------------------------------------

    def display_order(self) -> list[str]:
        """uids as the list shows them: the top layer first."""
        return list(reversed(self.editor.z_order()))

    def _sync(self) -> None:
        order = self.display_order()
        with QSignalBlocker(self.tree):
            if self.tree.uids() != order:
                self.tree.clear()
                for uid in order:
                    item = QTreeWidgetItem()
                    item.setData(0, UID_ROLE, uid)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                                  | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsEditable
                                  | Qt.ItemFlag.ItemIsUserCheckable)
                    self.tree.addTopLevelItem(item)
            for row, uid in enumerate(order):
                self._fill(self.tree.topLevelItem(row), uid)
        self._show_selection(self.editor.selection)
        self._show_problems()
        self._update_actions()

    def _on_document_changed(self, changes: ChangeSet) -> None:
        uids = self.tree.uids()
        if changes.reset or uids != self.display_order():
            self._sync()  # inputs added or removed, or a layer number changed the order
            return
        with QSignalBlocker(self.tree):
            for row, uid in enumerate(uids):
                if uid in changes.inputs:
                    self._fill(self.tree.topLevelItem(row), uid)

    def _on_input_changed(self, uid: str) -> None:
        if self.tree.uids() != self.display_order():
            self._sync()  # a layer number changed: the order did too
            return
        with QSignalBlocker(self.tree):
            self._fill(self.tree.topLevelItem(self.tree.uids().index(uid)), uid)

    def _fill(self, item: QTreeWidgetItem, uid: str) -> None:
        """Update a row in place (never replaced here: it may be the one being edited)."""
        stream, design = self.editor.document.stream(uid), self.editor.document.design(uid)
        kind = stream.kind
        lp = stream.layout_params
        item.setText(LAYER, "—" if stream.layer is None else str(stream.layer))
        item.setTextAlignment(LAYER, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        tag = kinds.tag(kind)
        if kind == InputType.PICTURE and lp is not None and lp.picture_id is not None:
            tag = f"{tag} #{lp.picture_id}"
        item.setText(KIND, tag)
        item.setIcon(KIND, kinds.icon(kind, lp.color if lp else None))
        item.setToolTip(KIND, kinds.name(kind))
        stream_id = stream.input_stream_id or ""
        item.setText(NAME, design.label or stream_id or self.tr("(no stream id)"))
        item.setToolTip(NAME, self.tr("Label: %1\nStream id: %2")
                        .replace("%1", design.label or "—").replace("%2", stream_id or "—"))
        item.setCheckState(ON_AIR, _check(design.visible))
        item.setText(ON_AIR, "" if design.visible else self.tr("off air"))
        item.setToolTip(ON_AIR, self._on_air_tip())
        item.setCheckState(LOCKED, _check(design.locked))
        item.setToolTip(LOCKED, self._locked_tip())
        font = item.font(NAME)
        font.setItalic(not design.visible)
        item.setFont(NAME, font)

    def _show_selection(self, uids: list[str]) -> None:
        selected = set(uids)
        with QSignalBlocker(self.tree):
            current = None
            for row in range(self.tree.topLevelItemCount()):
                item = self.tree.topLevelItem(row)
                item.setSelected(item.data(0, UID_ROLE) in selected)
                if current is None and item.isSelected():
                    current = item
            if current is not None:
                self.tree.setCurrentItem(current, NAME,
                                         self.tree.selectionModel().SelectionFlag.NoUpdate)
                self.tree.scrollToItem(current)
        self._update_actions()

    def _show_problems(self, *_: object) -> None:
        with QSignalBlocker(self.tree):
            for row, uid in enumerate(self.tree.uids()):
                item = self.tree.topLevelItem(row)
                problems = [p for p in self.editor.problems_for(uid) if p.is_error]
                item.setForeground(LAYER, Qt.GlobalColor.red if problems else
                                   self.tree.palette().text())
                item.setToolTip(LAYER, "\n".join(f"{p.code}: {p.message}" for p in problems)
                                or self.tr("image_layer %1").replace("%1", item.text(LAYER)))

    def _update_actions(self) -> None:
        has_selection = bool(self.editor.selection)
        for action in (self.duplicate_action, self.delete_action, self.raise_action,
                       self.lower_action):
            action.setEnabled(has_selection)
        self.rename_action.setEnabled(len(self.editor.selection) == 1)
        room = len(self.editor.layout.para.inputs) < MAX_INPUTS
        for action in self.add_actions.values():
            action.setEnabled(room)

    # -- list → editor ------------------------------------------------------------------------

    def _on_tree_selection(self) -> None:
        selected = {item.data(0, UID_ROLE) for item in self.tree.selectedItems()}
        self.editor.select(uid for uid in self.tree.uids() if uid in selected)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        uid = item.data(0, UID_ROLE)
        if column == ON_AIR:
            on_air = item.checkState(ON_AIR) == _check(True)
            if on_air != self.editor.document.design(uid).visible and not \
                    self.editor.set_on_air([uid], on_air):
                self._on_input_changed(uid)  # refused (layer 1): the box shows the model again
        elif column == LOCKED:
            self.editor.set_design_fields(uid, locked=item.checkState(LOCKED) == _check(True))
        elif column == NAME:
            self._rename(uid, item.text(NAME).strip())

    def _rename(self, uid: str, text: str) -> None:
        design = self.editor.document.design(uid)
        stream_id = self.editor.document.stream(uid).input_stream_id or ""
        if text == (design.label or stream_id):
            self._on_input_changed(uid)  # nothing changed: put the shown text back
            return
        # Renaming to the stream id (or to nothing) drops the label: the id shows again.
        self.editor.set_design_fields(uid, label="" if text == stream_id else text)

    def _on_double_click(self, item: QTreeWidgetItem, column: int) -> None:
        if column == NAME:
            self.tree.editItem(item, NAME)

    def start_rename(self) -> None:
        """Open the name of the (first) selected layer for editing."""
        uids = self.editor.selection
        if uids and uids[0] in self.tree.uids():
            item = self.tree.topLevelItem(self.tree.uids().index(uids[0]))
            self.tree.setCurrentItem(item, NAME)
            self.tree.editItem(item, NAME)

    def move_layers(self, uids: list[str], row: int) -> bool:
        """Put ``uids`` before display row ``row`` and renumber image_layer (one undo step)."""
        order = self.display_order()
        moving = [uid for uid in order if uid in set(uids)]
        if not moving:
            return False
        staying = [uid for uid in order if uid not in set(moving)]
        at = sum(1 for uid in order[:max(0, row)] if uid not in set(moving))
        new_order = staying[:at] + moving + staying[at:]
        if new_order == order:
            return False
        return self.editor.reorder(list(reversed(new_order)),
                                   self.editor.step_text(self.tr("Move %1 in the stack"), moving))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addMenu(self.add_menu)
        menu.addSeparator()
        for action in (self.duplicate_action, self.rename_action, self.delete_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.raise_action)
        menu.addAction(self.lower_action)
        menu.exec(event.globalPos())


def _check(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
