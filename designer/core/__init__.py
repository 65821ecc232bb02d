"""The Qt-free core: layout model, validation, wire protocol, presets.

Nothing here imports Qt or requests (import-linter checks it): the CLI, the sandbox and the
tests use it directly, and the window is a thin layer on top.
"""
