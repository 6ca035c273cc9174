"""Loading and validation: the model, NFC, locations of errors, the glyph check."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from noticeboard.errors import DataError
from noticeboard.load import load_project

from .conftest import CATALOGUE, PLACES, write_project


def problems_of(root: Path) -> list[str]:
    with pytest.raises(DataError) as info:
        load_project(root)
    return [str(p) for p in info.value.problems]


def test_sample_loads(sample: Path) -> None:
    project = load_project(sample)
    assert {c.name for c in project.places.communes} == {"Xã Lâm Bình", "Xã Thượng Lâm", "Xã Bình An", "Xã Minh Quang"}
    assert len(project.procedures) >= 14
    assert project.procedures["1.001193"].online.host == "dichvucong.gov.vn"


def test_defaults(project: Path) -> None:
    p = load_project(project)
    village = p.places.communes[0].villages[0]
    assert village.cultural_house == "Nhà văn hóa thôn Nà Tông"
    assert village.slug == "thon-na-tong" and p.places.communes[0].slug == "xa-thuong-lam"
    assert p.settings.paper == "A4" and p.settings.title == "Thủ tục hành chính thường gặp"


def test_decomposed_input_loads_as_nfc(tmp_path: Path) -> None:
    nfd = write_project(tmp_path / "nfd", unicodedata.normalize("NFD", PLACES),
                        unicodedata.normalize("NFD", CATALOGUE))
    nfc = write_project(tmp_path / "nfc")
    a, b = load_project(nfd), load_project(nfc)
    assert a.places == b.places
    assert a.procedures == b.procedures
    assert unicodedata.is_normalized("NFC", a.procedures["1.001193"].name)


def test_unknown_posted_code_names_village_line_and_hint(tmp_path: Path) -> None:
    places = PLACES + '        posted: ["1.00193"]\n'
    found = problems_of(write_project(tmp_path / "p", places))
    assert len(found) == 1
    assert found[0].startswith('places.yaml:12:18: communes[0].villages[0].posted[0]: unknown procedure code '
                               '"1.00193" (did you mean "1.001193"?)\n    hint: Thôn Nà Tông posts it')


def test_unknown_key_did_you_mean(tmp_path: Path) -> None:
    found = problems_of(write_project(tmp_path / "p", catalogue=CATALOGUE.replace("    agency:", "    agenc:", 1)))
    # one mistake, one message: not also "required field agency is missing"
    assert found == ['procedures/catalogue.yaml:5:5: procedures[0].agenc: unknown key "agenc"\n    hint: did you mean "agency"?']


def test_errors_from_several_files_reported_together(tmp_path: Path) -> None:
    bad_catalogue = CATALOGUE.replace('"1.000656"', '"1.0006"').replace("    documents:\n      -", "    documents: []\n    x:\n      -", 1)
    bad_places = PLACES.replace('"Tuyên Quang"', "[]")
    found = problems_of(write_project(tmp_path / "p", bad_places, bad_catalogue, settings="paper: A2\n"))
    text = "\n".join(found)
    assert "noticeboard.yaml:1:8: paper: expected one of 'A4', 'A3' or 'A5' but received \"A2\"" in text
    assert 'procedures/catalogue.yaml:15:11: procedures[1].code: "1.0006" is not a procedure code' in text
    assert "places.yaml:1:11: province: expected text, got a list" in text
    assert "documents:" not in text and "].documents" not in text  # [] is allowed (formats.md)
    assert 'procedures/catalogue.yaml:9:5: procedures[0].x: unknown key "x"' in text
    assert found == sorted(found, key=lambda s: (s.split(":")[0], int(s.split(":")[1])))


def test_duplicate_code_and_duplicate_village(tmp_path: Path) -> None:
    catalogue = CATALOGUE.replace('"1.000656"', '"1.001193"')
    places = PLACES + '      - name: "Thôn Nà Tông"\n'
    text = "\n".join(problems_of(write_project(tmp_path / "p", places, catalogue)))
    assert 'procedures[1].code: procedure code "1.001193" is used twice' in text
    assert "first used at procedures/catalogue.yaml:2" in text
    assert 'places.yaml:12:15: communes[0].villages[1].name: village "Thôn Nà Tông" appears twice' in text


def test_missing_glyph_is_an_error_naming_the_character(tmp_path: Path) -> None:
    catalogue = CATALOGUE.replace("Giấy báo tử", "Giấy báo tử ✈")
    text = "\n".join(problems_of(write_project(tmp_path / "p", catalogue=catalogue)))
    assert "procedures/catalogue.yaml:20:57: procedures[1].documents[1]: character \"✈\" U+2708 (AIRPLANE) is not in the poster font" in text


def test_every_label_is_printable() -> None:
    from noticeboard.fonts import covered
    from noticeboard.labels import all_label_text

    missing = {ch for ch in all_label_text() if ord(ch) not in covered()}
    assert not missing


def test_foreign_link_refused(tmp_path: Path) -> None:
    catalogue = CATALOGUE.replace("https://dichvucong.gov.vn/", "https://dichvucong.gov.vn.example.com/")
    text = "\n".join(problems_of(write_project(tmp_path / "p", catalogue=catalogue)))
    assert 'procedures[0].online.url: host "dichvucong.gov.vn.example.com" is not an allowed host' in text


@pytest.mark.parametrize("phone", [
    "0912 345 678", "0912.345.678", "0912-345-678", "0207 3870 101", "+84 912 345 678",
    "+84 207 3870 101", "1800 1234", "1900 123 456", "113", "1022", "0207 3870 101 máy lẻ 12",
    "“0207 3870 101”"])  # Word quotes around the whole value are removed
def test_callable_phone_numbers_pass(tmp_path: Path, phone: str) -> None:
    places = PLACES.replace('"0207 3870 202"', f'"{phone}"')
    project = load_project(write_project(tmp_path / "p", places))
    # held in the standard grouping, whatever dots or dashes were typed
    assert project.places.communes[0].office.phone == phone.strip("“”").replace(".", " ").replace("-", " ")


@pytest.mark.parametrize("phone, message", [
    ("0207 3878 12", '"0207 3878 12" is not a phone number people can call (10 digits)'),  # one digit short
    ("0912 345 67", "(9 digits)"), ("0112 345 678", "(10 digits)"), ("12345", "(5 digits)"),
    ("0912 345 67O", '"O" is not a digit'), ("0912 “345” 678", '"“" is not a digit'),
    ("+1 555 0100", "is not a Vietnamese number (+84)"), ("0912 345 678.", "its digits are not in groups")])
def test_phone_numbers_people_cannot_call_are_errors(tmp_path: Path, phone: str, message: str) -> None:
    places = PLACES.replace('"0207 3870 202"', f'"{phone}"') + f'        head: {{name: "Hoàng Văn A", phone: "{phone}"}}\n'
    found = problems_of(write_project(tmp_path / "p", places))
    assert [f.split(": ", 2)[:2] for f in found] == [["places.yaml:7:14", "communes[0].office.phone"],
                                                     ["places.yaml:12:44", "communes[0].villages[0].head.phone"]]
    assert all(message in f and "(warning)" not in f for f in found), found


def test_every_missing_character_of_a_field_is_reported(tmp_path: Path) -> None:
    catalogue = CATALOGUE.replace("Giấy báo tử", "Giấy báo tử ☎ ✆ ☎")
    found = problems_of(write_project(tmp_path / "p", catalogue=catalogue))
    assert [f.split(": ", 2)[0] for f in found] == ["procedures/catalogue.yaml:20:57", "procedures/catalogue.yaml:20:59"]
    assert "U+260E" in found[0] and "U+2706" in found[1]


def test_translation_without_vietnamese_text_is_an_error(tmp_path: Path) -> None:
    catalogue = CATALOGUE.replace("    online:", '    translations:\n      tay: {steps: ["Tày"]}\n    online:', 1)
    found = problems_of(write_project(tmp_path / "p", catalogue=catalogue))
    assert found == ['procedures/catalogue.yaml:12:13: procedures[0].translations.tay.steps: a translation of '
                     '"steps", but the procedure has no steps in Vietnamese\n    hint: add steps: in Vietnamese '
                     "to the procedure, or remove the translation"]


def test_village_posting_nothing_is_an_error(tmp_path: Path) -> None:
    places = PLACES + '        not_posted: ["1.001193", "1.000656"]\n'
    found = problems_of(write_project(tmp_path / "p", places))
    assert found == ['places.yaml:11:9: communes[0].villages[0]: village "Thôn Nà Tông" posts no procedure: '
                     "its PDF would be empty\n    hint: remove some codes from not_posted:, or add codes to posted:"]


def test_title_checked_as_printed_in_capitals(tmp_path: Path) -> None:
    found = problems_of(write_project(tmp_path / "p", settings='title: "Thủ tục (lưới 500µm)"\n'))
    assert len(found) == 1 and found[0].startswith('noticeboard.yaml:1:8: title: character "Μ" U+039C')
