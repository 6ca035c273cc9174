"""Workbooks made in the tests, as a clerk makes them in Excel (openpyxl)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

COMMUNE_HEADER = ["Tỉnh", "Xã", "Nơi nộp hồ sơ", "Địa chỉ", "Điện thoại", "Giờ làm việc", "Thủ tục niêm yết"]
COMMUNE_ROW = ["Tuyên Quang", "Xã Thượng Lâm", "Trung tâm Phục vụ hành chính công xã Thượng Lâm",
               "Thôn Nà Đông, xã Thượng Lâm", "0207 3870 202", "Sáng 7h30–11h30, chiều 13h30–17h00",
               "1.001193\n1.000656"]
VILLAGE_HEADER = ["Xã", "Thôn", "Nhà văn hóa", "Trưởng thôn", "Điện thoại trưởng thôn", "Ngôn ngữ",
                  "Niêm yết thêm", "Không niêm yết"]


def workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    """Write ``sheets`` (name -> rows) to ``path``; returns it."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def places_sheets(villages: list[list[Any]] | None = None,
                  communes: list[list[Any]] | None = None) -> dict[str, list[list[Any]]]:
    return {"Xã": [COMMUNE_HEADER] + (communes or [COMMUNE_ROW]),
            "Thôn": [VILLAGE_HEADER] + (villages or [["Xã Thượng Lâm", "Thôn Nà Tông"]])}


CATALOGUE_HEADER = ["STT", "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cơ quan thực hiện",
                    "Thời hạn giải quyết", "Phí, lệ phí", "Thành phần hồ sơ", "Đường dẫn", "Mức độ",
                    "Hiệu lực từ", "Hết hiệu lực từ", "Thay thế bởi", "Quyết định công bố"]
KHAI_SINH_ROW = [1, "1.001193", "Đăng ký khai sinh", "Hộ tịch", "UBND xã", "1 ngày làm việc", "Miễn lệ phí",
                 "Tờ khai đăng ký khai sinh\nGiấy chứng sinh",
                 "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7",
                 "Một phần", None, None, None, None]
KHAI_TU_ROW = [2, "1.000656", "Đăng ký khai tử", "Hộ tịch", "UBND xã", "1 ngày làm việc", "Miễn lệ phí",
               "Tờ khai đăng ký khai tử; Giấy báo tử", None, None, None, None, None, None]


def synthetic_rows(n: int) -> list[list[Any]]:
    """``n`` procedures as a province annex has them: most without papers, some without a link,
    some abolished or not yet in force, codes sometimes stored by Excel as numbers."""
    import datetime as dt
    import uuid

    rows = []
    for i in range(n):
        code = f"{1 + i % 2}.{100000 + i * 7:06d}"
        link = (f"https://dichvucong.gov.vn/thu-tuc-hanh-chinh/{uuid.UUID(int=i + 1)}" if i % 4 else None)
        rows.append([i + 1, float(code) if i % 5 == 0 else code, f"Thủ tục số {i + 1} về hộ tịch, chứng thực",
                     ("Hộ tịch", "Chứng thực", "Cư trú", "Đất đai")[i % 4], "UBND xã",
                     f"{1 + i % 10} ngày làm việc", "Miễn phí" if i % 3 else "Do HĐND tỉnh quyết định",
                     "Tờ khai\nGiấy tờ tùy thân" if i % 6 == 0 else None, link,
                     ("Toàn trình", "Một phần")[i % 2] if link else None,
                     dt.datetime(2027, 3, 1) if i % 50 == 7 else None,
                     "01/01/2026" if i % 40 == 3 else None,
                     None, "3523/QĐ-UBND"])
    return rows
