"""The canvas: the output frame and every input as a box to select, drag, resize and crop.

``CanvasView`` is the widget; its ``CanvasScene`` mirrors the document and never holds model
state. Gestures change only the view until release, then make one editor call (one undo step).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from designer.app.canvas.scene import CanvasScene
    from designer.app.canvas.view import CanvasView

__all__ = ["CanvasScene", "CanvasView"]


def __getattr__(name: str) -> Any:
    # Imported on first use: `render` needs the canvas's drawing code (style, picture), not
    # its view and scene, which pull in the widgets and the editor.
    if name == "CanvasScene":
        from designer.app.canvas.scene import CanvasScene
        return CanvasScene
    if name == "CanvasView":
        from designer.app.canvas.view import CanvasView
        return CanvasView
    raise AttributeError(name)
