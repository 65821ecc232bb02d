"""Play URL templates: where each stream input of a layout can be watched.

A template is a URL with ``{stream_id}`` in its path or query, e.g. Tencent's HTTP-FLV
playback ``http://PLAY_DOMAIN/live/{stream_id}.flv``; the producer may add their own auth
query (``?txSecret=…&txTime=…``), which is kept as typed. Each stream id is URL-quoted
before it goes in. Only checking and filling happen here; designer.net opens the URLs.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from designer.core.errors import MixDesignerError
from designer.core.i18n import QT_TRANSLATE_NOOP
from designer.core.model import STREAM_VIDEO_TYPES, Layout
from designer.core.observed import observed_size

PLACEHOLDER = "{stream_id}"
SCHEMES = frozenset({"http", "https"})
#: The sandbox's play route (designer.sandbox.live), as a template on its origin.
SANDBOX_PATH = "/live/{stream_id}.flv"


class PlayUrlError(MixDesignerError):
    """A play URL template that cannot be filled in."""


@dataclass(frozen=True, slots=True)
class PlayUrlTemplate:
    text: str

    @classmethod
    def parse(cls, text: str) -> PlayUrlTemplate:
        """The template, or PlayUrlError saying in one sentence what is wrong with it."""
        text = text.strip()
        if not text:
            raise PlayUrlError(QT_TRANSLATE_NOOP(
                "Errors", "the play URL is empty; it looks like "
                          "http://PLAY_DOMAIN/live/{stream_id}.flv"))
        try:
            parts = urlsplit(text)
            parts.port  # noqa: B018 - raises ValueError for a port out of range
        except ValueError:
            raise PlayUrlError(QT_TRANSLATE_NOOP("Errors", "the play URL is not a URL")) from None
        if parts.scheme.lower() not in SCHEMES or not parts.hostname:
            raise PlayUrlError(QT_TRANSLATE_NOOP(
                "Errors", "the play URL must start with http:// or https:// and a host"))
        if PLACEHOLDER in parts.netloc:
            raise PlayUrlError(QT_TRANSLATE_NOOP(
                "Errors", "{placeholder} goes in the play URL's path or query, not in its host"),
                placeholder=PLACEHOLDER)
        if PLACEHOLDER not in text:
            raise PlayUrlError(QT_TRANSLATE_NOOP(
                "Errors", "the play URL has no {placeholder} to put each stream's id in"),
                placeholder=PLACEHOLDER)
        return cls(text)

    @classmethod
    def for_sandbox(cls, origin: str) -> PlayUrlTemplate:
        """The sandbox's own play URLs, from its address (``http://127.0.0.1:8750``)."""
        return cls.parse(origin.rstrip("/") + SANDBOX_PATH)

    def url(self, stream_id: str) -> str:
        """The URL of one stream: the template with the quoted id in every placeholder."""
        return self.text.replace(PLACEHOLDER, quote(stream_id, safe=""))

    def urls(self, layout: Layout) -> dict[str, str]:
        """Stream id → play URL for each video stream of the layout (:func:`stream_ids`)."""
        return {stream_id: self.url(stream_id) for stream_id in stream_ids(layout)}

    @property
    def host(self) -> str:
        """Scheme, host and port: what messages name (never the path or an auth query)."""
        parts = urlsplit(self.text)
        return f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}"


def stream_ids(layout: Layout) -> list[str]:
    """The ids of the layout's video streams (input_type 0 or 5), each once, in list order.

    These are the inputs a play URL shows a picture of; audio-only inputs, pictures and
    canvases have none, and an input with no id has nothing to look up.
    """
    seen: dict[str, None] = {}
    for stream in layout.para.inputs:
        if stream.kind in STREAM_VIDEO_TYPES and stream.input_stream_id:
            seen.setdefault(stream.input_stream_id, None)
    return list(seen)


def record_sizes(layout: Layout, sizes: dict[str, tuple[int, int]]) -> int:
    """Set the source resolution of every video stream whose id is in ``sizes``.

    Returns how many inputs changed. The design is what changes (source_width and
    source_height): the para, which is what is sent, is never touched.
    """
    changed = 0
    for stream, design in layout.pairs():
        size = observed_size(stream, sizes)  # the same rule as the window's view of them
        if size is not None and design.source_size != size:
            design.source_width, design.source_height = size
            changed += 1
    return changed
