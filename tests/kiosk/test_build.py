"""The kiosk folder: what ``kiosk build`` writes, without a browser."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from noticeboard.cli import main
from noticeboard.errors import CommandLineError, OutputError
from noticeboard.channels.kiosk.build import PAGE_FILES, build_kiosk, kiosk_data
from noticeboard.labels import all_label_text
from noticeboard.fonts import covered
from noticeboard.slug import fold

from .conftest import KHAI_SINH, KHAI_SINH_URL


def _data(folder) -> dict:
    text = (folder / "data.js").read_text(encoding="ascii")
    assert text.startswith("window.NOTICEBOARD = ") and text.endswith(";\n")
    return json.loads(text[len("window.NOTICEBOARD = "):-2])


def test_folder_is_self_contained(kiosk_dir):
    names = {p.relative_to(kiosk_dir).as_posix() for p in kiosk_dir.rglob("*") if p.is_file()}
    assert {*PAGE_FILES, "data.js", "fonts/OFL.txt", "fonts/BeVietnamPro-Regular.ttf"} <= names
    assert not [n for n in names if n.endswith(".tmp")]
    for name in ("index.html", "kiosk.css", "kiosk.js"):
        text = (kiosk_dir / name).read_text(encoding="utf-8")
        # Relative URLs only: nothing that could leave the folder.
        assert not re.search(r"(?:https?:)?//[a-z]", re.sub(r"http://www\.w3\.org/2000/svg", "", text)), name
    assert "Content-Security-Policy" in (kiosk_dir / "index.html").read_text(encoding="utf-8")


def test_script_never_inserts_html():
    from noticeboard.channels.kiosk.build import STATIC

    js = (STATIC / "kiosk.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function("):
        assert sink not in js


def test_data_has_every_procedure_with_its_qr(kiosk_dir, sample):
    data = _data(kiosk_dir)
    assert [p["code"] for p in data["procedures"]] == list(sample.procedures)
    khai_sinh = next(p for p in data["procedures"] if p["code"] == KHAI_SINH)
    assert khai_sinh["online"]["url"] == KHAI_SINH_URL
    assert khai_sinh["online"]["host"] == "dichvucong.gov.vn"
    assert khai_sinh["online"]["qr"].startswith("<svg ")
    assert "dang ky khai sinh" in khai_sinh["search_name"]
    in_person = [p for p in data["procedures"] if p["online"] is None]
    assert in_person, "the sample has an in-person-only procedure"
    for p in in_person:  # a look-up QR: the portal's search for the code
        assert p["lookup"]["url"] == f"https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword={p['code']}"
        assert p["lookup"]["qr"].startswith("<svg ")
    assert khai_sinh["lookup"] is None
    assert [c["name"] for c in data["communes"]] == [c.name for c in sample.places.communes]
    assert data["idle_seconds"] == 90


def test_search_text_is_folded_by_the_one_fold(sample):
    data = kiosk_data(sample)
    for p, proc in zip(data["procedures"], sample.procedures.values()):
        assert p["search_name"] == fold(proc.name)
        for doc in proc.documents:
            assert fold(doc) in p["search"]
        assert proc.code in p["search"] and fold(proc.field) in p["search"]


def test_kiosk_labels_print_in_the_bundled_font():
    assert not [ch for ch in all_label_text() if ord(ch) not in covered()]


def test_commune_filter(sample, tmp_path):
    data = build_kiosk(sample, tmp_path / "k", commune="xa-thuong-lam", idle=30)
    assert [c["name"] for c in data["communes"]] == ["Xã Thượng Lâm"]
    with pytest.raises(CommandLineError):
        build_kiosk(sample, tmp_path / "other", commune="Xã Không Có")
    assert not (tmp_path / "other").exists()


def test_rebuild_in_place_but_never_into_a_foreign_folder(sample, tmp_path):
    out = tmp_path / "k"
    build_kiosk(sample, out)
    build_kiosk(sample, out, idle=10)
    assert _data(out)["idle_seconds"] == 10
    project_like = tmp_path / "project"
    project_like.mkdir()
    (project_like / "places.yaml").write_text("x")
    with pytest.raises(OutputError, match="not a kiosk folder"):
        build_kiosk(sample, project_like)
    assert sorted(p.name for p in project_like.iterdir()) == ["places.yaml"]


def test_cli_build_uses_the_sample_and_reports(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["kiosk", "build", "-o", "out", "--idle", "45"])
    assert result.exit_code == 0, result.output
    assert "14 procedures" in result.output and (tmp_path / "out" / "index.html").is_file()
    assert _data(tmp_path / "out")["idle_seconds"] == 45


def test_cli_bad_commune_is_a_bad_command_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["kiosk", "build", "-o", "out", "--commune", "Xa Lam Bin"])
    assert result.exit_code == 2
    assert 'no commune named "Xa Lam Bin"' in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_cli_serve_refuses_a_folder_without_a_kiosk(tmp_path):
    result = CliRunner().invoke(main, ["kiosk", "serve", str(tmp_path), "--port", "0"])
    assert result.exit_code == 1 and "kiosk build" in result.output


def test_open_prints_the_command_when_no_browser(monkeypatch, capsys):
    from noticeboard.cli import kiosk as kiosk_cli

    monkeypatch.setattr(kiosk_cli, "find_browser", lambda: None)
    kiosk_cli.start_browser("http://127.0.0.1:8080/")
    err = capsys.readouterr().err
    assert "chromium --kiosk" in err and "http://127.0.0.1:8080/" in err


def test_search_links_off_means_in_person_only(sample):
    import dataclasses

    off = dataclasses.replace(sample, settings=dataclasses.replace(sample.settings, search_links=False))
    assert all(p["lookup"] is None for p in kiosk_data(off)["procedures"])


def test_kiosk_build_takes_the_folder_lock_of_build(sample, tmp_path):
    """Regression: kiosk build wrote into a folder while a build held it."""
    from noticeboard.output.lock import exclusive

    out = tmp_path / "k"
    build_kiosk(sample, out, idle=30)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    with exclusive(out):
        with pytest.raises(OutputError, match="another noticeboard build is writing"):
            build_kiosk(sample, out, commune="xa-thuong-lam", idle=30)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_kiosk_files_are_swapped_in_together(sample, tmp_path, monkeypatch):
    """A write that fails half-way replaces no file: never a new page with old data."""
    import noticeboard.output.atomic as atomic

    out = tmp_path / "k"
    build_kiosk(sample, out, idle=30)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and not p.name.startswith(".")}
    real_fsync, calls = atomic.os.fsync, []

    def fail_late(fd: int) -> None:
        calls.append(fd)
        if len(calls) == len(before) - 1:  # data.js and fonts staged; the page files not yet
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", fail_late)
    with pytest.raises(OutputError, match="disk is full"):
        build_kiosk(sample, out, commune="xa-thuong-lam", idle=45)
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and not p.name.startswith(".")}
    assert after == before and not list(out.rglob("*.tmp"))
