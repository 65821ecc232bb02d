"""Translations: every string shown is extracted and translated into Simplified Chinese, the
.qm files build and load, and the window speaks Chinese when asked to.

The completeness tests run pyside6-lupdate over designer/ into a temporary .ts, exactly as a
developer updating the committed one does (see UPDATE_ZH), and compare.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QPushButton, QToolBar, QWidget

from designer.app import translations
from designer.app.main import create_window
from designer.app.mix.feature import CloseChoice
from designer.app.preferences import PreferencesDialog
from designer.core import presets
from designer.core.recovery import STATE_DIR_ENV
from tests.factories import layout_of, spec_para

REPO = Path(__file__).resolve().parents[2]
TS_DIR = REPO / "resources" / "translations"
ZH_TS, EN_TS = TS_DIR / "mix_designer_zh_CN.ts", TS_DIR / "mix_designer_en.ts"
#: The commands that update the committed files (run from the repository's root).
UPDATE_ZH = ("pyside6-lupdate -extensions py -locations none -source-language en "
             "-target-language zh_CN designer -ts resources/translations/mix_designer_zh_CN.ts")
UPDATE_EN = ("pyside6-lupdate -extensions py -locations none -source-language en "
             "-target-language en -pluralonly designer -ts "
             "resources/translations/mix_designer_en.ts")
HOW = (f"Update the .ts from the repository's root with\n    {UPDATE_ZH}\nthen translate the "
       "new entries (Qt Linguist: pyside6-linguist, or any editor: fill <translation> and drop "
       'type="unfinished"); plural (%n) messages also go in mix_designer_en.ts:\n'
       f"    {UPDATE_EN}")
CJK = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"%n|%\d+|%[sd]|\{[^{}]*\}")


# -- reading .ts files ----------------------------------------------------------------------


@dataclass
class Entry:
    numerus: bool
    state: str  # "" (finished), "unfinished", "vanished", "obsolete"
    forms: list[str] = field(default_factory=list)


def read_ts(path: Path) -> dict[tuple[str, str], Entry]:
    import xml.etree.ElementTree as ET

    entries = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms, state = [], "unfinished"
            else:
                state = translation.get("type", "")
                forms = ([f.text or "" for f in translation.iter("numerusform")] if numerus
                         else [translation.text or ""])
            entries[(name, message.findtext("source") or "")] = Entry(numerus, state, forms)
    return entries


def _lupdate() -> str:
    import PySide6

    bundled = Path(PySide6.__file__).resolve().parent / (
        "lupdate.exe" if sys.platform == "win32" else "lupdate")
    if bundled.is_file():
        return str(bundled)
    pytest.skip("PySide6's lupdate is not installed")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str], Entry]:
    """What pyside6-lupdate finds in designer/ today."""
    ts = tmp_path_factory.mktemp("lupdate") / "fresh_zh_CN.ts"
    done = subprocess.run(
        [_lupdate(), "-silent", "-extensions", "py", "-locations", "none",
         "-source-language", "en", "-target-language", "zh_CN", str(REPO / "designer"),
         "-ts", str(ts)],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return read_ts(ts)


def _short(text: str, width: int = 90) -> str:
    text = text.replace("\n", "\\n")
    return text if len(text) <= width else text[:width - 1] + "…"


# -- every translated string is extracted -------------------------------------------------


@dataclass(frozen=True)
class Call:
    where: str
    context: str | None  # None: the runtime context cannot be known from the source
    text: str
    plural: bool
    problem: str = ""  # why lupdate cannot extract it as written


NOOPS = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}


def _name(node: ast.expr) -> str | None:
    return node.id if isinstance(node, ast.Name) else (
        node.attr if isinstance(node, ast.Attribute) else None)


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def translated_calls(path: Path, root: Path = REPO) -> list[Call]:
    """Every call that translates (or marks) a string literal, with the context it will be
    looked up under at runtime: self.tr's class, translate's first argument, a wrapper's."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(root).as_posix()
    constants = {target.id: node.value.value for node in tree.body
                 if isinstance(node, ast.Assign) and _literal(node.value) is not None
                 for target in node.targets if isinstance(target, ast.Name)}
    aliases: dict[str, str] = {}  # N_ -> QT_TRANSLATE_NOOP, tr_ = QCoreApplication.translate
    wrappers: dict[str, str | None] = {}  # def _tr(text): return translate("Ctx", text)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            aliases.update({a.asname: a.name for a in node.names
                            if a.asname and a.name in {*NOOPS, "translate"}})
        elif isinstance(node, ast.Assign) and _name(node.value) == "translate":
            aliases.update({t.id: "translate" for t in node.targets
                            if isinstance(t, ast.Name) and t.id != "translate"})
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.args.args:
            param = node.args.args[0].arg
            for inner in ast.walk(node):
                if (isinstance(inner, ast.Call) and _name(inner.func) == "translate"
                        and len(inner.args) >= 2 and isinstance(inner.args[1], ast.Name)
                        and inner.args[1].id == param):
                    context = inner.args[0]
                    wrappers[node.name] = (_literal(context) if _literal(context) is not None
                                           else constants.get(getattr(context, "id", "")))
    calls: list[Call] = []

    def visit(node: ast.AST, classes: tuple[str, ...], in_fstring: bool) -> None:
        if isinstance(node, ast.ClassDef):
            classes = (*classes, node.name)
        if isinstance(node, ast.JoinedStr):
            in_fstring = True
        if isinstance(node, ast.Call):
            found = _classify(node, classes, constants, aliases, wrappers)
            if found is not None:
                context, text, plural, problem = found
                if in_fstring:
                    problem = "inside an f-string, where lupdate does not look"
                calls.append(Call(f"{where}:{node.lineno}", context, text, plural, problem))
        for child in ast.iter_child_nodes(node):
            visit(child, classes, in_fstring)

    visit(tree, (), False)
    return calls


