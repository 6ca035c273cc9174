"""Which reader reads a project file: YAML, an Excel workbook or a CSV file. Each hands the
same Document (values and where each was written) to the one validation path."""

from __future__ import annotations

from pathlib import Path

from ..errors import Problem
from ..messages import say
from .files import special_file, special_kind
from .sheet import WORKBOOK_SUFFIXES, is_lock_file
from .source import Document, read_yaml

YAML_SUFFIXES = (".yaml", ".yml")
CATALOGUE_SUFFIXES = YAML_SUFFIXES + WORKBOOK_SUFFIXES + (".csv", ".xls")
PLACES_WORKBOOK = "places.xlsx"


def catalogue_files(folder: Path) -> list[Path]:
    """The catalogue files of a folder; Excel's lock files and hidden files are not."""
    return sorted(p for p in folder.iterdir()
                  if p.suffix.lower() in CATALOGUE_SUFFIXES and _there(p)
                  and not is_lock_file(p) and not p.name.startswith("."))


def places_file(root: Path, setting: str) -> tuple[Path | None, list[Problem]]:
    """The places file: as set in noticeboard.yaml, or places.xlsx standing for places.yaml."""
    path = root / setting
    workbook = root / PLACES_WORKBOOK
    if setting == "places.yaml" and _there(workbook):
        if _there(path):
            return None, [Problem(setting, None, None, "", say("places_twice", other=PLACES_WORKBOOK),
                                  say("places_twice_hint", other=PLACES_WORKBOOK))]
        return workbook, []
    if not _there(path):
        return None, [Problem(setting, None, None, "", say("no_places"), say("no_places_hint"))]
    return path, []


def _there(path: Path) -> bool:
    """A file to read, or a FIFO or device in its place (reported by name, never opened)."""
    return path.is_file() or special_kind(path) is not None


def _old_excel(shown: str) -> Problem:
    return Problem(shown, None, None, "", say("sheet_old_excel"), say("sheet_old_excel_hint"))


def read_catalogue(path: Path, shown: str) -> tuple[Document | None, list[Problem]]:
    special = special_file(path, shown)
    if special:
        return None, [special]
    suffix = path.suffix.lower()
    if suffix in YAML_SUFFIXES:
        return read_yaml(path, shown)
    if suffix == ".xls":
        return None, [_old_excel(shown)]
    from .catalogue_sheet import read_catalogue_sheet

    return read_catalogue_sheet(path, shown)


def read_places(path: Path, shown: str) -> tuple[Document | None, list[Problem]]:
    special = special_file(path, shown)
    if special:
        return None, [special]
    suffix = path.suffix.lower()
    if suffix in WORKBOOK_SUFFIXES:
        from .places_sheet import read_places_workbook

        return read_places_workbook(path, shown)
    if suffix == ".xls":
        return None, [_old_excel(shown)]
    return read_yaml(path, shown)
