"""The canvas: the output frame and every input as a box to select, drag, resize and crop.

Imports run one way (import-linter checks it), each folder using only those below it:

    view.py       the QGraphicsView: routes events to its helpers, hosts gestures
    zoom, labels, keys, contextmenu, arrange
                  helpers the view holds (each knows the view only by a small protocol)
    gestures/     one class per mouse gesture; crop mode's session and gestures
    scene.py      mirrors the editor's document; knows no gestures
    items/        the graphics items: layers, handles, selection box, decorations, crop
    drawing/      style, what an input shows, its state read from the model (render uses
                  these too, with no widgets)
"""
