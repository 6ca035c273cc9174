"""The README's scripting example runs as written, and the CLI goes through the same functions."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from noticeboard import api

README = Path(__file__).resolve().parents[1] / "README.md"


def _example() -> str:
    section = README.read_text("utf-8").split("## Scripting noticeboard (the library)", 1)[1].split("\n## ", 1)[0]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_the_readme_example_runs_and_writes_every_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("zxingcpp")
    monkeypatch.chdir(tmp_path)
    exec(compile(_example(), "README.md", "exec"), {})
    for folder in ("posters", "kiosk", "zalo", "loa"):
        assert (tmp_path / folder / ("index.html" if folder == "kiosk" else "manifest.json")).is_file(), folder
    files = json.loads((tmp_path / "posters" / "manifest.json").read_text("utf-8"))["files"]
    assert {e["commune"] for e in files} == {"Xã Lâm Bình"}


def test_every_stage_of_the_readme_table_is_a_function_of_the_api() -> None:
    section = README.read_text("utf-8").split("## Scripting noticeboard (the library)", 1)[1].split("\n## ", 1)[0]
    documented = re.findall(r"^\| (\w+) \| `api\.(\w+)\(", section, re.M)
    assert [stage for stage, _ in documented] == ["load", "check", "plan", "build", "verify", "kiosk", "share",
                                                   "announce"]
    for stage, function in documented:
        assert stage == function and callable(getattr(api, function))
