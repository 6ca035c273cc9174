"""Every malformed project in tests/corpus ends in a clear message, exit 1, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from noticeboard.cli import main

CORPUS = Path(__file__).parent / "corpus"
CASES = sorted(p.name for p in CORPUS.iterdir() if (p / "expect.txt").is_file())


def expected(case: str) -> list[str]:
    return [line for line in (CORPUS / case / "expect.txt").read_text("utf-8").splitlines() if line]


def test_corpus_is_big_enough() -> None:
    assert len([c for c in CASES if not c.startswith("ok-")]) >= 30


@pytest.mark.parametrize("case", CASES)
def test_check_and_build(case: str, tmp_path: Path) -> None:
    project = CORPUS / case
    out = tmp_path / "out"
    runner = CliRunner()
    checked = runner.invoke(main, ["check", str(project)])
    built = runner.invoke(main, ["build", str(project), "-o", str(out), "--quiet"])
    for result in (checked, built):
        assert "Traceback" not in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    if case.startswith("ok-"):
        assert checked.exit_code == 0 and built.exit_code == 0, checked.output + built.output
        assert all(line in checked.output for line in expected(case))
        written = sorted(str(p.relative_to(out)) for p in out.rglob("*.pdf"))
        assert written and all(p.resolve().is_relative_to(out.resolve()) for p in out.rglob("*"))
        return
    for result in (checked, built):
        assert result.exit_code == 1, result.output
        for line in expected(case):
            assert line in result.output, f"{line!r} not in:\n{result.output}"
    assert "problem" in checked.output and "nothing was written" in built.output
    assert not out.exists() or not any(out.iterdir())
