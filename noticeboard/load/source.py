"""Read one YAML file into plain Python values plus a map of where each value was written.

Why not ``yaml.safe_load``: it forgets line numbers, keeps the last of two duplicate keys
silently, expands alias bombs without limit and turns ``1.001193`` into a float. Here every
scalar stays the exact text the user typed (NFC), ``null`` becomes None, tags other than the
plain YAML ones are refused, and expansion is bounded.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import Problem
from .text import check_text

MAX_BYTES = 2 * 1024 * 1024  # a catalogue of thousands of procedures is well under this
MAX_NODES = 200_000  # bounds alias expansion ("billion laughs")

PathKey = tuple  # ("communes", 0, "villages", 2, "name")

_PLAIN_TAGS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:binary",
}


@dataclass
class Document:
    """A loaded file: its data and the 1-based (line, column) of every value and key."""

    file: str  # as shown to the user
    data: Any
    marks: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[PathKey, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: PathKey, key: bool = False) -> tuple[int | None, int | None]:
        """The mark of ``path``, or of its nearest ancestor that has one."""
        table = self.key_marks if key and path in self.key_marks else self.marks
        p = tuple(path)
        while p not in table and p:
            p = p[:-1]
        return table.get(p, (None, None))

    def problem(self, path: PathKey, message: str, hint: str | None = None,
                key: bool = False, warning: bool = False) -> Problem:
        line, col = self.where(path, key)
        return Problem(self.file, line, col, format_path(path), message, hint, warning)


def format_path(path: PathKey) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class _TooBig(Exception):
    pass


def decode(raw: bytes, shown: str) -> tuple[str | None, Problem | None]:
    """Bytes to text: UTF-8 (with or without BOM) only, with a hint naming what it looks like."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[3:]
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
        len(raw) >= 4 and (raw[1::2].count(0) > len(raw) // 4 or raw[0::2].count(0) > len(raw) // 4)
    ):
        return None, Problem(shown, None, None, "", "file is UTF-16, not UTF-8",
                             "open it in Notepad and use 'Save as' with Encoding: UTF-8")
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        guess = _guess_legacy(raw)
        return None, Problem(
            shown, line, col, "",
            f"file is not UTF-8 (byte 0x{raw[exc.start]:02X}); it looks like {guess}",
            "convert it to Unicode UTF-8 (Unikey: 'Công cụ chuyển mã', or your editor's "
            "'Save as' with Encoding: UTF-8), then run again",
        )


def _guess_legacy(raw: bytes) -> str:
    """A best guess at the legacy encoding, for the message only."""
    try:
        text = raw.decode("cp1258")
    except UnicodeDecodeError:
        return "a legacy 8-bit encoding"
    # Windows-1258 Vietnamese has combining tone marks (0xCC, 0xEC, 0xD2, 0xDE, 0xF2) after vowels.
    if any(ch in text for ch in "\u0300\u0301\u0303\u0309\u0323"):
        return "Windows-1258 (Vietnamese ANSI)"
    return "TCVN3 (ABC) or VNI, or Windows-1258"


def read_yaml(path: Path, shown: str) -> tuple[Document | None, list[Problem]]:
    """Load ``path``; return (document, problems). The document is None when unusable."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, [Problem(shown, None, None, "",
                                  f"file is {size / 1e6:.1f} MB; the limit is {MAX_BYTES // 2**20} MB",
                                  "split the catalogue into several files in the procedures folder")]
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(shown, None, None, "", f"cannot read file: {exc.strerror or exc}")]
    text, problem = decode(raw, shown)
    if problem:
        return None, [problem]
    return parse_yaml(text, shown)


def parse_yaml(text: str, shown: str) -> tuple[Document | None, list[Problem]]:
    problems: list[Problem] = []
    if "\t" in text:
        for n, line in enumerate(text.splitlines(), 1):
            indent = line[: len(line) - len(line.lstrip())]
            if "\t" in indent:
                problems.append(Problem(shown, n, indent.index("\t") + 1, "",
                                        "a tab is used for indentation",
                                        "YAML indents with spaces only: replace the tab with spaces"))
        if problems:
            return None, problems
    try:
        nodes = list(yaml.compose_all(text, Loader=yaml.SafeLoader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        msg = " ".join(x for x in (exc.context, exc.problem) if x) or "YAML syntax error"
        return None, [Problem(shown, mark.line + 1 if mark else None,
                              mark.column + 1 if mark else None, "", f"YAML syntax error: {msg}",
                              "check the indentation and that texts containing ':' or '#' are quoted")]
    except yaml.YAMLError as exc:
        return None, [Problem(shown, None, None, "", f"YAML error: {exc}")]
    if len(nodes) > 1:
        m = nodes[1].start_mark
        return None, [Problem(shown, m.line + 1, m.column + 1, "",
                              "file holds more than one YAML document ('---')",
                              "keep one document per file")]
    if not nodes or nodes[0] is None:
        return None, [Problem(shown, 1, 1, "", "file is empty",
                              "see the README for what this file should contain")]
    doc = Document(shown, None)
    budget = [MAX_NODES]
    try:
        doc.data = _convert(nodes[0], (), doc, problems, budget)
    except _TooBig:
        return None, [Problem(shown, None, None, "",
                              f"file expands to more than {MAX_NODES} values (aliases?)",
                              "avoid YAML anchors/aliases ('&' and '*') in these files")]
    return doc, problems


def _convert(node: yaml.Node, path: PathKey, doc: Document, problems: list[Problem],
             budget: list[int]) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise _TooBig
    doc.marks.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
    if node.tag not in _PLAIN_TAGS:
        problems.append(doc.problem(path, f"YAML tag {node.tag!r} is not allowed",
                                    "remove the '!' tag: only plain text, lists and mappings"))
        return None
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                problems.append(doc.problem(path, "YAML merge keys ('<<') are not allowed",
                                            "write the keys out in full"))
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(doc.problem(path, "a key must be plain text"))
                continue
            key = key_node.value
            kpath = path + (key,)
            if key in out:
                problems.append(Problem(doc.file, key_node.start_mark.line + 1,
                                        key_node.start_mark.column + 1, format_path(kpath),
                                        f'key "{key}" appears twice in the same block',
                                        "merge the two into one; YAML would silently keep only the last"))
                continue
            doc.key_marks[kpath] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            out[key] = _convert(value_node, kpath, doc, problems, budget)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, path + (i,), doc, problems, budget) for i, item in enumerate(node.value)]
    # Scalars: the exact text typed, so "1.001193" stays a code and "08" keeps its zero.
    if node.tag == "tag:yaml.org,2002:null" and node.style is None:
        return None
    text, text_problems = check_text(node.value)
    for message, hint, offset in text_problems:
        line, col = _char_mark(node, offset)
        problems.append(Problem(doc.file, line, col, format_path(path), message, hint))
    return text


def _char_mark(node: yaml.ScalarNode, offset: int) -> tuple[int, int]:
    """Line and column of the ``offset``-th character of a scalar when it is written verbatim
    on one line (the usual case), else the scalar's start."""
    start = node.start_mark
    quote = 1 if node.style in ("'", '"') else 0
    buffer = start.buffer or ""
    begin = start.index + quote
    if start.line == node.end_mark.line and buffer[begin:begin + len(node.value)] == node.value:
        return start.line + 1, start.column + 1 + quote + offset
    return start.line + 1, start.column + 1
