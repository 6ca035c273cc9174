"""``noticeboard announce``: loudspeaker bulletins per commune, as text and as A4 PDFs, each
within its air time, every posted procedure in one of them, no paper cut."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from noticeboard.cli import main
from noticeboard.channels.spoken.text import speakable, unread

from .conftest import CATALOGUE, PLACES, pdf_text, write_project

WPM = 120  # the test's own count: words (syllables) a minute, whatever the code's constant says
PAPERS_MORE = "Và một số giấy tờ khác: xem tờ niêm yết tại nhà văn hóa thôn hoặc hỏi cán bộ."
PAPERS_NONE = "Giấy tờ cần mang: bà con xem ở bảng niêm yết tại nhà văn hóa thôn, hoặc hỏi cán bộ xã."


def _minutes(text: str) -> float:
    return len(text.split()) / WPM


def _run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, ["announce", *args], env=env)


def _bulletins(out) -> dict[str, list[dict]]:
    """Each commune's bulletins' .txt entries in the manifest, in order."""
    listing = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    found: dict[str, list[dict]] = {}
    for f in listing["files"]:
        if f["file"].endswith(".txt"):
            found.setdefault(f["commune"], []).append(f)
    return {c: sorted(fs, key=lambda f: f["bulletin"]) for c, fs in found.items()}


def _parts(text: str) -> list[tuple[str, list[str]]]:
    """(heading, sentences) of each procedure of a bulletin's text."""
    blocks = [b.split("\n") for b in text.strip().split("\n\n")]
    return [(b[0], b[1:]) for b in blocks if b[0].startswith("Thủ tục thứ ")]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


@pytest.fixture(scope="module")
def announced(tmp_path_factory):
    out = tmp_path_factory.mktemp("loa")
    result = _run("-o", str(out), env={"SOURCE_DATE_EPOCH": "1764547200"})
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module", params=["long", "portal"])
def long_project(request, tmp_path_factory):
    """The real khai sinh record with the long synthetic ones; the four portal records (khai
    sinh, thường trú, kết hôn, trích lục: per-channel fees and times, papers with items)."""
    from .long_texts import WRITERS

    write = WRITERS[request.param]
    return write(tmp_path_factory.mktemp(request.param) / "p")


@pytest.fixture(scope="module")
def long_announced(long_project, tmp_path_factory):
    out = tmp_path_factory.mktemp("loa-long")
    result = _run(str(long_project), "-o", str(out), env={"NOTICEBOARD_LANG": "en"})  # module scope
    assert result.exit_code == 0, result.output
    return out, result.output


def test_the_bulletins_of_a_commune_read_every_posted_procedure_once(announced, sample):
    from noticeboard.load import load_project
    from noticeboard.model import posted_codes

    project = load_project(sample)
    bulletins = _bulletins(announced)
    for commune in project.places.communes:
        files = bulletins[commune.name]
        assert [f["bulletin"] for f in files] == list(range(1, len(files) + 1))
        assert all(f["bulletins"] == len(files) for f in files)
        read = [code for f in files for code in f["procedures"]]
        # in order, each once, none dropped: the commune's list, then what a village adds
        posted = [c for c in commune.posted if any(c in posted_codes(commune, v) for v in commune.villages)]
        added = dict.fromkeys(c for v in commune.villages for c in posted_codes(commune, v) if c not in posted)
        assert read == posted + list(added)
        for f in files:
            text = (announced / f["file"]).read_text(encoding="utf-8")
            assert text.startswith(f"BÀI ĐỌC TRÊN LOA TRUYỀN THANH: {commune.name.upper()}")
            assert "Kính thưa bà con nhân dân" in text and "Xin cảm ơn bà con đã lắng nghe." in text
            for code in f["procedures"]:
                assert f": {speakable(project.procedures[code].name)}." in text  # its part, by name
            # the announcer has nothing to work out: no digit, sign or abbreviation
            assert unread(text) == [], f["file"]
            # the date the script was made, in words (SOURCE_DATE_EPOCH: 1 December 2025)
            assert "soạn ngày một tháng mười hai năm hai nghìn không trăm hai mươi lăm" in text


