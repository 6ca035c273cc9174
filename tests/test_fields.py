"""The field registry: each procedure field declared once, and what derives from it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from noticeboard import fields
from noticeboard import model as m
from noticeboard.errors import DataError
from noticeboard.importers import spreadsheet
from noticeboard.load import load_project, schema

from .conftest import PLACES, CATALOGUE, KHAI_SINH, write_project

ID = KHAI_SINH.rsplit("/", 1)[1]


def test_schema_model_and_headers_derive_from_the_registry() -> None:
    names = [f.name for f in fields.FIELDS]
    assert list(schema.ProcedureIn.model_fields) == names
    model_fields = [f.name for f in dataclasses.fields(m.Procedure) if f.name != "source"]
    assert model_fields == names
    assert [n for n, i in schema.ProcedureIn.model_fields.items() if i.is_required()] == list(fields.REQUIRED)
    assert list(schema.TranslationIn.model_fields) == list(m.TRANSLATABLE) == list(fields.TRANSLATABLE)
    assert "legal_basis" in schema.OfficialIn.model_fields and "legal_basis" not in fields.TRANSLATABLE
    for f in fields.columns():  # every workbook header is read back as its own column
        assert spreadsheet.column_key(f.header) == f.name, f.header


@pytest.mark.parametrize("header, key", [
    ("Hiệu lực từ", "effective_from"), ("HẾT HIỆU LỰC TỪ ngày", "effective_until"),
    ("Thay thế bởi", "replaced_by"), ("Quyết định công bố", "decision"),
    ("Mã định danh", "id"), ("Mã TTHC", "code"), ("Mẫu đơn, tờ khai", "forms")])
def test_new_headers(header: str, key: str) -> None:
    assert spreadsheet.column_key(header) == key


@pytest.mark.parametrize("text, day", [
    ("04/09/2026", dt.date(2026, 9, 4)), ("4/9/2026", dt.date(2026, 9, 4)),
    ("2026-09-04", dt.date(2026, 9, 4)), (dt.datetime(2026, 9, 4, 0, 0), dt.date(2026, 9, 4)),
    ("31/02/2026", None), ("09/2026", None), ("", None)])
def test_parse_date(text, day) -> None:
    assert fields.parse_date(text) == day


NEW_KEYS = f"""\
  - code: "1.000894"
    name: "Đăng ký kết hôn"
    field: "Hộ tịch"
    agency: "UBND xã"
    time: "1 ngày làm việc"
    fee: "Miễn lệ phí"
    steps: []
    effective_from: 2026-09-04
    effective_until: "01/03/2027"
    replaced_by: "1.000656"
    decision: "3523/QĐ-UBND"
    online: {{id: "{ID}", scope: full}}
    official:
      documents: ["Tờ khai đăng ký kết hôn theo mẫu"]
      fee: "Miễn lệ phí đăng ký kết hôn"
"""


def test_new_keys_load(tmp_path: Path) -> None:
    p = load_project(write_project(tmp_path / "p", catalogue=CATALOGUE + NEW_KEYS)).procedures["1.000894"]
    assert p.effective_from == dt.date(2026, 9, 4) and p.effective_until == dt.date(2027, 3, 1)
    assert p.replaced_by == "1.000656" and p.decision == "3523/QĐ-UBND"
    assert p.online == m.Online(KHAI_SINH, "full")  # id: shorthand for the portal page
    assert p.documents == () and p.steps == ()  # absent and [] both mean none
    assert p.official == {"documents": ("Tờ khai đăng ký kết hôn theo mẫu",), "fee": "Miễn lệ phí đăng ký kết hôn"}


@pytest.mark.parametrize("edit, message", [
    (("2026-09-04", "04.13.2026"), 'procedures[2].effective_from: "04.13.2026" is not a date'),
    ((f'id: "{ID}"', "id: 12"), 'procedures[2].online.id: "12" is not a portal id'),
    ((f'id: "{ID}", ', f'id: "{ID}", url: "{KHAI_SINH}", '), "procedures[2].online: online needs either url: or id:"),
    (('replaced_by: "1.000656"', 'replaced_by: "1.0656"'), 'procedures[2].replaced_by: "1.0656" is not a procedure code'),
    (("fee: \"Miễn lệ phí đăng ký kết hôn\"", "fees: x"), 'procedures[2].official.fees: unknown key "fees"'),
])
def test_new_keys_refused_with_their_place(tmp_path: Path, edit, message) -> None:
    # posted, so its mistakes are errors (in a row no village posts they are warnings: test_triage)
    root = write_project(tmp_path / "p", PLACES + '        posted: ["1.000894"]\n',
                         catalogue=CATALOGUE + NEW_KEYS.replace(*edit))
    with pytest.raises(DataError) as info:
        load_project(root)
    assert any(message in str(p) for p in info.value.problems), info.value.report()


def test_search_links_setting(tmp_path: Path) -> None:
    assert load_project(write_project(tmp_path / "a")).settings.search_links is True
    off = load_project(write_project(tmp_path / "b", settings="search_links: false\n"))
    assert off.settings.search_links is False
    with pytest.raises(DataError, match="1 problem"):
        load_project(write_project(tmp_path / "c", settings="search_links: maybe\n"))
