"""The app's data files (its icon), found alike installed, editable, frozen or in a checkout.

They live in the top-level ``resources/`` folder, which pyproject.toml installs as the
package ``designer.resources``; ``importlib.resources`` finds them there in a wheel, an
editable install and a PyInstaller build. Run from a source checkout without installing,
that package does not exist, and the folder beside ``designer/`` is read instead.
"""

from __future__ import annotations

import importlib.resources
from importlib.resources.abc import Traversable
from pathlib import Path

PACKAGE = "designer.resources"
#: the application's icon, an SVG that reads at 16 px and scales to any size
APP_ICON = "mix-designer.svg"

_CHECKOUT = Path(__file__).resolve().parents[2] / "resources"


def _root() -> Traversable:
    try:
        return importlib.resources.files(PACKAGE)
    except ModuleNotFoundError:
        return _CHECKOUT


def _resource(name: str) -> Traversable:
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise ValueError(f"not a resource name: {name!r}")
    resource = _root().joinpath(name)
    if not resource.is_file():
        raise FileNotFoundError(f"no resource named {name!r}")
    return resource


def resource_folder(name: str) -> Traversable:
    """The folder NAME among the resources (e.g. ``"translations"``), which may not exist."""
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise ValueError(f"not a resource folder: {name!r}")
    return _root().joinpath(name)


def resource_bytes(name: str) -> bytes:
    """The contents of the resource NAME (e.g. ``APP_ICON``)."""
    return _resource(name).read_bytes()


def resource_file(name: str) -> Path | None:
    """The resource's own file, which lasts as long as the app; None if it is not a file
    (resources inside a zip archive), when ``resource_bytes`` still reads it."""
    resource = _resource(name)
    return resource if isinstance(resource, Path) else None
