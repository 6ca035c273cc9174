"""places.yaml against the official 2025 list of provinces and communes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from noticeboard.cli import main
from noticeboard.load.source import parse_yaml
from noticeboard.load.officials import check_places
from noticeboard.resources import sample_project


def warnings(province: str, *communes: str) -> list[str]:
    text = f'province: "{province}"\ncommunes:\n' + "".join(f'  - name: "{c}"\n' for c in communes)
    doc, _ = parse_yaml(text, "places.yaml")
    found = check_places(doc, province, list(communes))
    assert all(p.warning for p in found)
    return [str(p) for p in found]


def test_official_list_is_the_2025_one():
    from vietnam_provinces import Province, Ward

    assert len(list(Province.iter_all())) == 34 and len(list(Ward.iter_all())) == 3321


@pytest.mark.parametrize("province", ["Tuyên Quang", "Tỉnh Tuyên Quang", "TUYÊN QUANG"])
@pytest.mark.parametrize("commune", ["Xã Thượng Lâm", "Thượng Lâm", "XÃ  LÂM BÌNH", "phường Minh Xuân"])
def test_accepted_spellings(province: str, commune: str):
    assert warnings(province, commune) == []


def test_names_without_accents_warn_with_the_official_spelling():
    """Posters print names as written: 'xa thuong lam' matches, but would print without accents."""
    found = warnings("tuyen quang", "xa thuong lam")
    assert any('"tuyen quang" is spelled differently from the official name "Tuyên Quang"' in w for w in found)
    assert any('"xa thuong lam" is spelled differently from the official name "Xã Thượng Lâm"' in w for w in found)


def test_merged_province():
    [w] = warnings("Hà Giang", "Xã Thượng Lâm")
    assert w.startswith('places.yaml:1:11: province: province "Hà Giang" was merged into "Tuyên Quang"')
    assert 'write province: "Tuyên Quang"' in w


def test_district_name_suggests_commune():
    [w] = warnings("Tuyên Quang", "Huyện Lâm Bình")
    assert 'places.yaml:3:11: communes[0].name: "Huyện Lâm Bình" is a former district' in w
    assert '"Xã Lâm Bình"' in w


def test_unknown_wrong_kind_and_other_province():
    typo, kind, other, merged = warnings("Tuyên Quang", "Xã Thuợng Lamm", "Phường Thượng Lâm",
                                         "Phường Hoàn Kiếm", "Xã Lăng Can")
    assert 'did you mean "Xã Thượng Lâm"?' in typo
    assert 'the official name is "Xã Thượng Lâm"' in kind
    assert "is a commune of Thành phố Hà Nội, not of Tuyên Quang" in other
    assert "renamed or merged?" in merged
    [province] = warnings("Tuyen Quangg")
    assert 'did you mean "Tuyên Quang"?' in province


def test_check_warns_and_strict_fails(tmp_path: Path):
    root = tmp_path / "p"
    root.mkdir()
    (root / "noticeboard.yaml").write_text(f"catalogue: {Path(__file__).parents[1] / 'procedures'}\n")
    places = (sample_project() / "places.yaml").read_text(encoding="utf-8")
    (root / "places.yaml").write_text(places.replace('province: "Tuyên Quang"', 'province: "Hà Giang"'),
                                      encoding="utf-8")
    ok = CliRunner().invoke(main, ["check", str(root)])
    assert ok.exit_code == 0 and 'province "Hà Giang" was merged' in ok.output
    strict = CliRunner().invoke(main, ["check", str(root), "--strict"])
    assert strict.exit_code == 1 and 'province "Hà Giang" was merged' in strict.output


def test_sample_project_is_clean():
    result = CliRunner().invoke(main, ["check", str(sample_project()), "--strict"])
    assert result.exit_code == 0, result.output