def test_a_procedure_only_some_villages_post_is_said_with_their_cultural_houses(announced, sample):
    """Heard across the commune: a village's own addition sends listeners to its house only."""
    from noticeboard.load import load_project
    from noticeboard.model import posted_codes
    from noticeboard.slug import lower_first

    project = load_project(sample)
    said = 0
    for commune in project.places.communes:
        read = {code: lines for f in _bulletins(announced)[commune.name]
                for code, (_, lines) in zip(f["procedures"], _parts((announced / f["file"]).read_text(encoding="utf-8")))}
        for code, lines in read.items():
            houses = [lower_first(v.cultural_house) for v in commune.villages if code in posted_codes(commune, v)]
            if len(houses) < len(commune.villages):
                assert lines[0] == f"Thủ tục này niêm yết tại {' và '.join(houses)}.", (code, lines[0])
                said += 1
            else:
                assert not any(line.startswith("Thủ tục này niêm yết tại") for line in lines)
    assert said >= 3  # the sample's additions and a village that leaves one off


def test_a_second_bulletin_is_numbered_and_announced_in_the_first(announced):
    first = (announced / "xa-lam-binh.txt").read_text(encoding="utf-8")
    second = (announced / "xa-lam-binh-2.txt").read_text(encoding="utf-8")
    n = len(_parts(second))
    assert first.startswith("BÀI ĐỌC TRÊN LOA TRUYỀN THANH: XÃ LÂM BÌNH. BẢN TIN SỐ MỘT\n")
    assert second.startswith("BÀI ĐỌC TRÊN LOA TRUYỀN THANH: XÃ LÂM BÌNH. BẢN TIN SỐ HAI\n")
    assert "Đây là bản tin số hai, trong hai bản tin về thủ tục hành chính." in second
    assert f"Mời bà con đón nghe bản tin số hai, thông báo tiếp {['', 'một', 'hai', 'ba', 'bốn'][n]} thủ tục khác." in first
    assert "Mời bà con đón nghe" not in second
    assert _parts(second)[0][0].startswith("Thủ tục thứ nhất: ")  # each bulletin counts from one


def test_fees_times_phones_are_said(announced):
    text = "".join((announced / name).read_text(encoding="utf-8") for name in ("xa-lam-binh.txt", "xa-lam-binh-2.txt"))
    assert "Phí, lệ phí: hai nghìn đồng một trang, từ trang ba: một nghìn đồng; tối đa hai trăm nghìn đồng một bản." in text
    assert "mười nghìn đồng trực tuyến; hai mươi nghìn đồng trực tiếp" in text
    assert "Nơi giải quyết: Ủy ban nhân dân xã." in text
    assert "số: không hai không bảy, ba tám bảy không, một không một." in text  # 0207 3870 101
    assert "sáng bảy giờ ba mươi phút đến mười một giờ ba mươi phút" in text
    assert "tìm mã thủ tục một chấm không không một một chín ba" in text
    assert "Giấy tờ cần mang theo:\nThứ nhất, tờ khai đăng ký khai sinh.\nThứ hai, giấy chứng sinh" in text


def test_the_pdf_says_the_same(announced):
    for name in ("xa-lam-binh", "xa-lam-binh-2"):
        text = " ".join((announced / f"{name}.txt").read_text(encoding="utf-8").split())
        printed = " ".join(pdf_text(announced / f"{name}.pdf").split())
        for sentence in ("Thủ tục thứ nhất: ", "Xin cảm ơn bà con đã lắng nghe.",
                         "không hai không bảy, ba tám bảy không, một không một"):
            assert sentence in text and sentence in printed
        heading = _parts((announced / f"{name}.txt").read_text(encoding="utf-8"))[0][0]
        assert heading in printed
    assert "Bản tin số 2/2" in pdf_text(announced / "xa-lam-binh-2.pdf") and "Trang 1" in printed


