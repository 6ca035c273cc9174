"""Read one YAML file into plain Python values plus a map of where each value was written.

Why not ``yaml.safe_load``: it forgets line numbers, keeps the last of two duplicate keys
silently, expands alias bombs without limit and turns ``1.001193`` into a float. Here every
scalar stays the exact text the user typed (NFC), ``null`` becomes None, tags other than the
plain YAML ones are refused, and expansion is bounded.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import yaml

from ..errors import Problem
from ..messages import SYNTAX_OTHER, named, say, syntax_key
from .legacy import guess_encoding
from .text import check_text, describe

MAX_BYTES = 2 * 1024 * 1024  # a catalogue of thousands of procedures is well under this
MAX_NODES = 200_000  # bounds alias expansion ("billion laughs")
MAX_DEPTH = 40  # real files nest 6 deep; PyYAML itself recurses without limit

PathKey = tuple  # ("communes", 0, "villages", 2, "name")

_YAML_TAG = "tag:yaml.org,2002:"
_PLAIN_TAGS = {_YAML_TAG + t for t in ("str", "int", "float", "bool", "timestamp", "null", "map", "seq")}
# What PyYAML's reader refuses; found first so each gets a line, column and name.
NON_PRINTABLE = re.compile(  # what YAML refuses in a file
    "[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")


@dataclass
class Document:
    """A loaded file: its data and the 1-based (line, column) of every value and key."""

    file: str  # as shown to the user
    data: Any
    # (line, column); a workbook's reader keeps (row, column, cell, sheet index)
    marks: dict[PathKey, tuple[Any, ...]] = field(default_factory=dict)
    key_marks: dict[PathKey, tuple[Any, ...]] = field(default_factory=dict)
    sheet: ClassVar[bool] = False  # a workbook or CSV file (SheetDocument), not YAML

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
        return Problem(self.file, line, col, self.shown_path(path), message, hint, warning,
                       procedure=procedure_of(path))

    def shown_path(self, path: PathKey) -> str:
        """Where a value is, as a message names it: its YAML path ("communes[0].posted[1]")."""
        return format_path(path)

    def named(self, path: PathKey) -> str:
        """The value at ``path`` as a hint names it to the user: ``posted:`` (a workbook:
        'column "Niêm yết thêm" of sheet Thôn')."""
        return named(self.shown_path(path))

    def located(self, path: PathKey) -> tuple[int, int, str | None]:
        """(line, column, cell) of ``path`` for the model's Source: a cell only in workbooks."""
        mark = self.where(path)
        return mark[0] or 1, mark[1] or 1, mark[2] if len(mark) > 2 else None

    def missing_hint(self, path: PathKey) -> str | None:
        """How to add a value missing at ``path``: workbooks name the cell (YAML: the caller's)."""
        return None

    def name_of(self, path: PathKey) -> str:
        """What the user calls the value at ``path``: its key here, its column in a workbook."""
        return str(path[-1])

    def as_typed(self, path: PathKey, value: str) -> str:
        """``value`` as the user typed it (a workbook's number cell may differ: 2.00884)."""
        return value

    def reported(self, loc: tuple) -> bool:
        """True when the reader already explained the value at ``loc`` (one mistake, one message)."""
        return False


def procedure_of(path: PathKey) -> int | None:
    """The catalogue row a value belongs to: ``i`` of ``procedures[i]...`` (None elsewhere)."""
    p = tuple(path)
    return p[1] if len(p) > 1 and p[0] == "procedures" and isinstance(p[1], int) else None


def format_path(path: PathKey) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class _TooBig(Exception):
    def __init__(self, node: yaml.Node):
        self.node = node


class _TooDeep(_TooBig):
    pass




def _whole_file(shown: str, message: str, hint: str | None = None) -> Problem:
    """A problem with the file as a whole, shown at its first line."""
    return Problem(shown, 1, 1, "", message, hint)


def _at(shown: str, mark: yaml.Mark, message: str, hint: str | None = None, path: PathKey = ()) -> Problem:
    return Problem(shown, mark.line + 1, mark.column + 1, format_path(path), message, hint,
                   procedure=procedure_of(path))


