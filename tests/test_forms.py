"""The structured forms of formats.md ("Values per channel, papers with items"), in YAML and in
workbook cells, and the official wording's workbook columns: read into the model, printed on the
sheet and in the binder per channel and with each paper's items under it."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from noticeboard import model as m
from noticeboard.posters.build import build_posters
from noticeboard.errors import DataError
from noticeboard.load.cells import collapse_repeats, read_by_channel, read_papers
from noticeboard.load.catalogue_sheet import COLUMNS, procedure_cells
from noticeboard.load.project import load_project, load_project_with_warnings

from .conftest import CATALOGUE, PLACES, write_project
from .sheet_helpers import CATALOGUE_HEADER, KHAI_SINH_ROW, KHAI_TU_ROW, workbook

KET_HON = """\
  - code: "1.000894"
    name: "Đăng ký kết hôn"
    field: "Hộ tịch"
    agency: "UBND xã"
    time:
      direct: "Ngay trong ngày làm việc"
      online: "3 ngày làm việc"
    fee: "Miễn lệ phí"
    documents:
      - "Tờ khai đăng ký kết hôn theo mẫu"
      - paper: "Giấy tờ chứng minh nơi cư trú, một trong các giấy tờ sau"
        items: ["Thẻ căn cước", "Giấy xác nhận thông tin về cư trú"]
      - "Giấy xác nhận tình trạng hôn nhân"
