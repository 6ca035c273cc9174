"""Assemble PDF files from recorded operators, serialising and compressing shared parts once.

A commune's files repeat the same content: every village prints the same detail sheets, each
village's footer is on all its pages, and all-villages.pdf repeats every village file. Through
reportlab, each repetition was serialised and compressed again. Here a page's content is an
array of streams (its body, the footer, the date and page number line; PDF concatenates them),
each compressed once per commune and copied as bytes, and written once per file however many
pages use it. The font subsets (identical in every file of a commune: all are seeded alike, see
replay.py) are serialised once per commune by reportlab itself, from an empty seeded document,
and copied. ``integrity.check_resources`` reads every file back.
"""

from __future__ import annotations

import hashlib
import io
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache

_OBJ = re.compile(rb"(\d+) 0 obj\s*(.*?)endobj", re.S)
_REF = re.compile(rb"(\d+) 0 R")
# what reportlab puts at the start of every page: the state recorded operators were drawn in
PREAMBLE = b"1 0 0 1 0 0 cm  BT /F1 12 Tf 14.4 TL ET"


@dataclass(frozen=True)
class Fonts:
    """The font resources of a seeded document, as object bodies numbered 1..len(objects)."""

    objects: tuple[bytes, ...]
    font_dict: int  # the number of the /Font resource dictionary among them


def _renumber(body: bytes, mapping: dict[int, int]) -> bytes:
    """``body`` with its references renumbered (in the dictionary, never inside stream data)."""
    if b"stream" in body:
        head, rest = body.split(b"stream", 1)
        return _REF.sub(lambda m: b"%d 0 R" % mapping[int(m.group(1))], head) + b"stream" + rest
    return _REF.sub(lambda m: b"%d 0 R" % mapping[int(m.group(1))], body)


@lru_cache(maxsize=8)  # per commune seed: old ones age out
def fonts(size: tuple[float, float], chars: str) -> Fonts:
    """The seeded fonts, serialised by reportlab once: an empty page, everything its /Font
    resource dictionary reaches."""
    from .replay import new_canvas

    buf = io.BytesIO()
    c = new_canvas(buf, size, chars)
    c.showPage()
    c.save()
    objects = {int(n): body for n, body in _OBJ.findall(buf.getvalue())}
    page = next(b for b in objects.values() if re.search(rb"/Type\s*/Page\b(?!s)", b))
    root = int(re.search(rb"/Font\s+(\d+) 0 R", page).group(1))
    reached, todo = set(), [root]
    while todo:
        n = todo.pop()
        if n not in reached:
            reached.add(n)
            todo += [int(r) for r in _REF.findall(objects[n].split(b"stream", 1)[0])]
    mapping = {old: new for new, old in enumerate(sorted(reached), 1)}
    return Fonts(tuple(_renumber(objects[old], mapping) for old in sorted(reached)), mapping[root])


class Streams:
    """Compressed content streams of one commune, by their operators (so each is compressed
    once however many villages and files print it)."""

    def __init__(self) -> None:
        self.cache: dict[str, bytes] = {}

    def get(self, ops: str) -> bytes:
        data = self.cache.get(ops)
        if data is None:
            raw = ops.encode("latin-1")
            packed = zlib.compress(raw)
            data = b"<< /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream\n" % (len(packed), packed)
            self.cache[ops] = data
        return data


def _text(value: str) -> bytes:
    """A PDF text string (UTF-16BE with a byte order mark: Vietnamese titles)."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode() + b">"


class PdfFile:
    """One PDF file: pages added as lists of operator strings, then ``bytes()``."""

    def __init__(self, fonts: Fonts, streams: Streams, size: tuple[float, float], title: str):
        self.fonts, self.streams, self.size, self.title = fonts, streams, size, title
        first = len(fonts.objects) + 1  # the fonts come first, then these three
        self.pages_number, self.catalog, self.info = first, first + 1, first + 2
        self.numbers: dict[str, int] = {}  # operators -> object number in this file
        self.chunks: list[bytes] = []  # object bodies after those, in number order
        self.pages: list[int] = []
        self.next = first + 3
        self.preamble = self._stream(PREAMBLE.decode("latin-1"))

    def _object(self, body: bytes) -> int:
        number = self.next
        self.next += 1
        self.chunks.append(body)
        return number

    def _stream(self, ops: str) -> int:
        number = self.numbers.get(ops)
        if number is None:
            number = self.numbers[ops] = self._object(self.streams.get(ops))
        return number

    def add_page(self, parts: list[str]) -> None:
        """A page whose content is ``parts`` drawn one after another."""
        refs = b" ".join(b"%d 0 R" % self._stream(ops) for ops in parts)
        width, height = self.size
        self.pages.append(self._object(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [ 0 0 %s %s ] /Contents [ %d 0 R %s ] "
            b"/Resources << /Font %d 0 R /ProcSet [ /PDF /Text ] >> >>\n"
            % (self.pages_number, _num(width), _num(height), self.preamble, refs, self.fonts.font_dict)))

    def bytes(self) -> bytes:
        kids = b" ".join(b"%d 0 R" % n for n in self.pages)
        bodies = [*self.fonts.objects,
                  b"<< /Type /Pages /Count %d /Kids [ %s ] >>\n" % (len(self.pages), kids),
                  b"<< /Type /Catalog /Pages %d 0 R >>\n" % self.pages_number,
                  b"<< /Title %s /Author (noticeboard) /Creator (noticeboard) /Producer (noticeboard) >>\n"
                  % _text(self.title), *self.chunks]
        out = io.BytesIO()
        out.write(b"%PDF-1.4\n%\x93\x8c\x8b\x9e\n")
        offsets = []
        for number, body in enumerate(bodies, 1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n" % number)
            out.write(body)
            out.write(b"endobj\n")
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1))
        out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
        digest = hashlib.md5(out.getvalue()).hexdigest().encode()  # reproducible: from the content
        out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [ <%s> <%s> ] >>\nstartxref\n%d\n%%%%EOF\n"
                  % (len(bodies) + 1, self.catalog, self.info, digest, digest, xref))
        return out.getvalue()


def _num(value: float) -> bytes:
    return (b"%.4f" % value).rstrip(b"0").rstrip(b".")