def decode(raw: bytes, shown: str) -> tuple[str | None, Problem | None]:
    """Bytes to text: UTF-8 (with or without BOM) only, with a hint naming what it looks like."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[3:]
    wide = _wide_encoding(raw)
    if wide:
        return None, _whole_file(shown, say("utf16", encoding=wide),
                                 say("hint.utf16"))
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        guess = guess_encoding(raw)
        how = (say("hint.how_notepad") if guess.startswith("Windows")
               else "with Unikey's 'Công cụ chuyển mã' (target: Unicode UTF-8)")
        return None, Problem(shown, line, col, "",
                             say("not_utf8", byte=f"{raw[exc.start]:02X}", encoding=guess),
                             say("hint.not_utf8", how=how))


def _wide_encoding(raw: bytes) -> str | None:
    """'UTF-16' or 'UTF-32' when the bytes are one of those (with or without a byte-order mark)."""
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "UTF-32"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "UTF-16"
    # Without a mark, ASCII-heavy UTF-16 has a zero in every other byte; UTF-8 text has none.
    if len(raw) >= 4 and max(raw[1::2].count(0), raw[0::2].count(0)) > len(raw) // 4:
        return "UTF-16"
    return None


def read_yaml(path: Path, shown: str) -> tuple[Document | None, list[Problem]]:
    """Load ``path``; return (document, problems). The document is None when unusable."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, [_whole_file(shown, say("too_big", size=f"{size / 2**20:.1f}",
                                                 limit=MAX_BYTES // 2**20),
                                      say("hint.too_big"))]
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(shown, None, None, "", say("unreadable", reason=exc.strerror or exc),
                              say("hint.unreadable"))]
    text, problem = decode(raw, shown)
    if problem:
        return None, [problem]
    assert text is not None  # decode gives the text or a problem
    return parse_yaml(text, shown)


def _layout_problems(text: str, shown: str) -> list[Problem]:
    """Tabs in indentation and characters YAML refuses, each with its line and column."""
    problems = []
    for n, line in enumerate(text.splitlines(), 1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            problems.append(Problem(shown, n, indent.index("\t") + 1, "", say("tab"),
                                    "YAML indents with spaces only: replace the tab with spaces"))
        for m in NON_PRINTABLE.finditer(line):
            problems.append(Problem(shown, n, m.start() + 1, "", say("bad_char", **describe(m.group())),
                                    say("hint.bad_char")))
    return problems


# PyYAML's errors whose mistake is where the construct began (its context mark), not where
# the parser gave up: a key without ':' is noticed a line later, an unclosed [ at the end.
_AT_CONTEXT = ("could not find expected ':'", "expected ',' or ']'", "expected ',' or '}'")


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str, shown: str) -> Problem:
    """The syntax error at the line that holds the mistake."""
    found = " ".join(x for x in (exc.context, exc.problem) if x)
    what = say(syntax_key(found))
    mark = exc.problem_mark or exc.context_mark
    unclosed = _unclosed_quote(text)
    if unclosed is not None and (mark is None or unclosed[0] <= mark.line + 1):
        # an open quote swallows the lines below it: PyYAML stops far from the mistake
        line, col, quote = unclosed
        return Problem(shown, line, col, "", say("syntax", what=say("syntax.open_quote", quote=quote)),
                       say("hint.close_quote", quote=quote, line=line))
    if exc.context_mark is not None and any(phrase in found for phrase in _AT_CONTEXT):
        mark = exc.context_mark
    hint = say("hint.syntax")
    if mark is None:
        return _whole_file(shown, say("syntax", what=what), hint)
    return _at(shown, mark, say("syntax", what=what), hint)


# A value that opens with a quote: after "key: ", "- " or at the start of a line.
_QUOTED_START = re.compile(r"""^\s*(?:-\s+)*(?:[^\s"'#][^:#]*:\s+)?(["'])""")


def _unclosed_quote(text: str) -> tuple[int, int, str] | None:
    """(line, column, quote) of the first quote left open at the end of its line: a line with
    an odd number of double quotes (escaped ones aside), or a value opening with ' that does
    not close ('' is a quote inside)."""
    for n, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("#"):
            continue
        body = line.replace('\\"', "  ")
        start = _QUOTED_START.match(line)
        if start and start.group(1) == "'":
            rest = line[start.end():].replace("''", "  ")
            if "'" not in rest:
                return n, start.start(1) + 1, "'"
        elif body.count('"') % 2:
            return n, _last_open(body) + 1, '"'
    return None


