"""Argument types that refuse what the service or the system cannot take, as usage errors.

argparse turns the ArgumentTypeError raised here into its one-line error and exit 2, so an
APPID of 20 digits, a port of 70000 or a URL that does not parse never reach the code
that would choke on them. Also what the sending commands ask of an endpoint, whichever option
or variable gave it: endpoint_problem, on_loopback.

Nothing here imports pydantic: --help, --version and a usage error load this module.
"""

from __future__ import annotations

import argparse
import math
from urllib.parse import urlsplit

from designer.cli.output import printable
from designer.core.int32 import INT32_MAX  # not core.model: --help must not load pydantic

#: --delay longer than this is a typo, not a rehearsal.
MAX_DELAY = 3600.0
#: A probe's --timeout: a stream that shows no picture in a minute is not live.
MAX_PROBE_TIMEOUT = 60.0
#: A UNIX time in seconds (--expires, --timestamp) is a signed 64-bit integer on the server.
MAX_UNIX_SECONDS = 2**63 - 1


def positive_int32(text: str) -> int:
    """An APPID or eventId: 1 to 2147483647 (the spec's non-zero int32; eventId 0 is -2)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{_shown(text)} is not a whole number") from None
    if not 0 < value <= INT32_MAX:
        raise argparse.ArgumentTypeError(
            f"{_shown(text)} is out of range: it must be a positive 32-bit integer, 1 to "
            f"{INT32_MAX}")
    return value


def expiry_time(text: str) -> int:
    """--expires: the sign's t, a UNIX time in seconds, 1 to MAX_UNIX_SECONDS."""
    return _unix_seconds(text, low=1)


def timestamp(text: str) -> int:
    """--timestamp: the body's timestamp, a UNIX time in seconds, 0 to MAX_UNIX_SECONDS (what
    reading a body accepts)."""
    return _unix_seconds(text, low=0)


def _unix_seconds(text: str, *, low: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{_shown(text)} is not a whole number") from None
    if not low <= value <= MAX_UNIX_SECONDS:
        raise argparse.ArgumentTypeError(
            f"{_shown(text)} is out of range: a UNIX time in seconds, {low} to "
            f"{MAX_UNIX_SECONDS}")
    return value


def port(text: str) -> int:
    """A TCP port: 0 (any free port) to 65535."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{_shown(text)} is not a port number") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(
            f"{_shown(text)} is out of range: a port is 0 (any free port) to 65535")
    return value


def delay(text: str) -> float:
    """Seconds to wait before answering: 0 to MAX_DELAY."""
    return _seconds(text, 0, MAX_DELAY, "the delay", above_zero=False)


def probe_timeout(text: str) -> float:
    """Seconds one stream may take to show a picture: above 0, at most MAX_PROBE_TIMEOUT."""
    return _seconds(text, 0, MAX_PROBE_TIMEOUT, "the timeout", above_zero=True)


def _seconds(text: str, low: float, high: float, what: str, *, above_zero: bool) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{_shown(text)} is not a number of seconds") from None
    above_low = value > low if above_zero else value >= low
    if not (math.isfinite(value) and above_low and value <= high):
        bound = "above 0" if above_zero else f"{low:g}"
        raise argparse.ArgumentTypeError(
            f"{_shown(text)} is out of range: {what} is {bound} to {high:g} seconds")
    return value


def endpoint(text: str) -> str:
    """An http:// or https:// URL with a host (and, if any, a valid port)."""
    if (problem := endpoint_problem(text)) is not None:
        raise argparse.ArgumentTypeError(problem)
    return text


def endpoint_problem(url: str) -> str | None:
    """Why ``url`` cannot be an endpoint, or None (also for $MIX_DESIGNER_ENDPOINT)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - parsing the port is the check: it raises if invalid
    except ValueError as error:
        return f"{_shown(url)} is not a valid URL ({error})"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"{_shown(url)} is not an http:// or https:// URL with a host"
    if any(ord(c) <= 32 or ord(c) == 127 for c in url):
        return f"{_shown(url)} contains spaces or control characters"
    return None


def on_loopback(url: str) -> bool:
    """Whether ``url`` names this machine (localhost, 127.0.0.0/8, ::1): a local sandbox,
    where a command with no credentials may sign with the sandbox's demo ones. Brackets and
    a port, or none, are all the same (``http://[::1]``, ``http://[::1]:8750``)."""
    import ipaddress  # here: only sending asks

    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _shown(text: str) -> str:
    return f"'{printable(text[:100])}'"
