"""A commune's audited catalogue as it comes: ~300 rows kept exactly as the audit lists them,
odd rows included, and the places workbook of a commune of 18 villages (tests/test_real_catalogue.py).

The odd rows are those real decisions produce: a procedure announced and abolished the same day
(one of them still listed by a village), a row pasted twice, a date typed twice in one cell,
a row without its code, abolished rows (one still on the commune's list), rows not yet in force
(one listed by a village), a code Excel turned into a number, a "Mức độ" without a link.

    python -m tests.real_catalogue OUT_FOLDER              # the project, written with openpyxl
    python -m tests.real_catalogue --libreoffice           # refresh the committed LibreOffice copy

The second writes ``tests/fixtures/real-catalogue/danh-muc-libreoffice.xlsx``: the same
workbook opened and saved again by LibreOffice (``soffice --headless --convert-to xlsx``), so
the tests also read a workbook as a real spreadsheet application saves it.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

DAY = dt.date(2026, 12, 4)  # the build date of the tests
LIBREOFFICE_COPY = Path(__file__).parent / "fixtures" / "real-catalogue" / "danh-muc-libreoffice.xlsx"
HEADER = ["STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Cơ quan thực hiện",
          "Thời hạn giải quyết", "Phí, lệ phí", "Thành phần hồ sơ", "Đường dẫn", "Mức độ",
          "Hiệu lực từ", "Hết hiệu lực từ", "Thay thế bởi", "Quyết định công bố"]
FIELDS = ("Hộ tịch", "Chứng thực", "Cư trú", "Đất đai", "Bảo trợ xã hội", "Nuôi con nuôi")
COMMUNE = "Xã Thượng Lâm"
VILLAGES = [f"Thôn {n}" for n in ("Nà Tông", "Nà Đông", "Khuổi Củng", "Bản Chợ", "Nà Khà", "Nặm Đíp",
                                    "Phiêng Luông", "Nà Mỏ", "Bản Piấu", "Khuổi Trang", "Nà Ta", "Tiên Tốc",
                                    "Nà Va", "Bản Kẹm", "Nà Bản", "Khau Quang", "Bản Tát", "Nà Liềm")]

# The odd rows, by code (each is one row of the catalogue, unless said otherwise).
SAME_DAY = "1.000280"  # announced and abolished on 23/09/2025; posted nowhere
SAME_DAY_POSTED = "1.000281"  # the same, and Thôn Nà Khà still lists it
TWICE = "1.001022"  # the row pasted twice, identical
DATE_TWICE = "1.003005"  # "01/07/2025 01/07/2025" typed in Hiệu lực từ; posted nowhere
ABOLISHED = ("2.000010", "2.000011", "2.000012")  # abolished from 03/09/2026
ABOLISHED_POSTED = "2.000010"  # still on the commune's list
NOT_YET = ("2.000020", "2.000021")  # in force from 01/03/2027
NOT_YET_POSTED = "2.000020"  # Thôn Bản Chợ lists it already
AS_NUMBER = "1.001190"  # Excel keeps 1.00119
NO_CODE_NAME = "Thủ tục chưa có mã trên danh mục quốc gia"

COMMUNE_POSTS = ["1.001193", "1.000656", "1.000894", "2.000815", "2.000884", TWICE, AS_NUMBER, ABOLISHED_POSTED]
OWN = {"Thôn Nà Khà": [SAME_DAY_POSTED, "1.004222"], "Thôn Bản Chợ": [NOT_YET_POSTED, "2.000635"],
       "Thôn Nặm Đíp": ["1.004194"]}
NOT_POSTED = {"Thôn Tiên Tốc": ["2.000884"], "Thôn Nà Liềm": ["1.000894", "2.000815"]}


def _ordinary_codes(n: int) -> list[str]:
    """Codes of ordinary rows: the posted ones first, then the rest of the audit."""
    posted = ["1.001193", "1.000656", "1.000894", "2.000815", "2.000884", "1.004222", "2.000635", "1.004194"]
    rest = [f"{1 + i % 2}.{4000 + i * 13:06d}" for i in range(n)]
    return (posted + [c for c in rest if c not in posted])[:n]


def rows() -> list[dict[str, Any]]:
    """Every row as the audit has it: dicts by header (None: an empty cell)."""
    out: list[dict[str, Any]] = []

    def row(code: Any, name: str, field: str, **cells: Any) -> None:
        i = len(out)
        link = None if i % 5 == 0 else f"https://dichvucong.gov.vn/thu-tuc-hanh-chinh/{i + 1:08x}-3fe0-70ac-b9d6-5e9e20d6eef7"
        out.append({"Mã TTHC": code, "Tên thủ tục hành chính": name, "Lĩnh vực": field,
                    "Cơ quan thực hiện": "UBND xã" if i % 3 else "Công an xã",
                    "Thời hạn giải quyết": f"{1 + i % 15} ngày làm việc",
                    "Phí, lệ phí": "Không" if i % 4 else "Theo Nghị quyết của HĐND tỉnh",
                    "Thành phần hồ sơ": "Tờ khai\nBản sao giấy tờ tùy thân" if i % 7 == 0 else None,
                    "Đường dẫn": link, "Mức độ": ("Toàn trình", "Một phần")[i % 2] if link or i % 10 == 5 else None,
                    "Quyết định công bố": "1561/QĐ-UBND", **cells})

    for k, code in enumerate(_ordinary_codes(281) + [AS_NUMBER]):
        row(float(code) if code == AS_NUMBER else code, f"Thủ tục hành chính số {k + 1} ({code})", FIELDS[k % len(FIELDS)])
    for code in ABOLISHED:
        row(code, f"Thủ tục đã bãi bỏ {code}", "Hộ tịch", **{"Hết hiệu lực từ": dt.datetime(2026, 9, 3),
                                                            "Thay thế bởi": "1.001193"})
    for code in NOT_YET:
        row(code, f"Thủ tục mới {code}", "Cư trú", **{"Hiệu lực từ": "01/03/2027"})
    for code in (SAME_DAY, SAME_DAY_POSTED):  # a decision published and repealed the same day
        row(code, f"Thủ tục công bố và bãi bỏ cùng ngày {code}", "Đất đai",
            **{"Hiệu lực từ": dt.datetime(2025, 9, 23), "Hết hiệu lực từ": dt.datetime(2025, 9, 23)})
    row(DATE_TWICE, "Thủ tục có ngày gõ hai lần", "Chứng thực", **{"Hiệu lực từ": "01/07/2025 01/07/2025"})
    row(None, NO_CODE_NAME, "Bảo trợ xã hội")
    row(TWICE, "Đăng ký giám hộ", "Hộ tịch")
    out.append(dict(out[-1]))  # the same row pasted again
    for i, r in enumerate(out, 1):
        r["STT"] = i
    return out


def in_force_codes() -> set[str]:
    """The codes in force on DAY, told from the rows themselves (not by noticeboard)."""
    out = set()
    for r in rows():
        code = r["Mã TTHC"]
        if code is None or code == DATE_TWICE:
            continue
        code = f"{code:.6f}" if isinstance(code, float) else code
        start, end = r.get("Hiệu lực từ"), r.get("Hết hiệu lực từ")
        start = dt.datetime.strptime(start, "%d/%m/%Y") if isinstance(start, str) else start
        if start and end and start >= end:
            continue
        if (start is None or start.date() <= DAY) and (end is None or DAY < end.date()):
            out.add(code)
    return out


def posted_at(village: str) -> list[str]:
    """What a village lists, in order: the commune's list less its removals, plus its own."""
    codes = [c for c in COMMUNE_POSTS if c not in NOT_POSTED.get(village, [])]
    return codes + [c for c in OWN.get(village, []) if c not in codes]


