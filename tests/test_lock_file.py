"""The output folder's lock (issue 15, item 8): no `.noticeboard.lock` is left in the kiosk,
share, announce or posters folder when the command ends (a kiosk folder is copied to a USB
stick as it is), and two commands on one folder still never run at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from noticeboard.cli import main
from noticeboard.errors import OutputError
from noticeboard.output.lock import NAME as LOCK, exclusive

from .conftest import write_project


@pytest.mark.parametrize("command", [["kiosk", "build"], ["share"], ["announce"], ["build"]])
def test_no_lock_file_is_left_when_the_command_ends(tmp_path: Path, command: list[str]) -> None:
    root = write_project(tmp_path / "p")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, [*command, str(root), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert not list(out.rglob(LOCK))


@pytest.mark.parametrize("command", [["kiosk", "build"], ["share"], ["announce"]])
def test_a_second_command_on_the_folder_is_refused_while_one_runs(tmp_path: Path, command: list[str]) -> None:
    root = write_project(tmp_path / "p")
    out = tmp_path / "out"
    with exclusive(out):
        result = CliRunner().invoke(main, [*command, str(root), "-o", str(out)])
        assert result.exit_code == 1 and "another noticeboard" in result.output
    assert not (out / LOCK).exists()


def test_the_lock_is_taken_again_after_it_was_given_back(tmp_path: Path) -> None:
    with exclusive(tmp_path):
        pass
    with exclusive(tmp_path):
        assert (tmp_path / LOCK).exists()
        with pytest.raises(OutputError):
            with exclusive(tmp_path):
                pass


def test_a_lock_file_removed_by_its_holder_is_never_held_twice(tmp_path: Path, monkeypatch) -> None:
    """The race the removal opens: a command opens the lock file, the holder ends (removing it)
    and a third command locks a new one, then the first locks the removed file. It must see
    that file is gone and find the folder held."""
    import fcntl

    real = fcntl.flock
    third: list = []

    def holder_ends_in_between(fd: int, op: int) -> None:
        if not third:
            (tmp_path / LOCK).unlink()  # the holder ended
            third.append(open(tmp_path / LOCK, "a+b"))  # a third command took the folder
            real(third[0].fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        real(fd, op)

    monkeypatch.setattr(fcntl, "flock", holder_ends_in_between)
    with pytest.raises(OutputError):
        with exclusive(tmp_path):
            pass
    third[0].close()
