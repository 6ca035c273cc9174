"""The README's scripting example runs as written, and the CLI goes through the same functions."""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path

import pytest

from noticeboard import api

from .test_import_graph import imports_of

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


def _shown(function) -> str:
    """``name(a, b=None)``: a function's parameters as the README's table writes them."""
    params = [p.name if p.default is inspect.Parameter.empty else f"{p.name}={p.default!r}"
              for p in inspect.signature(function).parameters.values()]
    return f"{function.__name__}({', '.join(params)})"


def test_the_readme_table_gives_each_function_as_it_is_declared() -> None:
    section = README.read_text("utf-8").split("## Scripting noticeboard (the library)", 1)[1].split("\n## ", 1)[0]
    documented = re.findall(r"^\| \w+ \| `api\.(\w+\(.*?\))` \|", section, re.M)
    assert documented == [_shown(getattr(api, call.split("(")[0])) for call in documented]


# What api.py wraps, one per stage: the front ends call the api, never these.
STAGE_IMPLEMENTATIONS = {
    "noticeboard.load.project": {"load_project", "load_project_with_warnings"},
    "noticeboard.plan.village": {"plan"},
    "noticeboard.render.pdf.limits": {"problems"},
    "noticeboard.posters.build": {"build_posters", "check_layout"},
    "noticeboard.verify.readback": {"verify_output"},
    "noticeboard.channels.kiosk.build": {"build_kiosk"},
    "noticeboard.channels.share.write": {"build_share"},
    "noticeboard.channels.announce.write": {"build_announce"},
}


def test_the_cli_and_the_app_reach_each_stage_through_the_api() -> None:
    package = Path(api.__file__).parent
    found = [f"{path.relative_to(package.parent)}: {module}.{name}"
             for front in ("cli", "app") for path in sorted((package / front).rglob("*.py"))
             for module, names in imports_of(path)
             for name in names if name in STAGE_IMPLEMENTATIONS.get(module, ())
             or f"{module}.{name}" == "noticeboard.render.pdf.limits"]
    assert not found, "stage functions called around noticeboard.api:\n" + "\n".join(found)
