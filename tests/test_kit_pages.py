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
