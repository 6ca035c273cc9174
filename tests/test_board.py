"""The village file on long official texts (tests/long_texts.py): the board in large type, one
sheet per procedure, the page budget, every paper to bring printed, every code scanning."""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader

from noticeboard.posters.build import build_posters
from noticeboard.errors import DataError
from noticeboard.load import load_project
from noticeboard.verify.readback import verify_output

from .conftest import CATALOGUE, PLACES, write_project
from .long_texts import THIRTY, write_long_project


@pytest.fixture(scope="module")
def long_build(tmp_path_factory) -> tuple[Path, Path]:
    root = write_long_project(tmp_path_factory.mktemp("long") / "project")
    out = root.parent / "out"
    build_posters(load_project(root), out)
    return root, out


def _villages(out: Path) -> list[dict]:
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    return [e for e in manifest["files"] if e["village"]]


def sizes_by_char(page) -> Counter:
    """Printed characters (no spaces) of a PDF page by their type size in points."""
    found: Counter = Counter()

    def visit(text, cm, tm, font, size):
        chars = len("".join(text.split()))
        if chars:
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            found[round(size * scale, 2)] += chars

    page.extract_text(visitor_text=visit)
    return found


def content(reader: PdfReader) -> list[str]:
    """Each page's own text, whitespace folded: without its footer (drawn after the content)
    and a sheet's running head, so a paper cut by a page break reads whole when joined."""
    out = []
    for page in reader.pages:
        text = page.extract_text().split("Cần hỏi, xin gọi:")[0]
        lines = text.split("\n")
        if lines and lines[0].rstrip().endswith("(tiếp theo)") and "THỦ TỤC" not in lines[0]:
            lines = lines[1:]
        out.append(" ".join(" ".join(lines).split()))
    return out


def test_village_files_stay_within_the_page_budget(long_build) -> None:
    """A4: ceil(N/4) + N + 1 pages for N procedures; each village posts one very long list of
    papers (the portal's khai sinh record, or thirty papers of two lines), which continues
    overleaf: the budget's + 1."""
    _, out = long_build
    villages = _villages(out)
    assert len(villages) == 2
    for entry in villages:
        n = len(entry["procedures"])
        assert n == 9
        assert entry["pages"] <= math.ceil(n / 4) + n + 1, entry["file"]
        assert len(PdfReader(str(out / entry["file"])).pages) == entry["pages"]


def test_board_page_one_is_large_type(long_build) -> None:
    """At least 75% of page 1's characters at 16 pt or more; names larger; the phone ≥ 18 pt."""
    _, out = long_build
    for entry in _villages(out):
        reader = PdfReader(str(out / entry["file"]))
        sizes = sizes_by_char(reader.pages[0])
        large = sum(n for size, n in sizes.items() if size >= 16 - 1e-6)
        assert large / sum(sizes.values()) >= 0.75, (entry["file"], sorted(sizes.items()))
        phone: list[float] = []
        names: list[float] = []

        def visit(text, cm, tm, font, size):
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            if "0207 3870 202" in text:
                phone.append(size * scale)
            if "Đăng ký kết hôn" in text or "Cấp Giấy xác nhận" in text:
                names.append(size * scale)

        reader.pages[0].extract_text(visitor_text=visit)
        assert phone and min(phone) >= 18, entry["file"]
        assert names and min(names) > 16, entry["file"]


def test_every_paper_to_bring_is_in_the_village_file(long_build) -> None:
    root, out = long_build
    project = load_project(root)
    for entry in _villages(out):
        text = " ".join(content(PdfReader(str(out / entry["file"]))))
        for code in entry["procedures"]:
            for paper in project.procedures[code].papers():  # each paper and each of its items
                for doc in (paper.text, *paper.sub_items):
                    assert " ".join(doc.split()) in text, (entry["file"], code, doc[:60])
        if THIRTY in entry["procedures"]:  # the thirty papers continue overleaf
            assert "(tiếp theo)" in text
            assert all(f"giấy{n}." in text for n in range(1, 31))


