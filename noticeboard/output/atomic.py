"""Write a file so readers only ever see the old or the new version, never a partial one."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from ..errors import OutputError


def write_bytes(path: Path, data: bytes) -> None:
    """Temporary file in the same folder, flushed to disk, then renamed over ``path``."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise _explain(exc, path) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise _explain(exc, path) from exc


def _explain(exc: OSError, path: Path) -> OutputError:
    if exc.errno == errno.ENOSPC:
        return OutputError(f"the disk is full while writing {path}; free some space and build again")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError(f"cannot write {path}: permission denied; choose another folder with -o")
    return OutputError(f"cannot write {path}: {exc.strerror or exc}")


def remove_stale_temporaries(folder: Path) -> None:
    """Temporary files left by a build that was killed (their names start with '.')."""
    if folder.is_dir():
        for tmp in folder.rglob(".*.tmp"):
            try:
                tmp.unlink()
            except OSError:
                pass
