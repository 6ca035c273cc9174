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
        raise _explain(exc, path) from exc
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
            raise _explain(exc, path) from exc
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
            raise _explain(exc, staged[-1][1] if staged else files[0][0]) from exc
        raise
    for tmp, path in staged:
        os.replace(tmp, path)


def _explain(exc: OSError, path: Path) -> OutputError:
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


LOCK = ".noticeboard.lock"


@contextmanager
def exclusive(folder: Path) -> Iterator[None]:
    """Hold the output folder for one command at a time: two builds into one folder would
    delete each other's temporaries and overwrite each other's manifest.

    The lock file lives only while the command runs (a kiosk folder goes to a USB stick as it
    is): it is removed while still held, and a command that locked a file just removed locks
    again the one now in place, so two commands never both hold the folder."""
    from .links import refuse_links

    folder = Path(folder)
    lock = folder / LOCK
    try:
        folder.mkdir(parents=True, exist_ok=True)
        refuse_links(folder)  # lock, state, every file below: never written through a link
        fh = open(lock, "a+b")
    except OSError as exc:
        raise _explain(exc, folder) from exc
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks here; builds rarely overlap there
        try:
            yield
        finally:
            fh.close()
            _remove(lock)
        return
    while True:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            raise OutputError(say("folder_locked", folder=folder)) from None
        if _same_file(lock, fh):
            break
        fh.close()  # the holder removed it as we opened it: lock the file in place now
        try:
            fh = open(lock, "a+b")
        except OSError as exc:
            raise _explain(exc, folder) from exc
    try:
        yield
    finally:
        _remove(lock)  # before letting go: nobody can lock the removed file and think it is held
        fh.close()


def _same_file(path: Path, fh: BinaryIO) -> bool:
    try:
        return os.stat(path).st_ino == os.fstat(fh.fileno()).st_ino
    except FileNotFoundError:
        return False


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
