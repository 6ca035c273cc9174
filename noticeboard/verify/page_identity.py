"""Which pages of a PDF are byte for byte the same drawing: a hash of everything a page's
pixels depend on (its dictionary and every object it reaches: content streams, fonts,
resources, annotations), read through the file's cross-reference table as a PDF reader does.

``verify`` decodes a page's codes from pixels once per distinct identity: all-villages.pdf
repeats every village file page for page, and the same bytes render to the same pixels. A file
of any other layout (incremental updates, object or cross-reference streams, anything this
plain reader does not follow) gets no identities, so every page of it is rendered.
"""

from __future__ import annotations

import hashlib
import re

_XREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_REF = re.compile(rb"(\d+) 0 R")
_OBJ_HEAD = re.compile(rb"(\d+) 0 obj\s")
_PARENT = re.compile(rb"/Parent\s+\d+ 0 R")
_STREAM = re.compile(rb">>\s*stream\r?\n")


def _objects(data: bytes) -> dict[int, bytes] | None:
    """Object bodies by number, from the (single, classic) cross-reference table."""
    m = _XREF.search(data[-64:])
    if not m:
        return None
    start = int(m.group(1))
    if data[start:start + 4] != b"xref":
        return None  # a cross-reference stream
    trailer = data.find(b"trailer", start)
    if trailer < 0 or b"/Prev" in data[trailer:] or b"/XRefStm" in data[trailer:]:
        return None  # an incremental update
    lines = data[start:trailer].split(b"\n")
    if len(lines) < 3 or len(lines[1].split()) != 2 or lines[1].split()[0] != b"0":
        return None
    offsets = []
    for line in lines[2:]:
        parts = line.split()
        if len(parts) == 3:
            offsets.append((int(parts[0]), parts[2]))
    if len(offsets) != int(lines[1].split()[1]):
        return None
    objects: dict[int, bytes] = {}
    bounds = sorted(o for o, kind in offsets if kind == b"n") + [start]
    following = {a: b for a, b in zip(bounds, bounds[1:])}
    for number, (offset, kind) in enumerate(offsets):
        if kind != b"n":
            continue
        head = _OBJ_HEAD.match(data, offset)
        if not head or int(head.group(1)) != number:
            return None
        body = data[head.end():following[offset]]
        end = body.rfind(b"endobj")
        if end < 0:
            return None
        objects[number] = body[:end]
    return objects


def page_identities(data: bytes) -> list[str] | None:
    """One hash per page, in page order; None when the file is not of the plain layout."""
    objects = _objects(data)
    if objects is None:
        return None
    hashes: dict[int, bytes] = {}

    def digest(number: int, trail: tuple[int, ...] = ()) -> bytes:
        """Of the object and, in place of each reference, what it refers to (a page's
        /Parent excluded: the page tree differs between files)."""
        if number in hashes:
            return hashes[number]
        if number in trail or number not in objects:
            raise KeyError(number)
        body = objects[number]
        m = _STREAM.search(body)
        head, stream = (body[:m.start() + 2], body[m.start() + 2:]) if m else (body, b"")
        if re.search(rb"/Type\s*/Page\b(?!s)", head):
            head = _PARENT.sub(b"", head)
        h = hashlib.sha256(_REF.sub(lambda m: digest(int(m.group(1)), trail + (number,)).hex().encode(), head))
        h.update(stream)
        hashes[number] = h.digest()
        return hashes[number]

    try:
        kids = _kids(objects)
        return [digest(n).hex() for n in kids]
    except (KeyError, ValueError, RecursionError):
        return None


def _kids(objects: dict[int, bytes]) -> list[int]:
    """The page objects in order: the root /Pages of a one-level tree (as we write them)."""
    roots = [b for b in objects.values() if re.search(rb"/Type\s*/Pages\b", b)]
    if len(roots) != 1:
        raise ValueError("not a one-level page tree")
    kids = re.search(rb"/Kids\s*\[([^\]]*)\]", roots[0])
    rest = re.sub(rb"/Kids\s*\[[^\]]*\]|/Count\s+\d+|/Type\s*/Pages|<<|>>|\s", b"", roots[0])
    if not kids or rest:  # nothing a page could inherit (resources, media box, rotation)
        raise ValueError("not a plain page tree")
    numbers = [int(n) for n in _REF.findall(kids.group(1))]
    for n in numbers:
        if not re.search(rb"/Type\s*/Page\b(?!s)", objects[n]):
            raise ValueError("a kid is not a page")
    return numbers
