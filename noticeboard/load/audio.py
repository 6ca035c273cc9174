"""Recorded readings (a procedure's ``audio:``): which sound files the kiosk may carry.

A path is the user's text, so it is checked before anything opens it: it must name a regular
file inside the project folder (no absolute path, drive, link, "..", or symlink leading out),
of a type browsers play (by extension, and by the file's first bytes: a renamed document is not
sound), at most 20 MB. The kiosk copies each file under a name of its own (``audio/<code>-<tag>.<ext>``),
so the user's file name never reaches the page.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from ..messages import say
from .files import special_kind

MAX_BYTES = 20 * 1024 * 1024
# extension -> (MIME type the kiosk server sends, what a person calls it)
TYPES: dict[str, tuple[str, str]] = {
    ".mp3": ("audio/mpeg", "MP3"), ".ogg": ("audio/ogg", "Ogg"), ".oga": ("audio/ogg", "Ogg"),
    ".m4a": ("audio/mp4", "M4A"), ".wav": ("audio/wav", "WAV"),
}


def _sound(ext: str, head: bytes) -> bool:
    """Does the file start like a sound file of its extension?"""
    if ext == ".mp3":  # an ID3 tag, or straight into an MPEG audio frame
        return head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0)
    if ext in (".ogg", ".oga"):
        return head.startswith(b"OggS")
    if ext == ".wav":
        return head.startswith(b"RIFF") and head[8:12] == b"WAVE"
    if ext == ".m4a":
        return head[4:8] == b"ftyp"
    return False


def check_audio(root: Path, value: str) -> tuple[str, str] | None:
    """None when ``value`` names a sound file the kiosk may carry, else (message, hint)."""
    shown = value
    if "\\" in value:
        return say("audio_backslash", file=shown), say("hint.audio_slash", path=value.replace("\\", "/"))
    if "://" in value or value.lower().startswith(("data:", "javascript:", "file:")):
        return say("audio_link", file=shown), say("hint.audio_in_project")
    leaves = os.path.normpath(value).split(os.sep)[0] == ".."
    if value.startswith("/") or (len(value) > 1 and value[1] == ":") or value.startswith("~") or leaves:
        return say("audio_outside", file=shown), say("hint.audio_in_project")
    if any(not ch.isprintable() for ch in value):
        return say("audio_name", file=shown.encode("unicode_escape").decode("ascii")), say("hint.audio_rename")
    base = Path(root).resolve()
    path = base / PurePosixPath(value)
    try:
        real = path.resolve(strict=True)
    except FileNotFoundError:
        return say("audio_missing", file=shown), say("hint.audio_missing")
    except (OSError, RuntimeError) as exc:
        return say("audio_unreadable", file=shown, reason=getattr(exc, "strerror", None) or exc), say("hint.audio_check")
    if not real.is_relative_to(base):
        return say("audio_outside", file=shown), say("hint.audio_in_project")
    kind = special_kind(real)
    if kind is not None:  # a FIFO or a device: never opened (reading one may never end)
        return say("special_file", file=shown, kind=say(f"kind.{kind}")), say("hint.special_file")
    if not real.is_file():
        return say("audio_not_file", file=shown), say("hint.audio_folder")
    ext = path.suffix.lower()
    if ext not in TYPES:
        return say("audio_type", file=shown, ext=path.suffix or "none"), say("hint.audio_types")
    size = real.stat().st_size
    if size > MAX_BYTES:
        return (say("audio_too_big", file=shown, size=f"{size / 1024 / 1024:.1f}", limit=MAX_BYTES // 1024 // 1024),
                say("hint.audio_shorter"))
    try:
        with open(real, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        return say("audio_unreadable", file=shown, reason=exc.strerror or exc), say("hint.audio_check")
    if not _sound(ext, head):
        return say("audio_not_sound", file=shown, kind=TYPES[ext][1]), say("hint.audio_types")
    return None


def kiosk_name(code: str, tag: str, value: str) -> str:
    """The file's name in the kiosk folder: made of the code, the tag and the type only."""
    return f"{code}-{tag}{PurePosixPath(value).suffix.lower()}"


def mime(name: str) -> str:
    return TYPES[os.path.splitext(name)[1].lower()][0]