"""
POSTED = PLACES.replace('"1.000656"]', '"1.000656", "1.000894"]')


def ket_hon(tmp_path: Path, catalogue: str = KET_HON) -> m.Procedure:
    root = write_project(tmp_path / "p", POSTED, CATALOGUE + catalogue)
    return load_project(root).procedures["1.000894"]


def test_time_per_channel_in_yaml(tmp_path: Path) -> None:
    p = ket_hon(tmp_path)
    assert p.time_by_channel() == (("direct", "Ngay trong ngày làm việc"), ("online", "3 ngày làm việc"))
    assert p.time == "Trực tiếp: Ngay trong ngày làm việc; Trực tuyến: 3 ngày làm việc"  # one-line form
    assert p.fee_by_channel() == ((None, "Miễn lệ phí"),)  # the plain form still means every channel


def test_paper_with_items_in_yaml(tmp_path: Path) -> None:
    papers = ket_hon(tmp_path).papers()
    assert [p.sub_items for p in papers] == [(), ("Thẻ căn cước", "Giấy xác nhận thông tin về cư trú"), ()]
    assert papers[1].text == "Giấy tờ chứng minh nơi cư trú, một trong các giấy tờ sau:"  # ":" added
    assert str(papers[1]).splitlines()[1:] == ["- Thẻ căn cước", "- Giấy xác nhận thông tin về cư trú"]


def test_structured_values_survive_pickling_for_worker_processes(tmp_path: Path) -> None:
    p = ket_hon(tmp_path)
    q = pickle.loads(pickle.dumps(p))
    assert q == p and q.time_by_channel() == p.time_by_channel() and q.papers()[1].sub_items == p.papers()[1].sub_items


@pytest.mark.parametrize("edit, message", [
    (("direct:", "post:"), 'procedures[2].time.post: unknown key "post"'),
    (("items: [", "item: ["), 'procedures[2].documents[1].item: unknown key "item"'),
    (('      direct: "Ngay trong ngày làm việc"\n      online: "3 ngày làm việc"', "      {}"),
     "procedures[2].time: no value for any channel"),
])
def test_a_mistake_in_a_form_is_one_message_at_its_place(tmp_path: Path, edit, message) -> None:
    with pytest.raises(DataError) as info:
        ket_hon(tmp_path, KET_HON.replace(*edit))
    problems = [str(p) for p in info.value.problems]
    assert len(problems) == 1 and message in problems[0], problems


def test_by_channel_cell() -> None:
    assert read_by_channel("Trực tiếp: 1 ngày làm việc\nTrực tuyến: 3 ngày làm việc") == (
        {"direct": "1 ngày làm việc", "online": "3 ngày làm việc"}, [])
    assert read_by_channel("Nộp trực tiếp: 20.000 đồng; Qua bưu chính: 25.000 đồng")[0] == {
        "direct": "20.000 đồng", "postal": "25.000 đồng"}
    assert read_by_channel("Miễn lệ phí; trẻ em dưới 6 tuổi: miễn phí") == ("Miễn lệ phí; trẻ em dưới 6 tuổi: miễn phí", [])


def test_by_channel_cell_with_one_channel_twice_is_kept_as_written() -> None:
    text = "Trực tiếp: 1 ngày\nTrực tiếp: 2 ngày"
    value, warnings = read_by_channel(text)
    assert value == text and len(warnings) == 1


def test_papers_cell_keeps_items_under_their_paper() -> None:
    cell = "Tờ khai\nGiấy tờ chứng minh nơi cư trú, một trong các giấy tờ sau:\n- Thẻ căn cước\n- Giấy xác nhận cư trú\nGiấy chứng sinh"
    assert read_papers(cell) == (["Tờ khai", {"paper": "Giấy tờ chứng minh nơi cư trú, một trong các giấy tờ sau:",
                                              "items": ["Thẻ căn cước", "Giấy xác nhận cư trú"]}, "Giấy chứng sinh"], [])


def test_papers_cell_with_one_bullet_for_all_is_read_as_items_and_said() -> None:
    papers, warnings = read_papers("- Tờ khai\n- Các giấy tờ sau:\n- Thẻ căn cước\n- Sổ hộ khẩu")
    assert papers == ["Tờ khai", {"paper": "Các giấy tờ sau:", "items": ["Thẻ căn cước", "Sổ hộ khẩu"]}]
    assert len(warnings) == 1


def test_plain_bulleted_papers_stay_papers() -> None:
    assert read_papers("- Tờ khai;\n- Giấy chứng sinh") == (["Tờ khai", "Giấy chứng sinh"], [])


def test_exact_repeats_are_kept_once() -> None:
    assert collapse_repeats("Lệ phí 8.000 đồng. Lệ phí 8.000 đồng.") == ("Lệ phí 8.000 đồng.", ["Lệ phí 8.000 đồng."])
    assert collapse_repeats("Miễn phí; Miễn phí") == ("Miễn phí", ["Miễn phí"])
    assert collapse_repeats("1 ngày; 3 ngày") == ("1 ngày; 3 ngày", [])


HEADER = CATALOGUE_HEADER + ["Thành phần hồ sơ (văn bản gốc)", "Thời hạn giải quyết (văn bản gốc)"]
OFFICIAL_DOCS = "Tờ khai đăng ký khai sinh theo mẫu quy định\nCác giấy tờ sau:\n- Giấy chứng sinh\n- Văn bản xác nhận"


def sheet_project(root: Path, row: list) -> Path:
    write_project(root, PLACES, catalogue=None)
    workbook(root / "procedures" / "danh-muc.xlsx", {"Thủ tục": [HEADER, row, KHAI_TU_ROW + [None, None]]})
    return root


def test_workbook_cells_take_the_forms_and_official_columns(tmp_path: Path) -> None:
    row = KHAI_SINH_ROW[:5] + ["Trực tiếp: 1 ngày làm việc\nTrực tuyến: 2 ngày làm việc", "Miễn lệ phí. Miễn lệ phí.",
                               "Tờ khai\nGiấy tờ sau:\n- Giấy chứng sinh\n- Văn bản xác nhận"] + KHAI_SINH_ROW[8:]
    row += [OFFICIAL_DOCS, "Trực tiếp: 01 ngày làm việc; Trực tuyến: 02 ngày làm việc"]
    project, warnings = load_project_with_warnings(sheet_project(tmp_path / "p", row))
    p = project.procedures["1.001193"]
    assert p.time_by_channel() == (("direct", "1 ngày làm việc"), ("online", "2 ngày làm việc"))
    assert p.fee == "Miễn lệ phí. Miễn lệ phí."  # kept as typed: the warning tells the clerk
    assert p.papers()[1].sub_items == ("Giấy chứng sinh", "Văn bản xác nhận")
    assert m.papers(p.official["documents"])[1].sub_items == ("Giấy chứng sinh", "Văn bản xác nhận")
    assert m.by_channel(p.official["time"]) == (("direct", "01 ngày làm việc"), ("online", "02 ngày làm việc"))
    assert [str(w).split(": ")[0] for w in warnings] == ["procedures/danh-muc.xlsx:'Thủ tục'!G2"]  # the paste made twice


def test_an_official_cell_goes_through_the_same_checks(tmp_path: Path) -> None:
    row = KHAI_SINH_ROW + ["Tờ khai 漢", None]
    with pytest.raises(DataError) as info:
        load_project(sheet_project(tmp_path / "p", row))
    [problem] = info.value.problems
    assert str(problem).startswith("procedures/danh-muc.xlsx:'Thủ tục'!O2") and "漢" in str(problem)


def test_a_procedure_written_as_a_row_reads_back_the_same(tmp_path: Path) -> None:
    """list --xlsx and decision imports write rows with procedure_cells: the forms survive."""
    p = ket_hon(tmp_path)
    root = tmp_path / "w"
    write_project(root, POSTED, catalogue=None)
    rows = [[c.header for c in COLUMNS]] + [procedure_cells(q) for q in load_project(tmp_path / "p").procedures.values()]
    workbook(root / "procedures" / "danh-muc.xlsx", {"Thủ tục": rows})
    assert load_project(root).procedures["1.000894"] == p


def _last_page_text(pdf: Path) -> str:
    doc = pdfium.PdfDocument(str(pdf))
    return doc[len(doc) - 1].get_textpage().get_text_range()


def test_sheet_and_binder_print_per_channel_and_items_under_their_paper(tmp_path: Path) -> None:
    root = write_project(tmp_path / "p", POSTED, CATALOGUE + KET_HON.replace(
        'fee: "Miễn lệ phí"', 'fee: "Miễn lệ phí"\n    official:\n      documents:\n        - paper: "Giấy tờ sau"\n'
                              '          items: ["Bản chính Thẻ căn cước", "Bản sao Giấy xác nhận cư trú"]'))
    build_posters(load_project(root), tmp_path / "out")
    sheet = _last_page_text(tmp_path / "out/xa-thuong-lam/thon-na-tong.pdf")
    lines = [line.strip() for line in sheet.splitlines()]
    assert "Trực tiếp: Ngay trong ngày làm việc" in " ".join(lines) and "Trực tuyến: 3 ngày làm việc" in sheet
    assert not any("Trực tiếp" in line and "Trực tuyến" in line for line in lines)  # a line per channel
    order = [sheet.index(t) for t in ("2.", "một trong các giấy tờ sau:", "a)", "Thẻ căn cước", "b)",
                                      "Giấy xác nhận thông tin về cư trú", "3.")]
    assert order == sorted(order)
    binder = _last_page_text(tmp_path / "out/xa-thuong-lam/so-tay-thu-tuc.pdf")
    order = [binder.index(t) for t in ("Giấy tờ sau:", "a)", "Bản chính Thẻ căn cước", "b)", "Bản sao Giấy")]
    assert order == sorted(order) and "Trực tuyến: 3 ngày làm việc" in binder


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_cell_forms_survive_a_workbook_saved_by_libreoffice(tmp_path: Path) -> None:
    """Line breaks inside cells, as a clerk's spreadsheet app writes them back."""
    row = KHAI_SINH_ROW[:5] + ["Trực tiếp: 1 ngày làm việc\nTrực tuyến: 2 ngày làm việc", "Miễn lệ phí",
                               "Tờ khai\nGiấy tờ sau:\n- Giấy chứng sinh\n- Văn bản xác nhận"] + KHAI_SINH_ROW[8:]
    made = workbook(tmp_path / "made" / "danh-muc.xlsx",
                    {"Thủ tục": [HEADER, row + ["Các giấy tờ sau:\n+ A\n+ B", None], KHAI_TU_ROW + [None, None]]})
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", str(tmp_path / "saved"), str(made)],
                   check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": str(tmp_path)})
    root = write_project(tmp_path / "p", PLACES, catalogue=None)
    (root / "procedures").mkdir(exist_ok=True)
    shutil.copy(tmp_path / "saved" / "danh-muc.xlsx", root / "procedures" / "danh-muc.xlsx")
    p = load_project(root).procedures["1.001193"]
    assert p.time_by_channel() == (("direct", "1 ngày làm việc"), ("online", "2 ngày làm việc"))
    assert p.papers()[1].sub_items == ("Giấy chứng sinh", "Văn bản xác nhận")
    assert m.papers(p.official["documents"])[0].sub_items == ("A", "B")


