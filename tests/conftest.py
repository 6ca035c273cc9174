"""Shared fixtures: the bundled sample, small projects written from YAML text, PDF readers."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from noticeboard.resources import sample_project

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def english_messages(monkeypatch):
    """Most tests read English messages (``--lang en``); tests of the Vietnamese default
    (tests/test_messages.py) remove this with ``monkeypatch.delenv``."""
    monkeypatch.setenv("NOTICEBOARD_LANG", "en")

KHAI_SINH = "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7"

CATALOGUE = f"""\
procedures:
  - code: "1.001193"
    name: "Đăng ký khai sinh"
    field: "Hộ tịch"
    agency: "UBND xã"
    time: "1 ngày làm việc"
    fee: "Miễn lệ phí"
    documents:
      - "Tờ khai đăng ký khai sinh"
      - "Giấy chứng sinh"
    online:
      url: "{KHAI_SINH}"
      scope: partial
  - code: "1.000656"
    name: "Đăng ký khai tử"
    field: "Hộ tịch"
    agency: "UBND xã"
    time: "1 ngày làm việc"
    fee: "Miễn lệ phí"
    documents: ["Tờ khai đăng ký khai tử", "Giấy báo tử"]
"""

PLACES = """\
province: "Tuyên Quang"
communes:
  - name: "Xã Thượng Lâm"
    office:
      name: "Trung tâm Phục vụ hành chính công xã Thượng Lâm"
      address: "Thôn Nà Đông, xã Thượng Lâm"
      phone: "0207 3870 202"
      hours: "Sáng 7h30–11h30, chiều 13h30–17h00"
    posted: ["1.001193", "1.000656"]
    villages:
      - name: "Thôn Nà Tông"
"""


def write_project(root: Path, places: str = PLACES, catalogue: str | None = CATALOGUE,
                  settings: str | None = None, extra: dict[str, str | bytes] | None = None) -> Path:
    """A project folder from YAML texts (dedented); returns its path."""
    root.mkdir(parents=True, exist_ok=True)
    files: dict[str, str | bytes] = {"places.yaml": places}
    if catalogue is not None:
        files["procedures/catalogue.yaml"] = catalogue
    if settings is not None:
        files["noticeboard.yaml"] = settings
    files.update(extra or {})
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
    return root


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return write_project(tmp_path / "project")


@pytest.fixture(scope="session")
def sample() -> Path:
    return sample_project()


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
