"""``noticeboard announce``: a loudspeaker script per commune, as text and as an A4 PDF."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from noticeboard.cli import main
from noticeboard.channels.spoken.text import speakable, unread

from .conftest import pdf_text, write_project


@pytest.fixture(scope="module")
def announced(tmp_path_factory):
    out = tmp_path_factory.mktemp("loa")
    result = CliRunner().invoke(main, ["announce", "-o", str(out)], env={"SOURCE_DATE_EPOCH": "1764547200"})
    assert result.exit_code == 0, result.output
    return out


def test_a_script_per_commune_with_every_posted_procedure(announced, sample):
    from noticeboard.load import load_project

    project = load_project(sample)
    listing = json.loads((announced / "manifest.json").read_text(encoding="utf-8"))
    files = {f["file"]: f for f in listing["files"]}
    for commune in project.places.communes:
        text = (announced / f"{commune.slug}.txt").read_text(encoding="utf-8")
        assert text.startswith(f"BÀI ĐỌC TRÊN LOA TRUYỀN THANH: {commune.name.upper()}")
        assert "Kính thưa bà con nhân dân" in text and "Xin cảm ơn bà con đã lắng nghe." in text
        for code in commune.posted:
            p = project.procedures[code]
            assert f": {speakable(p.name)}." in text  # each procedure has its part, by name
        assert files[f"{commune.slug}.txt"]["procedures"] == list(commune.posted)
        assert files[f"{commune.slug}.pdf"]["procedures"] == list(commune.posted)
        # the announcer has nothing to work out: no digit, sign or abbreviation
        assert unread(text) == [], commune.name
        # the date the script was made, in words (SOURCE_DATE_EPOCH: 1 December 2025)
        assert "soạn ngày một tháng mười hai năm hai nghìn không trăm hai mươi lăm" in text


def test_fees_times_phones_are_said(announced):
    text = (announced / "xa-lam-binh.txt").read_text(encoding="utf-8")
    assert "Phí, lệ phí: hai nghìn đồng một trang, từ trang ba: một nghìn đồng; tối đa hai trăm nghìn đồng một bản." in text
    assert "mười nghìn đồng trực tuyến; hai mươi nghìn đồng trực tiếp" in text
    assert "Nơi giải quyết: Ủy ban nhân dân xã." in text
    assert "số: không hai không bảy, ba tám bảy không, một không một." in text  # 0207 3870 101
    assert "sáng bảy giờ ba mươi phút đến mười một giờ ba mươi phút" in text
    assert "tìm mã thủ tục một chấm không không một một chín ba" in text
    assert "thứ nhất, tờ khai đăng ký khai sinh; thứ hai, giấy chứng sinh" in text


def test_the_pdf_says_the_same(announced):
    text = " ".join((announced / "xa-lam-binh.txt").read_text(encoding="utf-8").split())
    printed = " ".join(pdf_text(announced / "xa-lam-binh.pdf").split())
    for sentence in ("Thủ tục thứ nhất: Đăng ký khai sinh.", "Xin cảm ơn bà con đã lắng nghe.",
                     "không hai không bảy, ba tám bảy không, một không một"):
        assert sentence in text and sentence in printed
    assert "Trang 1" in printed


def test_one_commune_and_a_bad_commune(tmp_path):
    runner = CliRunner()
    ok = runner.invoke(main, ["announce", "-o", str(tmp_path / "a"), "--commune", "xa-binh-an"])
    assert ok.exit_code == 0, ok.output
    assert sorted(p.name for p in (tmp_path / "a").iterdir() if not p.name.startswith(".")) == ["manifest.json", "xa-binh-an.pdf", "xa-binh-an.txt"]
    bad = runner.invoke(main, ["announce", "-o", str(tmp_path / "b"), "--commune", "Xã Lâm Bìn"])
    assert bad.exit_code != 0 and "Xã Lâm Bình" in bad.output
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").iterdir())


def test_a_procedure_without_documents_says_where_to_read_them(tmp_path):
    from noticeboard.channels.announce.script import commune_script
    from noticeboard.load import load_project
    import datetime as dt

    root = write_project(tmp_path / "p")
    project = load_project(root)
    script = commune_script(project, project.places.communes[0], dt.date(2026, 4, 30))
    assert "ngày ba mươi tháng tư năm hai nghìn không trăm hai mươi sáu" in script.date_line
    assert [p.code for p in script.parts if p.code] == ["1.001193", "1.000656"]
    assert "Mã thủ tục để tra cứu: một chấm không không không sáu năm sáu." in script.parts[2].text
