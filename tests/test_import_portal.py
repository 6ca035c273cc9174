"""National portal records → catalogue: field mapping, notes, and a catalogue that builds."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from noticeboard.posters.build import build_posters
from noticeboard.cli import main
from noticeboard.importers import portal
from noticeboard.load.project import load_project
from noticeboard.verify.readback import verify_output

from .import_helpers import FIXTURES, project_with


def one(name: str):
    [rec] = portal.read(FIXTURES / name)
    return rec


def test_sample_record_fields():
    rec = one("portal-1.001193.json")
    f = rec.fields
    assert (f["code"], f["name"], f["field"]) == ("1.001193", "Đăng ký khai sinh", "Hộ tịch")
    assert f["agency"] == "Ủy ban nhân dân cấp xã"
    assert f["time"] == "1 ngày làm việc"  # channel unit "OTHER": taken from the cases
    assert f["online"] == {"url": "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7",
                           "scope": "partial"}
    assert f["channels"] == ["direct", "postal", "online"]
    plain = [d for d in f["documents"] if isinstance(d, str)]
    assert any(d.startswith("Nộp: Giấy chứng sinh") and d.endswith("(1 bản chính)") for d in plain)
    assert any(d.startswith("Xuất trình: Hộ chiếu") for d in plain)
    assert "ông, bà, người thân thích" in f["conditions"]  # the "Lưu ý" group
    assert len(f["steps"]) > 5 and not any(s.startswith(("- ", "+ ")) for s in f["steps"])
    assert f["result"] == "Giấy khai sinh" and "Công dân Việt Nam" in f["who"]
    assert "Luật 60/2014/QH13" in f["legal_basis"]
    assert "\u200e" not in str(f)  # invisible marks in the record are removed
    assert any("procedureProposal" in n for n in rec.notes) and not rec.errors


def test_a_paper_announcing_a_list_keeps_its_items_under_it():
    """The real record's "… các giấy tờ sau:" and the two forms after it: one paper with two
    items, not three papers; the record gives them one bullet, so a note says to check."""
    rec = one("portal-1.001193.json")
    [paper] = [d for d in rec.fields["documents"] if isinstance(d, dict)]
    assert paper["paper"].endswith("các giấy tờ sau:")
    assert [i[:24] for i in paper["items"]] == ["Tờ khai đăng ký khai sin", "Mẫu hộ tịch điện tử tươn"]
    assert any("các giấy tờ con" in n or "read as its items" in n for n in rec.notes)


def test_full_process_fees_per_channel_and_forms():
    f = one("portal-full-process.json").fields
    assert f["online"]["scope"] == "full"
    assert f["fee"] == {"direct": "20.000 đồng", "online": "10.000 đồng (Nộp qua Cổng dịch vụ công)"}
    assert f["time"] == "7 ngày làm việc"
    assert f["forms"] == ["Mẫu CT01 - Tờ khai thay đổi thông tin cư trú"]
    assert f["steps"][0] == "Công dân chuẩn bị hồ sơ."  # its title "Bước 1": the sheet numbers steps
    assert "Nộp trực tuyến: nhận thông báo qua thư điện tử hoặc tin nhắn." in f["steps"]


def test_time_per_case():
    rec = one("portal-several-cases.json")
    assert rec.fields["time"] == ("Đăng ký khai tử thông thường (1.000656.01): 1 ngày làm việc; "
                                  "Cần xác minh (1.000656.02): 3 ngày làm việc")
    assert rec.fields["documents"][-1].startswith("Cần xác minh (1.000656.02): Văn bản xác minh")
    assert rec.notes[-1] == "not mapped: returningMethods"
    assert rec.notes[0].startswith("time: the record differs by case")  # kept as the record words it


def test_missing_fields_are_errors_and_bad_link_dropped():
    rec = one("portal-missing-fields.json")
    assert rec.errors == ["missing field, agency, fee"]
    assert "online" not in rec.fields
    assert any(n.startswith("link dropped: link contains spaces") for n in rec.notes)
    assert any("dossierReceivingAddresses" in n for n in rec.notes)


def test_imported_catalogue_loads_builds_verifies(tmp_path: Path):
    out = tmp_path / "imported.yaml"
    files = [str(FIXTURES / n) for n in ("portal-1.001193.json", "portal-full-process.json",
                                          "portal-several-cases.json")]
    result = CliRunner().invoke(main, ["import", *files, "-o", str(out)])
    assert result.exit_code == 0, result.output
    root = project_with(tmp_path, out, ["1.001193", "1.004222", "1.000656"])
    project = load_project(root, strict=True)
    assert list(project.procedures) == ["1.001193", "1.004222", "1.000656"]
    built = build_posters(project, tmp_path / "out")
    report = verify_output(tmp_path / "out")
    assert built.files and not report.problems and report.decoded == report.expected > 0


def test_cli_refuses_incomplete_duplicates_and_overwrite(tmp_path: Path):
    out = tmp_path / "x.yaml"
    run = lambda *a: CliRunner().invoke(main, ["import", *map(str, a), "-o", str(out)])  # noqa: E731
    bad = run(FIXTURES / "portal-missing-fields.json")
    assert bad.exit_code == 1 and "missing field, agency, fee" in bad.output and not out.exists()
    sample = FIXTURES / "portal-1.001193.json"
    dup = run(sample, sample)
    assert dup.exit_code == 1 and 'procedure code "1.001193" is in both' in dup.output
    assert run(sample).exit_code == 0
    again = run(sample)  # into the file it wrote: merged, nothing doubled
    assert again.exit_code == 0 and "merged into the procedure of this code" in again.output
    assert out.read_text("utf-8").count('code: "1.001193"') == 1
    skipped = CliRunner().invoke(main, ["import", str(sample), str(FIXTURES / "portal-missing-fields.json"),
                                        "-o", str(out), "--force", "--skip-incomplete"])
    assert skipped.exit_code == 0 and "1 skipped" in skipped.output


def test_warns_about_codes_already_in_the_catalogue(tmp_path: Path):
    (tmp_path / "ho-tich.yaml").write_text('procedures:\n  - code: "1.001193"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(FIXTURES / "portal-1.001193.json"),
                                       "-o", str(tmp_path / "imported.yaml")])
    assert result.exit_code == 0
    assert f'warning: "1.001193" is also in {tmp_path / "ho-tich.yaml"}' in result.output
