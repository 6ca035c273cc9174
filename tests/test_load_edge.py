"""Loader behaviour the corpus does not show by itself."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from noticeboard.errors import DataError
from noticeboard.load import load_project
from noticeboard.load.legacy import legacy_kind
from noticeboard.load.source import MAX_BYTES
from noticeboard.slug import slugify

ROOT = Path(__file__).parent.parent
BASE = Path(__file__).parent / "corpus" / "ok-utf8-bom"


def project(tmp_path: Path) -> Path:
    target = tmp_path / "p"
    shutil.copytree(BASE, target, ignore=shutil.ignore_patterns("expect.txt"))
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8-sig")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_every_problem_in_one_run_sorted(tmp_path: Path) -> None:
    """Five mistakes in three files: all reported, ordered by file and line."""
    p = project(tmp_path)
    (p / "noticeboard.yaml").write_text("paper: A2\n", "utf-8")
    cat = p / "procedures" / "x.yaml"
    edit(cat, 'code: "1.000656"', 'code: "1.0656"')
    edit(cat, '    name: "Đăng ký kết hôn"', '    nmae: "Đăng ký kết hôn"')
    edit(p / "places.yaml", 'name: "Thôn Nà Khà"', 'name: "Thôn Nà Tông"')
    edit(p / "places.yaml", 'hours: "Sáng', 'hours: "\u200bSáng')
    with pytest.raises(DataError) as info:
        load_project(p)
    shown = [(x.file, x.line) for x in info.value.problems]
    assert shown == sorted(shown)
    text = info.value.report()
    for part in ["noticeboard.yaml:1:8: paper:", "places.yaml:8:15: communes[0].office.hours:",
                 "places.yaml:12:15: communes[0].villages[1].name:", "procedures/x.yaml:14:11:",
                 "procedures/x.yaml:22:5: procedures[2].nmae:"]:
        assert part in text
    assert len({x.file for x in info.value.problems}) == 3


def test_size_limit(tmp_path: Path) -> None:
    p = project(tmp_path)
    cat = p / "procedures" / "x.yaml"
    cat.write_bytes(cat.read_bytes() + b"#" * MAX_BYTES)
    with pytest.raises(DataError, match="1 problem") as info:
        load_project(p)
    assert "procedures/x.yaml:1:1: file is 2.0 MB; the limit is 2 MB" in info.value.report()


@pytest.mark.parametrize("folder", [ROOT / "samples" / "lam-binh"])
def test_bundled_data_is_clean(folder: Path) -> None:
    load_project(folder, strict=True)


REAL = ["Đăng ký khai sinh", "Ưu tiên người cao tuổi", "Ơn nghĩa", "Giấy chứng sinh", "Thôn Nà Tông",
        "Cà Mau", "Bàn giao", "Tày, Dao, Mông, Pà Thẻn", "«Luật Hộ tịch»", "Diện tích 50 m², 30°C",
        "Sáng 7h30–11h30", "Hồ sơ: bản chính; bản sao (nếu có)", "Chứng thực chữ ký",
        "THỦ TỤC HÀNH CHÍNH", "Khoá học", "Quá hạn", "Thuỷ lợi", "Hoà giải", "Xã Thượng Lâm", "Bản Chợ"]


@pytest.mark.parametrize("text", REAL)
def test_real_vietnamese_is_never_mojibake(text: str) -> None:
    assert legacy_kind(text) is None


@pytest.mark.parametrize("text,kind", [("§¨ng ký khai sinh", "TCVN3 (ABC)"), ("KÕt h«n", "TCVN3 (ABC)"),
                                       ("Ñaêng kyù khai sinh", "VNI"), ("Hoä tòch", "VNI")])
def test_mojibake_is_named(text: str, kind: str) -> None:
    assert legacy_kind(text) == kind


@pytest.mark.parametrize("name", ["../../x", "..", "CON", "nul", "aux.txt", "", "***", "/etc/passwd", "C:\\x"])
def test_slugs_stay_inside_the_folder(name: str) -> None:
    slug = slugify(name)
    assert slug and slug.isascii() and "/" not in slug and "\\" not in slug and ".." not in slug
    assert slug.split(".")[0].lower() not in {"con", "prn", "aux", "nul"}
