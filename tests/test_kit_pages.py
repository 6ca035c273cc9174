"""The posting kit: a page of instructions and a page of biên bản per village, the closing
line ("Dán xong, trưởng thôn ghi ngày, ký biên bản…") never on a page of its own, even for a
long list of sheets (issue 15, item 8)."""

from __future__ import annotations


import pytest
from click.testing import CliRunner

from noticeboard.cli import main

from .long_texts import write_long_project
from .test_desk import pages_text


@pytest.fixture(scope="module")
def kit(tmp_path_factory) -> list[str]:
    tmp = tmp_path_factory.mktemp("kit")
    root = write_long_project(tmp / "p")  # 9 and 10 sheets per village, titles over two lines
    result = CliRunner().invoke(main, ["build", str(root), "-o", str(tmp / "out")])
    assert result.exit_code == 0, result.output
    return pages_text(tmp / "out" / "xa-thuong-lam" / "bo-niem-yet.pdf")


def test_two_pages_per_village(kit: list[str]) -> None:
    assert len(kit) == 2 * 2


def test_the_closing_line_is_on_the_instructions_page(kit: list[str]) -> None:
    closing = [i for i, page in enumerate(kit) if "Dán xong, trưởng thôn ghi ngày" in page]
    assert closing == [0, 2] and all("Cần hỏi, xin gọi" in kit[i] for i in closing)


def test_the_signatures_are_on_the_biên_bản_page(kit: list[str]) -> None:
    assert [i for i, page in enumerate(kit) if "ĐẠI DIỆN THÔN" in page] == [1, 3]
    assert all("BIÊN BẢN NIÊM YẾT" in kit[i] for i in (1, 3))


def test_a_first_kit_says_to_take_down_what_the_village_lists_out_of_force(tmp_path) -> None:
    """No earlier build to compare with, yet check warns that a listed procedure is abolished:
    its old sheet may be on the wall, and the kit says so (one not yet in force is not)."""
    from click.testing import CliRunner

    from noticeboard.cli import main

    from .conftest import CATALOGUE, PLACES, write_project
    from .test_desk import pages_text

    catalogue = CATALOGUE.replace('    documents: ["Tờ khai đăng ký khai tử", "Giấy báo tử"]\n',
                                  '    documents: ["Tờ khai đăng ký khai tử", "Giấy báo tử"]\n'
                                  '    effective_until: 2026-09-03\n'
                                  '    decision: "1300/QĐ-UBND"\n'
                                  '  - code: "2.000815"\n    name: "Chứng thực chữ ký"\n    field: "Chứng thực"\n'
                                  '    agency: "UBND xã"\n    time: "1 ngày"\n    fee: "10.000 đồng"\n'
                                  '    effective_from: 2027-01-01\n')
    places = PLACES.replace('posted: ["1.001193", "1.000656"]', 'posted: ["1.001193", "1.000656", "2.000815"]')
    root = write_project(tmp_path / "p", places, catalogue)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(root), "-o", str(out), "--date", "04/12/2026"])
    assert result.exit_code == 0, result.output
    kit = " ".join(" ".join(pages_text(out / "xa-thuong-lam" / "bo-niem-yet.pdf")).split())
    assert ("Các tờ cần thay hoặc gỡ xuống Tờ cần gỡ xuống • Đăng ký khai tử (1.000656): thủ tục đã hết hiệu lực "
            "— theo Quyết định 1300/QĐ-UBND") in kit
    assert "Không có tờ nào cần thay hay gỡ" not in kit and "Chứng thực chữ ký" not in kit
    assert not (out / "xa-thuong-lam" / "thay-doi.pdf").exists()  # nothing to compare with: no report