def test_every_code_decodes_and_is_at_least_30mm(long_build) -> None:
    _, out = long_build
    report = verify_output(out)
    assert report.problems == [] and report.decoded == report.expected > 0
    entry = _villages(out)[0]
    pdf = pypdfium2.PdfDocument(str(out / entry["file"]))
    dpi = 150
    for page_no in (1, entry["qr"][-1]["page"]):  # a board page and a sheet
        image = pdf[page_no - 1].render(scale=dpi / 72, grayscale=True).to_pil()
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        assert found
        for r in found:
            assert (r.position.top_right.x - r.position.top_left.x) / dpi * 25.4 >= 30


def test_each_procedure_has_its_sheet_and_the_board_points_to_it(long_build) -> None:
    root, out = long_build
    project = load_project(root)
    entry = _villages(out)[0]
    reader = PdfReader(str(out / entry["file"]))
    pages = content(reader)
    board = " ".join(p for p in pages if p.startswith("THỦ TỤC HÀNH CHÍNH"))
    starts = [i for i, p in enumerate(pages) if "Mã thủ tục:" in p and not p.startswith("THỦ TỤC")]
    assert len(starts) == len(entry["procedures"])  # one sheet each, in the order posted
    for code, first, end in zip(entry["procedures"], starts, starts[1:] + [len(pages)]):
        proc = project.procedures[code]
        assert f"Giấy tờ cần mang: xem trang {first + 1}" in board, code
        sheet = " ".join(pages[first:end])
        assert f"Mã thủ tục: {code}" in pages[first] and proc.name in pages[first]
        assert proc.time in sheet and proc.fee in sheet
        assert "Sổ tay thủ tục" in sheet  # where the full text is
        assert end - first <= 2


def test_online_in_the_catalogue_without_a_link_is_never_printed_in_person(tmp_path: Path) -> None:
    """A procedure without a link whose catalogue lists the online channel (issue 15): board and
    sheet agree with the catalogue, online found by the look-up QR, in person and by post too."""
    catalogue = CATALOGUE + '    channels: [direct, postal, online]\n'
    build_posters(load_project(write_project(tmp_path / "p", catalogue=catalogue)), tmp_path / "out")
    pages = [p.extract_text() for p in PdfReader(str(tmp_path / "out/xa-thuong-lam/thon-na-tong.pdf")).pages]
    sheet = " ".join(pages[-1].split())
    assert "Đăng ký khai tử" in sheet and "Trực tiếp, Qua bưu chính, Trực tuyến" in sheet
    for page in (sheet, " ".join(pages[0].split())):  # the sheet and the board agree
        assert "Nộp trực tuyến: Quét mã để tìm thủ tục trên Cổng Dịch vụ công; hoặc nộp trực tiếp " \
               "hoặc gửi qua bưu chính" in page and "Nộp trực tiếp" not in page
        assert "Nơi nộp hồ sơ: Trung tâm Phục vụ hành chính công xã Thượng Lâm" in page


def test_a_procedure_without_documents_says_where_to_read_them(tmp_path: Path) -> None:
    catalogue = CATALOGUE.replace('    documents: ["Tờ khai đăng ký khai tử", "Giấy báo tử"]\n', "")
    build_posters(load_project(write_project(tmp_path / "p", catalogue=catalogue)), tmp_path / "out")
    pages = [p.extract_text() for p in PdfReader(str(tmp_path / "out/xa-thuong-lam/thon-na-tong.pdf")).pages]
    sheet = " ".join(pages[-1].split())
    assert "Chưa ghi ở đây: quét mã QR để xem trên Cổng dịch vụ công" in sheet
    assert "“Sổ tay thủ tục hành chính” tại nơi nộp hồ sơ ghi ở cuối trang" in sheet
    assert "Nơi nộp hồ sơ: Trung tâm Phục vụ hành chính công xã Thượng Lâm" in sheet


