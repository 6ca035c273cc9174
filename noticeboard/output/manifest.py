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
    # One line per file: readable and diffable, and json's fast C encoder (indent= is pure Python).
    head = {k: v for k, v in manifest.items() if k != "files"}
    lines = [json.dumps(e, ensure_ascii=False) for e in manifest.get("files", [])]
    text = json.dumps(head, ensure_ascii=False)[:-1] + ', "files": [\n' + ",\n".join(lines) + "\n]}\n"
    write_bytes(out / NAME, text.encode("utf-8"))