def _classify(node, classes, constants, aliases, wrappers):
    name = _name(node.func)
    if name is None or not node.args:
        return None
    kind = aliases.get(name, name)
    args, plural_keyword = node.args, any(k.arg == "n" for k in node.keywords)
    if kind == "tr" and name not in wrappers:
        if (text := _literal(args[0])) is None:
            return None
        plural = len(args) >= 3 or plural_keyword
        owner = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(owner, ast.Name) and owner.id == "self" and classes:
            return classes[-1], text, plural, ""
        return None, text, plural, "tr() not on self: lupdate cannot know the class"
    if kind in {"translate", *NOOPS} and len(args) >= 2:
        if (text := _literal(args[1])) is None:
            return None  # translating a marked string at display time
        context = _literal(args[0])
        plural = len(args) >= 4 or plural_keyword
        if context is None:
            return (constants.get(getattr(args[0], "id", "")), text, plural,
                    "the context is not a string literal")
        if name != kind:
            return context, text, plural, f"{name} is an alias lupdate does not know"
        if plural and kind == "translate":
            return context, text, plural, "translate() with a count: use self.tr(text, '', n)"
        return context, text, plural, ""
    if name in wrappers:
        if (text := _literal(args[0])) is None:
            return None
        return (wrappers[name], text, len(args) >= 2 or plural_keyword,
                f"{name}() wraps translate(): lupdate does not see through it")
    return None


def test_every_translated_string_is_extracted_under_its_runtime_context(extracted):
    """A string lupdate misses (a wrapper, an alias, a context in a constant, an f-string,
    ``window.tr``) would stay English forever however complete the .ts looks."""
    wrong = []
    for path in sorted((REPO / "designer").rglob("*.py")):
        for call in translated_calls(path):
            entry = extracted.get((call.context or "", call.text))
            if call.problem or entry is None:
                reason = call.problem or f"lupdate did not extract it under {call.context!r}"
                wrong.append(f"  {call.where}: {_short(call.text)!r} ({reason})")
            elif call.plural and not entry.numerus:
                wrong.append(f"  {call.where}: {_short(call.text)!r} (plural, but lupdate "
                             "extracted it without numerus forms)")
    assert not wrong, (
        "pyside6-lupdate cannot extract these strings as they are written. Write "
        'self.tr("literal") inside the class, or QCoreApplication.translate("Context", '
        '"literal") / QT_TRANSLATE_NOOP("Context", "literal") with both arguments literal '
        "strings, outside any f-string:\n" + "\n".join(wrong))


def test_the_scan_sees_what_lupdate_misses(tmp_path):
    """The check above is only as good as its scan: it must flag each known trap."""
    source = tmp_path / "designer" / "sample.py"
    source.parent.mkdir()
    source.write_text(
        "from designer.core.i18n import QT_TRANSLATE_NOOP as N_\n"
        "CTX = 'Ctx'\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Ctx', text)\n"
        "class Panel(QObject):\n"
        "    def build(self, window, n):\n"
        "        self.tr('fine')\n"
        "        _tr('wrapped')\n"
        "        N_('Ctx', 'aliased')\n"
        "        QT_TRANSLATE_NOOP(CTX, 'constant context')\n"
        "        f\"{self.tr('in an f-string')}\"\n"
        "        window.tr('on another object')\n"
        "        QCoreApplication.translate('Ctx', '%n plural', '', n)\n",
        encoding="utf-8")
    calls = {c.text: c for c in translated_calls(source, tmp_path)}
    assert calls["fine"].context == "Panel" and not calls["fine"].problem
    for text in ("wrapped", "aliased", "constant context", "in an f-string",
                 "on another object", "%n plural"):
        assert calls[text].problem, text
    assert calls["wrapped"].context == calls["constant context"].context == "Ctx"


