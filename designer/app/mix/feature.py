"""The mix, plugged into the main window: its docks, its actions, and the question on close.

Kept out of window.py so that the window only says where the feature goes, and everything
about sending lives in designer.app.mix.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QScrollArea

from designer.app.actions.registry import ActionRegistry
from designer.app.mix.connection import MixConnection
from designer.app.mix.controller import MixController
from designer.app.mix.panel import MixPanel
from designer.app.shell import Shell
from designer.core.wire import Action

if TYPE_CHECKING:
    from designer.app.mix.automix_dialog import AutomixDialog
    from designer.app.mix.log_panel import RequestLogPanel


class MixFeature(QObject):
    def __init__(self, shell: Shell, registry: ActionRegistry):
        super().__init__(registry)
        self._shell = shell
        self.connection = MixConnection(shell.settings, self)
        self.controller = MixController(shell.editor, self.connection, parent=self)
        self.panel = MixPanel(self.controller, self.connection)
        #: Built when its dock is first shown (a tab out of sight at start; see add_dock).
        self.log_panel: RequestLogPanel | None = None
        # Scrolls rather than clips when the dock is made short.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self.panel)
        shell.add_dock("mix", self.tr("Mix"), scroller, Qt.DockWidgetArea.RightDockWidgetArea)
        # On air is visible even with the Mix dock closed.
        self.on_air = QLabel()
        self.on_air.setObjectName("onAir")
        shell.statusBar().addPermanentWidget(self.on_air)
        shell.add_dock("requestLog", self.tr("Request log"), self._build_log_panel,
                       Qt.DockWidgetArea.BottomDockWidgetArea)
        self._close_when_settled = False
        add = registry.add
        self.start_action = add("start", self.tr("&Start mix"), self.panel.press_start, "F5")
        self.cancel_action = add("cancel", self.tr("&Cancel mix"), self.panel.press_cancel,
                                 "Shift+F5")
        add("automix", self.tr("&Auto-mix push URLs…"), self.show_automix, "Ctrl+Shift+U")
        add("request-log", self.tr("Show request &log"), lambda: shell.show_dock("requestLog"),
            "Ctrl+Shift+L")
        self._update_actions()
        self._update_on_air()
        self.controller.changed.connect(self._update_actions)
        self.controller.changed.connect(self._update_on_air)
        self.controller.changed.connect(self._close_if_settled)

    # -- actions -------------------------------------------------------------------------

    def _update_actions(self) -> None:
        controller = self.controller
        start = self.start_action
        start.setText(self.tr("&Update mix") if controller.is_update else self.tr("&Start mix"))
        blocker = controller.start_blocker()
        start.setEnabled(blocker is None)
        start.setToolTip(blocker or start.text().replace("&", ""))
        self.cancel_action.setEnabled(controller.can_cancel())

    def _build_log_panel(self) -> RequestLogPanel:
        # Imported here too: its widgets' types cost start-up time; the log keeps every entry
        # meanwhile, and the panel shows them all when it is built.
        from designer.app.mix.log_panel import RequestLogPanel

        self.log_panel = RequestLogPanel(self.controller)
        return self.log_panel

    def _update_on_air(self) -> None:
        live = self.controller.live
        self.on_air.setVisible(live is not None)
        if live is not None:
            self.on_air.setText(self.tr("● LIVE  %1").replace("%1", live.session_id))
            self.on_air.setStyleSheet("color: white; background: #c0392b; padding: 0 6px; "
                                      "font-weight: bold; border-radius: 3px")

    def show_automix(self) -> AutomixDialog:
        from designer.app.mix.automix_dialog import AutomixDialog  # built on demand only

        dialog = AutomixDialog(self.controller.session_id(), self.panel.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- closing -------------------------------------------------------------------------

    def may_close(self) -> bool:
        """Ask before closing on a running mix; True if the window may close now."""
        controller = self.controller
        if controller.live is None and not controller.busy:
            return True
        box = QMessageBox(self.panel.window())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("The mix is running"))
        box.setText(self.tr("Session %1 is still being mixed by the service. Cancel the mix "
                            "before closing, or leave it running?")
                    .replace("%1", controller.live.session_id if controller.live
                             else controller.session_id()))
        cancel_mix = box.addButton(self.tr("Cancel the mix and close"),
                                   QMessageBox.ButtonRole.DestructiveRole)
        leave = box.addButton(self.tr("Leave it running and close"),
                              QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Don't close"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is leave:
            return True
        if clicked is cancel_mix:
            # Closes once the cancel is confirmed (after the 5 s rule if need be).
            self._close_when_settled = True
            if not controller.busy and controller.cancel_in() is None:
                controller.cancel(pressed=False)
        return False

    def _close_if_settled(self) -> None:
        controller = self.controller
        if not self._close_when_settled or controller.busy:
            return
        if controller.live is None:
            self._close_when_settled = False
            self._shell.close()
        elif controller.cancel_in() is None:
            failure = controller.failure
            if failure is not None and failure.action is Action.CANCEL:
                # The cancel was refused: stay open, the Mix dock shows why.
                self._close_when_settled = False
            else:
                # Asked to cancel while the start was on its way: it is live now.
                controller.cancel(pressed=False)

    def shutdown(self) -> None:
        self.controller.wait(2000)
        self.connection.shutdown()
