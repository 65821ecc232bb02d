"""The optional extras (pyproject's optional-dependencies) and the command that installs each:
one home for the hint the window, the CLI and the sandbox give when one is missing."""

from __future__ import annotations

#: PyAV and numpy: live inputs (probe, render --frames, the window) and the sandbox's streams.
LIVE_INSTALL = "pip install 'mix-designer[live]'"
#: Tencent's SDK: API 3.0.
API3_INSTALL = "pip install 'mix-designer[api3]'"
