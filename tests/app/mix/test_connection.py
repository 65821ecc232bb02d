"""Endpoint, APPID and key: remembered settings, the key's sources, the built-in sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr
from PySide6.QtCore import QSettings

from designer.app.mix.connection import (
    SANDBOX_APPID,
    EndpointKind,
    KeySource,
    MixConnection,
    NotReady,
)
from designer.core.wire import DEFAULT_ENDPOINT
from designer.sandbox import DEFAULT_SANDBOX_KEY


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def connection(qapp, settings):
    made = MixConnection(settings)
    yield made
    made.shutdown()


def test_the_sandbox_is_the_default_and_needs_no_account(connection):
    assert connection.kind is EndpointKind.SANDBOX
    assert connection.missing() is None
    assert connection.sandbox_url() is None  # nothing started before it is needed
    target = connection.target()
    assert target.appid == SANDBOX_APPID
    assert target.key.get_secret_value() == DEFAULT_SANDBOX_KEY
    assert target.endpoint == connection.sandbox_url()
    assert target.endpoint.startswith("http://127.0.0.1:")
    assert DEFAULT_SANDBOX_KEY not in repr(target)


def test_endpoint_and_appid_are_remembered_but_never_the_key(qapp, settings, connection):
    connection.set_kind(EndpointKind.CUSTOM)
    connection.set_custom_url("http://127.0.0.1:8750/common_access")
    connection.set_appid(1400000001)
    connection.set_key(SecretStr("remember-me-not"))
    settings.sync()
    again = MixConnection(settings)
    assert (again.kind, again.custom_url, again.appid) == (
        EndpointKind.CUSTOM, "http://127.0.0.1:8750/common_access", 1400000001)
    assert "remember-me-not" not in Path(settings.fileName()).read_text(encoding="utf-8")


def test_tencent_cloud_needs_an_appid_then_a_key(connection, memory_keyring):
    connection.set_kind(EndpointKind.TENCENT)
    assert "APPID" in connection.missing()
    connection.set_appid(1400000001)
    assert "API key" in connection.missing()
    with pytest.raises(NotReady):
        connection.target()
    assert connection.set_key(SecretStr("real-key")) is KeySource.KEYRING
    assert memory_keyring == {("mix-designer", "appid-1400000001"): "real-key"}
    target = connection.target()
    assert (target.endpoint, target.appid) == (DEFAULT_ENDPOINT, 1400000001)
    assert target.key.get_secret_value() == "real-key"
    connection.forget_key()
    assert connection.key_source() is KeySource.MISSING and memory_keyring == {}


def test_without_a_keyring_the_key_is_kept_for_the_session_only(qapp, settings, no_keyring):
    connection = MixConnection(settings)
    connection.set_kind(EndpointKind.TENCENT)
    connection.set_appid(1400000001)
    assert not connection.keyring_usable
    assert connection.set_key(SecretStr("session-key")) is KeySource.SESSION
    assert connection.target().key.get_secret_value() == "session-key"
    assert MixConnection(settings).key_source() is KeySource.MISSING  # a new session forgets


def test_the_environment_variable_wins(connection, monkeypatch):
    monkeypatch.setenv("MIX_DESIGNER_KEY", "from-env")
    connection.set_kind(EndpointKind.TENCENT)
    connection.set_appid(1400000001)
    assert connection.key_source() is KeySource.ENVIRONMENT
    assert connection.target().key.get_secret_value() == "from-env"


def test_a_custom_endpoint_must_be_an_http_url(connection, monkeypatch):
    monkeypatch.setenv("MIX_DESIGNER_KEY", "k")
    connection.set_kind(EndpointKind.CUSTOM)
    connection.set_appid(1)
    connection.set_custom_url("fcgi.video.qcloud.com")
    assert "http://" in connection.missing()
    connection.set_custom_url("https://example.invalid/common_access")
    assert connection.missing() is None


def test_the_interface_is_remembered_and_api3_needs_a_pair_not_an_appid(qapp, settings,
                                                                        monkeypatch):
    from designer.core.api3_credentials import SECRET_ID_VAR, SECRET_KEY_VAR, Api3Credentials
    from designer.core.limits import Wire

    monkeypatch.delenv(SECRET_ID_VAR, raising=False)
    monkeypatch.delenv(SECRET_KEY_VAR, raising=False)
    first = MixConnection(settings)
    first.set_kind(EndpointKind.TENCENT)
    first.set_wire(Wire.API3)
    again = MixConnection(settings)
    assert again.wire is Wire.API3 and again.appid is None
    assert again.endpoint_text() == "https://live.tencentcloudapi.com"
    assert "SecretId and SecretKey" in again.missing()  # no APPID asked for
    with pytest.raises(NotReady):
        again.target()
    again.set_pair(Api3Credentials("AKIDx", SecretStr("k")))
    target = again.target()
    assert target.wire is Wire.API3 and target.endpoint == "https://live.tencentcloudapi.com"
    assert target.pair == Api3Credentials("AKIDx", SecretStr("k"))
    # The environment's pair wins, as the CLI's does.
    monkeypatch.setenv(SECRET_ID_VAR, "AKIDenv")
    monkeypatch.setenv(SECRET_KEY_VAR, "kenv")
    assert again.key_source() is KeySource.ENVIRONMENT
    assert again.target().pair.secret_id == "AKIDenv"


def test_the_play_url_is_remembered_per_kind_of_endpoint(qapp, settings, connection):
    from designer.core.playurl import PlayUrlError

    connection.set_kind(EndpointKind.TENCENT)
    with pytest.raises(PlayUrlError):
        connection.play_url()  # none typed yet: says what one looks like
    connection.set_play_url(" http://play.example.com/live/{stream_id}.flv?txSecret=s ")
    connection.set_kind(EndpointKind.CUSTOM)
    assert connection.play_url_text() == ""  # a custom endpoint has its own
    connection.set_play_url("http://127.0.0.1:8750/live/{stream_id}.flv")
    settings.sync()
    again = MixConnection(settings)
    assert again.play_url().url("a b") == "http://127.0.0.1:8750/live/a%20b.flv"
    again.set_kind(EndpointKind.TENCENT)
    assert again.play_url_text() == "http://play.example.com/live/{stream_id}.flv?txSecret=s"


def test_the_sandbox_play_url_is_its_own_and_starts_it(connection):
    connection.set_play_url("http://elsewhere/live/{stream_id}.flv")  # not the sandbox's to set
    assert connection.play_url_text() == ""  # not running yet
    started: list[bool] = []
    connection.sandbox_started.connect(lambda: started.append(True))
    template = connection.play_url()
    origin = connection.sandbox_url().rsplit("/", 1)[0]
    assert template.text == f"{origin}/live/{{stream_id}}.flv" == connection.play_url_text()
    assert started == [True]
