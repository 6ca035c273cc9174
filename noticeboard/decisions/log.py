"""The history of decisions applied to a catalogue: the sheet "Theo dõi thay đổi" of the
catalogue workbook, or ``theo-doi-thay-doi.yaml`` beside a YAML catalogue (docs/formats.md).
It is what makes an import idempotent: a file whose sha256 is there is not read again, a row
(decision, kind of change, procedure) that is there is not applied again."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import model as m
from ..fields import BY_NAME, parse_date
from ..load.catalogue_sheet import CHANGE_SHEET as SHEET
from ..load.sheet import WORKBOOK_SUFFIXES, norm
from ..load.readers import catalogue_files
from ..importers.write import quote
from .words import name_key
import yaml

YAML_FILE = "theo-doi-thay-doi.yaml"
# (key, header): the columns of the sheet and the keys of the YAML file, declared once.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("decision_date", "Ngày QĐ"), ("decision", "Số QĐ"), ("code", "Mã"), ("name", "Tên"),
    ("field", "Lĩnh vực"), ("change", "Loại thay đổi"), ("level", "Cấp"),
    ("effective", "Ngày hiệu lực"), ("status", "Trạng thái"), ("what", "Nội dung thay đổi"),
    ("note", "Ghi chú"), ("file", "Tệp nguồn"), ("sha256", "SHA-256"), ("imported", "Ngày nhập"),
    ("legal_basis", "Căn cứ pháp lý"),  # last: added later, where a sheet of earlier versions gets it
)
DATES = ("decision_date", "effective", "imported")
# Values the sheet shows in words (the YAML file keeps the keys).
WORDS: dict[str, dict[str, str]] = {
    "change": {"new": "Mới ban hành", "amended": "Sửa đổi, bổ sung", "replaced": "Thay thế",
               "abolished": "Bãi bỏ"},
    "level": {"province": "Cấp tỉnh", "commune": "Cấp xã", "shared": "Dùng chung"},
    "status": {"apply": "Đã áp dụng", "pending": "Chờ hiệu lực"},
}


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@dataclass
class History:
    entries: list[dict[str, Any]] = field(default_factory=list)

    def files(self) -> dict[str, str]:
        """sha256 -> the day it was imported (dd/mm/yyyy)."""
        out: dict[str, str] = {}
        for e in self.entries:
            if e.get("sha256"):
                day = e.get("imported")
                out.setdefault(str(e["sha256"]), f"{day:%d/%m/%Y}" if isinstance(day, dt.date) else str(day or ""))
        return out

    def key(self, e: dict[str, Any]) -> tuple[str, str, str]:

        return (str(e.get("decision") or ""), str(e.get("change") or ""),
                str(e.get("code") or "") or name_key(str(e.get("name") or "")))

    def rows(self) -> list[tuple[str, str, str]]:
        return [self.key(e) for e in self.entries]

    def status(self, key: tuple[str, str, str]) -> str | None:
        """The last status logged for a row ("apply", "pending"), None when never logged."""
        found = None
        for e in self.entries:
            if self.key(e) == key:
                found = e.get("status")
        return found

    def pending_due(self, sha: str, day: dt.date) -> bool:
        """The file has a row waiting for its effective date, and that day has come."""
        waiting = {self.key(e): e for e in self.entries if e.get("sha256") == sha}
        return any(self.status(k) == "pending" and isinstance(e.get("effective"), dt.date)
                   and e["effective"] <= day for k, e in waiting.items())


def catalogue_paths(root: Path, project: m.Project) -> list[Path]:
    """The project's catalogue files, in load order."""

    target = root / project.settings.catalogue
    return [target] if target.is_file() else catalogue_files(target)


def target(root: Path, project: m.Project) -> tuple[str, Path]:
    """("sheet", the workbook) when the catalogue has a workbook, else ("yaml", the file)."""
    books = [p for p in catalogue_paths(root, project) if p.suffix.lower() in WORKBOOK_SUFFIXES]
    if books:
        return "sheet", books[0]
    return "yaml", (root / project.settings.catalogue).parent / YAML_FILE