def test_one_commune_and_a_bad_commune(tmp_path):
    ok = _run("-o", str(tmp_path / "a"), "--commune", "xa-binh-an")
    assert ok.exit_code == 0, ok.output
    assert sorted(p.name for p in (tmp_path / "a").iterdir() if not p.name.startswith(".")) == [
        "manifest.json", "xa-binh-an-2.pdf", "xa-binh-an-2.txt", "xa-binh-an.pdf", "xa-binh-an.txt"]
    bad = _run("-o", str(tmp_path / "b"), "--commune", "Xã Lâm Bìn")
    assert bad.exit_code != 0 and "Xã Lâm Bình" in bad.output
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").iterdir())


def test_a_procedure_without_documents_says_where_to_read_them(tmp_path):
    import datetime as dt

    from noticeboard.channels.announce.budget import commune_bulletins
    from noticeboard.load import load_project

    root = write_project(tmp_path / "p")
    project = load_project(root)
    scripts, over = commune_bulletins(project, project.places.communes[0], dt.date(2026, 4, 30))
    assert len(scripts) == 1 and over == []
    script = scripts[0]
    assert "ngày ba mươi tháng tư năm hai nghìn không trăm hai mươi sáu" in script.lines[0]
    assert [p.code for p in script.parts if p.code] == ["1.001193", "1.000656"]
    assert "Mã thủ tục để tra cứu: một chấm không không không sáu năm sáu." in script.parts[2].text
    assert PAPERS_NONE not in script.parts[1].text  # khai sinh lists its papers: they are read


# --- the portal's real records (tests/long_texts.py): the air time is kept -------------------


def test_each_bulletin_and_each_procedure_keeps_to_its_air_time(long_announced):
    out, _ = long_announced
    files = _bulletins(out)["Xã Thượng Lâm"]
    for f in files:
        text = (out / f["file"]).read_text(encoding="utf-8")
        assert _minutes(text) <= 10, f["file"]  # the default bulletin, the whole text counted
        for heading, sentences in _parts(text):
            assert _minutes(" ".join([heading, *sentences])) <= 2, heading  # the default per procedure


def test_every_posted_procedure_is_named_in_some_bulletin(long_announced, long_project):
    from noticeboard.load import load_project

    out, _ = long_announced
    project = load_project(long_project)
    commune = project.places.communes[0]
    files = _bulletins(out)[commune.name]
    assert [c for f in files for c in f["procedures"]] == list(commune.posted)
    texts = "\n".join((out / f["file"]).read_text(encoding="utf-8") for f in files)
    for code in commune.posted:
        assert f": {speakable(project.procedures[code].name)}.\n" in texts, code
        assert " ".join(speakable(code).split()) in texts


def test_no_paper_is_read_cut_in_the_middle(long_announced, long_project):
    """Every sentence read about papers is a whole paper of the source, in the source's order
    from the first, or one of the fixed sentences saying where the others are."""
    from noticeboard.load import load_project

    out, _ = long_announced
    project = load_project(long_project)
    shortened = 0
    for f in _bulletins(out)["Xã Thượng Lâm"]:
        parts = _parts((out / f["file"]).read_text(encoding="utf-8"))
        assert len(parts) == len(f["procedures"])
        for code, (_heading, sentences) in zip(f["procedures"], parts):
            papers = project.procedures[code].documents
            if PAPERS_NONE in sentences:
                assert "Giấy tờ cần mang theo:" not in sentences
                shortened += 1
                continue
            start = sentences.index("Giấy tờ cần mang theo:") + 1
            read = []
            for s in sentences[start:]:
                if not s.startswith("Thứ "):
                    break
                read.append(s.split(", ", 1)[1])
            assert 0 < len(read) <= len(papers), code
            for said, paper in zip(read, papers):
                assert _words(said) == _words(speakable(paper)), (code, said)
            after = sentences[start + len(read)]
            if len(read) < len(papers):
                assert after == PAPERS_MORE, code
                shortened += 1
            else:
                assert after.startswith("Thời hạn giải quyết:"), code
    assert shortened >= 3  # the long records are shortened: the test saw the case it is about


