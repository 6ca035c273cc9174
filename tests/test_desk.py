"""The commune's desk documents and the folder's history: binder, posting kit with biên bản,
register, change report, and sheets dated by their last change (issue 10 §3–§7)."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader

from noticeboard.posters.build import Options, build_posters
from noticeboard.load import load_project
from noticeboard.render.pdf.binder import fold_order
from noticeboard.verify.readback import verify_output

from .conftest import CATALOGUE as BASE
from .conftest import write_project

# the shared two procedures (khai sinh with its official wording), and a third to drop
CATALOGUE = BASE.replace("    online:\n", """    official:
      documents: ["Tờ khai đăng ký khai sinh theo mẫu quy định", "Bản chính Giấy chứng sinh"]
    online:\n""", 1) + """\
  - code: "2.000815"
    name: "Chứng thực bản sao từ bản chính"
    field: "Chứng thực"
    agency: "UBND xã"
    time: "Trong ngày"
    fee: "2.000 đồng/trang"
    documents: ["Bản chính giấy tờ", "Bản sao cần chứng thực"]
"""

OFFICE = """\
    office:
      name: "Trung tâm Phục vụ hành chính công xã {n}"
      address: "Thôn Nà Đông, xã {n}"
      phone: "0207 3870 202"
      hours: "Sáng 7h30–11h30, chiều 13h30–17h00"
"""

PLACES = f"""\
province: "Tuyên Quang"
communes:
  - name: "Xã Thượng Lâm"
{OFFICE.format(n="Thượng Lâm")}
    posted: ["1.001193", "1.000656", "2.000815"]
    villages:
      - name: "Thôn Nà Tông"
        head: {{name: "Nông Văn Sinh", phone: "0912 000 201"}}
      - name: "Thôn Khuổi Củng"
  - name: "Xã Lâm Bình"
{OFFICE.format(n="Lâm Bình")}
    posted: ["1.000656", "2.000815"]
    villages:
      - name: "Thôn Bản Chợ"
