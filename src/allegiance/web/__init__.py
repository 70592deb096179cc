"""The analysts' page: static HTML, CSS and JS served by the API at ``/`` (no build step)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def static_dir() -> Path:
    """The folder of the page's files, inside the installed package."""
    return Path(str(resources.files("allegiance.web") / "static"))
