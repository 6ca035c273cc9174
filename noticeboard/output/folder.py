"""The output folder of a command that owns it (kiosk, share): refused when it holds something
else, such as the project itself; and the files of an earlier run that this one no longer makes."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from ..errors import OutputError
from ..messages import say


def check_own_folder(out: Path, ours: Callable[[Path], bool], not_ours: str) -> None:
    """Raise ``OutputError`` unless ``out`` is missing, empty (hidden files aside: the lock,
    temporaries) or ``ours(out)``: never scatter files into a folder that holds something else.
    ``not_ours`` is the message key that says what the folder should hold."""
    if out.exists() and not out.is_dir():
        raise OutputError(say("out_is_file", out=out))
    if out.is_dir() and any(not p.name.startswith(".") for p in out.iterdir()) and not ours(out):
        raise OutputError(say(not_ours, out=out))


def remove_stale(folder: Path, patterns: Iterable[str], keep: set[Path]) -> None:
    """Files of ``folder`` (and below) matching ``patterns`` that this run did not write."""
    if not folder.is_dir():
        return
    for pattern in patterns:
        for old in folder.rglob(pattern):
            if old not in keep and old.is_file():
                old.unlink(missing_ok=True)
