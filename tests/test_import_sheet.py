"""Province spreadsheets → catalogue: header search, folded column names, merged cells."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from hypothesis import example, given, settings, strategies as st

from noticeboard.posters.build import build_posters
from noticeboard.cli import main
from noticeboard.importers import Imported, spreadsheet
from noticeboard.importers.write import catalogue_text
from noticeboard.load.project import load_project
from noticeboard.load.source import parse_yaml

from .import_helpers import FIXTURES, project_with


def by_code(name: str) -> dict[str, Imported]:
    return {r.code: r for r in spreadsheet.read(FIXTURES / name)}


def test_column_names_folded():
    assert spreadsheet.column_key("  MÃ  TTHC ") == "code"
    assert spreadsheet.column_key("ma thu tuc") == "code"
    assert spreadsheet.column_key("Thời hạn giải quyết (ngày làm việc)") == "time"
    assert spreadsheet.column_key("Phí, lệ phí") == "fee"
    assert spreadsheet.column_key("Link DVC") == "url"
    assert spreadsheet.column_key("Người phụ trách") is None


def test_csv_messy():
    recs = by_code("danh-muc-messy.csv")
    assert list(recs) == ["2.000815", "2.000884", "1.000894", "2.000635"]  # totals row ignored
    copy = recs["2.000815"]
    assert copy.fields["field"] == "Chứng thực"  # from the section row "I;Lĩnh vực Chứng thực"
    assert copy.fields["documents"] == ["Bản chính giấy tờ cần chứng thực", "Bản sao cần chứng thực"]
    assert copy.notes == ['"Thành phần hồ sơ": one cell read as 2 items',
                          "Lĩnh vực was empty: filled in from above (Chứng thực)",
                          'column "Người phụ trách" is not mapped to any field: "Chị Hoa" left out']
    assert recs["2.000635"].notes[-1] == "Cơ quan thực hiện was empty: filled in from above (UBND xã)"
    # A lower-case piece after ";" joins the document before it, and the report says so.
    assert any('"nếu đăng ký ở xã nơi cư trú thì không cần" starts in lower case' in n
               for n in recs["1.000894"].notes)
    assert recs["2.000884"].fields["documents"] == ["Căn cước của người ký", "Giấy tờ cần chứng thực chữ ký"]
    assert "online" not in recs["2.000884"].fields  # old portal link dropped, and said so
    assert any("old portal link" in n for n in recs["2.000884"].notes)
    marriage = recs["1.000894"].fields
    assert marriage["online"]["scope"] == "full"
    # A lower-case piece after ";" continues the same document.
    assert marriage["documents"][1] == "Giấy xác nhận tình trạng hôn nhân; nếu đăng ký ở xã nơi cư trú thì không cần"
    assert recs["2.000635"].fields["agency"] == "UBND xã"  # blank cell filled down


def test_xlsx_merged_cells_numbers_and_hyperlink():
    recs = by_code("danh-muc-merged.xlsx")
    assert list(recs) == ["1.001193", "1.000656", "1.004873", "1.004222"]  # Excel's number 1.001193
    assert [recs[c].fields["field"] for c in recs] == ["Hộ tịch", "Hộ tịch", "Hộ tịch", "Cư trú"]
    assert recs["1.001193"].fields["fee"] == "Miễn phí"
    assert recs["1.004873"].fields["fee"] == "8.000 đồng"
    assert recs["1.004873"].fields["time"] == "3 ngày làm việc"  # unit from the header
    assert recs["1.000656"].fields["documents"] == ["Tờ khai đăng ký khai tử", "Giấy báo tử"]
    assert recs["1.004222"].fields["online"]["url"].endswith("019d2bf7-7704-7449-9e95-fe7ebb959aa2")
    assert "Ghi chú" not in str([r.origin for r in recs.values()])  # headerless sheet skipped


def test_split_items():
    assert spreadsheet.split_items("- A;\n+ B; c tiếp\n1. D") == ["A", "B; c tiếp", "D"]


def test_sheets_merge_build(tmp_path: Path):
    out = tmp_path / "sheets.yaml"
    result = CliRunner().invoke(main, ["import", str(FIXTURES / "danh-muc-messy.csv"),
                                       str(FIXTURES / "danh-muc-merged.xlsx"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert 'column "Người phụ trách" is not mapped to any field: "Chị Hoa" left out' in result.output
    root = project_with(tmp_path, out, ["2.000815", "1.001193", "1.004222"])
    project = load_project(root)
    assert len(project.procedures) == 8
    assert build_posters(project, tmp_path / "out").pages > 0


def test_duplicate_codes_across_files(tmp_path: Path):
    result = CliRunner().invoke(main, ["import", str(FIXTURES / "danh-muc-merged.xlsx"),
                                       str(FIXTURES / "portal-1.001193.json"), "-o", str(tmp_path / "x.yaml")])
    assert result.exit_code == 1
    assert "danh-muc-merged.xlsx, sheet TTHC cấp xã, row 4 and" in result.output
    assert "portal-1.001193.json" in result.output


texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cf", "Co", "Zl", "Zp")),
                min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(name=texts, docs=st.lists(st.one_of(texts, st.builds(lambda a, b: f"{a}\n{b}", texts, texts)),
                                   min_size=1, max_size=3))
@example(name="0", docs=["\ufffe"])  # a noncharacter YAML refuses (found by CI's run)
def test_written_text_reads_back_exactly(name: str, docs: list[str]):
    from noticeboard.importers import clean

    name, docs = clean(name) or "x", [clean(d) or "x" for d in docs]
    rec = Imported("t", {"code": "1.001193", "name": name, "documents": docs})
    doc, problems = parse_yaml(catalogue_text([rec], "header"), "t.yaml")
    assert doc is not None, problems
    [p] = doc.data["procedures"]
    assert (p["name"], p["documents"]) == (name, docs)
