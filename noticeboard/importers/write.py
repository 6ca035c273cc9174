"""Imported procedures as a catalogue file in the exact format of formats.md: quoted codes,
block style, one procedure after another, comments naming the source and what is missing."""

from __future__ import annotations

import json
from typing import Any, Iterable

from . import Imported

_BARE = {"scope", "channels"}  # closed vocabularies, written without quotes like the examples


def quote(text: str) -> str:
    """A YAML double-quoted scalar: JSON string syntax is valid YAML and escapes everything."""
    return json.dumps(text, ensure_ascii=False)


def _scalar(text: str, indent: int) -> str:
    """Multi-line text as a literal block (readable), else one quoted line."""
    lines = text.split("\n")
    if len(lines) > 1 and all(line == line.strip() for line in lines) and lines[0]:
        pad = " " * (indent + 2)
        return "|-\n" + "\n".join(pad + line if line else "" for line in lines)
    return quote(text)


def _value(key: str, value: Any, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(value, dict):
        return [f"{pad}{key}:"] + [line for k, v in value.items() for line in _value(k, v, indent + 2)]
    if isinstance(value, list):
        if key in _BARE:
            return [f"{pad}{key}: [{', '.join(value)}]"]
        return [f"{pad}{key}:"] + [line for item in value for line in _item(item, indent + 2)]
    return [f"{pad}{key}: {value if key in _BARE else _scalar(value, indent)}"]


def _item(item: Any, indent: int) -> list[str]:
    """A list item: a text, or a mapping (a paper with its items) opened on the dash's line."""
    pad = " " * indent
    if not isinstance(item, dict):
        return [f"{pad}- {_scalar(item, indent)}"]
    lines = [line for k, v in item.items() for line in _value(k, v, indent + 2)]
    return [f"{pad}- {lines[0].lstrip()}"] + lines[1:]


def catalogue_text(records: Iterable[Imported], header: str) -> str:
    out = [f"# {line}".rstrip() for line in header.splitlines()]
    out += ["", "procedures:"]
    for rec in records:
        out.append(f"  # {rec.origin}")
        out += [f"  # import note: {note}" for note in rec.notes]
        lines = [line for k, v in rec.fields.items() for line in _value(k, v, 4)]
        lines[0] = "  - " + lines[0][4:]
        out += lines + [""]
    return "\n".join(out).rstrip("\n") + "\n"
