"""What one step changed in a document: the payload of ``LayoutDocument.changed``.

A step (an undo command's redo or undo, a file replacing the layout) may set many fields of
many inputs; listeners hear of it once, with this summary, and update what it names only.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ChangeSet:
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


@dataclass
class ChangeRecorder:
    """Collects what the setters of one batch changed, in the order they changed it."""

    inputs: dict[str, None] = field(default_factory=dict)  # a dict keeps the order
    session: dict[str, None] = field(default_factory=dict)
    reset: bool = False

    def __bool__(self) -> bool:
        return self.reset or bool(self.inputs) or bool(self.session)

    def change_set(self, present: set[str]) -> ChangeSet:
        """The summary, leaving out inputs that were changed, then removed."""
        return ChangeSet(frozenset(uid for uid in self.inputs if uid in present),
                         frozenset(self.session), self.reset)
