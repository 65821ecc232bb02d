"""Marking core strings for translation without importing Qt.

The core must not import Qt, yet its messages are shown in a Qt window that translates
everything. Messages are written in English, wrapped in ``QT_TRANSLATE_NOOP`` so that
pyside6-lupdate extracts them (it knows the name), and the window translates them at display
time with ``QCoreApplication.translate(context, text)``. Outside Qt they stay English.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text
