"""What a clerk gets wrong, refused before printing: one mistake gives one message."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from noticeboard.cli import main
from noticeboard.errors import DataError
from noticeboard.load import load_project

from .conftest import CATALOGUE, PLACES, write_project


def _procedure(code: str, name: str) -> str:
    return (f'  - code: "{code}"\n    name: "{name}"\n    field: "Hộ tịch"\n    agency: "UBND xã"\n'
            f'    time: "1 ngày làm việc"\n    fee: "Miễn lệ phí"\n')


CODES = [f"1.00{n:04d}" for n in range(1000, 1012)]
BIG = "procedures:\n" + "".join(_procedure(c, f"Thủ tục số {i}") for i, c in enumerate(CODES))
VILLAGES = "".join(f'      - name: "Thôn Số {i}"\n        posted: ["{CODES[i]}", "{CODES[i + 1]}"]\n'
                   for i in range(10))
MANY = PLACES.replace('    posted: ["1.001193", "1.000656"]\n', f'    posted: ["{CODES[0]}", "{CODES[5]}"]\n') + VILLAGES


def _problems(root: Path) -> list[str]:
    with pytest.raises(DataError) as info:
        load_project(root)
    return [str(p) for p in info.value.problems]


def test_a_misspelt_key_is_one_message_not_a_dropped_file(tmp_path: Path) -> None:
    catalogue = BIG.replace('    fee: "Miễn lệ phí"\n', '    fees: "Miễn lệ phí"\n', 6)  # procedure 5: all posted
    catalogue = catalogue.replace('    fees: "Miễn lệ phí"\n', '    fee: "Miễn lệ phí"\n', 5)
    found = _problems(write_project(tmp_path / "p", MANY, catalogue))
    assert found == ['procedures/catalogue.yaml:37:5: procedures[5].fees: unknown key "fees"\n'
                     '    hint: did you mean "fee"?']
    # the other procedures of that file loaded: a real unknown code elsewhere is still reported
    places = MANY + '      - name: "Thôn Mới"\n        posted: ["1.001009"]\n'
    found = _problems(write_project(tmp_path / "q", places, catalogue))
    assert len(found) == 1 and "fees" in found[0]  # 1.001009 exists (it is CODES[9])
    places = MANY + '      - name: "Thôn Mới"\n        posted: ["2.999999"]\n'
    found = _problems(write_project(tmp_path / "r", places, catalogue))
    assert len(found) == 2 and any('unknown procedure code "2.999999"' in f for f in found)


def test_a_catalogue_that_cannot_be_read_causes_no_follow_on_errors(tmp_path: Path) -> None:
    catalogue = BIG.replace('name: "Thủ tục số 3"', 'name: "Thủ tục số 3')
    found = _problems(write_project(tmp_path / "p", MANY, catalogue))
    assert len(found) == 1 and found[0].startswith("procedures/catalogue.yaml:21:11: YAML syntax error")


def test_a_bad_code_in_the_catalogue_is_reported_there_only(tmp_path: Path) -> None:
    catalogue = BIG.replace(f'code: "{CODES[5]}"', 'code: "1.0010005"')
    found = _problems(write_project(tmp_path / "p", MANY, catalogue))
    assert len(found) == 1 and '"1.0010005" is not a procedure code' in found[0]


@pytest.mark.parametrize("other", ["Bản Nà Tông", "thôn nà tông", "THÔN NA TONG", "Nà Tông"])
def test_villages_differing_only_by_prefix_case_or_accents(tmp_path: Path, other: str) -> None:
    found = _problems(write_project(tmp_path / "p", PLACES + f'      - name: "{other}"\n'))
    assert len(found) == 1 and found[0].startswith("places.yaml:12:15: communes[0].villages[1].name:")
    assert "Thôn Nà Tông" in found[0]
    # a different village is fine
    load_project(write_project(tmp_path / "ok", PLACES + '      - name: "Bản Nà Khà"\n'))


def test_word_quotes_around_a_value_are_removed(tmp_path: Path) -> None:
    catalogue = CATALOGUE.replace('name: "Đăng ký khai sinh"', 'name: "“Đăng ký khai sinh”"')
    places = PLACES.replace('address: "Thôn Nà Đông, xã Thượng Lâm"', "address: ‘Thôn Nà Đông, xã Thượng Lâm’")
    p = load_project(write_project(tmp_path / "p", places, catalogue))
    assert p.procedures["1.001193"].name == "Đăng ký khai sinh"
    assert p.places.communes[0].office.address == "Thôn Nà Đông, xã Thượng Lâm"
    inside = CATALOGUE.replace('name: "Đăng ký khai sinh"', 'name: "Đăng ký “khai sinh”"')
    assert load_project(write_project(tmp_path / "q", catalogue=inside)).procedures["1.001193"].name == "Đăng ký “khai sinh”"


@pytest.mark.parametrize("edit, at", [
    (('    name: "Đăng ký khai tử"', '    name "Đăng ký khai tử"'), "procedures/catalogue.yaml:15:5:"),
    (('documents: ["Tờ khai đăng ký khai tử", "Giấy báo tử"]', 'documents: ["Tờ khai đăng ký khai tử", "Giấy báo tử"'),
     "procedures/catalogue.yaml:20:16:"),
    (('    field: "Hộ tịch"\n    agency: "UBND xã"\n    time: "1 ngày làm việc"\n    fee: "Miễn lệ phí"\n    documents: [',
      "    field: 'Hộ tịch\n    agency: \"UBND xã\"\n    time: \"1 ngày làm việc\"\n    fee: \"Miễn lệ phí\"\n    documents: ["),
     "procedures/catalogue.yaml:16:12:"),
])
def test_a_syntax_error_names_the_line_of_the_mistake(tmp_path: Path, edit, at: str) -> None:
    found = _problems(write_project(tmp_path / "p", catalogue=CATALOGUE.replace(*edit)))
    assert len(found) == 1 and found[0].startswith(at + " YAML syntax error"), found


def test_missing_papers_are_allowed_and_counted(tmp_path: Path) -> None:
    catalogue = CATALOGUE.replace('    documents: ["Tờ khai đăng ký khai tử", "Giấy báo tử"]\n', "    documents: []\n")
    result = CliRunner().invoke(main, ["check", str(write_project(tmp_path / "p", catalogue=catalogue))])
    assert result.exit_code == 0, result.output
    assert "1 posted procedures have no papers to bring (documents:): 1.000656" in result.output
    assert "1 without papers" in result.output.splitlines()[-2]
