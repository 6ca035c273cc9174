"""The output folder's lock: one build at a time, on Linux (fcntl) and Windows (msvcrt).

Windows cannot run here, so its backend is driven through a stand-in ``msvcrt`` that behaves as
the real one does (a lock belongs to the handle and covers bytes from the file position; a
second handle's ``LK_NBLCK`` on a locked byte raises OSError; ``LK_UNLCK`` of a byte not locked
raises too)."""

from __future__ import annotations

import os
import subprocess
import sys
import types

import pytest

from noticeboard.errors import OutputError
from noticeboard.output import lock
from noticeboard.output.lock import Msvcrt, exclusive, is_locked, system_backend


class FakeMsvcrt(types.SimpleNamespace):
    LK_UNLCK, LK_LOCK, LK_NBLCK = 0, 1, 2

    def __init__(self) -> None:
        super().__init__()
        self.held: dict[tuple[int, int, int], int] = {}  # (device, inode, first byte) -> fd

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        assert nbytes == 1
        st = os.fstat(fd)
        key = (st.st_dev, st.st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        if mode == self.LK_NBLCK:
            if key in self.held:
                raise PermissionError(13, "Permission denied")
            self.held[key] = fd
        elif mode == self.LK_UNLCK:
            if self.held.get(key) != fd:
                raise PermissionError(13, "Permission denied")
            del self.held[key]
        else:
            raise AssertionError("the lock must never wait")


@pytest.fixture
def windows():
    return Msvcrt(FakeMsvcrt())


def test_a_second_writer_is_refused_while_the_first_holds_the_folder(tmp_path):
    with exclusive(tmp_path):
        with pytest.raises(OutputError, match="another noticeboard build is writing into"):
            with exclusive(tmp_path):
                pass


def test_the_folder_is_free_again_when_the_writer_is_done(tmp_path):
    with exclusive(tmp_path):
        pass
    with exclusive(tmp_path):
        assert is_locked(tmp_path)
    assert not is_locked(tmp_path)


def test_the_folder_is_free_again_when_the_writer_fails(tmp_path):
    with pytest.raises(RuntimeError):
        with exclusive(tmp_path):
            raise RuntimeError("render failed")
    assert not is_locked(tmp_path)


def test_a_killed_writer_leaves_no_lock_behind(tmp_path):
    """The system drops the lock with the process: nothing stale to clear by hand."""
    code = ("import sys, time; from noticeboard.output.lock import exclusive\n"
            f"with exclusive({str(tmp_path)!r}):\n    print('held', flush=True); time.sleep(600)\n")
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "held"
        assert is_locked(tmp_path)
    finally:
        child.kill()
        child.wait()
    with exclusive(tmp_path):
        pass


def test_windows_refuses_a_second_writer(tmp_path, windows):
    with exclusive(tmp_path, windows):
        with pytest.raises(OutputError, match="another noticeboard build is writing into"):
            with exclusive(tmp_path, windows):
                pass


def test_windows_unlocks_when_the_writer_is_done_or_fails(tmp_path, windows):
    with pytest.raises(RuntimeError):
        with exclusive(tmp_path, windows):
            raise RuntimeError("render failed")
    assert windows.msvcrt.held == {}
    with exclusive(tmp_path, windows):
        assert is_locked(tmp_path, windows)
    assert not is_locked(tmp_path, windows)


def test_windows_locks_the_same_byte_whatever_the_lock_file_holds(tmp_path, windows):
    """An append-mode handle starts at the end: a lock taken there would not meet another's."""
    (tmp_path / lock.NAME).write_bytes(b"written by an older version")
    with exclusive(tmp_path, windows):
        assert [first for (_, _, first) in windows.msvcrt.held] == [0]
        assert is_locked(tmp_path, windows)


def test_windows_gets_the_msvcrt_lock(monkeypatch):
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    backend = system_backend("nt")
    assert isinstance(backend, Msvcrt) and backend.msvcrt is fake


def test_other_systems_get_flock():
    assert isinstance(system_backend("posix"), lock.Flock)
