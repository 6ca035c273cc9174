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
