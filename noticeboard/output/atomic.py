"""Write a file so readers only ever see the old or the new version, never a partial one."""

from __future__ import annotations

import errno
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from ..errors import OutputError
from ..messages import say


def write_bytes(path: Path, data: bytes) -> None:
    """Temporary file in the same folder, flushed to disk, then renamed over ``path``."""
    with open_atomic(path) as fh:
        fh.write(data)


@contextmanager
def open_atomic(path: Path) -> Iterator[BinaryIO]:
    """A file to write ``path`` through: renamed into place only when the block ends without
    an error; otherwise (or when killed) ``path`` keeps its old content."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise explain(exc, path) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise explain(exc, path) from exc
        raise


def write_all(files: list[tuple[Path, bytes]]) -> None:
    """Write a set of files that belong together (a kiosk: page, scripts, data) so a reader
    never mixes old and new: every new file is written and flushed to a temporary first, and
    only then are they all renamed into place, in the order given (the page last). When any
    write fails, no file is replaced."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            staged.append((tmp, path))
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)
    except BaseException as exc:
        for tmp, _ in staged:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        if isinstance(exc, OSError):
            raise explain(exc, staged[-1][1] if staged else files[0][0]) from exc
        raise
    for tmp, path in staged:
        os.replace(tmp, path)


def explain(exc: OSError, path: Path) -> OutputError:
    """The message for a failed write of ``path``."""
    if exc.errno == errno.ENOSPC:
        return OutputError(say("disk_full", path=path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError(say("write_denied", path=path))
    return OutputError(say("cannot_write", path=path, reason=exc.strerror or exc))


def remove_stale_temporaries(folder: Path) -> None:
    """Temporary files left by a build that was killed (their names start with '.')."""
    if folder.is_dir():
        for tmp in folder.rglob(".*.tmp"):
            try:
                tmp.unlink()
            except OSError:
                pass
