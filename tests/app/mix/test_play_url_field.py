"""The Play URL row of the Mix panel's Connection box: the built-in sandbox's own, filled in
and read only; one typed for Tencent Cloud or a custom endpoint, checked as it is typed and
remembered; a template that cannot be used says why and blocks nothing else."""

from __future__ import annotations

from PySide6.QtCore import Qt

from designer.app.mix.connection import EndpointKind


def _type(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_the_sandbox_fills_in_its_own_play_url_read_only(window):
    panel, connection = window.mix.panel, window.mix.connection
    assert panel.play_url.isReadOnly() and panel.play_url.text() == ""
    assert "127.0.0.1" in panel.play_url.placeholderText()
    connection.sandbox()  # started (by the first request, or by live inputs)
    origin = connection.sandbox_url().rsplit("/", 1)[0]
    assert panel.play_url.text() == f"{origin}/live/{{stream_id}}.flv"


def test_a_typed_template_is_checked_remembered_and_never_blocks_the_panel(qtbot, window):
    panel, connection = window.mix.panel, window.mix.connection
    connection.set_kind(EndpointKind.TENCENT)
    assert not panel.play_url.isReadOnly()
    _type(qtbot, panel.play_url, "http://play.example.com/live/stream.flv")
    assert panel.play_url_note.isVisible()
    assert "{stream_id}" in panel.play_url_note.text()  # says what is missing
    assert panel.appid.isEnabled() and panel.endpoint.isEnabled()  # the rest still works
    _type(qtbot, panel.play_url, "http://play.example.com/live/{stream_id}.flv")
    assert not panel.play_url_note.isVisible()
    assert connection.play_url().url("guest") == "http://play.example.com/live/guest.flv"
    connection.set_kind(EndpointKind.CUSTOM)
    assert panel.play_url.text() == ""  # each kind of endpoint has its own
    connection.set_kind(EndpointKind.TENCENT)
    assert panel.play_url.text() == "http://play.example.com/live/{stream_id}.flv"
