"""The auto-mix dialog builds both push URLs as they are typed, and says what is wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from designer.app.mix.automix_dialog import AutomixDialog


def test_both_urls_are_built_and_copied(qtbot):
    dialog = AutomixDialog("room_1")
    qtbot.addWidget(dialog)
    assert not dialog.big_copy.isEnabled() and "both" in dialog.message.text()
    qtbot.keyClicks(dialog.big, "rtmp://push.example.com/live/host")
    qtbot.keyClicks(dialog.small, "rtmp://push.example.com/live/guest?txSecret=abc")
    assert dialog.big_out.text() == ("rtmp://push.example.com/live/host"
                                     "?mixv2=t_id:1;session_id:room_1;layer:b")
    assert dialog.small_out.text() == ("rtmp://push.example.com/live/guest?txSecret=abc"
                                       "&mixv2=t_id:1;session_id:room_1;layer:s")
    dialog.template.setCurrentIndex(1)
    assert "t_id:2" in dialog.big_out.text()
    qtbot.mouseClick(dialog.small_copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.small_out.text()


def test_mistakes_are_explained_and_nothing_is_offered_to_copy(qtbot):
    dialog = AutomixDialog("room 1")
    qtbot.addWidget(dialog)
    dialog.big.setText("rtmp://push.example.com/live/host")
    dialog.small.setText("rtmp://push.example.com/live/guest")
    assert "session_id" in dialog.message.text() and dialog.big_out.text() == ""
    dialog.session.setText("room_1")
    dialog.small.setText("push.example.com/guest")
    assert "small (s) push URL" in dialog.message.text()
    assert not dialog.small_copy.isEnabled()
    dialog.small.setText("rtmp://push.example.com/live/host")
    assert "same stream" in dialog.message.text()
