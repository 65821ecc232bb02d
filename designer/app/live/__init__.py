"""Live inputs: the streams' real pictures and sizes on the canvas, and a guest who drops."""
