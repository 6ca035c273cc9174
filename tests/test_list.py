"""noticeboard list: the catalogue as a clerk reads it, on screen and as a workbook."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from openpyxl import load_workbook

from noticeboard.cli import main

from .sheet_helpers import CATALOGUE_HEADER, KHAI_SINH_ROW, KHAI_TU_ROW, workbook
from .conftest import PLACES, write_project

ABOLISHED = [3, "1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân", "Hộ tịch", "UBND xã", "3 ngày làm việc",
             "Miễn", None, None, None, None, "01/01/2026", "1.000656", None]
LATER = [4, "1.000894", "Đăng ký kết hôn", "Hộ tịch", "UBND xã", "1 ngày làm việc", "Miễn", None, None, None,
         "01/03/2027", None, None, None]


def _project(tmp_path: Path) -> Path:
    root = write_project(tmp_path / "p", PLACES, catalogue=None)
    workbook(root / "procedures/danh-muc.xlsx", {"Thủ tục": [CATALOGUE_HEADER, KHAI_SINH_ROW, KHAI_TU_ROW,
                                                             ABOLISHED, LATER]})
    return root


def test_list_prints_status_link_or_lookup_and_villages(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--lang", "vi", "list", str(_project(tmp_path)), "--date", "02/01/2026"])
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line for line in result.output.splitlines()}
    assert lines["Mã"].startswith("Mã        Tên thủ tục  ")  # columns line up under the headers
    assert "còn hiệu lực" in lines["1.001193"] and "019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7" in lines["1.001193"]
    assert lines["1.001193"].split()[-2:] == ["1", "1"]  # posted in the one village, its sheet one side
    assert "tra cứu: https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword=1.000656" in lines["1.000656"]
    assert "hết hiệu lực từ 01/01/2026, thay thế bởi 1.000656" in lines["1.004873"]
    assert "có hiệu lực từ 01/03/2027" in lines["1.000894"] and lines["1.000894"].split()[-2:] == ["0", "–"]


def test_list_xlsx_writes_a_workbook(tmp_path: Path) -> None:
    out = tmp_path / "danh-sach.xlsx"
    result = CliRunner().invoke(main, ["--lang", "vi", "list", str(_project(tmp_path)), "--xlsx", str(out),
                                       "--date", "02/01/2026"])
    assert result.exit_code == 0, result.output
    assert "4 thủ tục, ngày 02/01/2026" in result.output
    ws = load_workbook(out)["Danh mục"]
    assert [c.value for c in ws[1]] == ["Mã", "Tên thủ tục", "Lĩnh vực", "Hiệu lực", "Mã QR mở", "Số thôn niêm yết",
                                   "Số mặt tờ niêm yết"]
    assert ws.freeze_panes == "A2" and all(c.comment for c in ws[1])
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    assert rows["1.004873"][3] == "hết hiệu lực từ 01/01/2026, thay thế bởi 1.000656"
    assert rows["1.001193"][5:] == (1, 1) and rows["1.000894"][6] is None and set(rows) == {"1.001193", "1.000656", "1.004873", "1.000894"}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left behind
