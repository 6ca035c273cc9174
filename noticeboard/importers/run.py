"""Read several sources, merge them, refuse what would make a bad catalogue, write it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import NoticeboardError
from ..messages import say
from ..output.atomic import write_bytes
from . import Imported
from .write import catalogue_text
from . import portal, spreadsheet
from ..load.readers import YAML_SUFFIXES
from .merge import existing_procedures, merge
from ..load.schema import CatalogueIn
from ..load.source import parse_yaml
from ..load.readers import catalogue_files, read_catalogue

READERS = {".json": "portal", ".csv": "spreadsheet", ".xlsx": "spreadsheet", ".xlsm": "spreadsheet"}


class ImportFailed(NoticeboardError):
    """The import cannot produce a catalogue; nothing was written."""


@dataclass
class ImportReport:
    records: list[Imported] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # file-level and cross-record problems
    skipped: list[Imported] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and not any(r.errors for r in self.records)


def read_sources(paths: list[Path], skip_incomplete: bool = False) -> ImportReport:

    report = ImportReport()
    for path in paths:
        kind = READERS.get(path.suffix.lower())
        if kind is None:
            report.errors.append(say("import.unknown_kind", path=path))
            continue
        try:
            found = (portal.read if kind == "portal" else spreadsheet.read)(path)
        except (ValueError, OSError) as exc:
            report.errors.append(str(exc))
            continue
        for rec in found:
            if rec.errors and skip_incomplete:
                report.skipped.append(rec)
            else:
                report.records.append(rec)
    seen: dict[str, Imported] = {}
    for rec in report.records:
        if rec.code in seen:
            report.errors.append(say("import.code_twice", code=rec.code, first=seen[rec.code].origin,
                                     second=rec.origin))
        elif rec.code:
            seen[rec.code] = rec
    if not report.records and not report.errors:
        report.errors.append(say("import.nothing_found"))
    return report


def prepare(report: ImportReport, out: Path, force: bool = False, replace: bool = False) -> list[Imported]:
    """What will be written to ``out``: the records merged into what it already holds (nothing
    of it lost), or only the records with ``force``. Merge notes are added to the records."""

    if out.suffix.lower() not in YAML_SUFFIXES:  # a workbook name would get YAML text inside
        raise ImportFailed(say("import.out_not_yaml", out=out))
    if not report.ok:
        return report.records
    try:
        existing = [] if force else existing_procedures(out)
    except ValueError as exc:
        raise ImportFailed(say("import_out_broken", out=out, problems=exc)) from None
    return merge(existing, report.records, out, replace)


def write_catalogue(report: ImportReport, out: Path, sources: list[Path],
                    records: list[Imported] | None = None) -> None:
    if not report.ok:
        raise ImportFailed(say("import.has_errors"))
    header = say("import.file_header", day=dt.date.today().isoformat(),
                 sources=", ".join(p.name for p in sources))
    text = catalogue_text(report.records if records is None else records, header)
    _validate(text, out)
    write_bytes(out, text.encode("utf-8"))


def _validate(text: str, out: Path) -> None:
    """Read the text back with the project's own loader: never write what `check` refuses."""

    doc, problems = parse_yaml(text, out.name)
    errors = [str(p) for p in problems if not p.warning]
    if doc is not None and not errors:
        try:
            CatalogueIn.model_validate(doc.data)
        except ValueError as exc:
            errors.append(str(exc))
    if errors:
        raise ImportFailed(say("import.does_not_load", problems="\n".join(errors)))


def clashes(out: Path, report: ImportReport) -> list[str]:
    """Codes also in the other catalogue files next to OUT (YAML or workbooks): `check` would
    refuse them twice."""

    codes = {r.code for r in report.records}
    found = []
    for other in catalogue_files(out.parent) if out.parent.is_dir() else []:
        if other.resolve() == out.resolve():
            continue
        doc, _ = read_catalogue(other, str(other))
        listed = doc.data.get("procedures") if doc is not None and isinstance(doc.data, dict) else None
        have = {p.get("code") for p in listed or [] if isinstance(p, dict)}
        for code in sorted(c for c in codes & have if c):
            found.append(say("import.also_in", code=code, other=other))
    return found
