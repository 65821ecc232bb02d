"""Where requests go and how they are signed: the endpoint, the interface (Mix_StreamV2 or API
3.0), the APPID and the key (Mix_StreamV2's API key, or API 3.0's SecretId/SecretKey pair).

The endpoint, interface and APPID are remembered in the settings, and so is the play URL
template live probing watches the streams through, per kind of endpoint; keys never are. They come
from the environment (MIX_DESIGNER_KEY; TENCENTCLOUD_SECRET_ID/KEY), the OS keyring, or (with no
keyring backend) memory for this session only, and are held as SecretStr so no repr or
traceback can show them. The built-in sandbox is started in this process on a free loopback
port the first time it is needed; it answers both interfaces.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import os
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from pydantic import SecretStr
from PySide6.QtCore import QObject, QSettings, Signal

from designer.core import api3, credentials
from designer.core.api3_credentials import (
    SECRET_ID_VAR,
    SECRET_KEY_VAR,
    Api3Credentials,
    find_api3_credentials,
    sandbox_credentials,
    store_api3_credentials,
)
from designer.core.errors import CredentialsError
from designer.core.limits import Wire
from designer.core.model import INT32_MAX
from designer.core.playurl import PlayUrlTemplate
from designer.core.wire import DEFAULT_ENDPOINT
from designer.sandbox import DEFAULT_SANDBOX_KEY

if TYPE_CHECKING:
    from designer.sandbox.server import SandboxServer


#: The built-in sandbox takes any APPID; with none entered it uses the spec's example one, so
#: that trying the app needs no account at all.
SANDBOX_APPID = 1252500000


class EndpointKind(StrEnum):
    SANDBOX = "sandbox"
    TENCENT = "tencent"
    CUSTOM = "custom"


class KeySource(StrEnum):
    """Where the key for the next request comes from, as the Mix panel tells the producer."""

    SANDBOX = "sandbox"          # the built-in sandbox's public demo key
    ENVIRONMENT = "environment"  # MIX_DESIGNER_KEY
    KEYRING = "keyring"
    SESSION = "session"          # typed in, no keyring backend: forgotten on quit
    MISSING = "missing"


@dataclass(frozen=True, slots=True)
class Target:
    endpoint: str
    appid: int
    key: SecretStr = field(repr=False)
    wire: Wire = Wire.V2
    #: API 3.0's pair (``key`` is then unused).
    pair: Api3Credentials | None = field(default=None, repr=False)


class NotReady(Exception):
    """The connection lacks something to sign a request with; the text says what (translated)."""


class MixConnection(QObject):
    changed = Signal()
    #: The built-in sandbox started: its URL, and so its play URLs, are known from now on.
    sandbox_started = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self._settings = settings
        stored = settings.value("mix/endpoint")
        self._kind = EndpointKind(stored) if stored in set(EndpointKind) else EndpointKind.SANDBOX
        self._custom_url = str(settings.value("mix/custom_url", "") or "")
        self._appid = parse_appid(str(settings.value("mix/appid", "") or ""))
        stored_wire = settings.value("mix/api")
        self._wire = Wire(stored_wire) if stored_wire in set(Wire) else Wire.V2
        #: API 3.0's pair typed this session: the fallback when the keyring cannot keep it.
        self._session_pair: Api3Credentials | None = None
        self._pair_in_keyring: bool | None = None
        #: Keys typed this session, per APPID: the fallback when the keyring cannot keep them.
        self._session_keys: dict[int, SecretStr] = {}
        self._in_keyring: dict[int | None, bool] = {}
        self._sandbox: SandboxServer | None = None
        #: Play URL templates typed in, per endpoint kind (the sandbox has its own).
        self._play_urls = {kind: str(settings.value(_play_url_key(kind), "") or "")
                           for kind in (EndpointKind.TENCENT, EndpointKind.CUSTOM)}

    # -- endpoint ------------------------------------------------------------------------

    @property
    def kind(self) -> EndpointKind:
        return self._kind

    def set_kind(self, kind: EndpointKind) -> None:
        if kind != self._kind:
            self._kind = kind
            self._settings.setValue("mix/endpoint", kind.value)
            self.changed.emit()

    @property
    def wire(self) -> Wire:
        return self._wire

    def set_wire(self, wire: Wire) -> None:
        if wire != self._wire:
            self._wire = wire
            self._settings.setValue("mix/api", wire.value)
            self.changed.emit()

    @property
    def custom_url(self) -> str:
        return self._custom_url

    def set_custom_url(self, url: str) -> None:
        url = url.strip()
        if url != self._custom_url:
            self._custom_url = url
            self._settings.setValue("mix/custom_url", url)
            self.changed.emit()

    def _endpoint(self) -> str:
        """The URL requests are POSTed to; starts the built-in sandbox if that is the choice."""
        api3_wire = self._wire is Wire.API3
        if self._kind is EndpointKind.SANDBOX:
            url = self.sandbox().url
            # API 3.0 posts to the server's root (the SDK always does), on the same port.
            return url.rsplit("/", 1)[0] if api3_wire else url
        if self._kind is EndpointKind.TENCENT:
            return api3.DEFAULT_ENDPOINT if api3_wire else DEFAULT_ENDPOINT
        return self._custom_url  # missing() has checked it is an http(s) URL

    def endpoint_text(self) -> str:
        """The URL to show for the choice (the sandbox's once it runs)."""
        if self._kind is EndpointKind.CUSTOM:
            return self._custom_url
        if self._kind is EndpointKind.TENCENT:
            return api3.DEFAULT_ENDPOINT if self._wire is Wire.API3 else DEFAULT_ENDPOINT
        url = self.sandbox_url() or ""
        return url.rsplit("/", 1)[0] if url and self._wire is Wire.API3 else url

    def sandbox(self) -> SandboxServer:
        if self._sandbox is None:
            # Imported on first use: most sessions that never send never pay for http.server.
            from designer.sandbox.server import SandboxServer

            self._sandbox = SandboxServer(port=0, key=DEFAULT_SANDBOX_KEY).start()
            self.sandbox_started.emit()
        return self._sandbox

    def sandbox_url(self) -> str | None:
        """The built-in sandbox's URL if it is running (it starts with the first request)."""
        return self._sandbox.url if self._sandbox is not None else None

    @functools.cached_property
    def keyring_usable(self) -> bool:
        # Cached: finding the backend is slow the first time and does not change while we run.
        return credentials.keyring_usable()

    def shutdown(self) -> None:
        if self._sandbox is not None:
            self._sandbox.stop()
            self._sandbox = None

    # -- play URLs (live probing) ---------------------------------------------------------

    def play_url_text(self) -> str:
        """The play URL template for the chosen endpoint: the built-in sandbox's own once it
        runs ("" before), else the one typed for this kind of endpoint."""
        if self._kind is EndpointKind.SANDBOX:
            url = self.sandbox_url()
            return PlayUrlTemplate.for_sandbox(_origin(url)).text if url else ""
        return self._play_urls[self._kind]

    def set_play_url(self, text: str) -> None:
        """Remember the template typed for the chosen kind of endpoint (the built-in sandbox's
        is its own and cannot be changed)."""
        text = text.strip()
        if self._kind is EndpointKind.SANDBOX or text == self._play_urls[self._kind]:
            return
        self._play_urls[self._kind] = text
        self._settings.setValue(_play_url_key(self._kind), text)
        self.changed.emit()

    def play_url(self) -> PlayUrlTemplate:
        """The template to probe the streams with; the built-in sandbox is started for it.
        PlayUrlError says why there is none (empty, or not a template)."""
        if self._kind is EndpointKind.SANDBOX:
            return PlayUrlTemplate.for_sandbox(_origin(self.sandbox().url))
        return PlayUrlTemplate.parse(self._play_urls[self._kind])

    # -- account -------------------------------------------------------------------------

    @property
    def appid(self) -> int | None:
        return self._appid

    def set_appid(self, appid: int | None) -> None:
        if appid != self._appid:
            self._appid = appid
            self._settings.setValue("mix/appid", "" if appid is None else str(appid))
            self.changed.emit()

    def key_source(self) -> KeySource:
        if self._kind is EndpointKind.SANDBOX:
            return KeySource.SANDBOX
        if self._wire is Wire.API3:
            return self._pair_source()
        if os.environ.get(credentials.ENV_VAR):
            return KeySource.ENVIRONMENT
        if self._appid in self._session_keys:
            return KeySource.SESSION
        if self._appid not in self._in_keyring:
            # Asked once per APPID: a keyring lookup can be a D-Bus round trip, and the panel
            # asks on every refresh.
            try:
                credentials.find_key(self._appid)
                self._in_keyring[self._appid] = True
            except CredentialsError:
                self._in_keyring[self._appid] = False
        return KeySource.KEYRING if self._in_keyring[self._appid] else KeySource.MISSING

    def set_key(self, key: SecretStr) -> KeySource:
        """Keep ``key`` for the current APPID: in the keyring, or for this session only."""
        if self._appid is None:
            raise NotReady(self.tr("Enter the APPID before the key: the key is kept per APPID."))
        try:
            credentials.store_key(self._appid, key)
        except CredentialsError:
            self._session_keys[self._appid] = key
            self.changed.emit()
            return KeySource.SESSION
        self._session_keys.pop(self._appid, None)
        self._in_keyring[self._appid] = True
        self.changed.emit()
        return KeySource.KEYRING

    def _pair_source(self) -> KeySource:
        if os.environ.get(SECRET_ID_VAR) and os.environ.get(SECRET_KEY_VAR):
            return KeySource.ENVIRONMENT
        if self._session_pair is not None:
            return KeySource.SESSION
        if self._pair_in_keyring is None:  # asked once: a keyring lookup can be slow
            try:
                find_api3_credentials()
                self._pair_in_keyring = True
            except CredentialsError:
                self._pair_in_keyring = False
        return KeySource.KEYRING if self._pair_in_keyring else KeySource.MISSING

    def set_pair(self, pair: Api3Credentials) -> KeySource:
        """Keep API 3.0's SecretId/SecretKey: in the keyring, or for this session only."""
        try:
            store_api3_credentials(pair)
        except CredentialsError:
            self._session_pair = pair
            self.changed.emit()
            return KeySource.SESSION
        self._session_pair, self._pair_in_keyring = None, True
        self.changed.emit()
        return KeySource.KEYRING

    def forget_pair(self) -> None:
        from designer.core.api3_credentials import delete_api3_credentials

        self._session_pair = None
        with contextlib.suppress(CredentialsError):
            delete_api3_credentials()
        self._pair_in_keyring = None
        self.changed.emit()

    def forget_key(self) -> None:
        if self._appid is None:
            return
        self._session_keys.pop(self._appid, None)
        with contextlib.suppress(CredentialsError):  # no keyring: nothing was stored there
            credentials.delete_key(self._appid)
        self._in_keyring.pop(self._appid, None)
        self.changed.emit()

    # -- the whole target ----------------------------------------------------------------

    def effective_appid(self) -> int | None:
        """The APPID requests are signed for: the one entered, or the sandbox's default."""
        if self._appid is None and self._kind is EndpointKind.SANDBOX:
            return SANDBOX_APPID
        return self._appid

    def missing(self) -> str | None:
        """What stops a request from being signed now, without starting anything; or None."""
        if self._wire is Wire.API3:
            return self._api3_missing()
        if self.effective_appid() is None:
            return self.tr("Enter the APPID (the live streaming APPID of your account).")
        if self._kind is EndpointKind.CUSTOM and not self._custom_url.startswith(
                ("http://", "https://")):
            return self.tr("Enter the custom endpoint as an http:// or https:// URL.")
        if self.key_source() is KeySource.MISSING:
            return self.tr("Enter the API key (the live streaming API key of APPID %1).").replace(
                "%1", str(self._appid))
        return None

    def _api3_missing(self) -> str | None:
        if importlib.util.find_spec("tencentcloud") is None:
            return self.tr("API 3.0 goes through Tencent's SDK, which is not installed: "
                           "pip install -e \".[api3]\".")
        if self._kind is EndpointKind.CUSTOM and not self._custom_url.startswith(
                ("http://", "https://")):
            return self.tr("Enter the custom endpoint as an http:// or https:// URL.")
        if self.key_source() is KeySource.MISSING:
            return self.tr("Enter the SecretId and SecretKey of your Tencent Cloud account "
                           "(API 3.0).")
        return None

    def _pair(self) -> Api3Credentials:
        source = self.key_source()
        if source is KeySource.SANDBOX:
            return sandbox_credentials(DEFAULT_SANDBOX_KEY)
        if source is KeySource.SESSION and self._session_pair is not None:
            return self._session_pair
        try:
            return find_api3_credentials()
        except CredentialsError:
            raise NotReady(self.tr("The SecretId and SecretKey could not be read; enter them "
                                   "again.")) from None

    def target(self) -> Target:
        """Endpoint, APPID and key for the next request; NotReady says what is missing."""
        if (reason := self.missing()) is not None:
            raise NotReady(reason)
        if self._wire is Wire.API3:
            # The SecretId names the account: no APPID goes out on API 3.0.
            return Target(self._endpoint(), self.effective_appid() or 0, SecretStr(""),
                          Wire.API3, self._pair())
        appid = self.effective_appid()
        assert appid is not None  # missing() said so
        endpoint = self._endpoint()
        source = self.key_source()
        if source is KeySource.SANDBOX:
            key = SecretStr(DEFAULT_SANDBOX_KEY)
        elif source is KeySource.SESSION:
            key = self._session_keys[appid]
        else:
            try:
                key = credentials.find_key(appid)
            except CredentialsError:
                raise NotReady(self.tr("The API key could not be read; enter it again.")) from None
        return Target(endpoint, appid, key)


def _play_url_key(kind: EndpointKind) -> str:
    return f"live/play_url/{kind.value}"


def _origin(endpoint: str) -> str:
    """``http://127.0.0.1:8750`` of the sandbox's ``http://127.0.0.1:8750/common_access``."""
    return endpoint.rsplit("/", 1)[0]


def parse_appid(text: str) -> int | None:
    text = text.strip()
    if not text.isdigit():
        return None
    value = int(text)
    return value if 0 < value <= INT32_MAX else None

