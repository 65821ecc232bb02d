"""Auto-mix push URLs (spec section 自动混流).

Two pushers add ``mixv2=t_id:x;session_id:xxx;layer:b|s`` to their push URLs; once both
streams are up the service mixes them itself, the big one's id being the output.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from designer.core.errors import MixDesignerError
from designer.core.i18n import QT_TRANSLATE_NOOP
from designer.core.validation import ID_PATTERN

#: t_id 1: two audio+video streams; 2: two audio-only streams.
AUTOMIX_TEMPLATES = {1: "two audio+video streams", 2: "two audio-only streams"}
PUSH_SCHEMES = ("rtmp", "rtmps", "http", "https", "webrtc", "srt", "trtc")


class AutomixError(MixDesignerError):
    """Why the URLs cannot be built; ``template`` is marked for translation (core.i18n)."""

    context = "Automix"


@dataclass(frozen=True, slots=True)
class AutomixUrls:
    big: str
    small: str


def check_push_url(url: str, role: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in PUSH_SCHEMES or not parts.netloc or not parts.path.strip("/"):
        raise AutomixError(QT_TRANSLATE_NOOP(
            "Automix", "the {role} push URL must look like rtmp://host/live/STREAM_ID, not "
                       "{url!r}"), role=role, url=url[:120])
    if any(name == "mixv2" for name, _ in parse_qsl(parts.query, keep_blank_values=True)):
        raise AutomixError(QT_TRANSLATE_NOOP(
            "Automix", "the {role} push URL already has a mixv2 parameter"), role=role)
    if parts.fragment:
        raise AutomixError(QT_TRANSLATE_NOOP(
            "Automix", "the {role} push URL must not have a #fragment"), role=role)


def add_mixv2(url: str, template: int, session_id: str, layer: str) -> str:
    # The spec's example writes ';' and ':' as they are, so they are not percent-encoded.
    separator = "&" if "?" in url else "?"
    if url.endswith(("?", "&")):
        separator = ""
    return f"{url}{separator}mixv2=t_id:{template};session_id:{session_id};layer:{layer}"


def build(template: int, session_id: str, big: str, small: str) -> AutomixUrls:
    if template not in AUTOMIX_TEMPLATES:
        raise AutomixError(QT_TRANSLATE_NOOP(
            "Automix", "t_id must be 1 (two audio+video streams) or 2 (two audio-only streams)"))
    if not ID_PATTERN.fullmatch(session_id):
        raise AutomixError(QT_TRANSLATE_NOOP(
            "Automix", "session_id must be 1 to 80 letters, digits or underscores"))
    # The roles are words of the message: marked so the window can translate them too.
    check_push_url(big, QT_TRANSLATE_NOOP("Automix", "big (b)"))
    check_push_url(small, QT_TRANSLATE_NOOP("Automix", "small (s)"))
    if urlsplit(big)._replace(query="") == urlsplit(small)._replace(query=""):
        raise AutomixError(QT_TRANSLATE_NOOP(
            "Automix", "the big and small push URLs are the same stream"))
    return AutomixUrls(
        big=add_mixv2(big, template, session_id, "b"),
        small=add_mixv2(small, template, session_id, "s"),
    )
