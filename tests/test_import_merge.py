"""Import into a catalogue that already holds procedures: nothing the commune wrote is lost."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from openpyxl import Workbook

from noticeboard.cli import main
from noticeboard.load.project import load_project

from .conftest import PLACES, write_project

OWN = """\
procedures:
  - code: "1.001193"
    name: "Đăng ký khai sinh"
    field: "Hộ tịch"
    agency: "UBND xã"
    time: "1 ngày"
    fee: "Miễn phí"
    documents:
      - "Giấy chứng sinh của bệnh viện"
    steps:
      - "Mang giấy đến xã"
    translations:
      tay: {name: "Đăng ký khai sinh (tiếng Tày)"}
  - code: "1.000656"
    name: "Đăng ký khai tử"
    field: "Hộ tịch"
    agency: "UBND xã"
    time: "1 ngày làm việc"
    fee: "Miễn lệ phí"
"""
HEADER = ["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cơ quan thực hiện", "Thời hạn giải quyết",
          "Phí", "Lệ phí", "Thành phần hồ sơ", "Trình tự thực hiện", "Hết hiệu lực từ", "Người ký"]
RECORD = ["1.001193", "Đăng ký khai sinh (cấp xã)", "Hộ tịch", "UBND cấp xã", "1 ngày làm việc",
          "Không", "Miễn lệ phí", "Tờ khai đăng ký khai sinh theo mẫu\nGiấy chứng sinh",
          "Nộp hồ sơ tại Trung tâm", "01/07/2027", "Chủ tịch"]
NEW = ["1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân", "Hộ tịch", "UBND xã", "3",
       None, "Do HĐND tỉnh quyết định", None, None, None, None]


def _sheet(path: Path, rows: list[list]) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in [["DANH MỤC TTHC"], HEADER] + rows:
        ws.append(row)
    wb.save(path)
    return path


def _import(tmp_path: Path, *extra: str):
    root = write_project(tmp_path / "p", PLACES, catalogue=OWN)
    out = root / "procedures" / "catalogue.yaml"
    source = _sheet(tmp_path / "qd.xlsx", [RECORD, NEW])
    result = CliRunner().invoke(main, ["import", str(source), "-o", str(out), *extra])
    return root, result


def test_merge_keeps_the_communes_texts_and_updates_the_facts(tmp_path: Path) -> None:
    root, result = _import(tmp_path)
    assert result.exit_code == 0, result.output
    p = load_project(root).procedures
    assert list(p) == ["1.001193", "1.000656", "1.004873"]  # own order kept, new ones after
    ks = p["1.001193"]
    assert ks.documents == ("Giấy chứng sinh của bệnh viện",) and ks.steps == ("Mang giấy đến xã",)
    assert ks.official["documents"] == ("Tờ khai đăng ký khai sinh theo mẫu", "Giấy chứng sinh")
    assert ks.official["steps"] == ("Nộp hồ sơ tại Trung tâm",)
    assert (ks.name, ks.agency, ks.time) == ("Đăng ký khai sinh (cấp xã)", "UBND cấp xã", "1 ngày làm việc")
    assert ks.fee == "Phí: Không; Lệ phí: Miễn lệ phí"  # two columns of one field: both kept
    assert str(ks.effective_until) == "2027-07-01"
    assert ks.translations == {"tay": {"name": "Đăng ký khai sinh (tiếng Tày)"}}  # untouched
    assert p["1.000656"].name == "Đăng ký khai tử"  # not in the import: kept as it was
    assert p["1.004873"].documents == ()  # a record without documents imports
    out = result.output
    assert "merged into the procedure of this code in catalogue.yaml: its own Thành phần hồ sơ, Trình tự thực hiện kept" in out
    assert 'column "Người ký" is not mapped to any field: "Chủ tịch" left out' in out
    assert 'columns "Phí", "Lệ phí" both give Phí, lệ phí: both kept' in out
    assert '"Thành phần hồ sơ": one cell read as 2 items' in out
    assert 'time "3" has no unit' in out


def test_replace_takes_the_record_as_it_is(tmp_path: Path) -> None:
    root, result = _import(tmp_path, "--replace")
    assert result.exit_code == 0, result.output
    ks = load_project(root).procedures["1.001193"]
    assert ks.documents == ("Tờ khai đăng ký khai sinh theo mẫu", "Giấy chứng sinh") and ks.official == {}
    assert "1.000656" in load_project(root).procedures


def test_a_broken_target_is_never_overwritten(tmp_path: Path) -> None:
    root = write_project(tmp_path / "p", PLACES, catalogue="procedures: [\n")
    out = root / "procedures" / "catalogue.yaml"
    before = out.read_bytes()
    result = CliRunner().invoke(main, ["import", str(_sheet(tmp_path / "qd.xlsx", [RECORD])), "-o", str(out)])
    assert result.exit_code == 1 and "does not load, so nothing is merged into it" in result.output
    assert out.read_bytes() == before


def test_csv_in_a_windows_code_page_gets_the_loaders_advice(tmp_path: Path) -> None:
    import unicodedata

    source = tmp_path / "qd.csv"
    text = ";".join(HEADER) + "\n" + ";".join(x or "" for x in RECORD) + "\n"
    source.write_bytes(unicodedata.normalize("NFD", text).encode("cp1258", errors="replace"))
    result = CliRunner().invoke(main, ["import", str(source), "-o", str(tmp_path / "x.yaml")])
    assert result.exit_code == 1
    assert "not UTF-8" in result.output and '"CSV UTF-8 (Comma delimited)"' in result.output


def test_out_must_be_a_yaml_file(tmp_path: Path) -> None:
    out = tmp_path / "thu-tuc.xlsx"
    result = CliRunner().invoke(main, ["import", str(_sheet(tmp_path / "qd.xlsx", [RECORD])), "-o", str(out)])
    assert result.exit_code == 1 and "give -o a name ending in .yaml" in result.output and not out.exists()
