"""The change report names exactly what a village head replaces: a fee changed replaces that
procedure's sheet and the board (its blocks print the fee), not "the list of procedures"; papers
changed replace the sheet alone, unless the sheets after it move to other pages (the board says
"xem trang …")."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from noticeboard.posters.build import build_posters
from noticeboard.load import load_project
from noticeboard.plan.changes import content_hash

from .conftest import CATALOGUE, write_project
from .test_desk import pages_text

D1, D2 = dt.date(2026, 11, 26), dt.date(2026, 12, 28)
VILLAGE = "xa-thuong-lam/thon-na-tong.pdf"
LONG_PAPERS = "".join(f'      - "Giấy tờ thứ {i}: bản chính hoặc bản sao có chứng thực, kèm bản dịch '
                      f'công chứng nếu giấy tờ do cơ quan nước ngoài cấp"\n' for i in range(1, 41))


def rebuilt(tmp_path: Path, after: str) -> tuple[Path, dict]:
    """A build on D1, then the catalogue ``after`` built into the same folder on D2; the
    second build's thay-doi.json ({} when it wrote none)."""
    root = write_project(tmp_path / "p")
    out = tmp_path / "out"
    build_posters(load_project(root), out, date=D1)
    (root / "procedures/catalogue.yaml").write_text(after, "utf-8")
    build_posters(load_project(root), out, date=D2)
    report = out / "xa-thuong-lam/thay-doi.json"
    return out, json.loads(report.read_text("utf-8")) if report.exists() else {}


def village_entry(out: Path) -> dict:
    files = json.loads((out / "manifest.json").read_text("utf-8"))["files"]
    return next(e for e in files if e["file"] == VILLAGE)


def test_a_fee_changed_names_that_sheet_and_the_fee_on_the_board(tmp_path: Path) -> None:
    out, report = rebuilt(tmp_path, CATALOGUE.replace('fee: "Miễn lệ phí"', 'fee: "8.000 đồng"', 1))
    (village,) = report["villages"]
    assert village["board"] == ["fee"] and village["new"] == [] and village["remove"] == []
    assert [(c["code"], c["what"]) for c in village["changed"]] == [("1.001193", ["fee"])]
    text = " ".join(pages_text(out / "xa-thuong-lam/thay-doi.pdf"))
    assert "Bảng thủ tục: phí, lệ phí của Đăng ký khai sinh (1.001193)" in text
    assert "danh sách thủ tục" not in text and "Đăng ký khai tử" not in text


def test_papers_changed_replace_the_sheet_and_leave_the_board_and_its_date(tmp_path: Path) -> None:
    out, report = rebuilt(tmp_path, CATALOGUE.replace('- "Giấy chứng sinh"', '- "Giấy chứng sinh (bản chính)"'))
    (village,) = report["villages"]
    assert village["board"] == [] and [(c["code"], c["what"]) for c in village["changed"]] == [
        ("1.001193", ["documents"])]
    entry = village_entry(out)
    assert entry["updated"] == D1.isoformat()  # the board's pages keep the date on the wall
    pages = pages_text(out / VILLAGE)
    assert all("Cập nhật: 26/11/2026" in page for page in pages[:entry["board_pages"]])
    assert "Bảng thủ tục" not in " ".join(pages_text(out / "xa-thuong-lam/thay-doi.pdf"))


def test_papers_that_move_the_next_sheet_change_the_boards_page_numbers(tmp_path: Path) -> None:
    out, report = rebuilt(tmp_path, CATALOGUE.replace('      - "Giấy chứng sinh"\n',
                                                       '      - "Giấy chứng sinh"\n' + LONG_PAPERS))
    (village,) = report["villages"]
    assert village["board"] == ["pages"]
    assert [s["pages"] for s in village_entry(out)["sheets"]] == [[2, 3], [4, 4]]  # khai tử moved on
    text = " ".join(pages_text(out / "xa-thuong-lam/thay-doi.pdf"))
    assert "Bảng thủ tục: số trang ghi cạnh thủ tục (xem trang …)" in text


def test_a_board_recorded_by_an_earlier_version_is_not_reported_changed(tmp_path: Path) -> None:
    root = write_project(tmp_path / "p")
    out = tmp_path / "out"
    build_posters(load_project(root), out, date=D1)
    # the manifest as versions before per-part boards wrote it: "list" hashed every sheet's key
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    for e in manifest["files"]:
        if e.get("kind") == "village":
            e["board_parts"] = {"list": content_hash([(s["code"], s["key"]) for s in e["sheets"]])[:10],
                                "head": e["board_parts"]["head"]}
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    build_posters(load_project(root), out, date=D2)
    assert not (out / "xa-thuong-lam/thay-doi.json").exists()
    assert village_entry(out)["updated"] == D1.isoformat()