def read_log(root: Path, project: m.Project) -> History:
    kind, path = target(root, project)
    if not path.is_file():
        return History()
    if kind == "yaml":

        # Only the import reads this file and nothing in it is located for a message: the C
        # loader (no line marks) keeps a long history quick to read.
        try:
            data = yaml.load(path.read_text("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            data = exc
        if not isinstance(data, dict) or not isinstance(data.get("changes", []), list):
            # never append to a history that cannot be read (nor import again what it records)
            from ..errors import DataError, Problem
            from ..messages import say

            raise DataError([Problem(path.name, None, None, "", say("decision.log_unreadable"),
                                     say("decision.log_unreadable_hint"))])
        listed = data.get("changes")
        entries = [dict(e) for e in listed or [] if isinstance(e, dict)]
        for e in entries:
            for k in DATES:
                e[k] = parse_date(e.get(k)) or e.get(k)
        return History(entries)
    return History(_sheet_entries(path))


_BY_HEADER = {norm(h): k for k, h in COLUMNS}


def sheet_columns(header: list[Any]) -> tuple[dict[str, int], list[str]]:
    """key -> the 1-based column of a change sheet whose header row is ``header`` (a sheet of
    an earlier version lacks a later column: it goes after the last one), and the keys whose
    header is still to write (every one for a new sheet)."""
    at: dict[str, int] = {}
    for i, v in enumerate(header, start=1):
        if v not in (None, "") and (k := _BY_HEADER.get(norm(str(v)))) is not None:
            at.setdefault(k, i)
    last = max([i for i, v in enumerate(header, start=1) if v not in (None, "")], default=0)
    missing = [k for k, _ in COLUMNS if k not in at]
    at.update({k: i for i, k in enumerate(missing, start=last + 1)})
    return at, missing


def _sheet_entries(path: Path) -> list[dict[str, Any]]:
    # here: openpyxl takes 0.25 s to import, paid only when a workbook is read or written
    import openpyxl

    wb = openpyxl.load_workbook(path, data_only=True, read_only=True)
    ws = next((w for w in wb.worksheets if norm(w.title) == norm(SHEET)), None)
    if ws is None:
        return []
    rows = list(ws.iter_rows(values_only=True))
    if not rows:
        return []
    keys = [_BY_HEADER.get(norm(v)) for v in rows[0]]
    back = {k: {norm(w): v for v, w in words.items()} for k, words in WORDS.items()}
    out = []
    for row in rows[1:]:
        e: dict[str, Any] = {}
        for k, v in zip(keys, row):
            if k is None or v is None:
                continue
            if k in back:
                v = back[k].get(norm(v), v)
            elif k in DATES:
                v = parse_date(v) or v
            e[k] = str(v) if k in ("code", "decision", "sha256") else v
        if e:
            out.append(e)
    return out


def sheet_values(e: dict[str, Any]) -> dict[str, Any]:
    """An entry as the sheet shows it: words for the kinds, labels for the fields changed, a
    list one cell ("; " between its items)."""
    out = {}
    for k, _ in COLUMNS:
        v = e.get(k)
        if k in WORDS and v is not None:
            v = WORDS[k].get(str(v), v)
        elif k == "what" and v:
            v = "; ".join(BY_NAME[f].label if f in BY_NAME else f for f in v)
        elif isinstance(v, (list, tuple)):
            v = "; ".join(str(x) for x in v)
        out[k] = v if v not in ("", [], ()) else None
    return out


def yaml_entries(entries: list[dict[str, Any]]) -> str:
    """Entries to append to theo-doi-thay-doi.yaml (the file is only ever appended to)."""

    out: list[str] = []
    for e in entries:
        first = True
        for k, _ in COLUMNS:
            v = e.get(k)
            if v in (None, "", [], ()):
                continue
            if isinstance(v, dt.date):
                text = v.isoformat()
            elif isinstance(v, (list, tuple)):  # field names bare, as ever; any other text quoted
                text = "[" + ", ".join(x if re.fullmatch(r"[a-z_.]+", x) else quote(x) for x in map(str, v)) + "]"
            else:
                text = quote(str(v))
            out.append(f"  {'- ' if first else '  '}{k}: {text}")
            first = False
    return "\n".join(out) + "\n"


YAML_HEAD = ("# Theo dõi thay đổi: mỗi dòng của một quyết định công bố đã nhập vào danh mục bằng\n"
             "# `noticeboard import decision` (docs/formats.md). Lệnh chỉ ghi thêm vào cuối tệp.\n"
             "changes:\n")
