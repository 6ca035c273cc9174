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
