"""Where requests go and how they are signed: the endpoint, the APPID and the API key.

The endpoint and APPID are remembered in the settings; the key never is. It comes from the
MIX_DESIGNER_KEY variable, the OS keyring, or (with no keyring backend) memory for this session
only, and it is held as a SecretStr so no repr or traceback can show it. The built-in sandbox
is started in this process on a free loopback port the first time it is needed.
"""

from __future__ import annotations

import contextlib
import functools
import os
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from pydantic import SecretStr
from PySide6.QtCore import QObject, QSettings, Signal

from designer.core import credentials
from designer.core.errors import CredentialsError
from designer.core.model import INT32_MAX
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


class NotReady(Exception):
    """The connection lacks something to sign a request with; the text says what (translated)."""


class MixConnection(QObject):
    changed = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self._settings = settings
        stored = settings.value("mix/endpoint")
        self._kind = EndpointKind(stored) if stored in set(EndpointKind) else EndpointKind.SANDBOX
        self._custom_url = str(settings.value("mix/custom_url", "") or "")
        self._appid = parse_appid(str(settings.value("mix/appid", "") or ""))
        #: Keys typed this session, per APPID: the fallback when the keyring cannot keep them.
        self._session_keys: dict[int, SecretStr] = {}
        self._in_keyring: dict[int | None, bool] = {}
        self._sandbox: SandboxServer | None = None

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
        if self._kind is EndpointKind.SANDBOX:
            return self.sandbox().url
        if self._kind is EndpointKind.TENCENT:
            return DEFAULT_ENDPOINT
        return self._custom_url  # missing() has checked it is an http(s) URL

    def sandbox(self) -> SandboxServer:
        if self._sandbox is None:
            # Imported on first use: most sessions that never send never pay for http.server.
            from designer.sandbox.server import SandboxServer

            self._sandbox = SandboxServer(port=0, key=DEFAULT_SANDBOX_KEY).start()
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
        if self.effective_appid() is None:
            return self.tr("Enter the APPID (the live streaming APPID of your account).")
        if self._kind is EndpointKind.CUSTOM and not self._custom_url.startswith(
                ("http://", "https://")):
            return self.tr("Enter the custom endpoint as an http:// or https:// URL.")
        if self.key_source() is KeySource.MISSING:
            return self.tr("Enter the API key (the live streaming API key of APPID %1).").replace(
                "%1", str(self._appid))
        return None

    def target(self) -> Target:
        """Endpoint, APPID and key for the next request; NotReady says what is missing."""
        if (reason := self.missing()) is not None:
            raise NotReady(reason)
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


def parse_appid(text: str) -> int | None:
    text = text.strip()
    if not text.isdigit():
        return None
    value = int(text)
    return value if 0 < value <= INT32_MAX else None

