"""`noticeboard import decision`: what the acceptance trial found (issue 16, second round): where
to go kept apart from who decides, CSV catalogues edited, annex tables without ruling lines,
amendments in force later written with their day, and the app's words for its own controls."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from noticeboard.decisions import apply_import, plan_import
from noticeboard.load.project import load_project

from .test_decisions import FIXTURES, TODAY, _annex_docx

HEAD = ["STT", "Mã TTHC", "Tên TTHC", "Thời hạn giải quyết", "Địa điểm thực hiện", "Phí, lệ phí",
        "Căn cứ pháp lý", "Cơ quan thực hiện"]
TITLE = ["ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG", "Số: 1400/QĐ-UBND", "Tuyên Quang, ngày 20 tháng 11 năm 2026",
         "Quyết định này có hiệu lực thi hành kể từ ngày ký.", "THỦ TỤC HÀNH CHÍNH CẤP XÃ"]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "xa"
    shutil.copytree(FIXTURES / "project", root)
    return root


def _apply(root: Path, *files: Path, day=TODAY) -> list[Path]:
    return apply_import(plan_import(root, list(files), day=day))


# Where to go is not who decides ----------------------------------------------------------------

def test_the_place_column_goes_to_place_and_the_agency_column_to_agency(project: Path, tmp_path: Path) -> None:
    annex = _annex_docx(tmp_path / "qd.docx", TITLE + ["Danh mục thủ tục hành chính được sửa đổi, bổ sung", [
        HEAD, ["1", "1.001193", "Đăng ký khai sinh", "1 ngày làm việc", "Bộ phận Một cửa xã", "Miễn lệ phí",
               "Luật Hộ tịch năm 2014", "Công an xã"]]])
    _apply(project, annex)
    p = load_project(project).procedures["1.001193"]
    assert (p.agency, p.place) == ("Công an xã", "Bộ phận Một cửa xã")