def _last_open(body: str) -> int:
    """The index of the double quote left open (the last one of an odd count)."""
    return body.rfind('"')


def parse_yaml(text: str, shown: str) -> tuple[Document | None, list[Problem]]:
    problems = _layout_problems(text, shown)
    if problems:
        return None, problems
    try:
        nodes = list(yaml.compose_all(text, Loader=yaml.SafeLoader))
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_problem(exc, text, shown)]
    except RecursionError:
        return None, [_whole_file(shown, say("too_deep", limit=MAX_DEPTH), say("hint.flatter"))]
    except yaml.YAMLError as exc:  # PyYAML errors without a position: rare, still not a traceback
        return None, [_whole_file(shown, say("syntax", what=say(SYNTAX_OTHER)), str(exc).splitlines()[0])]
    if len(nodes) > 1:
        return None, [_at(shown, nodes[1].start_mark, say("multi_doc"), say("hint.multi_doc"))]
    if not nodes or nodes[0] is None:
        return None, [_whole_file(shown, say("empty"),
                                  say("hint.empty"))]
    doc = Document(shown, None)
    structure: list[Problem] = []  # values we had to drop: checking the rest would only add noise
    try:
        doc.data = _convert(nodes[0], (), doc, structure, problems, [MAX_NODES])
    except _TooDeep as deep:
        return None, [_at(shown, deep.node.start_mark, say("too_deep", limit=MAX_DEPTH), say("hint.flatter"))]
    except _TooBig as big:
        return None, [_at(shown, big.node.start_mark, say("too_many_values", limit=MAX_NODES),
                          "avoid YAML anchors and aliases ('&' and '*') in these files")]
    if structure:
        return None, structure + problems
    return doc, problems


def _tag_shown(tag: str) -> str:
    return "!!" + tag[len(_YAML_TAG):] if tag.startswith(_YAML_TAG) else tag


def _convert(node: yaml.Node, path: PathKey, doc: Document, structure: list[Problem],
             problems: list[Problem], budget: list[int]) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise _TooBig(node)
    if len(path) > MAX_DEPTH:
        raise _TooDeep(node)
    doc.marks.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
    if node.tag not in _PLAIN_TAGS:
        structure.append(_at(doc.file, node.start_mark, say("tag", tag=_tag_shown(node.tag)),
                             say("hint.tag"), path))
        return None
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            kpath = path + (key_node.value if isinstance(key_node, yaml.ScalarNode) else "?",)
            if key_node.tag == _YAML_TAG + "merge":
                structure.append(_at(doc.file, key_node.start_mark, say("merge"),
                                     say("hint.merge"), path))
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                structure.append(_at(doc.file, key_node.start_mark, say("complex_key"),
                                     say("hint.complex_key"), path))
                continue
            key = key_node.value
            if key in out:
                problems.append(_at(doc.file, key_node.start_mark, say("dup_key", key=key),
                                    say("hint.dup_key"), kpath))
                continue
            doc.key_marks[kpath] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            out[key] = _convert(value_node, kpath, doc, structure, problems, budget)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, path + (i,), doc, structure, problems, budget)
                for i, item in enumerate(node.value)]
    # Scalars: the exact text typed, so "1.001193" stays a code and "08" keeps its zero.
    if node.tag == _YAML_TAG + "null" and node.style is None:
        return None
    text, text_problems = check_text(node.value)
    for message, hint, offset in text_problems:
        line, col = _char_mark(node, offset)
        problems.append(Problem(doc.file, line, col, format_path(path), message, hint,
                                procedure=procedure_of(path)))
    return text


def _char_mark(node: yaml.ScalarNode, offset: int | None) -> tuple[int, int]:
    """Line and column of the ``offset``-th character of a scalar when it is written verbatim
    on one line (the usual case), else (or for offset None) the scalar's start."""
    start = node.start_mark
    if offset is None:
        return start.line + 1, start.column + 1
    quote = 1 if node.style in ("'", '"') else 0
    buffer = start.buffer or ""
    begin = start.index + quote
    if start.line == node.end_mark.line and buffer[begin:begin + len(node.value)] == node.value:
        return start.line + 1, start.column + 1 + quote + offset
    return start.line + 1, start.column + 1
