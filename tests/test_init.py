"""noticeboard init: a template whose blanks `check` names line by line."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from noticeboard.cli import main


def test_init_then_check_names_the_blanks(tmp_path: Path):
    root = tmp_path / "xa-moi"
    runner = CliRunner()
    made = runner.invoke(main, ["init", str(root), "--province", "Tuyên Quang", "--commune", "Xã Thượng Lâm"])
    assert made.exit_code == 0, made.output
    assert sorted(p.name for p in (root / "procedures").iterdir()) == ["chung-thuc.yaml", "cu-tru.yaml", "ho-tich.yaml"]
    checked = runner.invoke(main, ["check", str(root)])
    assert checked.exit_code == 1
    assert "places.yaml:10:16: communes[0].office.address: must not be empty" in checked.output
    assert "communes[0].office.phone: must not be empty" in checked.output
    assert "communes[0].villages[0].name: must not be empty" in checked.output
    places = root / "places.yaml"
    text = places.read_text(encoding="utf-8")
    text = text.replace('address: ""', 'address: "Thôn Nà Đông"').replace('phone: ""', 'phone: "0207 3870 202"')
    places.write_text(text.replace('- name: ""', '- name: "Thôn Nà Tông"'), encoding="utf-8")
    ok = runner.invoke(main, ["check", str(root), "--strict"])
    assert ok.exit_code == 0, ok.output
    again = runner.invoke(main, ["init", str(root)])
    assert again.exit_code == 1 and "is not empty" in again.output


def test_init_warns_about_a_wrong_province(tmp_path: Path):
    result = CliRunner().invoke(main, ["init", str(tmp_path / "p"), "--province", "Hà Giang",
                                       "--commune", "Xã Thượng Lâm"])
    assert result.exit_code == 0
    assert 'province "Hà Giang" was merged into "Tuyên Quang"' in result.output


def test_init_xlsx_makes_workbooks_a_clerk_fills_in(tmp_path: Path):
    from openpyxl import load_workbook

    from noticeboard.load.project import load_catalogue_folder, load_project
    from noticeboard.resources import resource_dir

    root = tmp_path / "xa-moi"
    runner = CliRunner()
    made = runner.invoke(main, ["init", "--xlsx", str(root), "--province", "Tuyên Quang",
                                "--commune", "Xã Thượng Lâm"])
    assert made.exit_code == 0, made.output
    assert sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()) == [
        "noticeboard.yaml", "places.xlsx", "procedures/thu-tuc.xlsx"]
    catalogue = load_workbook(root / "procedures/thu-tuc.xlsx")["Thủ tục"]
    assert catalogue.freeze_panes == "A2"  # the header row stays in view
    headers = [c for c in catalogue[1] if c.value]
    assert all(c.comment is not None and c.comment.text for c in headers)  # a note on each header
    scope = next(c.column_letter for c in headers if c.value == "Mức độ")
    lists = {str(v.sqref): v.formula1 for v in catalogue.data_validations.dataValidation}
    assert lists[f"{scope}2:{scope}2001"] == '"Toàn trình,Một phần"'  # a drop-down list
    assert catalogue.column_dimensions["A"].width >= len("Mã thủ tục") and catalogue["A2"].data_type == "s"
    villages = load_workbook(root / "places.xlsx")["Thôn"]  # a village's commune: one of sheet Xã's
    assert {str(v.sqref): v.formula1 for v in villages.data_validations.dataValidation} == {
        "A2:A2001": "'Xã'!$B$2:$B$500"}
    checked = runner.invoke(main, ["check", str(root)])
    assert checked.exit_code == 1
    for cell in ("Xã!D2", "Xã!E2", "Thôn!B2"):  # address, phone, the first village
        assert f"hint: fill in cell {cell}" in checked.output
    places = load_workbook(root / "places.xlsx")
    places["Xã"]["D2"], places["Xã"]["E2"] = "Thôn Nà Đông, xã Thượng Lâm", "0207 3870 202"
    places["Thôn"]["B2"] = "Thôn Nà Tông"
    places.save(root / "places.xlsx")
    ok = runner.invoke(main, ["check", str(root)])
    assert ok.exit_code == 0, ok.output
    # The catalogue workbook reads back as the bundled catalogue, field for field.
    assert load_project(root).procedures == load_catalogue_folder(resource_dir("procedures"))


def test_init_quotes_what_the_user_typed(tmp_path: Path):
    """Regression: a name with ':', '#' or quotes broke the places.yaml init wrote."""
    import yaml

    province, commune = 'Tuyên Quang: "mới" #2', "Xã 'Thượng' Lâm: #1 \\ cũ"
    root = tmp_path / "p"
    made = CliRunner().invoke(main, ["init", str(root), "--province", province, "--commune", commune])
    assert made.exit_code == 0, made.output
    places = yaml.safe_load((root / "places.yaml").read_text("utf-8"))
    assert places["province"] == province and places["communes"][0]["name"] == commune
    assert places["communes"][0]["office"]["name"].endswith("xã 'Thượng' Lâm: #1 \\ cũ")
    checked = CliRunner().invoke(main, ["check", str(root)])
    assert "syntax" not in checked.output and "communes[0].office.address: must not be empty" in checked.output
