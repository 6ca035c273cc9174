"""What a file is before anything reads it: a FIFO or a device never is a project file (reading
one blocks or never ends), and a password-protected workbook is not a zip at all."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import Problem
from ..messages import say

_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file: encrypted .xlsx, or old .xls
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


def special_kind(path: Path) -> str | None:
    """"fifo", "device" or "socket" for such a path (followed if a link), else None."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # missing or unreadable: the reader says so
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return None


def special_file(path: Path, shown: str) -> Problem | None:
    kind = special_kind(path)
    if kind is None:
        return None
    return Problem(shown, None, None, "", say("special_file", file=shown, kind=say(f"kind.{kind}")),
                   say("hint.special_file"))


def protected(path: Path, shown: str) -> Problem | None:
    """A workbook saved with a password: Excel wraps it in an encrypted compound file."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(_CFB))
            if head != _CFB:
                return None
            body = fh.read(1 << 20)  # the directory naming the stream is near the start
    except OSError:
        return None
    if _ENCRYPTED in body:
        return Problem(shown, None, None, "", say("sheet_password"), say("hint.sheet_password"))
    return Problem(shown, None, None, "", say("sheet_old_excel"), say("sheet_old_excel_hint"))
