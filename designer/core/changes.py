"""What one step changed in a document: the payload of ``LayoutDocument.changed``.

A step (an undo command's redo or undo, a file replacing the layout) may set many fields of
many inputs; listeners hear of it once, with this summary, and update what it names only.
"""

from __future__ import annotations

from typing import NamedTuple


class ChangeSet(NamedTuple):
    # A named tuple, not a dataclass: made at start-up, where a dataclass costs 60 times more.

    #: uids of the inputs whose wire data or design data changed (and that still exist).
    inputs: frozenset[str] = frozenset()
    #: Names of the session (top-level para) fields that changed; "preview" for the design's
    #: preview size; "" when the whole layout was replaced.
    session: frozenset[str] = frozenset()
    #: Inputs were added, removed or reordered, or the layout was replaced: every input may
    #: have changed, so a listener redoes everything.
    reset: bool = False

    def touches(self, uid: str) -> bool:
        """Whether the input ``uid`` may have changed."""
        return self.reset or uid in self.inputs


class ChangeRecorder:
    """Collects what the setters of one batch changed, in the order they changed it."""

    __slots__ = ("inputs", "reset", "session")

    def __init__(self) -> None:
        self.inputs: dict[str, None] = {}  # dicts keep the order
        self.session: dict[str, None] = {}
        self.reset = False

    def __bool__(self) -> bool:
        return self.reset or bool(self.inputs) or bool(self.session)

    def change_set(self, present: set[str]) -> ChangeSet:
        """The summary, leaving out inputs that were changed, then removed."""
        return ChangeSet(frozenset(uid for uid in self.inputs if uid in present),
                         frozenset(self.session), self.reset)
