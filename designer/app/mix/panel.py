"""The Mix panel: where the requests go, the account, and the one button that starts the show.

The panel only shows the controller's state and forwards presses; the rules (what may be
pressed when, the countdowns) are the controller's. The key field is a write-only slot: what is
typed goes to the keyring (or this session's memory) and the field is emptied at once, so the
key is never on screen, in a screenshot or in the widget tree.
"""

from __future__ import annotations

from pydantic import SecretStr
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from designer.app.messages import error_text
from designer.app.mix.connection import (
    SANDBOX_APPID,
    EndpointKind,
    KeySource,
    MixConnection,
    NotReady,
    parse_appid,
)
from designer.app.mix.controller import MixController, MixState
from designer.app.mix.diff_dialog import DiffDialog
from designer.app.mix.status import describe_failure, state_badge
from designer.app.preferences import CONFIRM_CANCEL_KEY, SKIP_DIFF_FOR_ONE_KEY, setting_on
from designer.core.api3_credentials import SECRET_ID_VAR, SECRET_KEY_VAR, Api3Credentials
from designer.core.credentials import ENV_VAR
from designer.core.limits import Wire
from designer.core.model import INT32_MAX
from designer.core.playurl import PlayUrlError, PlayUrlTemplate


class MixPanel(QWidget):
    def __init__(self, controller: MixController, connection: MixConnection,
                 settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self._settings = settings
        self.setObjectName("mixPanel")
        self.setAccessibleName(self.tr("Mix"))
        self.controller, self.connection = controller, connection

        self.endpoint = QComboBox()
        self.endpoint.setObjectName("mixEndpoint")
        self.endpoint.setAccessibleName(self.tr("Endpoint"))
        for kind, text in ((EndpointKind.SANDBOX, self.tr("Sandbox (built-in, no account)")),
                           (EndpointKind.TENCENT, self.tr("Tencent Cloud")),
                           (EndpointKind.CUSTOM, self.tr("Custom URL"))):
            self.endpoint.addItem(text, kind.value)
        self.api = QComboBox()
        self.api.setObjectName("mixApi")
        self.api.setAccessibleName(self.tr("Interface"))
        self.api.addItem(self.tr("Mix_StreamV2 (APPID and API key)"), Wire.V2.value)
        self.api.addItem(self.tr("API 3.0 (SecretId and SecretKey)"), Wire.API3.value)
        self.api.setToolTip(self.tr(
            "Mix_StreamV2 is the interface the spec describes, signed with the live streaming "
            "API key. API 3.0 (CreateCommonMixStream) carries the same layout under other "
            "names, signed with your account's SecretId and SecretKey by Tencent's SDK."))
        self.url = QLineEdit()
        self.url.setObjectName("mixUrl")
        self.url.setAccessibleName(self.tr("Endpoint URL"))
        # Where each stream can be watched (live probing); checked as it is typed.
        self.play_url = QLineEdit()
        self.play_url.setObjectName("mixPlayUrl")
        self.play_url.setAccessibleName(self.tr("Play URL"))
        self.play_url.setToolTip(self.tr(
            "Where each stream can be watched, {stream_id} standing for its id: Tencent's "
            "HTTP-FLV playback is http://PLAY_DOMAIN/live/{stream_id}.flv (add your auth query "
            "if playback needs one). View ▸ Live inputs shows the streams' real pictures and "
            "sizes from it; it is never sent to the mixing service."))
        self.play_url_note = QLabel()
        self.play_url_note.setObjectName("mixPlayUrlNote")
        self.play_url_note.setWordWrap(True)
        self.play_url_note.setStyleSheet("color: #c0392b")
        #: The kind of endpoint whose play URL the field shows.
        self._play_url_kind: EndpointKind | None = None
        self.appid = QLineEdit()
        self.appid.setObjectName("mixAppid")
        self.appid.setAccessibleName(self.tr("APPID"))
        self.appid.setValidator(QIntValidator(1, INT32_MAX, self))
        self.appid.setToolTip(self.tr("The account the request is signed for. It is sent as "
                                      "appid in the URL and as app_id in the para, replacing "
                                      "the layout's app_id."))
        self.key = QLineEdit()
        self.key.setObjectName("mixKey")
        self.key.setAccessibleName(self.tr("API key"))
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_save = QPushButton(self.tr("Keep"))
        self.key_save.setObjectName("mixKeySave")
        self.key_save.setToolTip(self.tr("Store the key in the OS keyring (the field is then "
                                         "emptied; only the MD5 sign is ever sent)"))
        self.key_forget = QPushButton(self.tr("Forget"))
        self.key_forget.setObjectName("mixKeyForget")
        # API 3.0's pair: write-only like the key (emptied once kept, never shown again).
        self.secret_id = QLineEdit()
        self.secret_id.setObjectName("mixSecretId")
        self.secret_id.setAccessibleName(self.tr("SecretId"))
        self.secret_id.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_key = QLineEdit()
        self.secret_key.setObjectName("mixSecretKey")
        self.secret_key.setAccessibleName(self.tr("SecretKey"))
        self.secret_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.pair_save = QPushButton(self.tr("Keep"))
        self.pair_save.setObjectName("mixPairSave")
        self.pair_save.setToolTip(self.tr("Store the SecretId and SecretKey in the OS keyring "
                                          "(the fields are then emptied; Tencent's SDK signs "
                                          "each request with them, they are never sent)"))
        self.pair_forget = QPushButton(self.tr("Forget"))
        self.pair_forget.setObjectName("mixPairForget")
        self.key_note = QLabel()
        self.key_note.setObjectName("mixKeyNote")
        self.key_note.setWordWrap(True)

        key_row = QHBoxLayout()
        key_row.setContentsMargins(0, 0, 0, 0)
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.key_save)
        key_row.addWidget(self.key_forget)
        pair_row = QHBoxLayout()
        pair_row.setContentsMargins(0, 0, 0, 0)
        pair_row.addWidget(self.secret_key, 1)
        pair_row.addWidget(self.pair_save)
        pair_row.addWidget(self.pair_forget)
        self._form = form = QFormLayout()
        form.addRow(self.tr("Endpoint"), self.endpoint)
        form.addRow(self.tr("Interface"), self.api)
        form.addRow(self.tr("URL"), self.url)
        play_url_row = QVBoxLayout()
        play_url_row.setContentsMargins(0, 0, 0, 0)
        play_url_row.addWidget(self.play_url)
        play_url_row.addWidget(self.play_url_note)
        form.addRow(self.tr("Play URL"), play_url_row)
        form.addRow(self.tr("APPID"), self.appid)
        form.addRow(self.tr("API key"), key_row)
        form.addRow(self.tr("SecretId"), self.secret_id)
        form.addRow(self.tr("SecretKey"), pair_row)
        form.addRow("", self.key_note)
        #: Rows of one interface only: shown when it is chosen.
        self._v2_rows = (self.appid, key_row)
        self._api3_rows = (self.secret_id, pair_row)

        self.badge = QLabel()
        self.badge.setObjectName("mixState")
        self.badge.setAccessibleName(self.tr("Mix state"))
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setMinimumHeight(34)
        self.detail = QLabel()
        self.detail.setObjectName("mixDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.start_button = QPushButton()
        self.start_button.setObjectName("mixStart")
        self.start_button.setMinimumHeight(32)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("mixCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel the mix"))
        self.cancel_button.setMinimumHeight(32)
        self.keep_button = QPushButton(self.tr("Keep it running"))
        self.keep_button.setObjectName("mixKeepRunning")
        self.new_session_button = QPushButton(self.tr("Use a new session id"))
        self.new_session_button.setObjectName("mixNewSession")
        buttons = QHBoxLayout()
        # A click leaves the keyboard where it was (the canvas, mostly): a focused button that
        # becomes disabled as it sends hands the focus on to the next field, the Play URL.
        for button in (self.start_button, self.cancel_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        buttons.addWidget(self.start_button, 1)
        buttons.addWidget(self.cancel_button, 1)

        # The state and the buttons first: they must stay in view in a short dock; where the
        # requests go is set once and read below.
        connection_box = QGroupBox(self.tr("Connection"))
        connection_box.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.badge)
        layout.addLayout(buttons)
        layout.addWidget(self.keep_button)
        layout.addWidget(self.new_session_button)
        layout.addWidget(self.detail)
        layout.addWidget(connection_box)
        layout.addStretch(1)

        self.endpoint.activated.connect(self._endpoint_chosen)
        self.api.activated.connect(
            lambda index: connection.set_wire(Wire(self.api.itemData(index))))
        self.secret_id.returnPressed.connect(self.secret_key.setFocus)
        self.secret_key.returnPressed.connect(self._keep_pair)
        self.pair_save.clicked.connect(self._keep_pair)
        self.pair_forget.clicked.connect(connection.forget_pair)
        self.url.editingFinished.connect(self._url_edited)
        self.play_url.editingFinished.connect(
            lambda: connection.set_play_url(self.play_url.text()))
        self.play_url.textEdited.connect(self._show_play_url_note)
        connection.sandbox_started.connect(self.refresh)
        self.appid.editingFinished.connect(self._appid_edited)
        self.key.returnPressed.connect(self._keep_key)
        self.key_save.clicked.connect(self._keep_key)
        self.key_forget.clicked.connect(connection.forget_key)
        self.start_button.clicked.connect(lambda: self.press_start())
        self.cancel_button.clicked.connect(self.press_cancel)
        self.keep_button.clicked.connect(controller.keep_running)
        self.new_session_button.clicked.connect(controller.use_new_session_id)
        controller.changed.connect(self.refresh)
        connection.changed.connect(self.refresh)
        self._fill_from_connection()
        self.refresh()

    # -- presses -------------------------------------------------------------------------

    def press_start(self, show_changes: bool = True) -> None:
        """Start, or update what is on air; an update shows its changes first unless
        ``show_changes`` is False (a show that takes without confirming)."""
        controller = self.controller
        if controller.is_update and show_changes and not self._changes_confirmed():
            return
        if controller.is_update and controller.switch_too_soon():
            answer = QMessageBox.question(
                self, self.tr("Switch again so soon?"),
                self.tr("The layout was switched a moment ago. The service asks not to call "
                        "it often: each switch can make the picture step back briefly (spec "
                        "FAQ 13). Switch anyway?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        controller.start()

    def _changes_confirmed(self) -> bool:
        """Show what an update changes on air and let the producer send it or go back; a
        single change goes at once if the preferences say so."""
        controller = self.controller
        unsent = controller.unsent
        if unsent is None or unsent.empty or controller.start_blocker() is not None:
            return True  # nothing to show: start() says why it does not send
        if unsent.count == 1 and setting_on(self._settings, SKIP_DIFF_FOR_ONE_KEY, False):
            return True
        dialog = DiffDialog(unsent, controller.editor.layout, controller.session_id(), self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def press_cancel(self) -> None:
        controller = self.controller
        live = controller.live
        if (live is not None and controller.can_cancel()
                and setting_on(self._settings, CONFIRM_CANCEL_KEY)
                and not self._confirm_cancel(live.session_id, live.output_id)):
            return
        controller.cancel()

    def _confirm_cancel(self, session_id: str, output_id: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cancel the mix?"),
                          self.tr("Cancel the mix?"), QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr(
            "The service stops mixing session %1: viewers of %2 no longer see this layout. "
            "(Preferences can turn this question off.)").replace("%1", session_id).replace(
            "%2", output_id))
        cancel = box.addButton(self.tr("Cancel the mix"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it running"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is cancel

    def add_below_controls(self, widget: QWidget) -> None:
        """Put a feature's widget under the state and the buttons (the live feature's offers
        for a guest who drops), where the producer looks while live."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.detail) + 1, widget)

    # -- inputs --------------------------------------------------------------------------

    def _endpoint_chosen(self, index: int) -> None:
        self.connection.set_kind(EndpointKind(self.endpoint.itemData(index)))
        self._fill_from_connection()

    def _url_edited(self) -> None:
        if self.connection.kind is EndpointKind.CUSTOM:
            self.connection.set_custom_url(self.url.text())

    def _appid_edited(self) -> None:
        self.connection.set_appid(parse_appid(self.appid.text()))

    def _keep_key(self) -> None:
        text = self.key.text().strip()
        self.key.clear()  # the key leaves the widget at once, whatever happens next
        if not text:
            return
        self._appid_edited()
        try:
            # Where it went (keyring, or this session only) is what the key note then says.
            self.connection.set_key(SecretStr(text))
        except NotReady as reason:
            self.key_note.setText(str(reason))

    def _keep_pair(self) -> None:
        secret_id, secret_key = self.secret_id.text().strip(), self.secret_key.text().strip()
        if not (secret_id and secret_key):
            self.key_note.setText(self.tr("Enter both the SecretId and the SecretKey."))
            return
        self.secret_id.clear()  # the pair leaves the widgets at once, whatever happens next
        self.secret_key.clear()
        self.connection.set_pair(Api3Credentials(secret_id, SecretStr(secret_key)))

    def _fill_from_connection(self) -> None:
        connection = self.connection
        self.endpoint.setCurrentIndex(self.endpoint.findData(connection.kind.value))
        self._show_endpoint_url()

    def _show_endpoint_url(self) -> None:
        kind = self.connection.kind
        self.url.setReadOnly(kind is not EndpointKind.CUSTOM)
        if kind is EndpointKind.CUSTOM:
            self.url.setText(self.connection.custom_url)
            self.url.setPlaceholderText("http://127.0.0.1:8750/common_access")
        else:
            self.url.setText(self.connection.endpoint_text())
            self.url.setPlaceholderText(self.tr("starts on 127.0.0.1 with the first request"))

    # -- display -------------------------------------------------------------------------

    def refresh(self) -> None:
        controller, connection = self.controller, self.connection
        state = controller.state
        text, style = state_badge(state, controller)
        self.badge.setText(text)
        self.badge.setStyleSheet(style)
        self.detail.setText(self._detail())

        settled = not controller.busy and controller.live is None
        api3 = connection.wire is Wire.API3
        # The choices as the connection has them, whoever changed them (an adopted mix does).
        self.endpoint.setCurrentIndex(self.endpoint.findData(connection.kind.value))
        self.api.setCurrentIndex(self.api.findData(connection.wire.value))
        for row in self._v2_rows:
            self._form.setRowVisible(row, not api3)
        for row in self._api3_rows:
            self._form.setRowVisible(row, api3)
        for widget in (self.endpoint, self.api, self.appid, self.url):
            # The live mix is cancelled where it was started: the target stays put meanwhile.
            widget.setEnabled(settled)
        if not self.url.hasFocus():  # never overwrite what is being typed
            self._show_endpoint_url()
        # Not over what is being typed, unless it was typed for another kind of endpoint.
        if not self.play_url.hasFocus() or self._play_url_kind is not connection.kind:
            self._show_play_url()
        if not self.appid.hasFocus():
            self.appid.setText("" if connection.appid is None else str(connection.appid))
        self.appid.setPlaceholderText(
            self.tr("any; empty: %1").replace("%1", str(SANDBOX_APPID))
            if connection.kind is EndpointKind.SANDBOX else self.tr("live streaming APPID"))
        if api3:
            self._show_pair_state(settled)
        else:
            self._show_key_state(settled)

        blocker = controller.start_blocker()
        self.start_button.setText(self._update_text() if controller.is_update
                                  else self.tr("Start mix"))
        self.start_button.setAccessibleName(self.start_button.text())
        self.start_button.setEnabled(blocker is None)
        self.start_button.setToolTip(blocker or (
            self.tr("Switch the running mix to this layout (same session and output)")
            if controller.is_update else self.tr("Start mixing this layout")))
        due = controller.cancel_in()
        self.cancel_button.setText(self.tr("Cancel in %1 s…").replace("%1", str(due))
                                   if due is not None else self.tr("Cancel mix"))
        self.cancel_button.setEnabled(controller.can_cancel())
        self.keep_button.setVisible(due is not None)
        self.new_session_button.setVisible(state is MixState.COOLING_DOWN)

    def _show_play_url(self) -> None:
        self._play_url_kind = self.connection.kind
        sandbox = self.connection.kind is EndpointKind.SANDBOX
        self.play_url.setReadOnly(sandbox)  # the sandbox's own, filled in
        self.play_url.setText(self.connection.play_url_text())
        self.play_url.setPlaceholderText(
            self.tr("starts on 127.0.0.1 with live inputs or the first request") if sandbox
            else "http://PLAY_DOMAIN/live/{stream_id}.flv")
        self._show_play_url_note(self.play_url.text())

    def _show_play_url_note(self, text: str) -> None:
        """Why a template typed in cannot be used (nothing for an empty one: the field's
        placeholder shows what one looks like); the rest of the panel works regardless."""
        reason = ""
        if text.strip() and self.connection.kind is not EndpointKind.SANDBOX:
            try:
                PlayUrlTemplate.parse(text)
            except PlayUrlError as error:
                reason = error_text(error)
        self.play_url_note.setText(reason)
        self.play_url_note.setVisible(bool(reason))

    def _update_text(self) -> str:
        unsent = self.controller.unsent
        if unsent is None or unsent.empty:
            return self.tr("Update mix")
        return self.tr("Update mix (%n change(s))", "", unsent.count)

    def _detail(self) -> str:
        controller = self.controller
        lines: list[str] = []
        live = controller.live
        if live is not None:
            lines.append(self.tr("Session <b>%1</b> → output <b>%2</b>: %3")
                         .replace("%1", live.session_id).replace("%2", live.output_id)
                         .replace("%3", controller.unsent_text()))
        if controller.cancel_in() is not None:
            lines.append(self.tr("The service takes a cancel 5 s after the start at the "
                                 "earliest; it is sent by itself when the countdown ends."))
        if controller.failure is not None:
            lines.append(describe_failure(controller.failure))
        layout_appid = controller.editor.layout.para.app_id
        appid = self.connection.effective_appid()
        if live is None and layout_appid is not None and appid is not None \
                and layout_appid != appid and self.connection.wire is Wire.V2:
            lines.append(self.tr("Signed for APPID %1: the layout's app_id %2 is replaced when "
                                 "sending.").replace("%1", str(appid))
                         .replace("%2", str(layout_appid)))
        if not controller.busy and (blocker := controller.start_blocker()):
            lines.append(f"<span style='color:#7f8c8d'>{_escape(blocker)}</span>")
        return "<br>".join(lines)

    def _show_key_state(self, settled: bool) -> None:
        source = self.connection.key_source()
        sandbox = source is KeySource.SANDBOX
        fixed = source is KeySource.ENVIRONMENT
        self.key.setEnabled(settled and not sandbox and not fixed)
        self.key_save.setEnabled(settled and not sandbox and not fixed)
        self.key_forget.setEnabled(settled and source in (KeySource.KEYRING, KeySource.SESSION))
        notes = {
            KeySource.SANDBOX: self.tr("No key needed: the sandbox checks its public demo key."),
            KeySource.ENVIRONMENT: self.tr("Using the key in %1.").replace("%1", ENV_VAR),
            KeySource.KEYRING: self.tr("Key stored in the OS keyring for this APPID."),
            KeySource.SESSION: self.tr("Key kept for this session only (no OS keyring)."),
        }
        if source is KeySource.MISSING:
            # Asked only when needed: finding the keyring backend takes ~100 ms.
            notes[source] = (
                self.tr("No key for this APPID yet: type it and press Keep.")
                if self.connection.keyring_usable else
                self.tr("No key yet. There is no OS keyring here: a key typed in is kept for "
                        "this session only (or set %1).").replace("%1", ENV_VAR))
        self.key_note.setText(notes[source])
        self.key.setPlaceholderText({
            KeySource.KEYRING: self.tr("stored — type to replace"),
            KeySource.SESSION: self.tr("kept — type to replace"),
        }.get(source, ""))

    def _show_pair_state(self, settled: bool) -> None:
        source = self.connection.key_source()
        editable = settled and source not in (KeySource.SANDBOX, KeySource.ENVIRONMENT)
        for widget in (self.secret_id, self.secret_key, self.pair_save):
            widget.setEnabled(editable)
        self.pair_forget.setEnabled(settled and source in (KeySource.KEYRING, KeySource.SESSION))
        notes = {
            KeySource.SANDBOX: self.tr("No SecretId or SecretKey needed: the sandbox checks "
                                       "its own demo pair."),
            KeySource.ENVIRONMENT: self.tr("Using the pair in %1 and %2.").replace(
                "%1", SECRET_ID_VAR).replace("%2", SECRET_KEY_VAR),
            KeySource.KEYRING: self.tr("SecretId and SecretKey stored in the OS keyring."),
            KeySource.SESSION: self.tr("SecretId and SecretKey kept for this session only "
                                       "(no OS keyring)."),
            KeySource.MISSING: self.tr("No SecretId and SecretKey yet: type both and press "
                                       "Keep. API 3.0 needs no APPID: the SecretId names the "
                                       "account."),
        }
        self.key_note.setText(notes[source])
        placeholder = {KeySource.KEYRING: self.tr("stored — type to replace"),
                       KeySource.SESSION: self.tr("kept — type to replace")}.get(source, "")
        self.secret_id.setPlaceholderText(placeholder)
        self.secret_key.setPlaceholderText(placeholder)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
