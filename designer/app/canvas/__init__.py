"""The canvas: the output frame and every input as a box to select, drag, resize and crop.

``CanvasView`` is the widget; its ``CanvasScene`` mirrors the document and never holds model
state. Gestures change only the view until release, then make one editor call (one undo step).
"""

from designer.app.canvas.scene import CanvasScene
from designer.app.canvas.view import CanvasView

__all__ = ["CanvasScene", "CanvasView"]