def test_steps_print_whole_or_not_at_all(tmp_path: Path) -> None:
    """Short steps fit on the sheet; steps too long for it are left to the full text (binder,
    QR) rather than cut: never part of them."""
    short = CATALOGUE.replace('    online:', '    steps: ["Nộp hồ sơ tại xã", "Nhận giấy khai sinh"]\n    online:', 1)
    long_step = "Cán bộ tiếp nhận kiểm tra hồ sơ, nếu thiếu thì hướng dẫn bổ sung ngay trong ngày. " * 12
    steps = "".join(f'      - "Bước số {i}. {long_step}"\n' for i in range(1, 9))
    long = CATALOGUE.replace('    online:', f'    steps:\n{steps}    online:', 1)
    for catalogue, printed in ((short, True), (long, False)):
        root = write_project(tmp_path / str(printed), catalogue=catalogue)
        build_posters(load_project(root), tmp_path / f"out{printed}")
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(
            str(tmp_path / f"out{printed}/xa-thuong-lam/thon-na-tong.pdf")).pages).split())
        assert ("Các bước thực hiện" in text) == printed
        assert ("Nhận giấy khai sinh" in text) == printed
        assert "Bước số" not in text if not printed else True
        assert "Toàn văn (các bước, điều kiện, mẫu đơn, căn cứ pháp lý)" in text


def test_too_long_for_any_page_is_found_by_check_before_build(tmp_path: Path) -> None:
    """A name too long for any page: check names the procedure and its file line, and build
    stops before writing anything (never half-way)."""
    from click.testing import CliRunner

    from noticeboard.cli import main

    name = " ".join(f"Đăng ký khai sinh vùng sâu tên{i}" for i in range(90))
    catalogue = CATALOGUE.replace('name: "Đăng ký khai sinh"', f'name: "{name}"', 1)
    root = write_project(tmp_path / "p", catalogue=catalogue)
    result = CliRunner().invoke(main, ["check", str(root)])
    assert result.exit_code == 1
    assert "procedures/catalogue.yaml:2:" in result.output and "1.001193" in result.output
    with pytest.raises(DataError) as info:
        build_posters(load_project(root), tmp_path / "out")
    assert "1.001193" in info.value.report()
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").rglob("*.pdf"))


@pytest.mark.parametrize("paper, body", [("A3", 23), ("A5", 11.5)])
def test_a3_and_a5_boards_are_laid_out_for_themselves(tmp_path: Path, paper: str, body: float) -> None:
    root = write_long_project(tmp_path / "p", paper=paper)
    build_posters(load_project(root), tmp_path / "out")
    entry = _villages(tmp_path / "out")[0]
    reader = PdfReader(str(tmp_path / "out" / entry["file"]))
    sizes = sizes_by_char(reader.pages[0])
    large = sum(n for size, n in sizes.items() if size >= body - 1e-6)
    assert large / sum(sizes.values()) >= 0.75, sorted(sizes.items())
    n = len(entry["procedures"])
    budget = {"A3": math.ceil(n / 4) + n + 1, "A5": math.ceil(n / 3) + n + 2}[paper]  # README
    assert entry["pages"] <= budget
    report = verify_output(tmp_path / "out")
    assert report.problems == [] and report.decoded == report.expected > 0
    dpi = 150  # every code on the board's first page and on a sheet at least 30 mm wide
    pdf = pypdfium2.PdfDocument(str(tmp_path / "out" / entry["file"]))
    for page_no in (1, entry["qr"][-1]["page"]):
        found = zxingcpp.read_barcodes(pdf[page_no - 1].render(scale=dpi / 72, grayscale=True).to_pil(),
                                       formats=zxingcpp.BarcodeFormat.QRCode)
        assert found and all((r.position.top_right.x - r.position.top_left.x) / dpi * 25.4 >= 30 for r in found)


def test_place_and_village_head_on_the_board(tmp_path: Path) -> None:
    places = PLACES + '        head: {name: "Nông Văn Sinh", phone: "0912 000 201"}\n'
    build_posters(load_project(write_project(tmp_path / "p", places)), tmp_path / "out")
    first = " ".join(PdfReader(str(tmp_path / "out/xa-thuong-lam/thon-na-tong.pdf")).pages[0].extract_text().split())
    for text in ("Niêm yết tại", "Nhà văn hóa thôn Nà Tông", "Trưởng thôn: Nông Văn Sinh – 0912 000 201",
                 "Cần hỏi, xin gọi: 0207 3870 202", "Giờ làm việc", "Chỉ quét mã QR in sẵn"):
        assert text in first, text