def write_catalogue(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Thủ tục"
    ws.append(["DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ (KẾT QUẢ RÀ SOÁT)"])
    ws.append(["Kèm theo Quyết định số 1561/QĐ-UBND của Chủ tịch UBND tỉnh Tuyên Quang"])
    ws.append([])
    ws.append(HEADER)
    for r in rows():
        ws.append([r.get(h) for h in HEADER])
    for cell in ws["K"] + ws["L"]:
        if isinstance(cell.value, dt.datetime):
            cell.number_format = "dd/mm/yyyy"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def write_places(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    xa = wb.active
    xa.title = "Xã"
    xa.append(["Tỉnh", "Xã", "Nơi nộp hồ sơ", "Địa chỉ", "Điện thoại", "Giờ làm việc", "Thủ tục niêm yết"])
    xa.append(["Tuyên Quang", COMMUNE, "Trung tâm Phục vụ hành chính công xã Thượng Lâm",
               "Thôn Nà Đông, xã Thượng Lâm", "0207 3870 202", "Sáng 7h30–11h30, chiều 13h30–17h00",
               "\n".join(COMMUNE_POSTS)])
    thon = wb.create_sheet("Thôn")
    thon.append(["Xã", "Thôn", "Nhà văn hóa", "Trưởng thôn", "Điện thoại trưởng thôn", "Ngôn ngữ",
                 "Niêm yết thêm", "Không niêm yết"])
    for v in VILLAGES:
        thon.append([COMMUNE, v, None, None, None, None, "; ".join(OWN.get(v, [])) or None,
                     "; ".join(NOT_POSTED.get(v, [])) or None])
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def write_project(root: Path, catalogue: Path | None = None) -> Path:
    """The project: places.xlsx and procedures/danh-muc.xlsx (``catalogue``: a copy of it)."""
    write_places(root / "places.xlsx")
    target = root / "procedures" / "danh-muc.xlsx"
    if catalogue is None:
        write_catalogue(target)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(catalogue, target)
    return root


def save_with_libreoffice(source: Path, target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", tmp, str(source)],
                       check=True, capture_output=True, timeout=300)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(tmp) / source.name, target)


if __name__ == "__main__":
    if sys.argv[1:] == ["--libreoffice"]:
        with tempfile.TemporaryDirectory() as tmp:
            save_with_libreoffice(write_catalogue(Path(tmp) / "danh-muc.xlsx"), LIBREOFFICE_COPY)
        print(f"written {LIBREOFFICE_COPY}")
    else:
        print(f"written {write_project(Path(sys.argv[1]))}")
