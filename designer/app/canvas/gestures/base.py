"""What every mouse gesture on the canvas is, and what it may ask of the view it runs in.

A gesture (after orange-canvas-core's document/interactions.py) saves what it needs on press
(start boxes, snap lines), changes only the view while the mouse moves, and on release becomes
one editor call, hence one undo step, and only if something changed. ``cancel`` (Escape, or
the model changing under it) puts the view back.

Gestures know the view only through :class:`GestureHost`: the scene to move items in, the
editor to commit to, and the snapping the producer chose. They never import the view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF, Qt

if TYPE_CHECKING:
    from designer.app.canvas.scene import CanvasScene
    from designer.app.editor import DocumentEditor
    from designer.core.snapping import SnapTargets

Modifiers = Qt.KeyboardModifier
#: Device pixels the mouse must travel before a press becomes a drag (a click moves nothing).
DRAG_START = 3.0

_CTRL = Modifiers.ControlModifier.value
_SHIFT = Modifiers.ShiftModifier.value
_ALT = Modifiers.AltModifier.value


@dataclass
class Snapping:
    """The producer's snapping choices (View menu, Preferences)."""

    enabled: bool = True
    #: How close a box must come to a line, in screen pixels whatever the zoom.
    threshold_px: float = 8.0
    #: A grid spacing in output pixels, or None.
    grid: float | None = None

    def active(self, modifiers: Modifiers) -> bool:
        # Holding Ctrl bypasses snapping while it is held. (Int tests: Python enum flag
        # arithmetic costs microseconds, and this runs on every mouse move.)
        return self.enabled and not modifiers.value & _CTRL


def shift_held(modifiers: Modifiers) -> bool:
    return bool(modifiers.value & _SHIFT)


def alt_held(modifiers: Modifiers) -> bool:
    return bool(modifiers.value & _ALT)


class GestureHost(Protocol):
    """The view, as gestures see it."""

    @property
    def editor(self) -> DocumentEditor: ...

    @property
    def canvas_scene(self) -> CanvasScene: ...

    @property
    def snapping(self) -> Snapping: ...

    def snap_threshold_output(self) -> float:
        """The snapping threshold in output pixels at the current zoom."""
        ...

    def snap_targets(self, moving: set[str]) -> SnapTargets:
        """The lines the layers ``moving`` may snap to (the others', the output's, the grid)."""
        ...

    def scroll_by(self, dx: float, dy: float) -> None:
        """Move the view over the scene by this many device pixels."""
        ...


class Interaction:
    """A gesture in progress. Positions: scene (output px) and viewport (device px)."""

    cursor: Qt.CursorShape | None = None

    def move(self, scene: QPointF, viewport: QPointF, modifiers: Modifiers) -> None:
        pass

    def release(self, scene: QPointF, viewport: QPointF, modifiers: Modifiers) -> None:
        pass

    def cancel(self) -> None:
        pass


def travelled(a: QPointF, b: QPointF) -> float:
    return abs(a.x() - b.x()) + abs(a.y() - b.y())