"""

D1, D2, D3 = dt.date(2026, 11, 26), dt.date(2026, 12, 28), dt.date(2026, 12, 29)
THUONG_LAM = ("xa-thuong-lam/thon-na-tong.pdf", "xa-thuong-lam/thon-khuoi-cung.pdf")


def files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not p.name.startswith(".") and p.name != "manifest.json"}


def pages_text(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def manifest(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> dict:
    """One build on D1; then a fee changed (khai sinh) and a procedure dropped (chứng thực) in
    Xã Thượng Lâm, rebuilt a month later into the same folder; then once more, nothing changed."""
    root = write_project(tmp_path_factory.mktemp("desk") / "project", PLACES, CATALOGUE)
    out = root.parent / "out"
    first = build_posters(load_project(root), out, date=D1)
    before = files(out)
    (root / "procedures/catalogue.yaml").write_text(
        CATALOGUE.replace('fee: "Miễn lệ phí"\n    documents:\n      - "Tờ khai đăng ký khai sinh"',
                          'fee: "8.000 đồng"\n    documents:\n      - "Tờ khai đăng ký khai sinh"'), "utf-8")
    places = PLACES.replace('posted: ["1.001193", "1.000656", "2.000815"]', 'posted: ["1.001193", "1.000656"]')
    (root / "places.yaml").write_text(places, "utf-8")
    second = build_posters(load_project(root), out, date=D2)
    after = files(out)
    report = json.loads((out / "xa-thuong-lam/thay-doi.json").read_text("utf-8"))
    report_text = " ".join(pages_text(out / "xa-thuong-lam/thay-doi.pdf"))
    m2 = manifest(out)
    third = build_posters(load_project(root), out, date=D3)
    return {"root": root, "out": out, "first": first, "second": second, "third": third, "before": before,
            "after": after, "report": report, "report_text": report_text, "m2": m2}


def test_untouched_communes_keep_their_bytes_and_changed_sheets_carry_the_new_date(history) -> None:
    before, after = history["before"], history["after"]
    for name in before:
        if name.startswith("xa-lam-binh/"):
            assert after[name] == before[name], name  # not one byte moved in the untouched commune
    for name in THUONG_LAM:
        assert after[name] != before[name]
        text = pages_text(history["out"] / name)
        khai_sinh = [t for t in text if "8.000 đồng" in t]
        khai_tu = [t for t in text if "Tờ khai đăng ký khai tử" in t]
        assert khai_sinh and all("Cập nhật: 28/12/2026" in t for t in khai_sinh)
        assert khai_tu and all("Cập nhật: 26/11/2026" in t for t in khai_tu)  # unchanged sheet, old date
        assert not any("Chứng thực bản sao" in t for t in text)


def test_the_change_report_names_the_procedure_and_every_village(history) -> None:
    report, text = history["report"], history["report_text"]
    assert report["since"] == "2026-11-26" and report["date"] == "2026-12-28"
    villages = {v["village"]: v for v in report["villages"]}
    assert set(villages) == {"Thôn Nà Tông", "Thôn Khuổi Củng"}
    for v in villages.values():
        assert [(c["code"], c["what"]) for c in v["changed"]] == [("1.001193", ["fee"])]
        assert [(c["code"], c["reason"]) for c in v["remove"]] == [("2.000815", "not_posted")]
        assert v["new"] == [] and v["board"] == ["list", "fee"]  # a block gone, the new fee in another
    for words in ("Đăng ký khai sinh (1.001193)", "phí, lệ phí (nay là: 8.000 đồng)",
                  "Chứng thực bản sao từ bản chính (2.000815)", "xã không còn niêm yết",
                  "Thôn Nà Tông", "Thôn Khuổi Củng", "So với lần in ngày 26/11/2026"):
        assert words in text, words
    assert not (history["out"] / "xa-lam-binh/thay-doi.pdf").exists()  # nothing changed there
    kinds = {e["file"]: e["kind"] for e in history["m2"]["files"]}
    assert kinds["xa-thuong-lam/thay-doi.pdf"] == kinds["xa-thuong-lam/thay-doi.json"] == "changes"


def test_the_kit_has_a_record_per_village_and_says_what_to_take_down(history) -> None:
    out = history["out"]
    for commune, villages in (("xa-thuong-lam", ["Thôn Nà Tông", "Thôn Khuổi Củng"]), ("xa-lam-binh", ["Thôn Bản Chợ"])):
        pages = pages_text(out / commune / "bo-niem-yet.pdf")
        records = [p for p in pages if "BIÊN BẢN NIÊM YẾT" in p]
        assert len(records) == len(villages)
        for record, village in zip(records, villages):
            assert village in record and "Hôm nay, ngày ........ tháng ........ năm" in record
            assert "(Ký, ghi rõ họ tên)" in record and "Cập nhật" not in record  # dates left blank
        register = " ".join(pages_text(out / commune / "so-theo-doi-niem-yet.pdf"))
        assert all(v in register for v in villages)
    # the second build's kit (read back from its bytes) told each head what to take down
    kit = history["after"]["xa-thuong-lam/bo-niem-yet.pdf"]
    path = out.parent / "kit-second.pdf"
    path.write_bytes(kit)
    first_page = pages_text(path)[0]
    assert "Các tờ cần thay hoặc gỡ xuống" in first_page and "Chứng thực bản sao từ bản chính (2.000815)" in first_page
    assert "THAY TỜ CŨ" in first_page and "Gửi trưởng thôn: Nông Văn Sinh – 0912 000 201" in first_page


def test_a_rebuild_with_nothing_changed_skips_everything_and_drops_the_report(history) -> None:
    third, out = history["third"], history["out"]
    # only the kit moves: compared with the last build, there is nothing left to take down
    assert third.written == 1 and third.skipped == len(third.files) - 1
    assert files(out)["xa-thuong-lam/bo-niem-yet.pdf"] != history["after"]["xa-thuong-lam/bo-niem-yet.pdf"]
    assert not (out / "xa-thuong-lam/thay-doi.pdf").exists() and not (out / "xa-thuong-lam/thay-doi.json").exists()
    assert {f for f in history["after"] if "thay-doi" not in f} == set(files(out))


def test_the_binder_holds_the_official_text_and_every_paper(history) -> None:
    text = " ".join(pages_text(history["out"] / "xa-thuong-lam/so-tay-thu-tuc.pdf"))
    assert "SỔ TAY THỦ TỤC HÀNH CHÍNH" in text and "Mục lục" in text
    assert "Bản chính Giấy chứng sinh" in text  # the official wording, not the posted one
    for paper in ("Tờ khai đăng ký khai tử", "Giấy báo tử"):
        assert paper in text
    assert "Thành phần hồ sơ" in text and "Niêm yết tại: tất cả các thôn" in text


def test_every_kind_is_in_the_manifest_and_verify_decodes_the_binder(history) -> None:
    entries = history["m2"]["files"]
    assert {e["kind"] for e in entries} == {"village", "commune", "binder", "kit", "register", "changes"}
    binder = next(e for e in entries if e["kind"] == "binder" and e["commune"] == "Xã Thượng Lâm")
    assert binder["qr"] and binder["sections"]
    report = verify_output(history["out"])
    assert not report.problems and report.decoded == report.expected > 0


def test_since_gives_a_fresh_folder_the_old_dates_and_a_change_report(history, tmp_path: Path) -> None:
    old = tmp_path / "old"
    shutil.copytree(history["out"], old)
    # the folder as the month-ago build left it: the report compares with its manifest
    root = history["root"]
    fresh = tmp_path / "fresh"
    result = build_posters(load_project(root), fresh, date=D3, options=Options(since=old / "manifest.json"))
    assert result.written
    text = pages_text(fresh / "xa-lam-binh/thon-ban-cho.pdf")
    assert all("Cập nhật: 26/11/2026" in t for t in text)  # dates carried over from the old folder
    assert (fresh / "xa-lam-binh/thon-ban-cho.pdf").read_bytes() == history["after"]["xa-lam-binh/thon-ban-cho.pdf"]
    assert not (fresh / "xa-thuong-lam/thay-doi.pdf").exists()  # same content as the old folder


@pytest.mark.parametrize("pages", [1, 2, 3, 4, 5, 8, 9, 13])
def test_fold_order_puts_every_page_once_as_a_folded_stack_reads(pages: int) -> None:
    sides = fold_order(pages)
    n = len(sides) * 2  # pages of the booklet, blanks at the end included
    assert n % 4 == 0 and pages <= n < pages + 4
    full = fold_order(n)
    assert sides == [tuple(p if p <= pages else None for p in side) for side in full]
    assert sorted(p for side in sides for p in side if p) == list(range(1, pages + 1))
    # the outer sheet carries the last and first pages, then 2 and n-1 on its back; facing
    # halves always sum to n + 1
    assert full[0] == (n, 1) and full[1] == (2, n - 1)
    assert all(left + right == n + 1 for left, right in full)


def test_booklet_prints_a5_pages_in_fold_order(history, tmp_path: Path) -> None:
    out = tmp_path / "booklet"
    build_posters(load_project(history["root"]), out, date=D3, commune="Xã Thượng Lâm",
                  options=Options(booklet=True))
    path = out / "xa-thuong-lam/so-tay-thu-tuc.pdf"
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        logical = None
        read: list[tuple[int | None, int | None]] = []
        for i in range(len(pdf)):
            page = pdf[i]
            w, h = page.get_size()
            assert w > h  # A4 landscape
            text = page.get_textpage()
            halves = []
            for x0, x1 in ((0, w / 2), (w / 2, w)):
                found = re.findall(r"Trang (\d+)/(\d+)", text.get_text_bounded(x0, 0, x1, h))
                halves.append(int(found[0][0]) if found else None)
                logical = int(found[0][1]) if found else logical
            read.append(tuple(halves))
    finally:
        pdf.close()
    assert logical and logical >= 3
    assert read == fold_order(logical)
    entry = next(e for e in manifest(out)["files"] if e["file"] == "xa-thuong-lam/so-tay-thu-tuc.pdf")
    assert entry["booklet"] is True and entry["pages"] == len(read)
    assert not verify_output(out).problems


def test_a_procedure_no_longer_in_force_is_to_take_down_with_its_reason(tmp_path: Path) -> None:
    catalogue = CATALOGUE.replace('    fee: "2.000 đồng/trang"\n', '    fee: "2.000 đồng/trang"\n    effective_until: 2026-12-01\n')
    root = write_project(tmp_path / "p", PLACES, catalogue)
    out = tmp_path / "out"
    build_posters(load_project(root), out, date=D1)
    build_posters(load_project(root), out, date=D2)
    report = json.loads((out / "xa-thuong-lam/thay-doi.json").read_text("utf-8"))
    assert {v["village"]: [(c["code"], c["reason"]) for c in v["remove"]] for v in report["villages"]} == {
        "Thôn Nà Tông": [("2.000815", "not_in_force")], "Thôn Khuổi Củng": [("2.000815", "not_in_force")]}
    assert "thủ tục đã hết hiệu lực" in " ".join(pages_text(out / "xa-thuong-lam/thay-doi.pdf"))


def test_very_long_official_texts_flow_over_pages_in_every_desk_document(tmp_path: Path) -> None:
    """Layout limits: the desk documents are made of parts that split (long names, long
    lists), so they never fail after the village files were written."""
    name = "Đăng ký khai sinh có yếu tố nước ngoài " * 12
    papers = ", ".join(f'"Giấy tờ số {i}: {"bản sao có chứng thực " * 8}"' for i in range(60))
    catalogue = CATALOGUE.replace('name: "Đăng ký khai tử"', f'name: "{name.strip()}"').replace(
        'documents: ["Tờ khai đăng ký khai tử", "Giấy báo tử"]', f"documents: [{papers}]")
    root = write_project(tmp_path / "p", PLACES, catalogue)
    out = tmp_path / "out"
    build_posters(load_project(root), out, date=D1, commune="Xã Thượng Lâm", options=Options(booklet=True))
    binder = " ".join(pages_text(out / "xa-thuong-lam/so-tay-thu-tuc.pdf"))
    assert all(f"Giấy tờ số {i}:" in binder for i in range(60))
    kit = pages_text(out / "xa-thuong-lam/bo-niem-yet.pdf")
    assert sum("BIÊN BẢN NIÊM YẾT" in p for p in kit) == 2


def test_since_is_refused_for_a_folder_that_holds_a_build(history) -> None:
    from noticeboard.errors import CommandLineError

    with pytest.raises(CommandLineError, match="--since"):
        build_posters(load_project(history["root"]), history["out"], date=D3,
                      options=Options(since=history["out"] / "manifest.json"))


def test_preview_shows_the_binder_kit_register_and_changes(history, tmp_path: Path) -> None:
    from noticeboard.verify.preview import build_preview

    out = tmp_path / "preview"
    shutil.copytree(history["out"], out)
    result = build_preview(out)
    page = (out / "index.html").read_text("utf-8")
    for title in ("Sổ tay thủ tục", "Bộ niêm yết và biên bản", "Sổ theo dõi niêm yết"):
        assert title in page
    drawn = {p.parent.name for p in result.files}
    assert {"so-tay-thu-tuc", "bo-niem-yet", "so-theo-doi-niem-yet", "thon-ban-cho"} <= drawn