def test_a_list_for_a_time_is_told_both_forms(tmp_path: Path) -> None:
    edit = ('      direct: "Ngay trong ngày làm việc"\n      online: "3 ngày làm việc"', '      - "1 ngày"')
    with pytest.raises(DataError) as info:
        ket_hon(tmp_path, KET_HON.replace(*edit))
    [problem] = info.value.problems
    assert "procedures[2].time" in str(problem) and "one per channel: direct:, postal:, online:" in str(problem)


def test_papers_sharing_a_sentence_stay_whole_in_a_workbook(tmp_path: Path) -> None:
    # The portal's papers share sentences ("…; nếu đã có … thì không phải nộp (1 bản chính)"):
    # every paper is read whole and printed as typed; only a whole paper given twice is told.
    from .long_texts import DOC

    papers = [DOC.format(n=n) for n in range(1, 31)]
    row = KHAI_SINH_ROW[:7] + ["\n".join(papers + papers[:1])] + KHAI_SINH_ROW[8:] + [None, None]
    project, warnings = load_project_with_warnings(sheet_project(tmp_path / "p", row))
    assert [str(p) for p in project.procedures["1.001193"].papers()] == papers + papers[:1]
    assert [str(w).split(": ")[0] for w in warnings] == ["procedures/danh-muc.xlsx:'Thủ tục'!H2"]  # the repeat
    assert "is in the list twice" in str(warnings[0])


