"""The mix, plugged into the main window: its docks, its actions, its line in the status bar,
and the question on close.

Kept out of window.py so that the window only says where the feature goes, and everything
about sending lives in designer.app.mix. Whatever dock is in front, the producer sees the
mix's state: the status bar says it, and a failure raises the Mix dock.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QScrollArea, QToolTip

from designer.app.actions.registry import ActionRegistry
from designer.app.mix.connection import MixConnection
from designer.app.mix.controller import Failure, MixController
from designer.app.mix.cues_panel import CuesPanel
from designer.app.mix.keeper import LiveKeeper
from designer.app.mix.panel import MixPanel
from designer.app.mix.status import failure_line, status_line
from designer.app.shell import Shell
from designer.core.program import Ghost, ghosts
from designer.core.show import Cue
from designer.core.wire import Action

if TYPE_CHECKING:
    from designer.app.mix.automix_dialog import AutomixDialog
    from designer.app.mix.log_panel import RequestLogPanel


class CloseChoice(Enum):
    """What the producer chose on closing with a mix (perhaps) running."""

    CLOSE = "close"                # nothing runs, or leave it running
    STAY = "stay"
    CANCEL_FIRST = "cancel-first"  # cancel the mix, close once the service confirms


class MixFeature(QObject):
    #: What is on air where it differs from the canvas (designer.core.program.Ghost boxes).
    program_changed = Signal(list)

    def __init__(self, shell: Shell, registry: ActionRegistry):
        super().__init__(registry)
        self._shell = shell
        self.connection = MixConnection(shell.settings, self)
        self.controller = MixController(shell.editor, self.connection, parent=self)
        # Problems and the status bar judge the layout as the chosen interface will send it.
        shell.editor.set_wire(self.connection.wire)
        self.connection.changed.connect(lambda: shell.editor.set_wire(self.connection.wire))
        self.panel = MixPanel(self.controller, self.connection, shell.settings)
        #: Keeps the confirmed mix on disk (its file is set by whoever knows the state folder).
        self.keeper = LiveKeeper(self.controller, self.connection, None, self)
        #: Built when its dock is first shown (a tab out of sight at start; see add_dock).
        self.log_panel: RequestLogPanel | None = None
        # Scrolls rather than clips when the dock is made short.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self.panel)
        # A click on the panel (its buttons take no click focus) must not hand the keyboard to
        # the scroll area either: it stays with the canvas, for the next key the producer hits.
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        shell.add_dock("mix", self.tr("Mix"), scroller, Qt.DockWidgetArea.RightDockWidgetArea)
        # The mix's state, visible whatever dock is in front (or with the Mix dock closed).
        self.status = QLabel()
        self.status.setObjectName("mixStatus")
        self.status.setAccessibleName(self.tr("Mix state"))
        shell.statusBar().addPermanentWidget(self.status)
        #: The failure last raised to the producer's attention (each is raised once).
        self._raised: Failure | None = None
        shell.add_dock("requestLog", self.tr("Request log"), self._build_log_panel,
                       Qt.DockWidgetArea.BottomDockWidgetArea)
        #: The cue whose layout the last start or update sent, and the one on air.
        self._sent_cue: Cue | None = None
        self.on_air_cue: Cue | None = None
        self._program: object | None = None
        #: The show's cues: built when its dock is first shown.
        self.cues_panel: CuesPanel | None = None
        shell.add_dock("cues", self.tr("Cues"), self._build_cues_panel,
                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self._closing = False
        self._close_done = False
        add = registry.add
        self.start_action = add("start", self.tr("&Start mix"), self.panel.press_start, "F5")
        self.cancel_action = add("cancel", self.tr("&Cancel mix"), self.panel.press_cancel,
                                 "Shift+F5")
        # While live, the one-click way to take a dropped guest off air (and bring them back):
        # through the changes shown before an update and the FAQ 13 guard, like any update.
        self.off_air_now = add("off-air-now", self.tr("Take off air now"), self._off_air_now,
                               "Ctrl+Alt+Shift+O")
        for number in range(1, 10):
            add(f"take-{number}", self.tr("Take cue %1").replace("%1", str(number)),
                lambda number=number: self.take(number - 1), str(number))
        add("automix", self.tr("&Auto-mix push URLs…"), self.show_automix, "Ctrl+Shift+U")
        add("request-log", self.tr("Show request &log"), lambda: shell.show_dock("requestLog"),
            "Ctrl+Shift+L")
        self._update_actions()
        self._update_status()
        self.controller.changed.connect(self._update_actions)
        shell.editor.selection_changed.connect(self._update_actions)
        self.controller.changed.connect(self._update_status)
        self.controller.changed.connect(self._close_if_settled)
        self.controller.changed.connect(self._compare_program)
        self.controller.sending.connect(self._remember_sent_cue)
        self._shown_ghosts: list[Ghost] = []

    # -- actions -------------------------------------------------------------------------

    def _update_actions(self) -> None:
        controller = self.controller
        start = self.start_action
        start.setText(self.tr("&Update mix") if controller.is_update else self.tr("&Start mix"))
        blocker = controller.start_blocker()
        start.setEnabled(blocker is None)
        start.setToolTip(blocker or start.text().replace("&", ""))
        self.cancel_action.setEnabled(controller.can_cancel())
        selection = controller.editor.selection
        self.off_air_now.setVisible(controller.live is not None)
        self.off_air_now.setEnabled(controller.live is not None and bool(selection)
                                    and not controller.busy)
        self.off_air_now.setText(self.tr("Put back on air now") if self._all_off_air()
                                 else self.tr("Take off air now"))

    # -- the show ------------------------------------------------------------------------------

    def take(self, row: int) -> None:
        """Send cue ``row`` on air: previewed, then started or updated (its changes shown first
        unless the show takes without confirming; the FAQ 13 guard still applies)."""
        editor = self.controller.editor
        if not 0 <= row < len(editor.cues.show.cues) or self.controller.busy:
            return
        editor.preview_cue(row)
        self.send_canvas(show_changes=not editor.cues.show.take_without_confirming)

    def _build_cues_panel(self) -> CuesPanel:
        self.cues_panel = CuesPanel(self.controller.editor, self.take)
        self.cues_panel.set_on_air(self.on_air_cue)
        return self.cues_panel

    def _remember_sent_cue(self) -> None:
        self._sent_cue = self.controller.editor.cues.current

    def _compare_program(self) -> None:
        live = self.controller.live
        program = live.program if live is not None else None
        if program is not self._program:  # a start or update confirmed, or the mix ended
            self._program = program
            self.on_air_cue = self._sent_cue if program is not None else None
            if self.cues_panel is not None:
                self.cues_panel.set_on_air(self.on_air_cue)
        found = [] if live is None else ghosts(live.program, self.controller.editor.layout)
        if found != self._shown_ghosts:
            self._shown_ghosts = found
            self.program_changed.emit(found)

    def _all_off_air(self) -> bool:
        editor = self.controller.editor
        return bool(editor.selection) and not any(editor.document.design(uid).visible
                                                  for uid in editor.selection)

    def _off_air_now(self) -> None:
        editor = self.controller.editor
        self.send_on_air(editor.selection, self._all_off_air())

    def send_on_air(self, uids: list[str], on_air: bool) -> bool:
        """Put inputs on air or take them off (one undo step) and send it, in one click:
        False, and nothing sent, if the editor refused (layer 1 stays on air)."""
        if not self.controller.editor.set_on_air(uids, on_air):
            return False
        self.send_canvas()
        return True

    def send_canvas(self, show_changes: bool = True) -> None:
        """Send the canvas as it is now: while live an update, through its changes shown
        first (unless ``show_changes`` is False: a show that takes without confirming) and the
        FAQ 13 guard."""
        if (blocker := self.controller.start_blocker()) is not None:
            # Changed on the canvas (a cue taken, a guest off air), not sent: say why (one guest
            # left is -21; the cue taken may be on air already).
            self._shell.statusBar().showMessage(blocker, 20000)
            self._shell.show_dock("mix")
            return
        self.panel.press_start(show_changes=show_changes)

    def _build_log_panel(self) -> RequestLogPanel:
        # Imported here too: its widgets' types cost start-up time; the log keeps every entry
        # meanwhile, and the panel shows them all when it is built.
        from designer.app.mix.log_panel import RequestLogPanel

        self.log_panel = RequestLogPanel(self.controller)
        return self.log_panel

    def _update_status(self) -> None:
        text, style = status_line(self.controller) or ("", "")
        self.status.setText(text)
        self.status.setStyleSheet(style)
        self.status.setVisible(bool(text))
        failure = self.controller.failure
        if failure is not None and failure is not self._raised:
            # A refusal or a lost answer is never hidden behind another dock.
            self._raised = failure
            self._shell.show_dock("mix")
            anchor = self.status if self.status.isVisible() else self.panel.start_button
            if anchor.isVisible():
                QToolTip.showText(anchor.mapToGlobal(anchor.rect().topLeft()),
                                  failure_line(failure), anchor)

    def show_automix(self) -> AutomixDialog:
        from designer.app.mix.automix_dialog import AutomixDialog  # built on demand only

        dialog = AutomixDialog(self.controller.session_id(), self.panel.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- closing -------------------------------------------------------------------------

    def close_choice(self) -> CloseChoice:
        """Ask before closing on a mix that runs, or may run (a start with no answer)."""
        controller = self.controller
        failure = controller.failure
        uncertain = (controller.live is None and failure is not None and failure.uncertain
                     and controller.can_cancel())
        if controller.live is None and not controller.busy and not uncertain:
            return CloseChoice.CLOSE
        # The session sent, not the document's id (which may have been edited since).
        mix = controller.pending
        session = mix.session_id if mix is not None else controller.session_id()
        box = QMessageBox(self.panel.window())
        box.setIcon(QMessageBox.Icon.Question)
        if controller.live is None and controller.busy:  # a start on its way, no answer yet
            box.setWindowTitle(self.tr("The mix may be starting"))
            box.setText(self.tr("The start of session %1 has not been answered yet: the service "
                                "may be mixing it. Cancel it before closing, or leave it?")
                        .replace("%1", session))
        elif uncertain:
            box.setWindowTitle(self.tr("The mix may be running"))
            box.setText(self.tr("The start of session %1 got no answer: the service may be "
                                "mixing it. Cancel it before closing, or leave it?")
                        .replace("%1", session))
        else:
            box.setWindowTitle(self.tr("The mix is running"))
            box.setText(self.tr("Session %1 is still being mixed by the service. Cancel the mix "
                                "before closing, or leave it running?").replace("%1", session))
        cancel_mix = box.addButton(self.tr("Cancel the mix and close"),
                                   QMessageBox.ButtonRole.DestructiveRole)
        leave = box.addButton(self.tr("Leave it running and close"),
                              QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Don't close"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is leave:
            return CloseChoice.CLOSE
        if clicked is cancel_mix:
            return CloseChoice.CANCEL_FIRST
        return CloseChoice.STAY

    def cancel_then_close(self) -> None:
        """Cancel the mix; the window closes once the service confirms (after the 5 s rule if
        need be, and once a start on its way has its answer)."""
        controller = self.controller
        self._closing = True
        if not controller.busy and controller.cancel_in() is None:
            controller.cancel(pressed=False)

    def ready_to_close(self) -> bool:
        """The close waited for a cancel, and the service confirmed it."""
        return self._close_done

    def _close_if_settled(self) -> None:
        controller = self.controller
        if not self._closing or controller.busy:
            return
        if controller.live is None and not controller.can_cancel():  # nothing runs now
            self._closing, self._close_done = False, True
            self._shell.close()
        elif controller.cancel_in() is None:
            failure = controller.failure
            if failure is not None and failure.action is Action.CANCEL:
                # The cancel was refused or lost: stay open, the Mix dock shows why.
                self._closing = False
            else:
                # Asked to cancel while the start was on its way: it is live now.
                controller.cancel(pressed=False)

    def shutdown(self) -> None:
        self.controller.wait(2000)
        self.connection.shutdown()
