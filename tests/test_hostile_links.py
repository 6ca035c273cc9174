"""Issue 19, long links: refused by check with the limit at which the smallest printed QR
code still decodes (never a traceback), and a link at the limit decodes at that size."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from noticeboard.cli import main
from noticeboard.qr.limits import SMALLEST_QR_MM, max_url_bytes
from noticeboard.qr.urls import check_url

from .conftest import KHAI_SINH, CATALOGUE, write_project

HOSTS = ("dichvucong.gov.vn",)


def _link(length: int) -> str:
    base = "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/"
    return base + "a" * (length - len(base))


@pytest.mark.parametrize("command", ["check", "build"])
def test_a_5000_character_link_is_an_error_with_the_limit_not_a_traceback(tmp_path: Path, command: str) -> None:
    root = write_project(tmp_path / "p", catalogue=CATALOGUE.replace(KHAI_SINH, _link(5000)))
    args = [command, str(root)] + (["-o", str(tmp_path / "out")] if command == "build" else [])
    result = CliRunner().invoke(main, ["--lang", "en", *args])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "procedures/catalogue.yaml:12:12: procedures[0].online.url: " in result.output
    assert f"the link is 5000 bytes long: the smallest QR code printed ({SMALLEST_QR_MM} mm) decodes only " \
           f"with links of at most {max_url_bytes()} bytes" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


def test_the_limit_is_one_byte_past_the_last_accepted_link() -> None:
    assert check_url(_link(max_url_bytes()), HOSTS) is None
    assert check_url(_link(max_url_bytes() + 1), HOSTS) is not None


def test_a_link_at_the_limit_decodes_at_the_smallest_printed_size_with_a_margin() -> None:
    """Drawn by the real flowable at the binder's size and read at 100 dpi (verify scans at 150)."""
    np = pytest.importorskip("numpy")
    pdfium = pytest.importorskip("pypdfium2")
    zxingcpp = pytest.importorskip("zxingcpp")
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from noticeboard.fonts import register
    from noticeboard.render.pdf.flowables import QRCode

    register()
    url = _link(max_url_bytes())
    side = SMALLEST_QR_MM * mm
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(2 * side + 80, side + 120))
    c.nb_qr = []
    code = QRCode("1.001193", url, "dichvucong.gov.vn", side, 8)
    code.wrapOn(c, 500, 500)
    code.drawOn(c, 40, 40)
    c.save()
    image = np.asarray(pdfium.PdfDocument(buf.getvalue())[0].render(scale=100 / 72).to_pil().convert("L"))
    assert [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)] == [url]
