"""The live mix outlives the window: kept on disk while the service confirms it, offered back
after a crash (designer/core/livestate.py has the record and its file).

LiveKeeper writes the record on every confirmed start and update and removes it once nothing
runs (a confirmed cancel, or the service saying there is no such session). A window closed
with its mix left running keeps the record too: the mix is still on air. At the next start,
offer_running_mix asks what to do with a mix a gone process left behind: cancel it, adopt it
(on air again, with its layout as the program), or forget it.
"""

from __future__ import annotations

import contextlib
import time
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from designer.app.editor import DocumentEditor
from designer.app.mix.connection import EndpointKind, MixConnection, NotReady
from designer.app.mix.controller import MixController
from designer.core.errors import FileError
from designer.core.limits import Wire
from designer.core.livestate import LiveFile, LiveRecord


class LiveKeeper(QObject):
    def __init__(self, controller: MixController, connection: MixConnection,
                 file: LiveFile | None, parent: QObject | None = None):
        super().__init__(parent)
        self.controller, self.connection, self.file = controller, connection, file
        #: The (session, confirmation) last written or tried: each confirmation is written
        #: once.
        self._written: tuple[str, float] | None = None
        controller.changed.connect(self._follow)

    def _follow(self) -> None:
        if self.file is None:
            return
        live = self.controller.live
        if live is None:
            if self._written is not None:  # confirmed gone: nothing runs any more
                self.file.discard()
                self._written = None
            return
        if self.connection.kind is EndpointKind.SANDBOX:
            return  # the built-in sandbox ends with this process: nothing to outlive it
        written = (live.session_id, live.switched_at)
        if written == self._written:
            return
        # The controller's clock is monotonic; the record's times are wall-clock ones.
        now, clock = time.time(), self.controller.clock()
        record = LiveRecord(
            endpoint_kind=self.connection.kind.value, endpoint=live.target.endpoint,
            wire=live.target.wire.value,
            appid=live.target.appid if live.target.wire is Wire.V2 else None,
            session_id=live.session_id, output_id=live.output_id,
            started_at=now - (clock - live.started_at),
            confirmed_at=now - (clock - live.switched_at), program=live.program)
        # Each confirmation is written once, or tried once: a full disk must not stop the
        # show, nor be tried again at every refresh (every 200 ms during a countdown); the next
        # confirmation tries again.
        self._written = written
        with contextlib.suppress(FileError):
            self.file.save(record)


class Choice(Enum):
    CANCEL = "cancel"
    ADOPT = "adopt"
    FORGET = "forget"


def offer_running_mix(keeper: LiveKeeper, editor: DocumentEditor, parent: QWidget) -> bool:
    """Offer the newest mix a gone process left running; True if one was adopted (or is
    being cancelled). The records of the built-in sandbox, which ended with its process, and
    damaged ones are removed without a word."""
    own = keeper.file
    if own is None or keeper.controller.live is not None:
        return False
    for orphan in LiveFile.orphans(own.path.parent):
        # Claimed under a name of this window's own, apart from the file the keeper writes:
        # a record that cannot be acted on now stays, and is offered again after this window.
        claim = LiveFile(own.path.parent)
        if not claim.take_over(orphan):
            continue  # another window took it first
        record = claim.load()
        if record is None or record.endpoint_kind == EndpointKind.SANDBOX.value:
            claim.discard()
            continue
        choice = _ask(record, parent)
        if choice is Choice.FORGET:
            claim.discard()
            continue
        if _take_back(keeper, editor, record, choice, parent):
            claim.discard()  # the keeper keeps the adopted mix in its own file now
            return True
        return False
    return False


def _take_back(keeper: LiveKeeper, editor: DocumentEditor, record: LiveRecord, choice: Choice,
               parent: QWidget) -> bool:
    connection, controller = keeper.connection, keeper.controller
    _point_at(connection, record)
    try:
        target = connection.target()
    except NotReady as reason:
        # Kept: the next start offers it again, once the key is there.
        title = QCoreApplication.translate("LiveKeeper", "The mix cannot be reached")
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "LiveKeeper", "Mix Designer cannot sign requests for session %1 yet: %2 It is "
                          "offered again at the next start.").replace(
            "%1", record.session_id).replace("%2", str(reason)))
        return False
    if editor.path is None and editor.undo_stack.isClean():
        # An empty window: the canvas shows what is on air.
        editor.replace(record.program.model_copy(deep=True))
    controller.adopt(target, record.session_id, record.output_id, record.program,
                     started_ago=time.time() - record.started_at,
                     confirmed_ago=time.time() - record.confirmed_at)
    if choice is Choice.CANCEL:
        controller.cancel(pressed=False)
    return True


def _point_at(connection: MixConnection, record: LiveRecord) -> None:
    """The connection as it was when the mix started: its requests go where the mix runs."""
    kind = EndpointKind(record.endpoint_kind)
    connection.set_kind(kind)
    connection.set_wire(Wire(record.wire))
    if kind is EndpointKind.CUSTOM:
        connection.set_custom_url(record.endpoint)
    if record.appid is not None:
        connection.set_appid(record.appid)


def _ask(record: LiveRecord, parent: QWidget) -> Choice:
    title = QCoreApplication.translate("LiveKeeper", "A mix may still be running")
    box = QMessageBox(QMessageBox.Icon.Warning, title, title,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # ids and a URL from a file, shown as they are
    box.setInformativeText(QCoreApplication.translate(
        "LiveKeeper", "A Mix Designer window that is no longer open left session %1 on air "
                      "(output %2, started %3 on %4, last confirmed %5): it was left running "
                      "on closing, or the app stopped. The service keeps mixing until it is "
                      "cancelled.")
        .replace("%1", record.session_id).replace("%2", record.output_id)
        .replace("%3", _when(record.started_at)).replace("%4", record.endpoint)
        .replace("%5", _when(record.confirmed_at)))
    role = QMessageBox.ButtonRole
    cancel = QCoreApplication.translate("LiveKeeper", "Cancel it")
    adopt_text = QCoreApplication.translate("LiveKeeper", "Adopt it")
    forget = QCoreApplication.translate("LiveKeeper", "Forget")
    buttons = {box.addButton(cancel, role.DestructiveRole): Choice.CANCEL,
               box.addButton(adopt_text, role.AcceptRole): Choice.ADOPT,
               box.addButton(forget, role.RejectRole): Choice.FORGET}
    adopt = next(button for button, choice in buttons.items() if choice is Choice.ADOPT)
    # The safe answer to Return and Escape: on air again, nothing sent, nothing forgotten.
    box.setDefaultButton(adopt)
    box.setEscapeButton(adopt)
    box.exec()
    return buttons.get(box.clickedButton(), Choice.ADOPT)  # type: ignore[call-overload]


def _when(stamp: float) -> str:
    try:
        return datetime.fromtimestamp(stamp).strftime("%Y-%m-%d %H:%M")
    except (OverflowError, OSError, ValueError):
        return "?"


