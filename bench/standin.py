"""A Qt-only stand-in for the designer window, the yardstick of bench_window.py.

The same make as the real window, with none of its logic: a main window with the same eight
docks in the same places (the four tabbed out of sight at start left empty, as the app
builds them only when first shown), the same six menus with as many actions and shortcuts,
a toolbar, a status bar with three labels, a Layers list of 16 rows, a Properties form of 20
fields, a Mix panel of buttons, a Problems list, and a canvas of 16 labelled rectangles read
from FILE (plain JSON: no model, no validation). It shows, paints once and exits, like
`mix-designer open FILE --exit-when-ready`.

Run: python bench/standin.py FILE
"""

import json
import sys

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: Menu titles and how many entries each has in the real window (submenus count as one).
MENUS = (("&File", 10), ("&Edit", 12), ("&View", 16), ("&Layout", 19), ("&Mix", 6),
         ("&Help", 2))
Left, Right, Bottom = (Qt.DockWidgetArea.LeftDockWidgetArea,
                       Qt.DockWidgetArea.RightDockWidgetArea,
                       Qt.DockWidgetArea.BottomDockWidgetArea)


def canvas(inputs: list[dict]) -> QGraphicsView:
    scene = QGraphicsScene(-1920, -1920, 1920 * 3, 1080 + 1920 * 2)
    scene.addRect(QRectF(0, 0, 1920, 1080))
    for number, entry in enumerate(inputs, start=1):
        lp = entry.get("layout_params", {})
        rect = QGraphicsRectItem(0, 0, lp.get("image_width", 120), lp.get("image_height", 60))
        rect.setPos(lp.get("location_x", 0), lp.get("location_y", 0))
        rect.setBrush(QColor("#2f6f9f"))
        label = QGraphicsSimpleTextItem(f"{number} · {entry.get('input_stream_id', '?')}", rect)
        label.setPos(4, 4)
        scene.addItem(rect)
    view = QGraphicsView(scene)
    view._scene = scene
    return view


def layers(inputs: list[dict]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(["#", "Kind", "Name", "Show", "Lock"])
    for number, entry in reversed(list(enumerate(inputs, start=1))):
        item = QTreeWidgetItem([str(number), "AV", entry.get("input_stream_id", "?"), "", ""])
        item.setCheckState(3, Qt.CheckState.Checked)
        item.setCheckState(4, Qt.CheckState.Unchecked)
        tree.addTopLevelItem(item)
    return tree


def form() -> QScrollArea:
    body = QWidget()
    rows = QFormLayout(body)
    for n in range(20):
        kind = n % 5
        field = (QSpinBox() if kind == 0 else QDoubleSpinBox() if kind == 1 else
                 QLineEdit() if kind == 2 else QComboBox() if kind == 3 else QCheckBox())
        if isinstance(field, QComboBox):
            field.addItems(["Not set", "0", "1", "2"])
        rows.addRow(QLabel(f"field_{n}"), field)
    scroller = QScrollArea()
    scroller.setWidgetResizable(True)
    scroller.setWidget(body)
    return scroller


def mix_panel() -> QWidget:
    panel = QWidget()
    column = QVBoxLayout(panel)
    column.addWidget(QLabel("● Not live"))
    for text in ("Start mix", "Cancel mix", "Connection…"):
        column.addWidget(QPushButton(text))
    column.addWidget(QLineEdit())
    column.addStretch(1)
    return panel


def main() -> None:
    app = QApplication(sys.argv[:1])
    with open(sys.argv[1], encoding="utf-8") as file:
        data = json.load(file)
    para = data.get("para", data)
    inputs = para.get("input_stream_list", [])
    window = QMainWindow()
    window.setCentralWidget(canvas(inputs))
    docks = {}
    for name, area, content in (
            ("layers", Left, layers(inputs)), ("templates", Left, None),
            ("properties", Right, form()), ("session", Right, None),
            ("mix", Right, mix_panel()), ("problems", Bottom, QTreeWidget()),
            ("history", Bottom, None), ("requestLog", Bottom, None)):
        dock = QDockWidget(name.capitalize(), window)
        dock.setObjectName(name)
        if content is not None:
            dock.setWidget(content)
        window.addDockWidget(area, dock)
        docks[name] = dock
    toolbar = window.addToolBar("Main")
    key = 0
    for title, count in MENUS:
        menu = window.menuBar().addMenu(title)
        for n in range(count):
            action = QAction(f"{title.strip('&')} {n}", window)
            key += 1
            action.setShortcut(QKeySequence(f"Ctrl+Alt+Shift+F{key % 12 + 1}"))
            menu.addAction(action)
            if n < 3:
                toolbar.addAction(action)
    for text in ("x 0, y 0 px", "Ready to send", "Zoom 100 %"):
        window.statusBar().addWidget(QLabel(text))
    window.resize(1400, 860)
    window.show()
    for first, second in (("layers", "templates"), ("problems", "history"),
                          ("problems", "requestLog"), ("session", "mix")):
        window.tabifyDockWidget(docks[first], docks[second])
    window.repaint()
    QTimer.singleShot(0, app.quit)
    app.exec()


if __name__ == "__main__":
    main()
