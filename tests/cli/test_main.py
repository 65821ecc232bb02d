"""`mix-designer FILE` means `mix-designer open FILE`; everything else is parsed as typed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from designer.cli.main import with_command


def test_a_file_without_a_command_is_opened(tmp_path):
    show = tmp_path / "show.json"
    show.write_text("{}")
    assert with_command([str(show)]) == ["open", str(show)]
    assert with_command([str(show), "--exit-when-ready"]) == ["open", str(show),
                                                              "--exit-when-ready"]


def test_commands_options_and_missing_files_are_left_as_typed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "validate").write_text("{}")  # a file named like a command: the command wins
    assert with_command(["validate", "x.json"]) == ["validate", "x.json"]
    assert with_command(["--version"]) == ["--version"]
    assert with_command([]) == []
    assert with_command(["nothing-here.json"]) == ["nothing-here.json"]
    assert with_command([str(tmp_path)]) == [str(tmp_path)]  # a folder is not a file


def test_a_missing_file_is_still_an_unknown_command_exit_2(tmp_path):
    result = subprocess.run([sys.executable, "-m", "designer", str(tmp_path / "gone.json")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "invalid choice" in result.stderr and "Traceback" not in result.stderr


# -- start-up: what never needs pydantic ---------------------------------------------------


def _modules_after(code: str, **env: str) -> set[str]:
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    environment.update(env)
    script = ("import json, sys\n"
              f"{code}\n"
              "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, env=environment)
    return set(json.loads(result.stderr.strip().splitlines()[-1]))


def test_importing_the_parser_loads_no_pydantic():
    result = subprocess.run(
        [sys.executable, "-c", "import designer.cli.main, designer.cli.arguments, sys; "
         "assert 'pydantic' not in sys.modules, 'pydantic was imported'"],
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("argv", [
    ["--version"],
    ["--help"],
    ["validate"],  # a usage error: FILE is missing
    ["request", "start", "x.json", "--appid", "0"],  # an out-of-range APPID
])
def test_version_help_and_usage_errors_load_no_pydantic(argv):
    code = ("from designer.cli.main import main\n"
            "try:\n"
            f"    main({argv!r})\n"
            "except SystemExit:\n"
            "    pass\n")
    modules = _modules_after(code)
    assert "designer.cli.arguments" in modules
    assert "pydantic" not in modules


def test_the_windows_no_display_exit_loads_no_pydantic(tmp_path):
    code = ("from designer.cli.main import main\n"
            "assert main(['open']) == 2\n")
    modules = _modules_after(code, XDG_RUNTIME_DIR=str(tmp_path))
    assert "designer.app.display" in modules
    assert "pydantic" not in modules and "PySide6" not in modules
