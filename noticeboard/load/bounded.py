"""Workbooks read within limits, checked before the work is done, never after.

An .xlsx file is a zip of XML parts. A small file can inflate to gigabytes, hide a 20 MB XML
comment that the XML parser digests in quadratic time, or claim a million rows. So, before
openpyxl opens anything:
1. the zip's directory is read: each part's uncompressed size and compression ratio, and the
   total, are compared with ``LIMITS`` (zipfile never inflates a part past its stated size);
2. each worksheet and the shared strings are streamed through a byte scanner, a megabyte at a
   time: no comment, DOCTYPE or entity (Excel never writes one), no text longer than a cell may
   hold, rows, columns and cells counted, the clock checked. It also collects what openpyxl's
   streaming mode does not keep: merged ranges, hyperlinks, formulas without a saved value;
3. openpyxl then reads the values in read-only (streaming) mode, the clock still checked.
Each limit refused is a ``Refused`` naming the limit; sheet.py turns it into a message naming
the file.
"""

from __future__ import annotations

import re
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from xml.etree import ElementTree

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    part_bytes: int = 50 * MB  # one sheet (or the shared strings) uncompressed
    total_bytes: int = 200 * MB  # every part together
    ratio: int = 100  # uncompressed : compressed, for parts over RATIO_FROM bytes
    rows: int = 100_000
    columns: int = 1_000  # a catalogue has ~25 columns; Excel allows 16,384
    cells: int = 2_000_000
    cell_chars: int = 32_767  # what Excel lets a cell hold
    seconds: float = 300.0  # a backstop: the limits above already bound the work


LIMITS = Limits()  # tests pass smaller ones
RATIO_FROM = 1 * MB  # small parts (styles, empty sheets) compress far better than 100:1
CHUNK = 1 * MB
# UTF-8 and escapes (&amp; is 5 bytes for 1 character): a cell's text in bytes, at most
BYTES_PER_CHAR = 6


class Refused(Exception):
    """A limit a workbook goes past: ``key`` is the message, ``values`` fill it in."""

    def __init__(self, key: str, **values: object):
        super().__init__(key)
        self.key, self.values = key, values


@dataclass
class SheetFacts:
    """What the scan saw in one worksheet (0-based rows and columns)."""

    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1
    links: dict[tuple[int, int], str] = field(default_factory=dict)  # cell -> hyperlink target
    unsaved: list[tuple[int, int]] = field(default_factory=list)  # formulas without a saved value
    rows: int = 0  # rows counted: row elements, or the last row a value is in if further
    columns: int = 0
    last_row: int | None = None  # 1-based: the last row holding a value (None: not scanned)


class Clock:
    def __init__(self, limits: Limits) -> None:
        self.limits, self.start = limits, time.monotonic()

    def check(self) -> None:
        if time.monotonic() - self.start > self.limits.seconds:
            raise Refused("sheet_limit_time", seconds=f"{self.limits.seconds:g}")


