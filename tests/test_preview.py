"""noticeboard preview and verify: page PNGs, an escaped offline contact sheet, manifests kept inside OUT."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from click.testing import CliRunner

from noticeboard.cli import main
from noticeboard.verify.preview import contact_sheet
from noticeboard.resources import sample_project


def test_preview_writes_pngs_and_index(tmp_path: Path):
    out = tmp_path / "out"
    runner = CliRunner()
    built = runner.invoke(main, ["build", str(sample_project()), "-o", str(out), "-q",
                                 "--commune", "Xã Thượng Lâm", "--village", "Thôn Nà Đông"])
    assert built.exit_code == 0, built.output
    result = runner.invoke(main, ["preview", str(out)])
    assert result.exit_code == 0, result.output
    pngs = sorted((out / "preview").rglob("*.png"))
    assert pngs and all(p.read_bytes().startswith(b"\x89PNG") for p in pngs)
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "Thôn Nà Đông" in html and 'href="xa-thuong-lam/thon-na-dong.pdf#page=1"' in html
    assert "preview/xa-thuong-lam/thon-na-dong/page-1.png" in html
    assert "http" not in html  # nothing fetched from the network


def test_names_are_escaped():
    entry = {"file": "x/a.pdf", "province": "P<b>", "commune": "C&", "village": '<script>"', "pages": 1}
    html = contact_sheet({"files": [entry]}, {"C&": [(entry, ["preview/x/a/page-1.png"])]})
    assert "<script>" not in html and "&lt;script&gt;&quot;" in html and "C&amp;" in html


def test_manifest_paths_outside_out_are_refused(tmp_path: Path):
    (tmp_path / "manifest.json").write_text('{"files": [{"file": "../evil.pdf", "village": "v"}]}')
    result = CliRunner().invoke(main, ["preview", str(tmp_path)])
    assert result.exit_code == 1 and "outside" in result.output


@pytest.mark.parametrize("rel", ["../evil.pdf", "/etc/passwd", "a/../../evil.pdf"])
def test_verify_refuses_manifest_paths_outside_out(tmp_path: Path, rel: str):
    """Regression: verify opened whatever file manifest.json named, inside OUT or not."""
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "evil.pdf").write_bytes(b"%PDF-1.4")
    (out / "manifest.json").write_text(json.dumps({"files": [{"file": rel, "pages": 1, "qr": []}]}))
    result = CliRunner().invoke(main, ["verify", str(out)])
    assert result.exit_code == 1 and "outside" in result.output and "Traceback" not in result.output
