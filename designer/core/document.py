"""The editable document: one Layout, every change through a method, every change signalled.

This is the single source of truth the window builds on. The canvas and the panels listen to
its signals and never keep state of their own; undo commands call its methods and nothing
else. It stays Qt-free (plain Python signals, below), so scripts and tests can drive it
directly.
"""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, overload

from designer.core.api3model import API3_PARTS
from designer.core.changes import ChangeRecorder, ChangeSet
from designer.core.model import CropParams, InputDesign, InputStream, Layout, LayoutParams

_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


class SignalInstance:
    """One object's signal: ``connect``, ``disconnect`` and ``emit``, called synchronously.

    The subset of psygnal's API this project uses, written out because importing psygnal
    was ~10 ms of the window's start-up. As there: a slot gets only as many of the emitted
    arguments as it takes (``refresh()`` can follow ``session_changed(name)``); a bound
    method is held weakly, so a listener is not kept alive by the document; slots run in
    the order they were connected, and one connected or disconnected while the signal is
    being emitted takes effect from the next emission.
    """

    __slots__ = ("_nargs", "_slots")

    def __init__(self, nargs: int):
        self._nargs = nargs
        #: (the slot, or a weak reference to a bound method's object and its function; how
        #: many arguments it takes)
        self._slots: list[tuple[Callable[..., Any] | weakref.WeakMethod[Any], int]] = []

    def connect(self, slot: Callable[..., Any]) -> Callable[..., Any]:
        """Call ``slot`` on every emission; returns it (so this works as a decorator)."""
        held = weakref.WeakMethod(slot) if inspect.ismethod(slot) else slot
        self._slots.append((held, self._arguments_for(slot)))
        return slot

    def disconnect(self, slot: Callable[..., Any] | None = None, missing_ok: bool = True) -> None:
        """Stop calling ``slot`` (its first connection), or every slot if none is given."""
        if slot is None:
            self._slots.clear()
            return
        for index, (held, _) in enumerate(self._slots):
            if _resolve(held) == slot:
                del self._slots[index]
                return
        if not missing_ok:
            raise ValueError(f"slot is not connected: {slot!r}")

    def emit(self, *args: Any) -> None:
        dead = False
        for held, count in tuple(self._slots):
            slot = _resolve(held)
            if slot is None:  # a listener that has been garbage-collected
                dead = True
            else:
                slot(*args[:count])
        if dead:
            self._slots = [entry for entry in self._slots if _resolve(entry[0]) is not None]

    def _arguments_for(self, slot: Callable[..., Any]) -> int:
        try:
            parameters = inspect.signature(slot).parameters.values()
        except (TypeError, ValueError):  # no signature to read (some builtins): give it all
            return self._nargs
        if any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in parameters):
            return self._nargs
        positional = [p for p in parameters if p.kind in _POSITIONAL]
        required = sum(p.default is inspect.Parameter.empty for p in positional)
        if required > self._nargs:
            raise ValueError(f"cannot connect {slot!r}: it needs {required} arguments, the "
                             f"signal gives {self._nargs}")
        return min(len(positional), self._nargs)


def _resolve(held: Callable[..., Any] | weakref.WeakMethod[Any]) -> Callable[..., Any] | None:
    return held() if isinstance(held, weakref.WeakMethod) else held


class Signal:
    """Declared on a class, like psygnal's: each instance gets its own SignalInstance."""

    def __init__(self, *types: type):
        self._nargs = len(types)
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> Signal: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> SignalInstance: ...
    def __get__(self, instance: object, owner: type | None = None) -> Signal | SignalInstance:
        if instance is None:
            return self
        signal = SignalInstance(self._nargs)
        # Kept in the instance's __dict__, which shadows this (non-data) descriptor from now on.
        setattr(instance, self._name, signal)
        return signal