def check_zip(zf: zipfile.ZipFile, limits: Limits) -> None:
    """Sizes from the zip's directory, before any part is inflated."""
    total = 0
    for info in zf.infolist():
        if info.file_size > limits.part_bytes:
            raise Refused("sheet_limit_part", part=info.filename, size=mb(info.file_size),
                          limit=mb(limits.part_bytes))
        if info.file_size > RATIO_FROM and info.file_size > limits.ratio * max(info.compress_size, 1):
            raise Refused("sheet_limit_ratio", part=info.filename,
                          ratio=info.file_size // max(info.compress_size, 1), limit=limits.ratio)
        total += info.file_size
    if total > limits.total_bytes:
        raise Refused("sheet_limit_total", size=mb(total), limit=mb(limits.total_bytes))


def mb(n: int) -> str:
    return f"{n / MB:.1f}"


_FORBIDDEN = (b"<!--", b"<!DOCTYPE", b"<!ENTITY", b"<?xml-stylesheet")
_ROW = re.compile(rb"<(?:\w{1,10}:)?row\b[^>]*>")
_CELL = re.compile(rb"<(?:\w{1,10}:)?c\b([^>]*?)(/?)>")
_CELL_REF = re.compile(rb'\br="([A-Z]{1,3})(\d{1,9})"')
_UNSAVED = re.compile(rb'<(?:\w{1,10}:)?c\b[^>]*?\br="([A-Z]{1,3}\d{1,9})"[^>]*>\s*'
                      rb'<(?:\w{1,10}:)?f\b[^>]*?(?:/>|>[^<]*</(?:\w{1,10}:)?f>)\s*'
                      rb'(?:<(?:\w{1,10}:)?v\s*/>|<(?:\w{1,10}:)?v>\s*</(?:\w{1,10}:)?v>)?\s*</(?:\w{1,10}:)?c>')
_MERGE = re.compile(rb'<(?:\w{1,10}:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3}\d{1,9})(?::([A-Z]{1,3}\d{1,9}))?"')
_LINK = re.compile(rb"<(?:\w{1,10}:)?hyperlink\b([^>]*)>")
_ATTR = re.compile(rb'([\w:]+)="([^"]*)"')
_REF = re.compile(r"([A-Z]{1,3})(\d{1,9})")
TAIL = 64 * 1024  # an element cut by a chunk's end is scanned with the next chunk


def column_number(letters: str | bytes) -> int:
    """'A' -> 0, 'AA' -> 26."""
    n = 0
    for ch in letters.decode() if isinstance(letters, bytes) else letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _cell(ref: str) -> tuple[int, int]:
    m = _REF.fullmatch(ref)
    assert m is not None
    return int(m.group(2)) - 1, column_number(m.group(1))


def scan_part(zf: zipfile.ZipFile, name: str, limits: Limits, clock: Clock,
              facts: SheetFacts | None = None) -> SheetFacts:
    """Stream one XML part; raise ``Refused`` at the first limit it goes past."""
    facts = facts if facts is not None else SheetFacts()
    longest = limits.cell_chars * BYTES_PER_CHAR
    long_text = re.compile(rb"[^<]{%d}" % (longest + 1))  # a text (or tag) past a cell's limit
    raw_links: list[bytes] = []
    run = 0  # bytes since the last '<' (a text node, or one tag's attributes)
    cells = 0
    tail = b""
    with zf.open(name) as fh:
        while True:
            chunk = fh.read(CHUNK)
            clock.check()
            buf = tail + chunk
            for bad in _FORBIDDEN:
                if bad in buf:
                    raise Refused("sheet_limit_markup", part=name, what=bad.decode())
            first = chunk.find(b"<")
            if first < 0:
                run += len(chunk)
            else:
                run += first
                if run > longest or long_text.search(chunk, first):
                    run = longest + 1
                    break
                run = len(chunk) - chunk.rfind(b"<") - 1
            if run > longest:
                break
            # whole elements only: up to the last '>' (the rest goes round with the next chunk)
            cut = buf.rfind(b">") + 1 if chunk else len(buf)
            done, tail = buf[:cut], buf[cut:]
            if len(tail) > TAIL:  # one endless tag: its text is counted above
                tail = tail[-TAIL:]
            # Rows are counted as elements, and as far as a cell with a value reaches: an empty
            # row element or a styled empty cell (LibreOffice writes <row r="1048576"> after a
            # column's style or drop-down) is no data, and reading stops at the last value.
            facts.rows += len(_ROW.findall(done))
            for m in _CELL.finditer(done):
                cells += 1
                ref = _CELL_REF.search(m.group(1))
                if ref and not m.group(2):  # <c …>…</c> holds a value; <c …/> only a style
                    facts.columns = max(facts.columns, column_number(ref.group(1)) + 1)
                    facts.last_row = max(facts.last_row or 0, int(ref.group(2)))
                    facts.rows = max(facts.rows, facts.last_row)
            if facts.rows > limits.rows:
                raise Refused("sheet_limit_rows", rows=facts.rows, limit=limits.rows)
            if facts.columns > limits.columns:
                raise Refused("sheet_limit_columns", columns=facts.columns, limit=limits.columns)
            if cells > limits.cells:
                raise Refused("sheet_limit_cells", cells=cells, limit=limits.cells)
            if b"f>" in done or b"f " in done or b"f/>" in done:  # only then can a formula be there
                facts.unsaved += [_cell(m.group(1).decode()) for m in _UNSAVED.finditer(done)]
            if b"mergeCell" in done:
                for m in _MERGE.finditer(done):
                    a, b = _cell(m.group(1).decode()), _cell((m.group(2) or m.group(1)).decode())
                    facts.merged.append((a[0], a[1], b[0], b[1]))
            if b"hyperlink" in done:
                raw_links += [m.group(1) for m in _LINK.finditer(done)]
            if not chunk:
                break
    if run > longest:
        raise Refused("sheet_limit_cell", part=name, limit=limits.cell_chars)
    if raw_links:
        facts.links = _links(zf, name, raw_links)
    return facts


def _links(zf: zipfile.ZipFile, sheet: str, raw: list[bytes]) -> dict[tuple[int, int], str]:
    """Hyperlink targets by cell: external ones from the sheet's relationships part."""
    part = PurePosixPath(sheet)
    rels_name = str(part.parent / "_rels" / f"{part.name}.rels")
    targets: dict[str, str] = {}
    if rels_name in zf.namelist():
        data = zf.read(rels_name)  # bounded by check_zip
        for bad in _FORBIDDEN:
            if bad in data:
                raise Refused("sheet_limit_markup", part=rels_name, what=bad.decode())
        root = ElementTree.fromstring(data)
        targets = {r.get("Id", ""): r.get("Target", "") for r in root}
    out: dict[tuple[int, int], str] = {}
    for attrs in raw:
        a = {k.decode().split(":")[-1] if k.startswith(b"r:") else k.decode(): v.decode("utf-8", "replace")
             for k, v in _ATTR.findall(attrs)}
        target = targets.get(a.get("id", "")) or (f"#{a['location']}" if a.get("location") else "")
        ref = a.get("ref", "").split(":")[0]
        if target and _REF.fullmatch(ref):
            out[_cell(ref)] = _unescape(target)
    return out


def _unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&"))


def scan_workbook(zf: zipfile.ZipFile, limits: Limits, clock: Clock) -> dict[str, SheetFacts]:
    """Every XML part scanned before openpyxl parses any; the facts of each worksheet by part."""
    facts = {}
    for name in zf.namelist():
        if name.endswith((".xml", ".rels", ".vml")):
            found = scan_part(zf, name, limits, clock)
            if name.startswith("xl/worksheets/"):
                facts[name] = found
    return facts
