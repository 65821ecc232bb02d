"""The README's command-line examples run as written, one block after another, and its table of
exit codes names every code the commands return."""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
SANDBOX_PORT = "8750"


def sh_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def sandbox_blocks() -> list[str]:
    """The blocks that start a sandbox of their own: the command line's examples."""
    return [block for block in sh_blocks() if re.search(r"mix-designer sandbox\b.*&", block)]


def test_each_block_that_starts_a_sandbox_waits_for_it_and_stops_it():
    blocks = sandbox_blocks()
    assert len(blocks) >= 3  # probe and render, the Mix_StreamV2 cycle, the API 3.0 cycle
    for block in blocks:
        lines = [line.split("#")[0].strip() for line in block.splitlines()]
        lines = [line for line in lines if line]
        assert "mix-designer sandbox" in lines[0] and lines[0].endswith("&"), block
        assert sum(line.endswith("&") for line in lines) == 1, block  # so $! is the sandbox
        assert lines[1].startswith("sleep "), block  # it takes a moment to listen
        assert lines[-1] == "kill $!", block  # else the next block's cannot listen


def test_the_exit_code_table_names_interrupted_and_the_commands_own_meanings():
    text = README.read_text(encoding="utf-8")
    table = text[text.index("What the exit codes mean"):]
    rows = {line.split("|")[1].strip() for line in table.splitlines()[:20]
            if re.match(r"\| \d+ \|", line)}
    assert rows == {"0", "1", "2", "3", "4", "130"}
    assert "`diff`: an update would change something" in table
    assert "`probe`: some streams are not live" in table


def _free_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return str(probe.getsockname()[1])


@pytest.mark.skipif(sys.platform == "win32" or shutil.which("bash") is None
                    or shutil.which("curl") is None, reason="the README's blocks are sh, "
                    "with curl")
def test_the_readmes_command_line_blocks_run_in_order(tmp_path):
    pytest.importorskip("av")  # probe and render --frames: the live extra
    pytest.importorskip("tencentcloud.live.v20180801")  # the API 3.0 cycle: the api3 extra
    port = _free_port()
    command = f"{shlex.quote(sys.executable)} -m designer"
    script = "\n".join(block.replace(".venv/bin/mix-designer", command)
                       .replace(f"127.0.0.1:{SANDBOX_PORT}", f"127.0.0.1:{port}")
                       .replace("designer sandbox", f"designer sandbox --port {port}")
                       for block in sandbox_blocks())
    assert SANDBOX_PORT not in script
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("MIX_DESIGNER_KEY", "MIX_DESIGNER_ENDPOINT",
                                "MIX_DESIGNER_API3_ENDPOINT", "TENCENTCLOUD_SECRET_ID",
                                "TENCENTCLOUD_SECRET_KEY")}
    # No key anywhere: each command signs with the sandbox's demo key, as on a fresh machine.
    environment.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
                       QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    log = tmp_path / "output.txt"
    with log.open("w", encoding="utf-8") as out:
        # To a file, not a pipe: a sandbox left running must not keep the test waiting.
        process = subprocess.Popen(["bash", "-e", "-c", script], cwd=tmp_path,
                                   env=environment, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        try:
            process.wait(timeout=120)
        finally:
            with contextlib.suppress(ProcessLookupError):  # a sandbox a block left running:
                os.killpg(process.pid, signal.SIGTERM)  # ours, by its process group
            if process.poll() is None:
                process.kill()
                process.wait()
    output = log.read_text(encoding="utf-8")
    assert process.returncode == 0, output
    assert "Address already in use" not in output and "cannot listen" not in output
    assert output.count("started (or switched): session lewis_room") == 2, output
    assert output.count("cancelled: session lewis_room") == 2, output
    assert "stream_lewis02: live 480×720" in output
    assert (tmp_path / "live.png").stat().st_size > 0
