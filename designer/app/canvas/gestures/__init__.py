"""Mouse gestures: what a gesture is and may ask of the view (base), the canvas's own (layout),
and crop mode's session and gestures (crop)."""
