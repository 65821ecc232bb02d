"""The window's language: Simplified Chinese or English, from Qt Linguist files.

Source strings are English. ``resources/translations/mix_designer_zh_CN.ts`` holds the
Chinese, and ``mix_designer_en.ts`` only the English plural forms ("1 error", "2 errors");
both are written with pyside6-lupdate and committed (see the README, "Languages").

Which language: ``$MIX_DESIGNER_LANG`` (``zh_CN``, ``en`` or ``system``; for tests and
screenshots), else the Preferences setting, else the system's UI languages. Any Chinese
becomes Simplified Chinese, anything else English.

The .qm files themselves come from designer/app/qmfiles.py.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from designer.app.qmfiles import qm_file

log = logging.getLogger(__name__)

ENV = "MIX_DESIGNER_LANG"
SETTINGS_KEY = "ui/language"
#: The languages offered, by code; "" follows the system.
ENGLISH, CHINESE = "en", "zh_CN"

#: the translators installed, kept alive as long as the application
_installed: list[QTranslator] = []
#: the language the window is shown in (see install)
_language = ENGLISH


def current() -> str:
    """The language the window's texts are in now: ENGLISH or CHINESE."""
    return _language


def language_names() -> list[tuple[str, str]]:
    """(code, label) for the Preferences combo: System, then each language in its own name."""
    system = QCoreApplication.translate("Translations", "System")
    return [("", system), (ENGLISH, "English"), (CHINESE, "简体中文")]


def normalise(code: str | None) -> str:
    """``zh_CN``, ``zh-Hans``, ``zh`` … → ``zh_CN``; ``en…`` and other languages → ``en``;
    empty or ``system`` → "" (follow the system)."""
    code = (code or "").strip()
    if not code or code.lower() in {"system", "default"}:
        return ""
    return CHINESE if QLocale(code).language() == QLocale.Language.Chinese else ENGLISH


def chosen(settings: QSettings | None = None) -> str:
    """The language asked for: the environment, else the setting; "" follows the system."""
    if ENV in os.environ:
        return normalise(os.environ[ENV])
    if settings is not None:
        return normalise(str(settings.value(SETTINGS_KEY, "") or ""))
    return ""


def resolve(code: str, system: QLocale | None = None) -> str:
    """The language to show for CODE ("" = the system's first UI language we have)."""
    if code:
        return code
    for name in (system or QLocale.system()).uiLanguages():
        language = QLocale(name).language()
        if language == QLocale.Language.Chinese:
            return CHINESE
        if language == QLocale.Language.English:
            return ENGLISH
    return ENGLISH


def install(app: QCoreApplication, settings: QSettings | None = None) -> str:
    """Install the translators for the chosen language into APP; returns its code.

    Call it before any widget exists: texts are translated when widgets are built.
    """
    global _language
    language = resolve(chosen(settings))
    remove(app)
    _language = language
    qm = qm_file(language)
    if qm is not None:
        _load(app, str(qm.parent), qm.name)
    if language != ENGLISH:
        # Qt's own strings: the standard dialog buttons (OK, Cancel, Yes, No …).
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _load(app, qt_dir, f"qtbase_{language}")
    return language


def remove(app: QCoreApplication) -> None:
    """Uninstall what :func:`install` installed (the window is then English again)."""
    global _language
    _language = ENGLISH
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()


def _load(app: QCoreApplication, directory: str, name: str) -> None:
    translator = QTranslator(app)
    if translator.load(name, directory):
        app.installTranslator(translator)
        _installed.append(translator)
    else:
        log.warning("translation %s not found in %s", name, directory)
