"""The rebuild hash covers every file of the package (review finding: slug.py's lower_first,
printed on every page, was not part of it, so an edit there skipped every file)."""

from __future__ import annotations

import shutil
from pathlib import Path

from noticeboard.output.fingerprint import PACKAGE, code_fingerprint, package_files


def test_editing_any_module_of_the_package_changes_the_code_fingerprint(tmp_path: Path) -> None:
    copy = tmp_path / "noticeboard"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = code_fingerprint(copy)
    assert before == code_fingerprint(PACKAGE)  # by relative name and content, not location
    files = package_files(copy)
    assert copy / "slug.py" in files and copy / "render/pdf/poster.py" in files
    for path in files:
        original = path.read_bytes()
        path.write_bytes(original + b"\n")
        assert code_fingerprint(copy) != before, path.relative_to(copy)
        path.write_bytes(original)
    assert code_fingerprint(copy) == before


def test_a_new_module_changes_the_code_fingerprint(tmp_path: Path) -> None:
    copy = tmp_path / "noticeboard"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = code_fingerprint(copy)
    (copy / "render" / "pdf" / "extra.py").write_text("X = 1\n")
    assert code_fingerprint(copy) != before


def test_an_edit_to_slug_rebuilds_every_file(tmp_path: Path, monkeypatch) -> None:
    from noticeboard.posters.build import build_posters
    from noticeboard.load import load_project
    from noticeboard.output import fingerprint
    from tests.conftest import write_project

    project = load_project(write_project(tmp_path / "p"))
    out = tmp_path / "out"
    first = build_posters(project, out)
    assert build_posters(project, out).written == 0
    copy = tmp_path / "pkg"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "slug.py").write_text((copy / "slug.py").read_text("utf-8") + "\n# edited\n", "utf-8")
    monkeypatch.setattr(fingerprint.code_fingerprint, "__defaults__", (copy,))  # as if installed there
    fingerprint.renderer_fingerprint.cache_clear()
    try:
        again = build_posters(project, out)
    finally:
        fingerprint.renderer_fingerprint.cache_clear()
    assert again.written == len(first.files) and again.skipped == 0
