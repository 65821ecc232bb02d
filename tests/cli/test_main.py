"""`mix-designer FILE` means `mix-designer open FILE`; everything else is parsed as typed."""

from __future__ import annotations

import subprocess
import sys

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
