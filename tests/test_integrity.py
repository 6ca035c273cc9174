"""Every PDF is read back before it is written: each resource its pages use exists in it
(review finding: replaying recorded operators trusts private reportlab internals)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from noticeboard.posters.build import build_posters
from noticeboard.load import load_project
from noticeboard.render.pdf import poster
from noticeboard.render.pdf.integrity import IntegrityError, check_resources
from tests.conftest import write_project


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("integrity")
    build_posters(load_project(write_project(root / "p")), root / "out")
    return root / "out"


def test_built_files_pass(built: Path) -> None:
    for pdf in built.rglob("*.pdf"):
        assert check_resources(pdf.read_bytes(), pdf.name) >= 1


def _renamed_font(data: bytes) -> bytes:
    """The same file with its first embedded font renamed in the font dictionary only."""
    name = re.search(rb"/(F\d+\+0) \d+ 0 R", data).group(1)
    return data.replace(b"/" + name + b" ", b"/" + name[:-1] + b"9 ", 1)


def test_a_font_the_file_does_not_define_fails(built: Path) -> None:
    data = (built / "xa-thuong-lam/thon-na-tong.pdf").read_bytes()
    with pytest.raises(IntegrityError, match=r"uses Font /F\d\+0, which its resources do not define"):
        check_resources(_renamed_font(data), "thon-na-tong.pdf")


def test_a_missing_xobject_or_extgstate_fails() -> None:
    for op, what in (("/QR9 Do", "XObject /QR9"), ("/GS9 gs", "ExtGState /GS9")):
        buf = io.BytesIO()
        c = Canvas(buf, invariant=1)
        c.drawString(10, 10, "x")
        c._code.append(op)
        c.showPage()
        c.save()
        with pytest.raises(IntegrityError, match=what):
            check_resources(buf.getvalue())


def test_operators_inside_text_strings_are_not_resources() -> None:
    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    c.drawString(10, 10, "(/X1 Do) and /G0 gs")
    c.showPage()
    c.save()
    assert check_resources(buf.getvalue()) == 1


def test_annotations_fail() -> None:
    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    c.linkURL("https://dichvucong.gov.vn/", (0, 0, 10, 10))
    c.showPage()
    c.save()
    with pytest.raises(IntegrityError, match="annotations"):
        check_resources(buf.getvalue())


def test_a_replay_that_uses_an_unregistered_resource_stops_the_build(tmp_path: Path, monkeypatch) -> None:
    """What a reportlab release renaming its resources would do: nothing is written."""
    original = poster._date_and_number

    def broken(*args):
        return original(*args) + "\nBT /F7+0 12 Tf ET"

    monkeypatch.setattr(poster, "_date_and_number", broken)
    with pytest.raises(IntegrityError, match=r"Thôn Nà Tông – Xã Thượng Lâm: page object \d+ uses Font /F7\+0"):
        build_posters(load_project(write_project(tmp_path / "p")), tmp_path / "out")
    assert not list((tmp_path / "out").rglob("*.pdf"))
