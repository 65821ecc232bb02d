"""Where each registered action appears: the menu bar and the main toolbar.

Only placement lives here: the actions themselves are made (text, shortcut, slot) by the parts
that own them. A name that is not registered is left out, so a window without a feature shows
no empty entry for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMenu, QSizePolicy, QToolBar, QWidget

from designer.app import toolbartext
from designer.app.actions.edit import STACKING, add_input_name
from designer.app.actions.registry import ActionRegistry
from designer.app.kinds import ORDER
from designer.core.arrange import Align
from designer.core.scenarios import SCENARIOS

# A separator in a layout of names; SPACE pushes what follows to the far end of a toolbar.
SEP = None
SPACE = "<space>"
Entries = Sequence[str | None]

#: Cancel sits at the far end, away from Start/Update: a slip must not end the show.
TOOLBAR: Entries = ("new", "open", "save", SEP, "undo", "redo", SEP, "add-audio_video",
                    "add-picture", "add-canvas", SEP, "zoom-fit", "snapping", SEP, "start",
                    SPACE, "cancel")


class Menus(QObject):
    """The menu bar and the toolbar of ``window``, laid out from ``registry``'s names."""

    def __init__(self, window: QMainWindow, registry: ActionRegistry,
                 fill_recent: Callable[[QMenu], None]):
        super().__init__(window)
        self._registry = registry
        bar = window.menuBar()

        menu = bar.addMenu(self.tr("&File"))
        self._place(menu, ("new",))
        scenarios = menu.addMenu(self.tr("New from &scenario"))
        scenarios.setObjectName("scenarioMenu")
        self._place(scenarios, [f"scenario-{scenario.key}" for scenario in SCENARIOS])
        self._place(menu, ("open",))
        self.recent_menu = menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("recentMenu")
        fill_recent(self.recent_menu)
        self._place(menu, (SEP, "save", "save-as", SEP, "import", "export", SEP, "quit"))

        menu = bar.addMenu(self.tr("&Edit"))
        self._place(menu, ("undo", "redo", SEP, "select-all", "duplicate", "delete", "lock",
                           "hide", SEP, "crop", "fill", "fit", SEP, "preferences"))

        menu = bar.addMenu(self.tr("&View"))
        docks = [name for name in registry if name.startswith("dock-")]
        self._place(menu, ("zoom-in", "zoom-out", "zoom-100", "zoom-fit", SEP, "snapping",
                           "grid", "safe-area", "on-air-ghosts", "live-inputs", SEP, *docks, SEP,
                           "reset-layout"))

        menu = bar.addMenu(self.tr("&Layout"))
        add = menu.addMenu(self.tr("&Add input"))
        add.setObjectName("addInputMenu")
        self._place(add, [add_input_name(kind) for kind in ORDER])
        self._place(menu, (SEP, *(f"align-{kind.value}" for kind in Align), "distribute-h",
                           "distribute-v", "center", SEP, *(name for name, _ in STACKING),
                           SEP, "make-custom", "template-positions"))

        menu = bar.addMenu(self.tr("&Mix"))
        menu.setObjectName("mixMenu")
        self._place(menu, ("start", "cancel", "off-air-now", SEP, "problems", "export-mix", SEP,
                           "automix", "request-log"))

        menu = bar.addMenu(self.tr("&Help"))
        self._place(menu, ("codes", "about"))

        toolbar = QToolBar(self.tr("Main"), window)
        toolbar.setObjectName("mainToolbar")
        toolbartext.tidy_toolbar(toolbar)  # "新建", not the menu's "新建(&N)"
        self._place(toolbar, TOOLBAR)
        window.addToolBar(toolbar)
        self.toolbar = toolbar

    def _place(self, target: QMenu | QToolBar, names: Entries) -> None:
        for name in names:
            if name is SEP:
                target.addSeparator()
            elif name == SPACE and isinstance(target, QToolBar):
                spacer = QWidget(target)
                spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                target.addWidget(spacer)
            elif (action := self._registry.get(name)) is not None:
                target.addAction(action)
