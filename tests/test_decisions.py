"""`noticeboard import decision`: a province's decision (tests/fixtures/decisions, made by
make_fixtures.py from annex.py) applied to a commune's catalogue, YAML or workbook."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from noticeboard.cli import main
from noticeboard.decisions import apply_import, plan_import, rows
from noticeboard.decisions.parse import ABOLISHED, AMENDED, NEW, REPLACED, heading, read_annex, read_decision
from noticeboard.decisions.words import Vocabulary, name_key
from noticeboard.errors import DataError
from noticeboard.load.project import load_project

from .conftest import pdf_text

FIXTURES = Path(__file__).parent / "fixtures" / "decisions"
TODAY = dt.date(2026, 12, 4)
SIGNED = dt.date(2026, 11, 15)
LAW = ("Luật Hộ tịch năm 2014", "Nghị định số 123/2015/NĐ-CP", "Nghị định số 07/2025/NĐ-CP")
PLACE = "Trung tâm Phục vụ hành chính công xã"
# the PDF three times: with the word processor's ruling lines, typeset without any (columns apart
# by white space only, as many provinces' annexes are), and with narrow columns (words broken
# inside, "10.00|0", and at hyphens, which PDFium gives as U+FFFE: a clerk's trial crashed on it)
FORMATS = ["qd-1234.docx", "qd-1234.xlsx", "qd-1234.pdf", "qd-1234-khong-ke.pdf", "qd-1234-cot-hep.pdf"]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "xa"
    shutil.copytree(FIXTURES / "project", root)
    return root


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _import(root: Path, *files: str, **options) -> list[Path]:
    plan = plan_import(root, [FIXTURES / f for f in files], day=options.pop("day", TODAY), **options)
    return apply_import(plan)


# marked online (toàn trình or một phần) in the annex, without a link: listed as done online too
ONLINE = ("direct", "online")


def _expected_new(code: str, name: str, time: str, fee: str, field: str = "Hộ tịch",
                  law: tuple[str, ...] = LAW, channels: tuple[str, ...] = ONLINE) -> dict:
    # the annex names no agency: the place stands in for it (and is kept as the place)
    return {"code": code, "name": name, "field": field, "agency": PLACE, "place": PLACE, "time": time, "fee": fee,
            "legal_basis": law, "effective_from": SIGNED, "decision": "1234/QĐ-UBND", "channels": channels}


LONG_LAW = LAW + ("Thông tư số 04/2020/TT-BTP hướng dẫn thi hành Luật Hộ tịch và Nghị định số "
                  "123/2015/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",)


def expected_catalogue(workbook: bool = False) -> dict[str, dict]:
    """The catalogue after importing decision 1234 (any of its three files), field by field.
    The workbook keeps the official wording in its "(văn bản gốc)" columns, as YAML under official:."""
    out: dict[str, dict] = {
        # "Địa điểm thực hiện" is where to go, not who decides: the agency is kept
        "1.001193": {"agency": "UBND xã", "place": PLACE, "legal_basis": LAW, "decision": "1234/QĐ-UBND", "time": "1 ngày làm việc",
                     "fee": "Miễn lệ phí", "name": "Đăng ký khai sinh", "channels": ()},  # it has its link
        # the commune rewrote the fee: the poster keeps its words, the official wording is new
        "1.000656": {"agency": "UBND xã", "place": PLACE, "fee": "Không mất tiền nếu đi đăng ký đúng hạn", "legal_basis": LAW,
                     "official": {"fee": "Miễn lệ phí đăng ký khai tử đúng hạn; 5.000 đồng/việc đối với đăng ký quá hạn"},
                     "decision": "1234/QĐ-UBND", "channels": ONLINE},
        # no code in the annex and "Cấp gi ấy": matched by name, the catalogue's name kept
        "1.004873": {"name": "Cấp Giấy xác nhận tình trạng hôn nhân", "agency": "UBND xã", "place": PLACE, "time": "2 ngày làm việc",
                     "legal_basis": LAW, "decision": "1234/QĐ-UBND", "channels": ONLINE},
        "1.004884": {"effective_until": SIGNED, "replaced_by": "1.013785", "decision": "1234/QĐ-UBND",
                     "agency": "UBND xã"},
        "2.000884": {"effective_until": SIGNED, "decision": "1234/QĐ-UBND", "name": "Chứng thực chữ ký"},
        "1.001022": {"effective_until": None, "decision": None},  # not in the decision
        "1.013790": _expected_new("1.013790", "Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con (trường hợp "
                                  "trẻ em sinh ra ở nước ngoài về cư trú tại Việt Nam)", "2 ngày làm việc", "Miễn lệ phí"),
        "2.002100": _expected_new("2.002100", "Chứng thực bản sao điện tử từ bản chính", "Trong ngày",
                                  "2.000 đồng/trang", "Chứng thực",
                                  ("Nghị định số 23/2015/NĐ-CP", "Nghị định số 07/2025/NĐ-CP")),
        "1.013785": _expected_new("1.013785", "Đăng ký lại khai sinh (liên thông điện tử)", "5 ngày làm việc",
                                  "Miễn lệ phí", channels=()),  # its table has no online column
    }
    for i in range(8):
        out[f"1.01380{i}"] = _expected_new(
            f"1.01380{i}", f"Thủ tục hộ tịch số {i + 1} của cấp xã, áp dụng từ khi chính quyền địa phương hai "
            "cấp đi vào hoạt động, theo phân cấp mới", f"{i + 1} ngày làm việc", "Theo quy định của HĐND tỉnh",
            law=LONG_LAW)
    return out


# Reading the files ------------------------------------------------------------------------------

@pytest.mark.parametrize("name", FORMATS)
def test_the_three_formats_read_the_same_rows(name: str) -> None:
    want = [(r.kind, r.level, r.codes, r.name, r.values, r.old_codes)
            for r in read_annex(FIXTURES / "qd-1234.xlsx", "x").rows]
    got = [(r.kind, r.level, r.codes, r.name, r.values, r.old_codes) for r in read_annex(FIXTURES / name, name).rows]
    assert got == want


def test_a_row_cut_by_a_page_of_the_pdf_is_joined() -> None:
    rows_ = {r.codes[0]: r for r in read_annex(FIXTURES / "qd-1234.pdf", "x").rows if r.codes}
    # 1.013801's legal basis and 1.000656's fee continue on the next page of the PDF
    assert rows_["1.013801"].values["legal_basis"] == list(LONG_LAW)
    assert rows_["1.000656"].values["fee"].endswith("đối với đăng ký quá hạn")


def test_a_code_broken_over_two_lines_is_read_whole() -> None:
    codes = [r.codes for r in read_annex(FIXTURES / "qd-1234.pdf", "x").rows]
    assert ("1.013790",) in codes  # printed "1.01379" / "0" in its narrow column


def test_the_decision_number_date_and_effective_clause_are_read() -> None:
    d = read_annex(FIXTURES / "qd-1234.docx", "x").decision
    assert (d.number, d.signed, d.effective_on_signing) == ("1234/QĐ-UBND", SIGNED, True)
    later = read_annex(FIXTURES / "qd-1300-bai-bo.docx", "x").decision
    assert (later.number, later.effective) == ("1300/QĐ-UBND", dt.date(2027, 3, 1))


def test_effective_date_written_in_words() -> None:
    d = read_decision(["Số: 77/2026/QĐ-UBND", "Quyết định này có hiệu lực từ ngày 01 tháng 3 năm 2027."])
    assert (d.number, d.effective) == ("77/2026/QĐ-UBND", dt.date(2027, 3, 1))


@pytest.mark.parametrize("text, want", [
    ("B. THỦ TỤC HÀNH CHÍNH CẤP XÃ", (None, "commune", None)),
    ("C. THỦ TỤC HÀNH CHÍNH DÙNG CHUNG (CẤP BỘ, CẤP TỈNH, CẤP XÃ)", (None, "shared", None)),
    ("DÙNG CHUNG (CẤP TỈNH, CẤP HUYỆN)", (None, "province", None)),
    ("I. Danh mục thủ tục hành chính bị bãi bỏ", (ABOLISHED, None, None)),
    ("II. Danh mục thủ tục hành chính được sửa đổi, bổ sung", (AMENDED, None, None)),
    ("III. Danh mục thủ tục hành chính được thay thế", (REPLACED, None, None)),
    ("Danh mục thủ tục hành chính mới ban hành", (NEW, None, None)),
    ("LĨNH VỰC HỘ TỊCH (9 TTHC)", (None, None, "HỘ TỊCH")),
    ("DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, SỬA ĐỔI, BỔ SUNG, BỊ BÃI BỎ", (None, None, None)),
])
def test_headings_set_the_level_the_list_and_the_field(text: str, want: tuple) -> None:
    assert heading(text) == want


def test_a_broken_word_is_joined_only_where_the_whole_word_is_known() -> None:
    vocab = Vocabulary()
    vocab.add(["Cấp Giấy xác nhận tình trạng hôn nhân"], trusted=True)
    assert vocab.repair("Cấp gi ấy xác nhận") == "Cấp giấy xác nhận"
    assert vocab.repair("xác nhận tình trạng") == "xác nhận tình trạng"  # "nhậntình" is no word
    assert name_key("CẤP GIẤY  xác nhận") == name_key("Cấp gi ấy xác nhận")


# Applying ---------------------------------------------------------------------------------------

def _check_against_expected(root: Path, workbook: bool = False) -> None:
    procs = load_project(root).procedures
    for code, want in expected_catalogue(workbook).items():
        assert code in procs, code
        for key, value in want.items():
            got = getattr(procs[code], key)
            assert got == (value if value is not None else None), (code, key, got)
    assert "1.013700" not in procs  # the province level's new procedure


@pytest.mark.parametrize("name", FORMATS)
def test_yaml_catalogue_after_import_equals_the_expected_one(project: Path, name: str) -> None:
    _import(project, name)
    _check_against_expected(project)


def test_yaml_comments_and_untouched_procedures_are_kept(project: Path) -> None:
    before = (project / "procedures" / "ho-tich.yaml").read_text("utf-8")
    _import(project, "qd-1234.docx")
    after = (project / "procedures" / "ho-tich.yaml").read_text("utf-8")
    assert "# Hộ tịch và chứng thực của xã Thượng Lâm" in after and "# lời của xã" in after
    untouched = before[before.index('  - code: "1.001022"'):before.index('  - code: "2.000884"')]
    assert untouched in after


def _workbook_project(root: Path) -> Path:
    """The same catalogue as a workbook a clerk keeps (written by the project's own writer)."""
    from noticeboard.load.catalogue_sheet import COLUMNS, SHEET, procedure_cells
    from noticeboard.output.workbook import SheetData, write_workbook

    procs = load_project(root).procedures
    (root / "procedures" / "ho-tich.yaml").unlink()
    write_workbook(root / "procedures" / "thu-tuc.xlsx",
                   [SheetData(SHEET, COLUMNS, [procedure_cells(p) for p in procs.values()])])
    return root


def _sheet(path: Path, name: str) -> list[list]:
    import openpyxl

    ws = openpyxl.load_workbook(path)[name]
    return [[c.value for c in row] for row in ws.iter_rows()]


@pytest.mark.parametrize("name", FORMATS)
def test_workbook_catalogue_after_import_equals_the_expected_one(project: Path, name: str) -> None:
    from noticeboard.load.catalogue_sheet import COLUMNS

    _workbook_project(project)
    _import(project, name)
    _check_against_expected(project, workbook=True)
    cells = _sheet(project / "procedures" / "thu-tuc.xlsx", "Thủ tục")
    header = [c.key for c in COLUMNS]
    by_code = {row[0]: dict(zip(header, row)) for row in cells[1:]}
    assert (by_code["1.000656"]["agency"], by_code["1.000656"]["place"]) == ("UBND xã", PLACE)
    assert by_code["1.000656"]["fee"] == "Không mất tiền nếu đi đăng ký đúng hạn"  # the commune's words
    assert by_code["1.000656"]["official.fee"].endswith("5.000 đồng/việc đối với đăng ký quá hạn")
    assert by_code["1.004873"]["time"] == "2 ngày làm việc"
    assert by_code["1.004884"]["effective_until"] == dt.datetime(2026, 11, 15)
    assert by_code["1.004884"]["replaced_by"] == "1.013785"
    assert by_code["1.013790"]["legal_basis"] == "\n".join(LAW)
    assert by_code["1.013790"]["effective_from"] == dt.datetime(2026, 11, 15)
    assert len(by_code) == 6 + 11  # six kept, eleven added


def test_workbook_gets_the_change_sheet(project: Path) -> None:
    _workbook_project(project)
    _import(project, "qd-1234.pdf")
    sheet = _sheet(project / "procedures" / "thu-tuc.xlsx", "Theo dõi thay đổi")
    assert sheet[0][:9] == ["Ngày QĐ", "Số QĐ", "Mã", "Tên", "Lĩnh vực", "Loại thay đổi", "Cấp",
                            "Ngày hiệu lực", "Trạng thái"]
    abolished = next(r for r in sheet if r[2] == "2.000884")
    assert abolished[1] == "1234/QĐ-UBND" and abolished[5] == "Bãi bỏ" and abolished[6] == "Cấp xã"
    assert abolished[7] == dt.datetime(2026, 11, 15) and abolished[11] == "qd-1234.pdf"
    assert len(abolished[12]) == 64  # the file's sha256
    result = CliRunner().invoke(main, ["check", str(project), "--date", "04/12/2026"])
    assert "Theo dõi thay đổi" not in result.output


def test_yaml_project_gets_a_change_log_beside_the_catalogue(project: Path) -> None:
    _import(project, "qd-1234.docx")
    text = (project / "theo-doi-thay-doi.yaml").read_text("utf-8")
    assert 'code: "2.000884"' in text and 'change: "abolished"' in text and "sha256:" in text


def test_dry_run_writes_nothing_and_prints_the_table(project: Path) -> None:
    before = _files(project)
    result = CliRunner().invoke(main, ["--lang", "vi", "import", "decision", str(FIXTURES / "qd-1234.docx"),
                                       str(project), "--dry-run", "--date", "04/12/2026"])
    assert result.exit_code == 0, result.output
    assert _files(project) == before
    assert "Quyết định 1234/QĐ-UBND ngày 15/11/2026" in result.output
    assert "Theo thôn" in result.output and "Thôn Nà Tông (Xã Thượng Lâm):" in result.output
    assert "2.000884 Chứng thực chữ ký: gỡ xuống từ 15/11/2026" in result.output


def test_the_plan_as_data_names_the_villages_posting_each_procedure(project: Path) -> None:
    plan = plan_import(project, [FIXTURES / "qd-1234.docx"], day=TODAY)
    by_code = {r["code"]: r for r in rows(plan)}
    assert [v["village"] for v in by_code["2.000884"]["villages"]] == ["Thôn Nà Tông"]
    assert [v["village"] for v in by_code["1.004873"]["villages"]] == ["Thôn Nà Tông", "Thôn Nà Đông"]


def test_the_same_file_twice_is_skipped(project: Path) -> None:
    _import(project, "qd-1234.docx")
    after = _files(project)
    result = CliRunner().invoke(main, ["import", "decision", str(FIXTURES / "qd-1234.docx"), str(project),
                                       "--date", "04/12/2026"])
    assert result.exit_code == 0 and "imported on 04/12/2026" in result.output
    assert _files(project) == after


def test_another_file_of_the_same_decision_applies_each_row_once(project: Path) -> None:
    _import(project, "qd-1234.docx")
    after = _files(project)
    assert _import(project, "qd-1234.pdf") == []
    assert _files(project) == after


@pytest.mark.parametrize("name, message", [
    ("qd-1234-scan.pdf", "this PDF is a picture (a scan)"),
    ("hong.docx", "cannot open the file"),
    ("qd-1234-hai-phong.docx", "a decision of Thành phố Hải Phòng, not of Tuyên Quang"),
])
def test_a_file_that_cannot_be_applied_is_a_clear_message_and_nothing_is_written(
        project: Path, name: str, message: str) -> None:
    before = _files(project)
    result = CliRunner().invoke(main, ["import", "decision", str(FIXTURES / name), str(project)])
    assert result.exit_code == 1
    assert f"{name}: {message}" in result.output and "nothing was written" in result.output
    assert _files(project) == before


def test_one_bad_file_among_good_ones_writes_nothing(project: Path) -> None:
    before = _files(project)
    result = CliRunner().invoke(main, ["import", "decision", str(FIXTURES / "qd-1234.docx"),
                                       str(FIXTURES / "qd-1234-scan.pdf"), str(project)])
    assert result.exit_code == 1 and _files(project) == before


def test_abolishing_an_unknown_procedure_warns_and_applies_the_rest(project: Path) -> None:
    result = CliRunner().invoke(main, ["import", "decision", str(FIXTURES / "qd-1300-bai-bo.docx"), str(project),
                                       "--date", "04/12/2026"])
    assert result.exit_code == 0, result.output
    assert '1.009999 "Thủ tục không có trong danh mục của xã": the commune\'s catalogue has no such procedure' \
        in result.output and "(warning)" in result.output
    assert load_project(project).procedures["1.001022"].effective_until == dt.date(2027, 3, 1)


def test_strict_makes_the_unknown_procedure_an_error_and_writes_nothing(project: Path) -> None:
    before = _files(project)
    result = CliRunner().invoke(main, ["import", "decision", str(FIXTURES / "qd-1300-bai-bo.docx"), str(project),
                                       "--strict"])
    assert result.exit_code == 1 and "1.009999" in result.output
    assert _files(project) == before


def test_a_name_without_code_that_two_procedures_share_is_reported_not_guessed(project: Path) -> None:
    catalogue = project / "procedures" / "ho-tich.yaml"
    catalogue.write_text(catalogue.read_text("utf-8") + """
  - code: "1.004999"
    name: "Cấp giấy xác nhận tình trạng hôn nhân"
    field: "Hộ tịch"
    agency: "UBND xã"
    time: "3 ngày làm việc"
    fee: "Theo quy định của HĐND tỉnh"
""", encoding="utf-8")
    plan = plan_import(project, [FIXTURES / "qd-1234.docx"], day=TODAY)
    warned = [p for p in plan.problems if "matches several procedures" in p.message]
    assert len(warned) == 1 and "Cấp giấy xác nhận tình trạng hôn nhân" in warned[0].message
    apply_import(plan)
    procs = load_project(project).procedures
    assert procs["1.004873"].time == procs["1.004999"].time == "3 ngày làm việc"


def test_a_name_without_code_the_catalogue_lacks_is_reported(project: Path) -> None:
    catalogue = project / "procedures" / "ho-tich.yaml"
    catalogue.write_text(catalogue.read_text("utf-8").replace("Cấp Giấy xác nhận tình trạng hôn nhân",
                                                              "Xác nhận hôn nhân"), encoding="utf-8")
    plan = plan_import(project, [FIXTURES / "qd-1234.docx"], day=TODAY)
    assert any('"Cấp giấy xác nhận tình trạng hôn nhân" (no code): no procedure of that name' in p.message
               for p in plan.problems)


def test_all_levels_adds_the_province_level_procedure(project: Path) -> None:
    _import(project, "qd-1234.docx", all_levels=True)
    assert load_project(project).procedures["1.013700"].agency == "Sở Tư pháp"


def test_an_amendment_in_force_later_is_written_now_with_its_day(project: Path) -> None:
    # decision 1234 as if it took effect on 01/03/2027: everything is written at once, each
    # change with that day; the catalogue posts the old wording until then, the new from then
    from noticeboard.plan.village import catalogue_in_force

    apply_import(plan_import(project, [FIXTURES / "qd-1234.docx"], day=TODAY, effective=dt.date(2027, 3, 1)))
    project_ = load_project(project)
    assert project_.procedures["1.004873"].time == "3 ngày làm việc"  # its row as it is today
    assert [v.effective_from for v in project_.versions["1.004873"]] == [dt.date(2027, 3, 1)]
    shown = {p.code: p for p in catalogue_in_force(project_, dt.date(2027, 2, 28))}
    assert shown["1.004873"].time == "3 ngày làm việc" and "1.013790" not in shown
    shown = {p.code: p for p in catalogue_in_force(project_, dt.date(2027, 3, 1))}
    assert shown["1.004873"].time == "2 ngày làm việc"  # with no import run again
    assert shown["1.004873"].effective_from is None  # in force all along: only its wording changed
    assert project_.procedures["2.000884"].effective_until == dt.date(2027, 3, 1)


def test_check_and_build_after_an_import_name_the_decision_in_the_change_report(
        project: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764806400")
    out = tmp_path / "out"
    first = CliRunner().invoke(main, ["build", str(project), "-o", str(out), "--date", "01/11/2026", "--quiet"])
    assert first.exit_code == 0, first.output
    _import(project, "qd-1234.docx")
    assert CliRunner().invoke(main, ["check", str(project), "--date", "04/12/2026"]).exit_code == 0
    second = CliRunner().invoke(main, ["build", str(project), "-o", str(out), "--date", "04/12/2026", "--quiet"])
    assert second.exit_code == 0, second.output
    text = " ".join(pdf_text(out / "xa-thuong-lam" / "thay-doi.pdf").split())
    assert "Chứng thực chữ ký (2.000884) • Tờ cần gỡ xuống: thủ tục đã hết hiệu lực — theo Quyết định " \
           "1234/QĐ-UBND" in text
    # what the sheet prints differently, and only that: its legal basis is the binder's; online
    # (một phần) in the annex: Trực tuyến added to its channels
    assert "thời hạn giải quyết (nay là: 2 ngày làm việc); nơi nộp hồ sơ; cách thức thực hiện — theo Quyết " \
           "định 1234/QĐ-UBND" in text
    assert "căn cứ pháp lý" not in text
    # the annex's "Địa điểm thực hiện", printed on the sheet as "Nơi nộp hồ sơ", is named as such
    assert "Đăng ký khai tử (1.000656) (tờ mới ghi Cập nhật 04/12/2026): nơi nộp hồ sơ" in text


def test_a_project_that_does_not_load_is_refused(project: Path) -> None:
    (project / "places.yaml").write_text("province: [", encoding="utf-8")
    with pytest.raises(DataError):
        plan_import(project, [FIXTURES / "qd-1234.docx"], day=TODAY)


def test_a_decision_on_the_portals_real_records(tmp_path: Path) -> None:
    """The real khai sinh record (and records in its shape) as the importer writes them: the
    decision changes the time and abolishes trích lục; every other text stays as it was."""
    import sys

    from .long_texts import write_portal_project

    sys.path.insert(0, str(FIXTURES))
    import make_fixtures
    from annex import ABOLISH_HEAD, HEADER, NEW_HEAD

    root = write_portal_project(tmp_path / "xa")
    before = load_project(root).procedures
    annex_file = tmp_path / "qd.docx"
    make_fixtures.write_docx(annex_file, [("p", line) for line in HEADER] + [
        ("h", "THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
        ("h", "Danh mục thủ tục hành chính được sửa đổi, bổ sung"),
        ("t", (NEW_HEAD, [("LĨNH VỰC HỘ TỊCH (1 TTHC)",),
                          ["1", "1.001193", "ĐĂNG KÝ KHAI SINH", "", "2 ngày làm việc", "", "", "", "", ""]])),
        ("h", "Danh mục thủ tục hành chính bị bãi bỏ"),
        ("t", (ABOLISH_HEAD, [["1", "2.000635", "Cấp bản sao trích lục hộ tịch", "Nghị định số 07/2025/NĐ-CP"]])),
    ])
    apply_import(plan_import(root, [annex_file], day=TODAY))
    after = load_project(root).procedures
    assert after["1.001193"].time == "2 ngày làm việc"
    assert after["1.001193"].name == before["1.001193"].name  # the same name in capitals: unchanged
    assert after["1.001193"].documents == before["1.001193"].documents
    assert after["1.001193"].steps == before["1.001193"].steps
    assert after["2.000635"].effective_until == SIGNED
    for code in ("1.004222", "1.000894"):
        assert after[code] == before[code]


def test_a_change_log_that_does_not_read_stops_the_import(project: Path) -> None:
    (project / "theo-doi-thay-doi.yaml").write_text("changes: [\n", encoding="utf-8")
    before = _files(project)
    result = CliRunner().invoke(main, ["import", "decision", str(FIXTURES / "qd-1234.docx"), str(project)])
    assert result.exit_code == 1 and "theo-doi-thay-doi.yaml: the change log cannot be read" in result.output
    assert _files(project) == before


def test_a_text_written_into_a_workbook_is_never_a_formula() -> None:
    from openpyxl import Workbook

    from noticeboard.decisions.apply import _cell

    import io

    import openpyxl

    wb = Workbook()
    _cell(wb.active, 2, 3, "name", "=HYPERLINK(\"http://x\",\"Đăng ký khai sinh\")")
    buf = io.BytesIO()
    wb.save(buf)
    cell = openpyxl.load_workbook(io.BytesIO(buf.getvalue())).active.cell(2, 3)
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def _annex_docx(path: Path, headings_then_rows: list) -> Path:
    """A DOCX annex: paragraphs (str) and tables (lists of rows, the first its one header row)."""
    import docx

    d = docx.Document()
    for part in headings_then_rows:
        if isinstance(part, str):
            d.add_paragraph(part)
            continue
        t = d.add_table(rows=0, cols=len(part[0]))
        for row in part:
            for cell, text in zip(t.add_row().cells, row):
                cell.text = text
    d.save(path)
    return path


NEW_HEADER = ["STT", "Mã TTHC", "Tên TTHC", "Thời hạn giải quyết", "Địa điểm thực hiện", "Phí, lệ phí",
              "Cung cấp DVCTT", "Căn cứ pháp lý"]


def test_a_one_row_header_keeps_the_first_row_under_it(tmp_path: Path) -> None:
    # A first data row whose DVCTT cell says "Một phần" is a row, not a second header row.
    path = _annex_docx(tmp_path / "qd.docx", ["B. THỦ TỤC HÀNH CHÍNH CẤP XÃ", "I. LĨNH VỰC HỘ TỊCH (2 TTHC)",
                                              "1. Danh mục thủ tục hành chính mới ban hành", [
        NEW_HEADER,
        ["1", "1.013001", "Đăng ký khai sinh cho trẻ bị bỏ rơi", "5 ngày", "UBND xã", "Miễn", "Một phần", "NĐ 120"],
        ["2", "1.013002", "Thủ tục mới thứ hai", "3 ngày", "UBND xã", "Không", "Toàn trình", "NĐ 120"]]])
    annex = read_annex(path, "qd.docx")
    assert [r.codes for r in annex.rows] == [("1.013001",), ("1.013002",)]
    assert annex.rows[0].values.get("scope") == "partial"


def test_a_list_heading_under_a_field_heading_keeps_the_field(tmp_path: Path) -> None:
    row = ["1", "1.013001", "Thủ tục mới", "5 ngày", "UBND xã", "Miễn", "Một phần", "NĐ 120"]
    fields_first = _annex_docx(tmp_path / "a.docx", [
        "B. THỦ TỤC HÀNH CHÍNH CẤP XÃ", "I. LĨNH VỰC HỘ TỊCH (1 TTHC)",
        "1. Danh mục thủ tục hành chính mới ban hành", [NEW_HEADER, row]])
    lists_first = _annex_docx(tmp_path / "b.docx", [
        "B. THỦ TỤC HÀNH CHÍNH CẤP XÃ", "1. Danh mục thủ tục hành chính mới ban hành",
        "a) Lĩnh vực Chứng thực", [NEW_HEADER, row], "2. Danh mục thủ tục hành chính được sửa đổi, bổ sung",
        [NEW_HEADER, ["1", "1.000656", "Đăng ký khai tử", "1 ngày", "UBND xã", "Miễn", "Toàn trình", "NĐ 120"]]])
    assert [(r.kind, r.field) for r in read_annex(fields_first, "a").rows] == [(NEW, "HỘ TỊCH")]
    assert [(r.kind, r.field) for r in read_annex(lists_first, "b").rows] == [(NEW, "Chứng thực"), (AMENDED, None)]


def test_a_value_the_workbook_cannot_hold_is_a_message_naming_the_file_and_nothing_is_written(
        project: Path) -> None:
    """The reader cleans every value; should one still carry a control character, openpyxl's
    "All strings must be XML compatible" is the catalogue file named, not a traceback."""
    from noticeboard.decisions.apply import ImportNotWritten

    _workbook_project(project)
    before = _files(project)
    plan = plan_import(project, [FIXTURES / "qd-1234.docx"], day=TODAY)
    new = next(a for a in plan.actions if a.kind == NEW and a.values)
    new.values["name"] += "\x01"
    with pytest.raises(ImportNotWritten) as raised:
        apply_import(plan)
    said = str(raised.value)
    assert said.startswith("cannot write procedures/thu-tuc.xlsx: ") and said.endswith("nothing was written")
    assert new.values["name"].replace("\x01", "U+0001") in said  # the character named, not printed
    assert _files(project) == before


def test_a_narrow_columns_pdf_keeps_its_hyphens_and_whole_words() -> None:
    """In the narrow columns' PDF, "NĐ-|CP" ends a line (PDFium's U+FFFE) and "10.00|0",
    "Miễ|n", "HĐ|ND" are broken inside: read back as the words the DOCX holds, and a break
    between two words ("làm|việc") stays a space."""
    texts = [" ".join(str(v).split()) for r in read_annex(FIXTURES / "qd-1234-cot-hep.pdf", "x").rows
             for v in (r.name, *r.values.values())]
    joined = " | ".join(texts)
    assert "\ufffe" not in joined and "NĐ-CP" in joined and "Miễn lệ phí" in joined
    assert "HĐND tỉnh" in joined and "ngày làm việc" in joined
    assert "Miễ n" not in joined and "HĐ ND" not in joined and "làmviệc" not in joined
