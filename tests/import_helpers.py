"""Shared by the import tests: a one-commune project around an imported catalogue."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "import"

PLACES = """\
province: "Tuyên Quang"
communes:
  - name: "Xã Thượng Lâm"
    office:
      name: "Trung tâm Phục vụ hành chính công xã Thượng Lâm"
      address: "Thôn Nà Đông, xã Thượng Lâm, tỉnh Tuyên Quang"
      phone: "0207 3870 202"
      hours: "Sáng 7h30–11h30"
    posted: {posted}
    villages:
      - name: "Thôn Nà Tông"
"""


def project_with(tmp: Path, catalogue: Path, codes: list[str]) -> Path:
    root = tmp / "project"
    (root / "procedures").mkdir(parents=True)
    (root / "procedures" / catalogue.name).write_bytes(catalogue.read_bytes())
    (root / "places.yaml").write_text(PLACES.format(posted=str(codes).replace("'", '"')), encoding="utf-8")
    return root