# -- the committed translations are complete ------------------------------------------------


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def _has_mnemonic(text: str) -> bool:
    return re.search(r"&[^&\s]", text.replace("&&", "")) is not None


def test_every_string_in_the_code_has_a_finished_chinese_translation(extracted):
    committed = read_ts(ZH_TS)
    missing, broken = [], []
    for (context, source), fresh in sorted(extracted.items()):
        entry = committed.get((context, source))
        where = f"  [{context}] {_short(source)!r}"
        if entry is None or entry.state in {"vanished", "obsolete"}:
            missing.append(f"{where}: not in the .ts")
        elif entry.state == "unfinished" or not entry.forms or not all(entry.forms):
            missing.append(f"{where}: not translated (or still marked unfinished)")
        elif fresh.numerus != entry.numerus:
            broken.append(f"{where}: plural in the code but not in the .ts, or the reverse")
        else:
            for form in entry.forms:
                if _placeholders(form) != _placeholders(source):
                    broken.append(f"{where}: placeholders {_placeholders(source)} in the "
                                  f"source, {_placeholders(form)} in {form!r}")
                if _has_mnemonic(form) != _has_mnemonic(source):
                    broken.append(f"{where}: the &mnemonic must be kept, e.g. 文件(&F): "
                                  f"{form!r}")
    stale = sorted(key for key in committed if key not in extracted)
    if stale:
        warnings.warn(
            f"{len(stale)} entries of {ZH_TS.name} are no longer in the code (obsolete or "
            "vanished; harmless, dropped with -no-obsolete): "
            + "; ".join(f"[{c}] {_short(s, 50)!r}" for c, s in stale[:20]), stacklevel=1)
    assert not missing and not broken, (
        f"{ZH_TS.relative_to(REPO)} is out of date.\n"
        + (f"Untranslated strings ({len(missing)}):\n" + "\n".join(missing) + "\n"
           if missing else "")
        + (f"Broken translations ({len(broken)}):\n" + "\n".join(broken) + "\n"
           if broken else "")
        + HOW)


def test_plural_messages_have_english_forms(extracted):
    committed = read_ts(EN_TS)
    wrong = []
    for key, fresh in sorted(extracted.items()):
        if not fresh.numerus:
            continue
        entry = committed.get(key)
        if (entry is None or entry.state or len(entry.forms) != 2
                or not all("%n" in form for form in entry.forms)):
            wrong.append(f"  [{key[0]}] {key[1]!r}")
    assert not wrong, (f"{EN_TS.relative_to(REPO)} needs the singular and plural of:\n"
                       + "\n".join(wrong) + f"\nUpdate it with\n    {UPDATE_EN}")


def test_the_ts_files_declare_their_languages():
    assert '<TS version="2.1" language="zh_CN" sourcelanguage="en">' in ZH_TS.read_text("utf-8")
    assert '<TS version="2.1" language="en" sourcelanguage="en">' in EN_TS.read_text("utf-8")


# -- building and finding the .qm ---------------------------------------------------------


# -- choosing the language ------------------------------------------------------------------


@pytest.mark.parametrize(("code", "expected"), [
    ("zh_CN", "zh_CN"), ("zh-CN", "zh_CN"), ("zh", "zh_CN"), ("zh_TW", "zh_CN"),
    ("en", "en"), ("en_GB", "en"), ("de_DE", "en"), ("", ""), ("system", ""), (None, ""),
])
def test_language_codes(code, expected):
    assert translations.normalise(code) == expected


def test_the_environment_overrides_the_setting(tmp_path, monkeypatch):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(translations.SETTINGS_KEY, "zh_CN")
    monkeypatch.delenv(translations.ENV, raising=False)
    assert translations.chosen(settings) == "zh_CN"
    monkeypatch.setenv(translations.ENV, "en")
    assert translations.chosen(settings) == "en"
    monkeypatch.setenv(translations.ENV, "system")
    assert translations.chosen(settings) == ""


@pytest.mark.parametrize(("system", "expected"), [
    ("zh_CN", "zh_CN"), ("zh_TW", "zh_CN"), ("en_US", "en"), ("de_DE", "en"), ("C", "en"),
])
def test_following_the_system(system, expected):
    assert translations.resolve("", QLocale(system)) == expected
    assert translations.resolve("en", QLocale(system)) == "en"


def test_preferences_offer_the_languages_and_store_the_choice(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    combo = dialog.findChild(type(dialog._language), "language")
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "en", "zh_CN"]
    assert [combo.itemText(i) for i in range(1, 3)] == ["English", "简体中文"]
    assert dialog.language() == ""
    combo.setCurrentIndex(combo.findData("zh_CN"))
    dialog.accept()
    assert settings.value(translations.SETTINGS_KEY) == "zh_CN"
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.language() == "zh_CN"


