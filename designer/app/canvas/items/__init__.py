"""The canvas's graphics items: a layer's box, resize handles, the selection's box, the
decorations (frame, grid, safe areas, guides, rubber band), the audio strip, crop mode's items."""