def test_the_reading_time_is_printed_and_listed(long_announced):
    out, output = long_announced
    files = _bulletins(out)["Xã Thượng Lâm"]
    for f in files:
        text = (out / f["file"]).read_text(encoding="utf-8")
        assert f["seconds"] == pytest.approx(len(text.split()) * 60 / WPM, abs=1)
        minutes, seconds = divmod(f["seconds"], 60)
        which = f"bulletin {f['bulletin']} of {f['bulletins']}" if len(files) > 1 else "Xã Thượng Lâm"
        assert f"{which}: {len(f['procedures'])} procedures read out in about {minutes} min" in output
        assert re.search(r"^Đọc chậm, rõ: khoảng [a-zàáâãèéêìíòóôõùúăđĩũơưạ-ỹ ]+ phút\.$", text, re.M)
    assert re.search(r"1\.001193: \d+ of \d+ papers read out", output)
    assert "To have every paper read" in output


def test_minutes_sets_the_bulletin_and_shorter_ones_are_more(long_project, long_announced, tmp_path):
    result = _run(str(long_project), "-o", str(tmp_path), "--minutes", "5")
    assert result.exit_code == 0, result.output
    files = _bulletins(tmp_path)["Xã Thượng Lâm"]
    assert len(files) > len(_bulletins(long_announced[0])["Xã Thượng Lâm"])
    for f in files:
        text = (tmp_path / f["file"]).read_text(encoding="utf-8")
        assert _minutes(text) <= 5, f["file"]
        for heading, sentences in _parts(text):
            assert _minutes(" ".join([heading, *sentences])) <= 2, heading
    read = [c for f in files for c in f["procedures"]]
    assert read == [c for f in _bulletins(long_announced[0])["Xã Thượng Lâm"] for c in f["procedures"]]
    # back to ten minutes: the bulletins no longer needed are gone, a file of the user's stays
    (tmp_path / "ghi-chu.txt").write_text("của tôi", encoding="utf-8")
    again = _run(str(long_project), "-o", str(tmp_path))
    assert again.exit_code == 0, again.output
    kept = {f["file"] for fs in _bulletins(tmp_path).values() for f in fs}
    on_disk = {p.name for p in tmp_path.glob("*.txt")}
    assert on_disk == kept | {"ghi-chu.txt"}


def test_too_few_minutes_for_one_procedure_is_refused_and_nothing_written(long_project, tmp_path):
    result = _run(str(long_project), "-o", str(tmp_path / "loa"), "--minutes", "1")
    assert result.exit_code == 1
    assert "--minutes 1 is too short for Xã Thượng Lâm" in result.output
    assert not (tmp_path / "loa").exists()


def test_a_short_list_is_read_whole_and_the_official_wording_is_not(tmp_path):
    official = "\n".join(f'        - "Giấy tờ chính thức số {i}: bản sao có chứng thực giấy tờ chứng minh '
                         f'nơi cư trú của người yêu cầu theo quy định của pháp luật về cư trú"' for i in range(1, 16))
    catalogue = CATALOGUE.replace("    online:\n", "    official:\n      documents:\n" + official + "\n    online:\n", 1)
    root = write_project(tmp_path / "p", PLACES, catalogue)
    result = _run(str(root), "-o", str(tmp_path / "loa"))
    assert result.exit_code == 0, result.output
    text = (tmp_path / "loa" / "xa-thuong-lam.txt").read_text(encoding="utf-8")
    assert "Thứ nhất, tờ khai đăng ký khai sinh.\nThứ hai, giấy chứng sinh.\nThời hạn" in text
    assert "chính thức" not in text and PAPERS_MORE not in text


def test_a_procedure_over_its_time_even_without_papers_is_read_and_said(tmp_path):
    fee = "; ".join(f"Lệ phí trường hợp {i}: mười nghìn đồng cho mỗi bản sao cấp thêm theo yêu cầu" for i in range(1, 12))
    catalogue = CATALOGUE.replace('fee: "Miễn lệ phí"', f'fee: "{fee}"', 1)
    root = write_project(tmp_path / "p", PLACES, catalogue)
    result = _run(str(root), "-o", str(tmp_path / "loa"))
    assert result.exit_code == 0, result.output
    assert "1.001193: takes 2 min" in result.output and "more than the 2 min 0 s a procedure has" in result.output
    text = (tmp_path / "loa" / "xa-thuong-lam.txt").read_text(encoding="utf-8")
    assert "trường hợp mười một" in text and PAPERS_NONE in text  # said whole; its papers left to the sheet


