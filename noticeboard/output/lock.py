"""One writer per output folder, on every system: ``exclusive(folder)``.

The lock is a byte-range or whole-file lock on ``folder/.noticeboard.lock`` held by the open
file: ``fcntl.flock`` on Linux and macOS, ``msvcrt.locking`` on Windows (which has no advisory
locks). Either way the system drops the lock when the process ends, even when it is killed, so
a lock left by a crashed build never needs clearing by hand (no PID files, no stale checks).
Locks belong to the open file, not the process: a second ``exclusive`` in the same process
(the app's second click on "In") is refused like one from another process.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator, Protocol

from ..errors import OutputError
from ..messages import say
from .atomic import explain
from .links import refuse_links

NAME = ".noticeboard.lock"


class Backend(Protocol):
    def acquire(self, fh: BinaryIO) -> bool: ...  # False: another holder has it
    def release(self, fh: BinaryIO) -> None: ...


class Flock:
    """POSIX: a whole-file advisory lock."""

    def __init__(self, fcntl_module) -> None:
        self.fcntl = fcntl_module

    def acquire(self, fh: BinaryIO) -> bool:
        try:
            self.fcntl.flock(fh.fileno(), self.fcntl.LOCK_EX | self.fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def release(self, fh: BinaryIO) -> None:
        self.fcntl.flock(fh.fileno(), self.fcntl.LOCK_UN)


class Msvcrt:
    """Windows: a mandatory lock on the file's first byte (a range past the end is allowed, so
    the lock file stays empty). ``LK_NBLCK`` fails at once rather than retrying for 10 s."""

    def __init__(self, msvcrt_module) -> None:
        self.msvcrt = msvcrt_module

    def acquire(self, fh: BinaryIO) -> bool:
        fh.seek(0)  # locking() covers bytes from the current position
        try:
            self.msvcrt.locking(fh.fileno(), self.msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def release(self, fh: BinaryIO) -> None:
        fh.seek(0)
        self.msvcrt.locking(fh.fileno(), self.msvcrt.LK_UNLCK, 1)


def system_backend(system: str = os.name) -> Backend:
    """The lock of this system (``system`` is ``os.name``; given by tests)."""
    if system == "nt":
        import msvcrt  # Windows only

        return Msvcrt(msvcrt)
    import fcntl  # POSIX only

    return Flock(fcntl)


@contextmanager
def exclusive(folder: Path, backend: Backend | None = None) -> Iterator[None]:
    """Hold ``folder`` for one build at a time: two builds into one folder would delete each
    other's temporaries and overwrite each other's manifest. Raises ``OutputError`` when another
    build holds it."""
    folder = Path(folder)
    backend = backend or system_backend()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        refuse_links(folder)  # lock, state, every file below: never written through a link
        fh = open(folder / NAME, "a+b")
    except OSError as exc:
        raise explain(exc, folder) from exc
    path = folder / NAME
    while True:
        if not backend.acquire(fh):
            fh.close()
            raise OutputError(say("folder_locked", folder=folder))
        if _same_file(path, fh):
            break
        # the holder removed the file as we opened it: lock the one in place now
        backend.release(fh)
        fh.close()
        try:
            fh = open(path, "a+b")
        except OSError as exc:
            raise explain(exc, folder) from exc
    try:
        yield
    finally:
        # The file lives only while a command runs (a kiosk folder goes to a USB stick as it
        # is). POSIX: removed while still held, so nobody locks a removed file thinking it
        # held; Windows cannot remove an open file: removed once closed, unless the next
        # writer already holds it.
        if os.name != "nt":
            _remove(path)
        backend.release(fh)
        fh.close()
        if os.name == "nt":
            _remove(path)


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


def is_locked(folder: Path, backend: Backend | None = None) -> bool:
    """Whether a build holds ``folder`` now (a look only: the answer may change at once)."""
    path = Path(folder) / NAME
    if not path.is_file():
        return False
    backend = backend or system_backend()
    try:
        fh = open(path, "a+b")
    except OSError:
        return False
    with fh:
        if backend.acquire(fh):
            backend.release(fh)
            return False
        return True
