"""Text over the canvas: a note top-left (a template's preview, a guessed output size), short
notices bottom-right (a few seconds each), and a hint in the middle of an empty layout.

They are widgets on the viewport, not scene items: they stay put and readable at any zoom,
and the mouse goes through them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from designer.app.canvas.drawing import style
from designer.app.canvas.scene import CanvasScene
from designer.app.editor import DocumentEditor
from designer.app.messages import problem_line
from designer.core.geometry import server_background_size
from designer.core.problems import WarningCode
from designer.core.templates import TEMPLATE_INPUTS

_STYLE = ("QLabel { background: rgba(0, 0, 0, 170); color: white; padding: 4px 8px;"
          " border-radius: 4px; }")
#: How long a notice stays.
NOTICE_MS = 4000


class CanvasLabels(QObject):
    def __init__(self, viewport: QWidget):
        super().__init__(viewport)
        self._viewport = viewport
        self.note = self._label("template_note")
        self.notice = self._label("canvas_notice")
        self.empty_hint = self._label("empty_hint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setText(self.tr(
            "This layout has no inputs yet.\nAdd one from the toolbar or Layout ▸ Add input, or "
            "start from a ready-made layout: File ▸ New from scenario."))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTICE_MS)
        self._timer.timeout.connect(self.notice.hide)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self._viewport)
        label.setObjectName(name)
        label.setStyleSheet(_STYLE)
        label.setWordWrap(True)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        label.hide()
        return label

    # -- what they say ------------------------------------------------------------------------

    def note_lines(self, editor: DocumentEditor, scene: CanvasScene) -> list[str]:
        """What the note says about the layout: a template's preview and problems, a guessed
        output size."""
        template = editor.layout.para.mix_stream_template_id
        lines = []
        if template in TEMPLATE_INPUTS or scene.shows_template_boxes():
            lines.append(self.tr("Template %1 preview: dashed boxes are approximate; the server "
                                 "places them, keeping each source's aspect ratio").replace(
                "%1", str(template)))
        # The template's own problems: a count it cannot lay out (-20), or nothing to place.
        lines += [problem_line(p) for p in editor.problems
                  if p.field == "mix_stream_template_id"
                  and p.code in (-20, WarningCode.TEMPLATE_UNUSED)]
        if scene.layer_items() and server_background_size(editor.seen_layout) is None:
            width, height = scene.output_size()
            lines.append(style.arg(self.tr(
                "Drawn at %1×%2, a guess: the output's real size is not known. Declare layer 1's "
                "source resolution (Properties) to be sure."), style.px(width), style.px(height)))
        return lines

    def show_note(self, lines: list[str], visible: bool = True) -> None:
        self.note.setText("\n".join(lines))
        self.note.setVisible(bool(lines) and visible)
        self.place()

    def show_empty_hint(self, empty: bool) -> None:
        self.empty_hint.setVisible(empty)
        self.place()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
        self.place()
        self._timer.start()

    # -- layout ---------------------------------------------------------------------------------

    def note_height(self) -> float:
        """Room the note takes above the output when fitting (0 when hidden)."""
        return self.note.height() + 8 if self.note.isVisibleTo(self._viewport) else 0.0

    def place(self) -> None:
        # The note top-left, notices bottom-right: they never cover each other, and in crop
        # mode the crop's own label sits at the crop box's bottom-left. The empty layout's hint
        # sits in the middle, where the inputs will be.
        width, height = self._viewport.width(), self._viewport.height()
        room = max(120, width - 16)
        for label in (self.note, self.notice, self.empty_hint):
            if not label.text():
                continue
            metrics = label.fontMetrics()
            wanted = max(metrics.horizontalAdvance(line) for line in label.text().split("\n"))
            wanted += 24
            label_width = min(room, 440 if label is self.empty_hint else 560, wanted)
            # A wrapping label's sizeHint is for a width of its own choosing: ask for ours.
            # (Resized, not given a fixed size: a minimum height would stick when it shrinks.)
            label.resize(label_width, label.heightForWidth(label_width))
        self.note.move(QPoint(8, 8))
        self.notice.move(QPoint(max(8, width - self.notice.width() - 8),
                                max(8, height - self.notice.height() - 8)))
        hint = self.empty_hint
        hint.move(QPoint(max(8, (width - hint.width()) // 2),
                         max(8, (height - hint.height()) // 2)))