# The portal's fee for 1.004222 (Đăng ký thường trú) as a clerk pastes it, a channel a line:
# both channels end with the same exemption, which is each channel's own text.
EXEMPT = "Miễn lệ phí đối với các trường hợp được miễn theo quy định của HĐND cấp tỉnh."
FEE_CELL = f"Trực tiếp: 20.000 đồng; {EXEMPT}\nTrực tuyến: 10.000 đồng; {EXEMPT}"


def test_each_channel_keeps_its_whole_fee_in_a_workbook(tmp_path: Path) -> None:
    row = KHAI_SINH_ROW[:6] + [FEE_CELL] + KHAI_SINH_ROW[7:] + [None, None]
    project, warnings = load_project_with_warnings(sheet_project(tmp_path / "p", row))
    fee = project.procedures["1.001193"].fee
    assert m.by_channel(fee) == (("direct", f"20.000 đồng; {EXEMPT}"), ("online", f"10.000 đồng; {EXEMPT}"))
    assert ".;" not in fee  # one line (the board's): "… cấp tỉnh. Trực tuyến: …"
    assert warnings == []


def test_real_records_repeating_legal_phrases_are_not_warned(tmp_path: Path) -> None:
    # the portal's records say "theo quy định" and "(1 bản chính)" in paper after paper: no mistake
    from .long_texts import write_portal_project

    _, warnings = load_project_with_warnings(write_portal_project(tmp_path / "portal"))
    assert [str(w) for w in warnings if "over:" in str(w) or "list twice" in str(w)] == []
