"""What the headings and the header cells of a decision's annex name: the kind of list, the
level and the field a heading line sets, and the column a header cell names. Shared by the
reader of the lists (parse.py) and the finder of tables drawn without lines (borderless.py)."""

from __future__ import annotations

import re

from ..load.sheet import norm

NEW, AMENDED, REPLACED, ABOLISHED = "new", "amended", "replaced", "abolished"
KINDS = (NEW, AMENDED, REPLACED, ABOLISHED)
PROVINCE_LEVEL, COMMUNE_LEVEL, SHARED_LEVEL = "province", "commune", "shared"
CODE = re.compile(r"\d\.\d{6}(?:\.\d{2})?")


# Headings ------------------------------------------------------------------------------------

_KIND_WORDS = ((ABOLISHED, ("bai bo", "bi huy bo")), (REPLACED, ("thay the",)),
               (AMENDED, ("sua doi", "bo sung")), (NEW, ("moi ban hanh", "ban hanh moi")))
_FIELD = re.compile(r"^(?:[IVXLC]+|\d+|[A-Za-z])?[.)]?\s*lĩnh vực\s*:?\s*(.+?)\s*(?:\(\s*\d+\s*(?:tthc|thủ tục[^)]*)\s*\))?\s*$",
                    re.I)
HEADING_MAX = 160  # characters: a heading is a short line, the body's sentences are longer


def heading(text: str) -> tuple[str | None, str | None, str | None]:
    """(kind, level, field) a heading line sets; each None when it does not set it."""
    line = " ".join(text.split())
    if not line or len(line) > HEADING_MAX:
        return None, None, None
    folded = norm(line)
    if folded.startswith(("dieu ", "can cu", "theo de nghi", "kem theo")):
        return None, None, None  # a sentence of the decision, not a heading
    if m := _FIELD.match(line):
        return None, None, m.group(1).strip(" .:")
    level = None
    if "dung chung" in folded:
        level = SHARED_LEVEL if ("cap xa" in folded or "(" not in line) else PROVINCE_LEVEL
    elif re.search(r"\bcap xa\b", folded):
        level = COMMUNE_LEVEL
    elif re.search(r"\bcap (tinh|bo|trung uong)\b", folded):
        level = PROVINCE_LEVEL
    kinds = [k for k, words in _KIND_WORDS if any(w in folded for w in words)]
    kind = kinds[0] if len(kinds) == 1 else None  # a title naming every list sets none
    return kind, level, None


# column key -> folded header beginnings (the longest match wins); "old_" keys: the replaced one
_COLUMNS = {
    "stt": ("stt", "so tt", "tt", "so thu tu"),
    "code": ("ma tthc", "ma so tthc", "ma thu tuc", "ma so", "ma"),
    "new_code": ("ma tthc moi", "ma so tthc moi", "ma thu tuc moi", "ma so moi", "ma moi"),  # beside the old one
    "name": ("ten thu tuc", "ten tthc", "thu tuc hanh chinh", "ten"),
    "time": ("thoi han giai quyet", "thoi han", "thoi gian giai quyet"),
    "place": ("dia diem thuc hien", "dia diem", "noi tiep nhan", "noi thuc hien"),
    "agency": ("co quan thuc hien", "co quan giai quyet", "don vi thuc hien"),
    "fee": ("phi le phi", "phi", "le phi"),
    "online": ("cung cap dvctt", "dvctt", "dich vu cong truc tuyen", "muc do dvctt", "muc do", "cung cap dich vu"),
    "legal": ("can cu phap ly", "can cu"),
    "abolish": ("ten vbqppl", "van ban quy dinh viec bai bo", "vbqppl", "quy dinh viec bai bo", "can cu bai bo"),
    "field": ("linh vuc",),
    "note": ("ghi chu",),
}
SUB_HEADERS = {"theo quy dinh": "regular", "sau cat giam": "reduced", "toan trinh": "full", "mot phan": "partial"}


def header_key(header: str) -> str | None:
    """The key of a header cell; a word the cell's width broke ("ST\\nT") is tried whole too."""
    found = header_key_folded(norm(header))
    return found if found is not None or "\n" not in header else header_key_folded(norm(header.replace("\n", "")))


def header_key_folded(h: str) -> str | None:
    if not h:
        return None
    replaced = any(w in h for w in ("duoc thay the", "bi thay the"))
    if "bai bo" in h and ("vbqppl" in h or "van ban" in h or "quy dinh" in h):
        return "abolish"
    best: tuple[int, str] | None = None
    for key, starts in _COLUMNS.items():
        for s in starts:
            if (h == s or h.startswith(s + " ")) and (best is None or len(s) > best[0]):
                best = (len(s), key)
    if best is None:
        return None
    key = best[1]
    return f"old_{key}" if replaced and key in ("code", "name") else key
