"""manifest.json: every file a build wrote, so scripts (and ``verify``) never guess names."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .atomic import write_bytes

NAME = "manifest.json"


def read(out: Path) -> dict[str, Any] | None:
    try:
        return json.loads((out / NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write(out: Path, manifest: dict[str, Any]) -> None:
    text = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    write_bytes(out / NAME, text.encode("utf-8"))
