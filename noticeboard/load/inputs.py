"""The files a project reads: what no output command may write over.

``list --xlsx`` (or any path a user types for an output) is compared with these, resolved, so
a typo like ``--xlsx places.xlsx`` is refused instead of replacing the clerk's workbook.
"""

from __future__ import annotations

from pathlib import Path

from .. import model as m
from .readers import catalogue_files
from .project import SETTINGS_FILE


def project_inputs(project: m.Project) -> set[Path]:
    """Every file ``project`` was read from (resolved): settings, places, catalogue, sounds."""
    root = Path(project.root)
    found = [root / SETTINGS_FILE, root / project.places.file, root / project.settings.places]
    catalogue = root / project.settings.catalogue
    found += catalogue_files(catalogue) if catalogue.is_dir() else [catalogue]
    found += [root / sound for p in project.procedures.values() for sound in p.audio.values()]
    return {p.resolve() for p in found if p.exists()}


def is_input(project: m.Project, path: Path) -> bool:
    return Path(path).resolve() in project_inputs(project)
