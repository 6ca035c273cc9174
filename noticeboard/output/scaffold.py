"""`noticeboard init`: a new project folder a commune fills in, with the bundled catalogue.

places.yaml is a template: the office's address and phone and the villages are left empty on
purpose, so `check` names each line to fill in. A poster must never carry an invented phone number.
"""

from __future__ import annotations

from pathlib import Path

import json

from ..errors import NoticeboardError
from ..load.catalogue_sheet import COLUMNS, SHEET, procedure_cells
from ..load.places_sheet import COMMUNE_COLUMNS, COMMUNE_SHEET, VILLAGE_COLUMNS, VILLAGE_SHEET
from ..load.project import load_catalogue_folder
from ..messages import say
from ..resources import resource_dir
from ..slug import lower_first
from .atomic import write_bytes
from .workbook import SheetData, write_workbook

POSTED = ("1.001193", "1.000656", "1.000894", "2.000815", "1.004222")  # what most villages need
HOURS = "Sáng 7h30–11h30, chiều 13h30–17h00, thứ Hai đến thứ Sáu"

SETTINGS = """\
# Cài đặt của dự án (mọi dòng đều có giá trị mặc định; xóa dòng nào thì dùng mặc định).
title: "Thủ tục hành chính thường gặp"   # tiêu đề in trên đầu mỗi áp phích
catalogue: procedures/                   # thư mục danh mục thủ tục (*.yaml)
places: places.yaml                      # tỉnh, xã, thôn bản và thủ tục niêm yết ở từng nơi
paper: A4                                # khổ giấy: A4, A3 hoặc A5
allowed_hosts: [dichvucong.gov.vn, "*.gov.vn"]   # mã QR chỉ mở các trang https này
"""

PLACES = """\
# Nơi niêm yết. Điền các dòng để trống ("") rồi chạy: noticeboard check
# Tên tỉnh, xã theo danh sách chính thức từ 01/7/2025 (check sẽ cảnh báo nếu tên không có).

province: {province}

communes:
  - name: {commune}
    office:                                  # nơi người dân đến nộp hồ sơ và gọi hỏi
      name: {office}
      address: ""                            # ví dụ: "Thôn Bản Chợ, xã Lâm Bình, tỉnh Tuyên Quang"
      phone: ""                              # số điện thoại thật của Trung tâm
      hours: "Sáng 7h30–11h30, chiều 13h30–17h00, thứ Hai đến thứ Sáu"
    posted: {posted}   # mã thủ tục niêm yết ở mọi thôn
    villages:
      - name: ""                             # ví dụ: "Thôn Nà Tông"
        # head: {{name: "...", phone: "..."}}  # trưởng thôn (không bắt buộc)
        # posted: ["2.000635"]                # thêm thủ tục riêng cho thôn này
"""


def _quoted(value: str) -> str:
    """``value`` as a YAML double-quoted text: a name with ':', '#' or quotes stays one value
    (a JSON string is valid YAML, and keeps Vietnamese letters as they are)."""
    return json.dumps(value, ensure_ascii=False)


def _empty_folder(folder: Path) -> None:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise NoticeboardError(say("init_not_empty", folder=folder))


def init_project(folder: Path, province: str = "", commune: str = "") -> list[Path]:
    folder = Path(folder)
    _empty_folder(folder)
    office = f"Trung tâm Phục vụ hành chính công {lower_first(commune)}" if commune else ""
    written = [folder / "noticeboard.yaml", folder / "places.yaml"]
    write_bytes(written[0], SETTINGS.encode("utf-8"))
    write_bytes(written[1], PLACES.format(province=_quoted(province), commune=_quoted(commune),
                                          office=_quoted(office), posted=json.dumps(list(POSTED))).encode("utf-8"))
    for src in sorted(resource_dir("procedures").glob("*.yaml")):
        dest = folder / "procedures" / src.name
        write_bytes(dest, src.read_bytes())
        written.append(dest)
    return written



SETTINGS_XLSX = SETTINGS.replace("places: places.yaml   ", "places: places.xlsx   ").replace(
    "(*.yaml)", "(*.xlsx, *.yaml)")
CATALOGUE_XLSX = "procedures/thu-tuc.xlsx"


def init_workbooks(folder: Path, province: str = "", commune: str = "") -> list[Path]:
    """A project whose places and catalogue are workbooks: what a clerk fills in with Excel.
    Cells to fill in are left empty, so ``check`` names each one."""

    folder = Path(folder)
    _empty_folder(folder)
    catalogue = _bundled_catalogue()
    office = f"Trung tâm Phục vụ hành chính công {lower_first(commune)}" if commune else None
    communes = [[province or None, commune or None, office, None, None, HOURS, list(POSTED)]]
    villages = [[commune or None] + [None] * (len(VILLAGE_COLUMNS) - 1)]
    written = [folder / "noticeboard.yaml", folder / "places.xlsx", folder / CATALOGUE_XLSX]
    write_bytes(written[0], SETTINGS_XLSX.encode("utf-8"))
    write_workbook(written[1], [SheetData(COMMUNE_SHEET, COMMUNE_COLUMNS, communes),
                                SheetData(VILLAGE_SHEET, VILLAGE_COLUMNS, villages)])
    write_workbook(written[2], [SheetData(SHEET, COLUMNS, [procedure_cells(p) for p in catalogue])])
    return written


def _bundled_catalogue() -> list:
    """The bundled procedures, read with the project's own loader (so they are valid)."""

    return list(load_catalogue_folder(resource_dir("procedures")).values())
