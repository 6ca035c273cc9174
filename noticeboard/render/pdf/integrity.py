"""Check a PDF we wrote: every resource its pages' content streams use exists in it.

Replaying recorded operators (replay.py) relies on reportlab internals: that a canvas seeded
alike names fonts alike, and that appended operators need no resource the canvas did not
register itself. A reportlab release changing either would print blank text or drop a QR code
silently, so every file is read back here before it is written: each page's /Font, /XObject and
/ExtGState names used by its content are defined in its resources and point at objects of that
type, and no page carries annotations (the scratch canvas's links would be lost in a replay).
Reads only the plain layout reportlab (and our writer) produce; anything else is an error.
"""

from __future__ import annotations

import base64
import re
import zlib
from functools import lru_cache

_OBJ_HEAD = re.compile(rb"(\d+) 0 obj\s*")
_REF = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s+(\d+) 0 R")
_STRING = re.compile(rb"\((?:\\.|[^\\)])*\)", re.S)
# the operators that name a resource: /F1 12 Tf (a font), /X1 Do (an XObject), /G1 gs
_USES = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s+(?:[-\d.]+\s+(Tf)|(Do)|(gs))\b")
_CATEGORY = {2: b"Font", 3: b"XObject", 4: b"ExtGState"}  # by group number
_TYPES = {b"Font": rb"/Type\s*/Font\b", b"XObject": rb"/Type\s*/XObject\b",
          b"ExtGState": rb"/Type\s*/ExtGState\b"}


def pdf_objects(data: bytes) -> dict[int, bytes]:
    """Every object of a PDF as reportlab and our writer lay it out, by number: its body (up to
    its first "endobj", as a lazy regex would take it, found with bytes.find: five times
    faster over compressed streams, and every file is read back before it is written)."""
    out: dict[int, bytes] = {}
    pos = 0
    while (head := _OBJ_HEAD.search(data, pos)) is not None:
        end = data.find(b"endobj", head.end())
        if end < 0:
            break
        out[int(head.group(1))] = data[head.end():end]
        pos = end + len(b"endobj")
    return out


class IntegrityError(RuntimeError):
    """An internal error: a PDF about to be written would not print what was drawn."""


def _dict_text(body: bytes) -> bytes:
    return body.split(b"stream", 1)[0]


def _stream(body: bytes) -> bytes:
    head, rest = body.split(b"stream", 1)
    found = re.search(rb"/Length\s+(\d+)", head)
    if found is None:
        raise IntegrityError("a stream without /Length")
    length = int(found.group(1))
    data = rest.lstrip(b"\r\n")[:length] if rest.startswith((b"\r\n", b"\n")) else rest[:length]
    filters = re.search(rb"/Filter\s*(\[[^\]]*\]|/\w+)", head)
    for name in re.findall(rb"/(\w+)", filters.group(1)) if filters else []:
        if name == b"ASCII85Decode":
            data = base64.a85decode(data.strip().removesuffix(b"~>"))
        elif name == b"FlateDecode":
            data = zlib.decompress(data)
        else:
            raise IntegrityError(f"unexpected stream filter {name.decode()}")
    return data


def _sub_dict(text: bytes, key: bytes) -> bytes | None:
    """The text of ``/key << ... >>`` (nested dictionaries included) inside ``text``."""
    m = re.search(rb"/" + key + rb"\s*<<", text)
    if not m:
        return None
    depth, i = 1, m.end()
    while depth:
        j, k = text.find(b"<<", i), text.find(b">>", i)
        if k < 0:
            raise IntegrityError("unbalanced dictionary")
        if 0 <= j < k:
            depth, i = depth + 1, j + 2
        else:
            depth, i = depth - 1, k + 2
    return text[m.end():i - 2]


@lru_cache(maxsize=1024)  # a commune's files share their streams: each is read once
def _uses(stream: bytes, strings: bool) -> frozenset[tuple[bytes, bytes]]:
    """(category, name) of every resource the operators of ``stream`` (an object body) use;
    without ``strings``, text strings are blanked out first (they may look like operators)."""
    ops = _stream(stream)
    if not strings:
        ops = _STRING.sub(b"()", ops)
    return frozenset((_CATEGORY[m.lastindex or 0], m.group(1)) for m in _USES.finditer(ops))


def _check_uses(streams: list[bytes], available, where: str) -> None:
    used = set().union(*(_uses(s, True) for s in streams))
    missing = {(c, n) for c, n in used if n not in available(c)}
    if missing:  # look again without text strings
        used = set().union(*(_uses(s, False) for s in streams))
        missing = {(c, n) for c, n in used if n not in available(c)}
    if missing:
        category, res = min(missing)
        raise IntegrityError(f"{where} uses {category.decode()} /{res.decode()}, "
                             "which its resources do not define")


def check_resources(data: bytes, name: str = "PDF") -> int:
    """Raise ``IntegrityError`` unless every page of ``data`` has what it uses; returns pages."""
    objects = pdf_objects(data)

    def resolve(text: bytes, key: bytes) -> bytes | None:
        inline = _sub_dict(text, key)
        if inline is not None:
            return inline
        ref = re.search(rb"/" + key + rb"\s+(\d+) 0 R", text)
        return _dict_text(objects[int(ref.group(1))]) if ref and int(ref.group(1)) in objects else None

    pages = 0
    checked: dict[tuple[bytes, bytes], frozenset[bytes]] = {}  # pages share their resources

    def defined(resources: bytes, category: bytes) -> frozenset[bytes]:
        """The names of ``category`` in ``resources`` whose objects exist and are of that type."""
        key = (resources, category)
        if key not in checked:
            names = set()
            for res, target in _REF.findall(resolve(resources, category) or b""):
                body = objects.get(int(target))
                if body is not None and re.search(_TYPES[category], _dict_text(body)):
                    names.add(res)
            checked[key] = frozenset(names)
        return checked[key]

    for number, body in objects.items():
        head = _dict_text(body)
        if not re.search(rb"/Type\s*/Page\b(?!s)", head):
            continue
        pages += 1
        where = f"{name}: page object {number}"
        if b"/Annots" in head:
            raise IntegrityError(f"{where} has annotations")
        resources = resolve(head, b"Resources") or b""
        contents = re.search(rb"/Contents\s*(\[[^\]]*\]|\d+ 0 R)", head)
        if not contents:
            raise IntegrityError(f"{where} has no content")
        streams = [objects[int(n)] for n in re.findall(rb"(\d+) 0 R", contents.group(1))]
        _check_uses(streams, lambda category: defined(resources, category), where)
    if not pages:
        raise IntegrityError(f"{name}: no pages")
    return pages