def test_per_channel_values_are_a_sentence_each_and_a_papers_items_are_read_with_it(tmp_path):
    from .long_texts import write_portal_project

    root = write_portal_project(tmp_path / "p")
    result = _run(str(root), "-o", str(tmp_path / "loa"))
    assert result.exit_code == 0, result.output
    text = (tmp_path / "loa" / "xa-thuong-lam.txt").read_text(encoding="utf-8")
    assert ("\nThời hạn giải quyết khi nộp trực tiếp: một ngày làm việc.\n"
            "Thời hạn giải quyết khi gửi qua bưu chính: năm ngày làm việc.\n"
            "Thời hạn giải quyết khi nộp trực tuyến: ba ngày làm việc.\n") in text  # kết hôn
    assert "\nPhí, lệ phí khi nộp trực tiếp: tám nghìn đồng, mỗi bản sao trích lục.\n" in text
    assert "Trực tiếp:" not in text and "Trực tuyến:" not in text  # never the joined line


def test_a_paper_with_items_is_read_with_its_items(tmp_path):
    catalogue = CATALOGUE.replace(
        '      - "Giấy chứng sinh"\n',
        '      - paper: "Giấy tờ tùy thân, một trong các giấy tờ sau:"\n'
        '        items: ["Hộ chiếu", "Thẻ căn cước"]\n', 1)
    root = write_project(tmp_path / "p", PLACES, catalogue)
    result = _run(str(root), "-o", str(tmp_path / "loa"))
    assert result.exit_code == 0, result.output
    text = (tmp_path / "loa" / "xa-thuong-lam.txt").read_text(encoding="utf-8")
    assert "\nThứ hai, giấy tờ tùy thân, một trong các giấy tờ sau: hộ chiếu; thẻ căn cước.\n" in text


def test_a_bulletin_for_another_day_says_it_is_that_days_not_written_then(tmp_path):
    """Made on 1 December 2025 for 5 January 2026 (--date, or the app's In date): it names
    procedures in force that day, and says so instead of "soạn ngày" a day still to come."""
    out = tmp_path / "loa"
    result = _run("-o", str(out), "--commune", "Xã Lâm Bình", "--date", "05/01/2026",
                  env={"SOURCE_DATE_EPOCH": "1764547200"})
    assert result.exit_code == 0, result.output
    text = (out / "xa-lam-binh.txt").read_text(encoding="utf-8")
    assert ("Thông báo về thủ tục hành chính có hiệu lực ngày năm tháng một năm hai nghìn không trăm hai "
            "mươi sáu: chỉ đọc từ ngày đó.") in text
    assert "soạn ngày" not in text
    earlier = _run("-o", str(tmp_path / "cu"), "--commune", "Xã Lâm Bình", "--date", "05/11/2025",
                   env={"SOURCE_DATE_EPOCH": "1764547200"})
    assert earlier.exit_code == 0, earlier.output
    assert "theo danh mục ngày năm tháng mười một năm" in (tmp_path / "cu" / "xa-lam-binh.txt").read_text("utf-8")


def test_a_procedure_the_catalogue_lists_no_papers_for_sends_listeners_to_ask(tmp_path):
    """Its sheet says to scan or ask: the loudspeaker must not send people to read it there."""
    import datetime as dt

    from noticeboard.channels.announce.budget import commune_bulletins
    from noticeboard.load import load_project

    root = write_project(tmp_path / "p", catalogue=CATALOGUE.replace(
        '    documents: ["Tờ khai đăng ký khai tử", "Giấy báo tử"]\n', ""))
    project = load_project(root)
    scripts, _ = commune_bulletins(project, project.places.communes[0], dt.date(2026, 4, 30))
    khai_tu = next(p for p in scripts[0].parts if p.code == "1.000656").text
    assert ("Giấy tờ cần mang: chưa ghi trong danh mục; bà con hỏi cán bộ xã trước khi đi, theo số điện thoại "
            "ở cuối bản tin.") in khai_tu
    assert PAPERS_NONE not in khai_tu and "bảng niêm yết" not in khai_tu
