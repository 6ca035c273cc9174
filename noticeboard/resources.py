"""Where bundled files live: next to the package in a wheel, at the repository root otherwise."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """``fonts``, ``procedures`` or ``samples``: packaged copy first, then the source checkout."""
    for candidate in (_PACKAGE / "_bundled" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {name!r} not found next to {_PACKAGE}")


def sample_project() -> Path:
    return resource_dir("samples") / "lam-binh"
