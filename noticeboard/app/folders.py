"""The folder chooser of the Dự án screen: where a clerk may look for a project or make one.

A project can be anywhere the clerk keeps files (``D:\\``, Documents, a USB stick), so the
chooser goes up from where it started, to the drives and the clerk's own folders, as a file
dialog does. It lists folder names only (never a file, never a hidden or system folder: a
name starting with "." or "$"), and the app still serves and opens files of the chosen
project only (``Session.resolve``); every request passes the guard first (guard.py).
"""

from __future__ import annotations

import os
import string
import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import NoticeboardError
from ..messages import say
from .session import AREAS, is_project


@dataclass(frozen=True)
class Place:
    key: str  # the message naming it (app.home.place.<key>), or "drive"
    path: Path


def hidden(folder: Path) -> bool:
    """A hidden or system folder ("~/.ssh", "C:\\$Recycle.Bin"), or one inside such a folder."""
    return any(part.startswith((".", "$")) for part in folder.parts[1:])


def browsable(text: str, start: Path) -> Path:
    """The folder ``text`` names (an absolute path, as Explorer's address bar shows it), to
    list or to make a project in; refused when it is not a folder or is hidden (the folder the
    app started in, and what is under it, always may be)."""
    folder = Path(text.strip().strip('"'))
    if not folder.is_absolute():
        raise NoticeboardError(say("app_folder_refused", folder=text))
    folder = folder.resolve()
    inside_start = folder.is_relative_to(start)
    if not folder.is_dir() or (hidden(folder) and not inside_start):
        raise NoticeboardError(say("app_folder_refused", folder=text))
    return folder


def subfolders(folder: Path) -> list[tuple[Path, bool]]:
    """The folders in ``folder`` a clerk may open, by name, each with whether it is a project
    (the app's own output folders and hidden ones left out); [] when it cannot be read."""
    out = []
    try:
        for child in sorted(folder.iterdir(), key=lambda p: p.name.lower()):
            if child.name.startswith((".", "$")) or child.name in AREAS.values():
                continue
            try:
                if child.is_dir():
                    out.append((child, is_project(child)))
            except OSError:  # a folder the clerk may not read: not offered
                continue
    except OSError:
        return []
    return out


def drives() -> list[Path]:
    """Windows: every drive there is (C:\\, D:\\, a USB stick); elsewhere the root "/"."""
    if sys.platform != "win32":
        return [Path("/")]
    found = os.listdrives() if hasattr(os, "listdrives") else [  # Python 3.12+ on Windows
        f"{letter}:\\" for letter in string.ascii_uppercase[2:] if os.path.isdir(f"{letter}:\\")]
    return [Path(d) for d in found]


def places(start: Path) -> list[Place]:
    """Where the chooser can jump to: the folder the app started in, the clerk's home,
    Documents and Desktop when they exist, then the drives."""
    home = Path.home()
    out = [Place("start", start), Place("home", home)]
    out += [Place(key, home / name) for key, name in (("documents", "Documents"), ("desktop", "Desktop"))
            if (home / name).is_dir()]
    out += [Place("drive", d) for d in drives()]
    unique: dict[Path, Place] = {}
    for place in out:  # the start folder may be the home folder: shown once
        unique.setdefault(place.path, place)
    return list(unique.values())
