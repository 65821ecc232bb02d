"""The architecture's rules: import-linter's contracts hold, each of them can fail (a violation
planted in a copy of the package breaks it), and no two modules import each other in a circle.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[1]

#: One violation per contract, planted as a new module (file, what it imports).
PLANTED = {
    "Layers:": ("designer/net/planted.py", "import designer.app.editor\n"),
    "The core imports no Qt": ("designer/core/planted.py", "import designer.app.kinds\n"),
    "The sandbox and the HTTP client import no Qt": (
        "designer/sandbox/planted.py", "import designer.core.planted\n"),
    "The CLI's own modules import no Qt": ("designer/cli/planted.py", "import PySide6.QtCore\n"),
    "Only designer.net imports requests": ("designer/app/planted.py", "import requests\n"),
    "PyAV plays streams": ("designer/cli/planted_av.py", "import av\n"),
    "Features, panels, the canvas and actions never import the window": (
        "designer/app/mix/planted.py", "import designer.app.window\n"),
    "The canvas: each layer uses only those below it": (
        "designer/app/canvas/items/planted.py", "import designer.app.canvas.view\n"),
}


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which(
        "lint-imports")
    assert lint, "import-linter is part of the test extra"
    # The package under ``root`` comes first on the path, before the installed one.
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([lint, "--no-cache", "--config", str(root / "pyproject.toml")],
                          cwd=root, capture_output=True, text=True, timeout=180, env=env)


def contract_names() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return [c["name"] for c in config["tool"]["importlinter"]["contracts"]]


def test_import_contracts_hold():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert f"Contracts: {len(contract_names())} kept, 0 broken." in result.stdout


def test_every_contract_has_a_planted_violation():
    for name in contract_names():
        assert any(name.startswith(prefix) for prefix in PLANTED), name


def test_each_planted_violation_breaks_its_contract(tmp_path):
    shutil.copytree(ROOT / "designer", tmp_path / "designer",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    for path, line in PLANTED.values():
        (tmp_path / path).write_text(line, encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    # import-linter wraps long names: read the report with its lines joined.
    report = re.sub(r"\s+", " ", result.stdout)
    for name in contract_names():
        assert re.search(re.escape(name) + r" ?BROKEN", report), (name, result.stdout[-4000:])


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Groups of modules that import each other in a circle (Tarjan's strongly connected
    components of more than one module)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_two_modules_import_each_other_in_a_circle():
    assert _cycles(grimp.build_graph("designer", cache_dir=None)) == []


@pytest.mark.parametrize("planted", [("a", "b"), ("a", "b", "c")])
def test_the_cycle_check_finds_a_planted_cycle(tmp_path, monkeypatch, planted):
    package = tmp_path / "cyclic"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for name, imported in zip(planted, (*planted[1:], planted[0]), strict=True):
        (package / f"{name}.py").write_text(f"import cyclic.{imported}\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert _cycles(grimp.build_graph("cyclic", cache_dir=None)) == [
        sorted(f"cyclic.{name}" for name in planted)]
