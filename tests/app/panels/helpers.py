"""Small helpers shared by the panel tests."""

from __future__ import annotations

from typing import Any

from designer.app.editor import DocumentEditor


def wire(editor: DocumentEditor) -> dict[str, Any]:
    return editor.layout.para.to_wire()


def wire_input(editor: DocumentEditor, index: int) -> dict[str, Any]:
    return wire(editor)["input_stream_list"][index]


def layout_params(editor: DocumentEditor, index: int) -> dict[str, Any]:
    return wire_input(editor, index)["layout_params"]


def uid(editor: DocumentEditor, index: int) -> str:
    return editor.document.uids()[index]
