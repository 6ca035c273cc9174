"""Write a file so readers only ever see the old or the new version, never a partial one."""

from __future__ import annotations

import errno
import os
import shutil
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
    write or rename fails, no file is replaced: those already renamed get their old content
    back (a hard link to it, kept until the end), those that were new are removed."""
    staged: list[tuple[str, Path]] = []
    done: list[tuple[Path, str | None]] = []  # renamed into place, with the link to the old file
    current = files[0][0] if files else Path(".")
    try:
        for path, data in files:
            current = path
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            staged.append((tmp, path))
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)
        for tmp, path in staged:
            current = path
            old = _keep_old(path)
            try:
                os.replace(tmp, path)
            except BaseException:
                if old is not None:
                    _remove(old)
                raise
            done.append((path, old))
    except BaseException as exc:
        for path, old in reversed(done):
            _put_back(path, old)
        for tmp, _ in staged:
            _remove(tmp)
        if isinstance(exc, OSError):
            raise explain(exc, current) from exc
        raise
    for _, old in done:
        if old is not None:
            _remove(old)


def _keep_old(path: Path) -> str | None:
    """A hard link to ``path``'s current file (named like a temporary, so a killed build's is
    removed by ``remove_stale_temporaries``), or None when there is none."""
    if not path.is_file():
        return None
    fd, old = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".old.tmp", dir=path.parent)
    os.close(fd)
    os.unlink(old)
    try:
        os.link(path, old)
    except OSError:  # a file system without hard links: a copy does as well
        shutil.copy2(path, old)
    return old


def _put_back(path: Path, old: str | None) -> None:
    try:
        if old is None:
            path.unlink(missing_ok=True)
        else:
            os.replace(old, path)
    except OSError:
        pass


def _remove(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass


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