class LayoutDocument:
    """One layout, changed through its methods only.

    Every change is announced once per batch: inside ``with document.batch():`` the setters
    record what they change and emit nothing; when the outermost batch ends, the document
    emits ``inputs_reset`` (if inputs were added, removed, reordered or replaced), then
    ``input_changed`` once per changed input (none after a reset, which covers them all),
    ``session_changed`` once per changed session field, and last ``changed`` once, with a
    ``ChangeSet`` saying all of it. A setter called outside a batch is a batch of its own.
    Listeners that only need "something changed" connect a slot without arguments to
    ``changed``; those that update per input read its ChangeSet (or ``input_changed``).
    """

    #: Anything changed, once per batch, with what changed: validation, the modified marker,
    #: the canvas and the panels listen to this.
    changed = Signal(ChangeSet)
    #: A session or output field of the para changed (its name).
    session_changed = Signal(str)
    #: One input's wire data or design data changed (its uid).
    input_changed = Signal(str)
    #: Inputs were added, removed or reordered, or the whole layout was replaced.
    inputs_reset = Signal()

    def __init__(self, layout: Layout | None = None):
        self._layout = layout or Layout()
        self._depth = 0
        self._recorded = ChangeRecorder()
        #: uid → list index, as last seen (checked on every use, rebuilt when stale).
        self._indexes: dict[str, int] = {}

    # -- reading --------------------------------------------------------------------------

    @property
    def layout(self) -> Layout:
        """The layout itself. Read it freely; change it only through this class."""
        return self._layout

    def uids(self) -> list[str]:
        return [design.uid for design in self._layout.design.inputs]

    def index(self, uid: str) -> int:
        # Panels read every input by uid: a scan per read would make a list of n inputs cost
        # n² (1,024 inputs: seconds). The remembered index is checked, so it is never stale.
        inputs = self._layout.design.inputs
        index = self._indexes.get(uid)
        if index is None or index >= len(inputs) or inputs[index].uid != uid:
            self._indexes = {design.uid: n for n, design in enumerate(inputs)}
            if (index := self._indexes.get(uid)) is None:
                raise KeyError(uid)
        return index

    def stream(self, uid: str) -> InputStream:
        return self._layout.para.inputs[self.index(uid)]

    def design(self, uid: str) -> InputDesign:
        return self._layout.design.inputs[self.index(uid)]

    def copy_input(self, uid: str) -> tuple[InputStream, InputDesign]:
        """A deep copy of an input, for undo and for duplicating."""
        return self.stream(uid).model_copy(deep=True), self.design(uid).model_copy(deep=True)

    # -- batching -------------------------------------------------------------------------

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Apply several changes as one: listeners hear of them once, when the outermost
        batch ends (even if it ends with an exception: what was changed is announced)."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._announce()

    def _announce(self) -> None:
        recorded, self._recorded = self._recorded, ChangeRecorder()
        if not recorded:
            return
        changes = recorded.change_set(set(self.uids()))
        if changes.reset:
            self.inputs_reset.emit()
        else:
            for uid in recorded.inputs:
                if uid in changes.inputs:
                    self.input_changed.emit(uid)
        for name in recorded.session:
            self.session_changed.emit(name)
        self.changed.emit(changes)

    # -- changing -------------------------------------------------------------------------

    def set_session(self, name: str, value: Any) -> None:
        """Set a top-level para field (session id, template, output ...); None unsets it."""
        if name == "input_stream_list" or name not in type(self._layout.para).model_fields:
            raise KeyError(name)
        with self.batch():
            setattr(self._layout.para, name, value)
            self._recorded.session[name] = None

    def set_stream_id(self, uid: str, value: str | None) -> None:
        with self.batch():
            self.stream(uid).input_stream_id = value
            self._recorded.inputs[uid] = None

    def set_layout_params(self, uid: str, /, **values: Any) -> None:
        """Set layout_params fields of one input in one step; None unsets a field."""
        stream = self.stream(uid)
        if stream.layout_params is None:
            stream.layout_params = LayoutParams()
        with self.batch():
            for name, value in values.items():
                if name not in LayoutParams.model_fields:
                    raise KeyError(name)
                setattr(stream.layout_params, name, value)
                self._recorded.inputs[uid] = None

    def set_crop(self, uid: str, crop: CropParams | None) -> None:
        with self.batch():
            self.stream(uid).crop_params = crop.model_copy() if crop is not None else None
            self._recorded.inputs[uid] = None

    def set_design(self, uid: str, /, **values: Any) -> None:
        design = self.design(uid)
        with self.batch():
            for name, value in values.items():
                if name == "uid" or name not in InputDesign.model_fields:
                    raise KeyError(name)
                setattr(design, name, value)
                self._recorded.inputs[uid] = None

    def set_preview(self, **values: Any) -> None:
        """Set the design-only preview size (preview_width / preview_height)."""
        design = self._layout.design
        with self.batch():
            for name, value in values.items():
                if name not in ("preview_width", "preview_height"):
                    raise KeyError(name)
                setattr(design, name, value)
                # The output size is drawn from it, like a session field.
                self._recorded.session["preview"] = None

    def set_api3(self, part: str, /, **values: Any) -> None:
        """Set fields of API 3.0's OutputParams or ControlParams (``part``); None unsets."""
        target = getattr(self._layout.api3, part) if part in API3_PARTS else None
        if target is None:
            raise KeyError(part)
        with self.batch():
            for name, value in values.items():
                if name not in type(target).model_fields:
                    raise KeyError(name)
                setattr(target, name, value)
                self._recorded.session["api3"] = None

    def insert_input(self, index: int, stream: InputStream, design: InputDesign) -> None:
        if design.uid in self.uids():
            raise ValueError(f"an input with uid {design.uid} already exists")
        para = self._layout.para
        with self.batch():
            if para.input_stream_list is None:
                para.input_stream_list = []
            para.input_stream_list.insert(index, stream)
            self._layout.design.inputs.insert(index, design)
            self._recorded.reset = True

    def remove_input(self, uid: str) -> tuple[int, InputStream, InputDesign]:
        """Remove an input; returns what insert_input needs to put it back."""
        index = self.index(uid)
        with self.batch():
            stream = self._layout.para.inputs[index]
            del self._layout.para.input_stream_list[index]  # type: ignore[union-attr]
            design = self._layout.design.inputs.pop(index)
            self._recorded.reset = True
        return index, stream, design

    def replace(self, layout: Layout) -> None:
        with self.batch():
            self._layout = layout
            self._recorded.reset = True
            self._recorded.session[""] = None