# -- the window in Chinese ------------------------------------------------------------------


@pytest.fixture
def chinese(qapp, state, monkeypatch):
    monkeypatch.setenv(translations.ENV, "zh_CN")
    assert translations.install(qapp) == "zh_CN"
    yield
    translations.remove(qapp)


@pytest.fixture
def chinese_window(chinese, qtbot, tmp_path):
    path = tmp_path / "show.json"
    para = spec_para()
    para["input_stream_list"][1]["layout_params"]["image_layer"] = 1  # error -11: layer reused
    presets.save(path, layout_of(para, {0: (540, 960), 1: (320, 480)}))
    window = create_window(str(path), offer_recovery=False)

    def close_quietly(w):
        w.editor.undo_stack.setClean()
        w.mix.close_choice = lambda: CloseChoice.CLOSE

    qtbot.addWidget(window, before_close_func=close_quietly)
    window.show()
    return window


def test_the_window_speaks_chinese(chinese_window):
    window = chinese_window
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus and not [m for m in menus if re.fullmatch(r"[A-Za-z& ]+", m)], menus
    assert all(CJK.search(m) and "(&" in m for m in menus), menus
    for menu in (a.menu() for a in window.menuBar().actions()):
        for action in menu.actions():
            if action.text() and not action.isSeparator():
                assert CJK.search(action.text()), action.text()
    toolbar = window.findChild(QToolBar, "mainToolbar")
    buttons = [a.iconText() for a in toolbar.actions() if not a.isSeparator() and a.text()]
    assert buttons and all(CJK.search(b) and not re.search(r"\(\w\)", b) for b in buttons), \
        buttons
    titles = [dock.windowTitle() for dock in window.docks.values()]
    assert all(CJK.search(title) for title in titles), titles
    assert {"图层", "属性", "问题", "混流", "请求日志"} <= set(titles)
    window.docks["mix"].raise_()
    panel = window.findChild(QWidget, "mixPanel")
    mix_buttons = [b.text() for b in panel.findChildren(QPushButton) if b.text()]
    assert len(mix_buttons) >= 4, mix_buttons
    assert all(CJK.search(text) for text in mix_buttons), mix_buttons
    assert "开始混流" in mix_buttons


def test_a_validation_problem_reads_in_chinese(chinese_window):
    problems = chinese_window.docks["problems"].widget()
    listing = problems.findChild(type(problems.list), "problemList")
    messages = [listing.topLevelItem(i).text(2) for i in range(listing.topLevelItemCount())]
    assert "image_layer 1 被 2 路输入重复使用" in messages, messages
    assert all(CJK.search(m) for m in messages), messages
    assert CJK.search(problems.summary_text())


def test_qt_dialog_buttons_are_chinese(chinese):
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_run_installs_the_translator(tmp_path):
    """main.run(): the File menu of the window it opens is Chinese under MIX_DESIGNER_LANG."""
    script = (
        "import sys\n"
        "from designer.app import main\n"
        "seen = []\n"
        "create = main.create_window\n"
        "def spy(*args, **kwargs):\n"
        "    window = create(*args, **kwargs)\n"
        "    seen.append(window.menuBar().actions()[0].text())\n"
        "    return window\n"
        "main.create_window = spy\n"
        "code = main.run(exit_when_ready=True)\n"
        "print(seen[0])\n"
        "sys.exit(code)\n")
    env = {k: v for k, v in os.environ.items() if k != "MIX_DESIGNER_KEY"}
    env.update(QT_QPA_PLATFORM="offscreen", MIX_DESIGNER_LANG="zh_CN",
               **{STATE_DIR_ENV: str(tmp_path / "state")})
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "文件(&F)"


def test_core_error_details_read_in_chinese(chinese, tmp_path):
    from designer.app.messages import error_text
    from designer.core import loader
    from designer.core.errors import ConnectionFailed, FileError

    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(FileError) as caught:
        loader.load(broken)
    text = error_text(caught.value)
    assert "不是有效的 JSON" in text and str(broken) in text
    assert "is not valid JSON" in str(caught.value)  # the CLI keeps the English sentence
    refused = ConnectionFailed("cannot reach {host}: {reason}", host="http://127.0.0.1:9",
                               reason="connection refused (is the endpoint right, and the "
                                      "service running?)")
    assert error_text(refused) == ("无法连接 http://127.0.0.1:9：连接被拒绝（接口地址是否正确？"
                                   "服务是否在运行？）")


def test_an_unmarked_error_is_shown_as_it_is(chinese):
    from designer.app.messages import error_text

    assert error_text(ValueError("plain")) == "plain"
