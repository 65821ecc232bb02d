"""The fuzz run through the commands: generated documents (10,000 in the ci profile: 2,500
generated, each with three hostile mutations) through `validate`, `import` and `request`
(and half of them through `render`), in-process through ``main`` with the files on disk.
No exit 4, no traceback, no raw control character on the terminal; what `validate --json`
and `request` print is JSON, and what `import` writes opens again.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from designer.cli import main as cli
from designer.core import loader
from tests.hypothesis_profiles import examples
from tests.strategies import mutations, texts

#: Anything a terminal could act on; the only control the CLI prints is the newline.
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
LOOPBACK = "http://127.0.0.1:9/common_access"  # never contacted: `request` sends nothing


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Iterator[Path]:
    with pytest.MonkeyPatch.context() as patch:
        # Speed only, so that ten thousand documents fit in CI's minutes: the parser is
        # built once, and saves skip fsync (durability is tested in tests/core).
        build = cli.build_parser()
        patch.setattr(cli, "build_parser", lambda: build)
        patch.setattr(os, "fsync", lambda fd: None)
        yield tmp_path_factory.mktemp("cli-fuzz")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(list(argv))
        except SystemExit as exited:  # argparse; no document should get here
            code = int(exited.code or 0)
    return code, out.getvalue(), err.getvalue()


def _no_constant(name: str) -> None:
    raise AssertionError(f"{name} printed: not JSON")


#: Documents per example: the generated one and its three mutations.
PER_EXAMPLE = 4


@settings(max_examples=examples(ci=10_000 // PER_EXAMPLE, dev=50))
@given(text=texts, seed=st.integers(0, 2**16))
def test_no_document_makes_a_command_exit_4_or_show_a_traceback(folder, text, seed):
    documents = [text, *mutations(text, seed)]
    assert len(documents) == PER_EXAMPLE
    for number, document in enumerate(documents):
        _through_every_command(folder, document, render=number < 2)


def _through_every_command(folder: Path, text: str, render: bool) -> None:
    document, preset, picture = folder / "doc.json", folder / "preset.json", folder / "out.png"
    document.write_text(text, encoding="utf-8", errors="surrogatepass")
    preset.unlink(missing_ok=True)
    results = {
        "validate": run("validate", str(document), "--json"),
        "import": run("import", str(document), "-o", str(preset)),
        "request": run("request", "start", str(document), "--appid", "1",
                       "--endpoint", LOOPBACK),
    }
    if render:  # the slowest command: half the documents are enough to find what it trips on
        results["render"] = run("render", str(document), "-o", str(picture), "--scale", "0.05")
    for command, (code, out, err) in results.items():
        assert code in (0, 1, 2), (command, code, err)
        assert "Traceback" not in out + err and "internal error" not in err, (command, err)
        assert not RAW_CONTROL.search(out + err), (command, out + err)
    code, out, _ = results["validate"]
    if code in (0, 1) and out:
        json.loads(out, parse_constant=_no_constant)
    code, out, _ = results["request"]
    if code == 0:
        json.loads(out, parse_constant=_no_constant)
    if results["import"][0] == 0:
        loader.load(preset)  # what we write we can read
