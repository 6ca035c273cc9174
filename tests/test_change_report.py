"""The change report as a clerk reads it (issue 15, item 8): a page that continues a village's
list starts with the village's name, the decision recorded in the catalogue is named, and
`build` says that a report was written and where."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from noticeboard.cli import main

from .conftest import CATALOGUE, PLACES, write_project
from .test_desk import pages_text

VILLAGES = [f"Thôn Số {i}" for i in range(1, 31)]
MANY = PLACES.replace('      - name: "Thôn Nà Tông"\n', "".join(f'      - name: "{v}"\n' for v in VILLAGES))
DECIDED = CATALOGUE.replace('    fee: "Miễn lệ phí"\n    documents:\n',
                            '    fee: "Miễn lệ phí"\n    decision: "3523/QĐ-UBND"\n    documents:\n')


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> dict:
    root = write_project(tmp_path_factory.mktemp("report") / "p", MANY, DECIDED)
    out = root.parent / "out"
    runner = CliRunner()
    first = runner.invoke(main, ["--lang", "en", "build", str(root), "-o", str(out), "--date", "26/11/2026"])
    assert first.exit_code == 0, first.output
    changed = DECIDED.replace('fee: "Miễn lệ phí"', 'fee: "8.000 đồng"').replace(
        '"1 ngày làm việc"', '"2 ngày làm việc"')
    (root / "procedures/catalogue.yaml").write_text(changed, "utf-8")
    second = runner.invoke(main, ["--lang", "en", "build", str(root), "-o", str(out), "--date", "28/12/2026"])
    assert second.exit_code == 0, second.output
    return {"first": first.output, "second": second.output, "out": out,
            "pages": pages_text(out / "xa-thuong-lam" / "thay-doi.pdf")}


def test_build_says_a_change_report_was_written_and_where(rebuilt) -> None:
    report = rebuilt["out"].resolve() / "xa-thuong-lam" / "thay-doi.pdf"
    assert f"Change report (what changed since the last build, for the village heads): {report}" in rebuilt["second"]


def test_a_first_build_mentions_no_change_report(rebuilt) -> None:
    assert "Change report" not in rebuilt["first"]


def test_the_decision_recorded_in_the_catalogue_is_in_the_report(rebuilt) -> None:
    assert "phí, lệ phí (nay là: 8.000 đồng) — theo Quyết định 3523/QĐ-UBND" in rebuilt["pages"][0]


def test_a_continued_page_keeps_the_village_name(rebuilt) -> None:
    pages = rebuilt["pages"]
    assert len(pages) > 2
    continued = [p for p in pages[1:] if "(tiếp theo)" in p]
    assert continued
    for page in pages[1:]:
        body = re.split(r"Trang \d+/\d+ ", page, maxsplit=1)[1]  # after the running head and foot
        assert body.startswith(("Thôn Số", "Theo từng thôn")), body[:80]


def test_a_build_for_a_day_before_the_last_one_says_so_and_credits_no_decision_wrongly(tmp_path) -> None:
    """A trial built for 05/01/2027, then for 05/12/2026: the sheet of a procedure abolished
    from 01/01/2027 came back "theo" the decision abolishing it, and nothing said the date went
    back."""
    catalogue = DECIDED.replace('    decision: "3523/QĐ-UBND"\n',
                                '    decision: "1400/QĐ-UBND"\n    effective_until: 2027-01-01\n')
    root = write_project(tmp_path / "p", PLACES, catalogue)
    out = tmp_path / "out"
    runner = CliRunner()
    later = runner.invoke(main, ["build", str(root), "-o", str(out), "--date", "05/01/2027"])
    assert later.exit_code == 0, later.output
    assert "lần in trước" not in later.output
    back = runner.invoke(main, ["--lang", "vi", "build", str(root), "-o", str(out), "--date", "05/12/2026"])
    assert back.exit_code == 0, back.output
    assert ("Chú ý: lần in trước vào thư mục này là cho ngày 05/01/2027, sau ngày 05/12/2026 của lần in này"
            in back.stderr)
    text = " ".join(" ".join(pages_text(out / "xa-thuong-lam" / "thay-doi.pdf")).split())
    assert "Đăng ký khai sinh (1.001193)" in text and "1400/QĐ-UBND" not in text


def test_a_sheet_taken_down_for_a_replaced_procedure_names_its_replacement(tmp_path) -> None:
    """A trial read only "thủ tục đã hết hiệu lực" for 1.004884, replaced by 1.013785."""
    catalogue = DECIDED.replace('    documents: ["Tờ khai đăng ký khai tử", "Giấy báo tử"]\n',
                                '    documents: ["Tờ khai đăng ký khai tử", "Giấy báo tử"]\n'
                                '    effective_until: 2026-12-01\n    replaced_by: "1.013785"\n'
                                '  - code: "1.013785"\n    name: "Đăng ký khai tử (liên thông)"\n'
                                '    field: "Hộ tịch"\n    agency: "UBND xã"\n    time: "1 ngày làm việc"\n'
                                '    fee: "Miễn lệ phí"\n    effective_from: 2026-12-01\n')
    root = write_project(tmp_path / "p", PLACES, catalogue)
    out = tmp_path / "out"
    for day in ("26/11/2026", "28/12/2026"):
        result = CliRunner().invoke(main, ["build", str(root), "-o", str(out), "--date", day])
        assert result.exit_code == 0, result.output
    text = " ".join(" ".join(pages_text(out / "xa-thuong-lam" / "thay-doi.pdf")).split())
    assert ("Đăng ký khai tử (1.000656) (tờ đang dán ghi Cập nhật 26/11/2026): thủ tục đã hết hiệu lực, "
            "thay bằng thủ tục 1.013785 “Đăng ký khai tử (liên thông)”") in text


def test_a_kept_sheet_whose_page_numbers_move_is_a_new_sheet(tmp_path) -> None:
    """A trial kept a sheet on the wall that said "Trang 7/10" while the new board said "xem
    trang 6": a sheet that now starts on another page is to be replaced, and says so."""
    root = write_project(tmp_path / "p", PLACES, DECIDED)
    out = tmp_path / "out"
    first = CliRunner().invoke(main, ["build", str(root), "-o", str(out), "--date", "26/11/2026"])
    assert first.exit_code == 0, first.output
    (root / "places.yaml").write_text(PLACES.replace('posted: ["1.001193", "1.000656"]', 'posted: ["1.000656"]'),
                                      "utf-8")
    second = CliRunner().invoke(main, ["build", str(root), "-o", str(out), "--date", "28/12/2026"])
    assert second.exit_code == 0, second.output
    text = " ".join(" ".join(pages_text(out / "xa-thuong-lam" / "thay-doi.pdf")).split())
    assert "Đăng ký khai tử (1.000656) (tờ mới ghi Cập nhật 28/12/2026): số trang ở chân tờ" in text
    sheet = [t for t in pages_text(out / "xa-thuong-lam" / "thon-na-tong.pdf") if "Tờ khai đăng ký khai tử" in t]
    assert sheet and all("Cập nhật: 28/12/2026" in t for t in sheet)
