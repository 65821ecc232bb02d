"""What the canvas draws with no widgets: its style, what an input shows in its box, and that
input's state read from the model. ``mix-designer render`` draws with these too."""
