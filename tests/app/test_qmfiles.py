"""The compiled translations: built for packaging, compiled once into a cache in a checkout,
and never fatal (no lrelease means English, not a crash)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from designer.app import qmfiles
from designer.core.recovery import STATE_DIR_ENV

REPO = Path(__file__).resolve().parents[2]
TS_DIR = REPO / "resources" / "translations"
ZH_TS, EN_TS = TS_DIR / "mix_designer_zh_CN.ts", TS_DIR / "mix_designer_en.ts"

def test_build_qm_makes_loadable_translations(tmp_path):
    built = qmfiles.build_qm(tmp_path / "qm")
    assert sorted(p.name for p in built) == ["mix_designer_en.qm", "mix_designer_zh_CN.qm"]
    chinese = QTranslator()
    assert chinese.load(str(tmp_path / "qm" / "mix_designer_zh_CN.qm"))
    assert chinese.translate("Menus", "&File") == "文件(&F)"
    assert chinese.translate("MixFeature", "&Start mix") == "开始混流(&S)"
    english = QTranslator()
    assert english.load(str(tmp_path / "qm" / "mix_designer_en.qm"))
    assert english.translate("StatusLabels", "%n error(s)", "", 1) == "%n error"
    assert english.translate("StatusLabels", "%n error(s)", "", 3) == "%n errors"


def test_the_build_entry_point(tmp_path):
    done = subprocess.run([sys.executable, "-m", "designer.app.qmfiles", "--build",
                           str(tmp_path)], capture_output=True, text=True, timeout=120,
                          cwd=REPO, check=False)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "mix_designer_zh_CN.qm").stat().st_size > 1000


@pytest.fixture
def state(tmp_path, monkeypatch):
    monkeypatch.setenv(STATE_DIR_ENV, str(tmp_path / "state"))
    return tmp_path / "state"


def test_a_checkout_compiles_once_into_the_cache(state, monkeypatch):
    first = qmfiles.qm_file("zh_CN")
    assert first is not None and first.is_relative_to(state) and first.stat().st_size > 1000

    def no_compiling(*_args):
        raise AssertionError("compiled again although an up-to-date .qm exists")

    monkeypatch.setattr(qmfiles, "_run_lrelease", no_compiling)
    assert qmfiles.qm_file("zh_CN") == first


def test_a_qm_beside_the_ts_is_used_unless_the_ts_is_newer(tmp_path, state, monkeypatch):
    folder = tmp_path / "translations"
    folder.mkdir()
    ts = folder / ZH_TS.name
    ts.write_bytes(ZH_TS.read_bytes())
    (qm,) = [p for p in qmfiles.build_qm(tmp_path / "built") if "zh_CN" in p.name]
    beside = folder / qm.name
    beside.write_bytes(qm.read_bytes())
    monkeypatch.setattr(qmfiles, "resource_folder", lambda name: folder)
    assert qmfiles.qm_file("zh_CN") == beside
    os.utime(beside, (1_000_000, 1_000_000))  # the .ts was edited after the .qm was built
    fresh = qmfiles.qm_file("zh_CN")
    assert fresh is not None and fresh.is_relative_to(state)
    ts.unlink()  # installed: only the .qm is shipped
    assert qmfiles.qm_file("zh_CN") == beside


def test_an_older_qm_beats_english_when_nothing_can_compile(tmp_path, state, monkeypatch):
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / ZH_TS.name).write_bytes(ZH_TS.read_bytes())
    (qm,) = [p for p in qmfiles.build_qm(tmp_path / "built") if "zh_CN" in p.name]
    beside = folder / qm.name
    beside.write_bytes(qm.read_bytes())
    os.utime(beside, (1_000_000, 1_000_000))
    monkeypatch.setattr(qmfiles, "resource_folder", lambda name: folder)
    monkeypatch.setattr(qmfiles, "lrelease_command", lambda: None)
    assert qmfiles.qm_file("zh_CN") == beside


def test_a_frozen_app_never_compiles_and_says_nothing_about_lrelease(tmp_path, state,
                                                                     monkeypatch, caplog):
    # PyInstaller copies the .ts a moment after the .qm: the shipped .qm looks stale.
    folder = tmp_path / "translations"
    folder.mkdir()
    (qm,) = [p for p in qmfiles.build_qm(tmp_path / "built") if "zh_CN" in p.name]
    beside = folder / qm.name
    beside.write_bytes(qm.read_bytes())
    os.utime(beside, (1_000_000, 1_000_000))
    (folder / ZH_TS.name).write_bytes(ZH_TS.read_bytes())
    (folder / EN_TS.name).write_bytes(EN_TS.read_bytes())  # and no mix_designer_en.qm

    def no_compiling(*_args):
        raise AssertionError("a frozen app compiled a translation")

    monkeypatch.setattr(qmfiles, "resource_folder", lambda name: folder)
    monkeypatch.setattr(qmfiles, "_run_lrelease", no_compiling)
    monkeypatch.setattr(qmfiles, "lrelease_command", lambda: None)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    with caplog.at_level("DEBUG", logger=qmfiles.__name__):
        assert qmfiles.qm_file("zh_CN") == beside
        assert qmfiles.qm_file("en") is None
    assert not [r for r in caplog.records if "lrelease" in r.getMessage()]


def test_no_lrelease_means_english_not_a_crash(tmp_path, state, monkeypatch):
    monkeypatch.setattr(qmfiles, "lrelease_command", lambda: None)
    monkeypatch.setattr(qmfiles, "cache_dir", lambda: tmp_path / "empty-cache")
    assert qmfiles.qm_file("zh_CN") is None
