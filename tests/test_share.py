"""``noticeboard share``: Zalo / Facebook cards whose QR codes decode, even after a chat app's
JPEG recompression, captions with the link written out, and an index to copy from."""

from __future__ import annotations

import io
import json
import re

import pytest
from click.testing import CliRunner

from noticeboard.cli import main

from .conftest import CATALOGUE, KHAI_SINH, PLACES, write_project

LONG_DOCS = "\n".join(
    f'      - "Giấy tờ số {i}: bản sao có chứng thực hoặc bản chụp kèm bản chính để đối chiếu của giấy '
    f'tờ chứng minh nhân thân, nơi cư trú và quan hệ của người yêu cầu với người được đăng ký, theo '
    f'quy định tại khoản {i} Điều 16 Luật Hộ tịch"' for i in range(1, 11))
LONG_CATALOGUE = CATALOGUE.replace(
    '    documents:\n      - "Tờ khai đăng ký khai sinh"\n      - "Giấy chứng sinh"\n',
    "    documents:\n" + LONG_DOCS + "\n")


def _decode(image) -> list[str]:
    import zxingcpp

    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def _chat_app(png: bytes, width: int, quality: int):
    """What a chat app sends on: a JPEG of the image at reduced size."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    image = image.resize((width, round(image.height * width / image.width)), Image.LANCZOS)
    buf = io.BytesIO()
    image.save(buf, format="JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue()))


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    out = tmp_path_factory.mktemp("zalo")
    result = CliRunner().invoke(main, ["share", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def long_shared(tmp_path_factory):
    root = write_project(tmp_path_factory.mktemp("long") / "p", PLACES, LONG_CATALOGUE)
    out = tmp_path_factory.mktemp("zalo-long")
    result = CliRunner().invoke(main, ["share", str(root), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _listing(out):
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]


def test_a_card_and_caption_per_posted_procedure(shared, sample):
    from PIL import Image

    from noticeboard.load import load_project
    from noticeboard.model import posted_codes

    project = load_project(sample)
    files = _listing(shared)
    extras = 0
    for commune in project.places.communes:
        cards = [f for f in files if f["kind"] == "card" and f["commune"] == commune.name]
        # what any of its villages posts, the villages' own additions ("Niêm yết thêm") too
        posted = set().union(*(posted_codes(commune, v) for v in commune.villages))
        assert {f["code"] for f in cards} == posted
        extras += len(posted - set(commune.posted))
        for code in posted:
            p = project.procedures[code]
            image = Image.open(shared / commune.slug / f"{code}.png")
            assert image.size == (1080, 1350)
            text = (shared / commune.slug / f"{code}.txt").read_text(encoding="utf-8")
            assert text.startswith(f"BẢN MẪU – dữ liệu giả định, không dùng để niêm yết\n{p.name} (mã thủ tục {code})\n")
            assert commune.office.phone in text and p.fee in text and p.time in text
            houses = [v.cultural_house for v in commune.villages if code in posted_codes(commune, v)]
            only = f"\nNiêm yết tại: {', '.join(houses)}.\n"  # not every village posts it: where it is
            assert (only in text) == (len(houses) < len(commune.villages)), (code, text)
            for i, d in enumerate(p.documents, 1):
                assert f"\n{i}. {d}\n" in text  # numbered as on the cards
            if p.online:
                assert text.rstrip().endswith(f"Nộp trực tuyến: {p.online.url}")  # the link, whole
            else:  # no link known: the portal's search for the code, captioned as a look-up
                assert text.rstrip().endswith(
                    f"Tra cứu: https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword={code}")
    # every file listed is there, and every file there is listed
    on_disk = {str(p.relative_to(shared)) for p in shared.rglob("*") if p.is_file()
               and not p.name.startswith(".") and p.name != "manifest.json"}
    assert on_disk == {f["file"] for f in files}
    assert extras, "the sample has villages that post more than their commune"


def test_every_card_qr_decodes_from_the_png_and_after_chat_recompression(shared, long_shared):
    from PIL import Image

    checked = 0
    for out in (shared, long_shared):
        for f in _listing(out):
            if f["kind"] != "card":
                continue
            png = (out / f["file"]).read_bytes()
            want = [q["url"] for q in f["qr"]]
            assert _decode(Image.open(io.BytesIO(png))) == want, f["file"]
            for width, quality in ((1080, 80), (720, 75), (640, 70)):
                assert _decode(_chat_app(png, width, quality)) == want, (f["file"], width, quality)
            checked += 1
    assert checked > 30


def test_long_papers_flow_onto_a_second_card_and_no_further(long_shared):
    cards = [f for f in _listing(long_shared) if f["kind"] == "card" and f["code"] == "1.001193"]
    assert [c["card"] for c in cards] == [1, 2] and all(c["cards"] == 2 for c in cards)
    assert [c["file"].split("/")[-1] for c in cards] == ["1.001193.png", "1.001193-2.png"]
    assert all([q["url"] for q in c["qr"]] == [KHAI_SINH] for c in cards)  # each card alone still opens the page
    assert cards[0]["papers"] == 10 and 0 < cards[0]["papers_shown"] < 10
    # every paper is in the caption, none lost
    text = (long_shared / cards[0]["file"].replace(".png", ".txt")).read_text(encoding="utf-8")
    assert all(f"\n{i}. Giấy tờ số {i}:" in text for i in range(1, 11))


def _card_texts(pdf: bytes) -> list[str]:
    """The text of each card as drawn, read back from the PDF before rasterising."""
    from pypdf import PdfReader

    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


MORE = re.compile(r"Còn (\d+) giấy tờ khác \(số (\d+)(?:–(\d+))?\): xem đủ trong lời giới thiệu kèm ảnh, (quét mã QR|tờ niêm yết)")


@pytest.fixture(scope="module", params=["long", "portal"])
def real_records(request, tmp_path_factory):
    """The real khai sinh record with the long synthetic ones; the four portal records
    (per-channel fees and times, papers with items)."""
    from noticeboard.load import load_project

    from .long_texts import WRITERS

    write = WRITERS[request.param]
    return load_project(write(tmp_path_factory.mktemp(request.param) / "p"))


def _on(paper, text: str) -> bool:
    """The paper is on the cards whole: its own text and every item under it."""
    return all(" ".join(t.split()) in text for t in (paper.text, *paper.sub_items))


def test_on_real_records_no_procedure_has_more_than_two_cards_and_the_count_is_what_is_left_off(real_records):
    """Read from each card as drawn: the papers on the cards are the first ones, whole, and the
    last card's "Còn N giấy tờ khác (số …)" counts exactly the papers left off."""
    from noticeboard.channels.share.card import cards_pdf
    from noticeboard.channels.share.write import target

    commune = real_records.places.communes[0]
    counted = 0
    for code in commune.posted:
        p = real_records.procedures[code]
        pdf, _ = cards_pdf(p, commune, "Tuyên Quang", target(p))
        cards = _card_texts(pdf)
        assert 1 <= len(cards) <= 2, code
        # the heading is never left at the foot of a card with its papers on the next
        head = next(c for c in cards if "Giấy tờ cần mang" in c)
        assert _on(p.papers()[0], head) or MORE.search(head), code
        whole = " ".join(cards)
        on_cards = [i for i, d in enumerate(p.papers()) if _on(d, whole)]
        assert on_cards == list(range(len(on_cards))), code  # the first ones, each whole
        more = [MORE.search(c) for c in cards]
        assert not any(more[:-1]), code  # only the last card counts
        if len(on_cards) < len(p.documents):
            n, first, last = more[-1].group(1, 2, 3)
            assert int(n) == len(p.documents) - len(on_cards), code
            assert int(first) == len(on_cards) + 1 and int(last or first) == len(p.documents), code
            assert more[-1].group(4) == "quét mã QR"  # these have a code: the QR is where to look
            counted += 1
        else:
            assert more[-1] is None, code
    assert counted >= 2  # the long records are the case this is about


def test_the_caption_carries_every_paper_of_a_real_record(real_records, tmp_path):
    from noticeboard.channels.share.caption import caption
    from noticeboard.channels.share.write import target

    commune = real_records.places.communes[0]
    for code in commune.posted:
        p = real_records.procedures[code]
        text = caption(p, commune, target(p))
        for i, d in enumerate(p.documents, 1):
            assert f"\n{i}. {d}\n" in text, (code, i)


def test_without_a_code_the_count_says_the_sheet_and_the_office(real_records):
    from noticeboard.channels.share.card import cards_pdf

    commune = real_records.places.communes[0]
    p = real_records.procedures["1.001193"]
    pdf, laid = cards_pdf(p, commune, "Tuyên Quang", None)
    last = _card_texts(pdf)[-1]
    assert len(laid.pages) == 2 and laid.shown < len(p.documents)
    found = MORE.search(last)
    assert found and found.group(4) == "tờ niêm yết" and "gọi hỏi cán bộ xã" in last and "QR" not in last


def test_index_lists_every_card_and_caption(shared):
    page = (shared / "index.html").read_text(encoding="utf-8")
    for f in _listing(shared):
        if f["kind"] in ("card", "caption"):
            assert f'"{f["file"]}"' in page
    # opens offline: nothing is fetched (no remote image, script or style)
    assert 'src="http' not in page and "<script src" not in page and "<link" not in page


def test_refuses_a_folder_that_holds_something_else(tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    result = CliRunner().invoke(main, ["share", "-o", str(tmp_path)])
    assert result.exit_code == 1 and "not empty" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_only_procedures_in_force_get_cards_and_a_script_paragraph(tmp_path):
    """An abolished procedure is neither on a card nor read out on the loudspeaker."""
    catalogue = CATALOGUE.replace('    documents: ["Tờ khai đăng ký khai tử", "Giấy báo tử"]\n',
                                  '    documents: ["Tờ khai đăng ký khai tử", "Giấy báo tử"]\n'
                                  '    effective_until: "01/01/2026"\n')
    root = write_project(tmp_path / "p", PLACES, catalogue)
    runner = CliRunner()
    cards = runner.invoke(main, ["share", str(root), "-o", str(tmp_path / "z"), "--date", "02/01/2026"])
    assert cards.exit_code == 0, cards.output
    codes = {f.get("code") for f in _listing(tmp_path / "z")} - {None}
    assert codes == {"1.001193"}
    loud = runner.invoke(main, ["announce", str(root), "-o", str(tmp_path / "l"), "--date", "02/01/2026"])
    assert loud.exit_code == 0, loud.output
    text = (tmp_path / "l" / "xa-thuong-lam.txt").read_text(encoding="utf-8")
    assert "Đăng ký khai sinh" in text and "khai tử" not in text
    before = runner.invoke(main, ["announce", str(root), "-o", str(tmp_path / "l2"), "--date", "31/12/2025"])
    assert "Đăng ký khai tử" in (tmp_path / "l2" / "xa-thuong-lam.txt").read_text(encoding="utf-8")
    assert before.exit_code == 0


def test_without_look_up_links_a_card_has_no_code_and_says_in_person(tmp_path):
    from PIL import Image

    root = write_project(tmp_path / "p", PLACES, CATALOGUE, settings="search_links: false\n")
    result = CliRunner().invoke(main, ["share", str(root), "-o", str(tmp_path / "z")])
    assert result.exit_code == 0, result.output
    cards = {f["code"]: f for f in _listing(tmp_path / "z") if f["kind"] == "card"}
    assert [q["url"] for q in cards["1.001193"]["qr"]] == [KHAI_SINH] and cards["1.000656"]["qr"] == []
    assert _decode(Image.open(tmp_path / "z" / "xa-thuong-lam" / "1.000656.png")) == []
    caption = (tmp_path / "z" / "xa-thuong-lam" / "1.000656.txt").read_text(encoding="utf-8")
    assert "http" not in caption and "0207 3870 202" in caption


def test_verify_decodes_every_card_and_sees_a_swapped_one(shared, tmp_path):
    import shutil

    from noticeboard.verify.readback import verify_output

    report = verify_output(shared)
    cards = [f for f in _listing(shared) if f["kind"] == "card"]
    assert report.problems == [] and report.decoded == report.expected == sum(len(c["qr"]) for c in cards) > 30
    copy = tmp_path / "zalo"
    shutil.copytree(shared, copy)
    a, b = cards[0]["file"], next(c["file"] for c in cards if c["qr"] != cards[0]["qr"])
    shutil.copy(copy / b, copy / a)  # a card replaced by another procedure's
    problems = verify_output(copy).problems
    # its bytes (sha256), its code missing, the other procedure's code found
    assert len(problems) == 3 and all(a in p for p in problems)
    assert problems[0].startswith(f"{a}: its bytes do not match the manifest's sha256")


def test_verify_reads_an_announce_folder(tmp_path):
    from noticeboard.verify.readback import verify_output

    result = CliRunner().invoke(main, ["announce", "-o", str(tmp_path / "loa"), "--commune", "xa-lam-binh"])
    assert result.exit_code == 0, result.output
    report = verify_output(tmp_path / "loa")
    assert report.problems == [] and report.files == 4 and report.expected == 0  # two bulletins, .txt and .pdf


def test_a_fee_by_channel_is_a_line_each_and_a_papers_items_are_under_it(tmp_path):
    from noticeboard.channels.share.card import cards_pdf
    from noticeboard.channels.share.write import target
    from noticeboard.load import load_project
    from pypdf import PdfReader

    from .long_texts import write_portal_project

    project = load_project(write_portal_project(tmp_path / "p"))
    p = project.procedures["2.000635"]  # trích lục: a fee per channel, identity papers as items
    pdf, _ = cards_pdf(p, project.places.communes[0], "Tuyên Quang", target(p))
    lines = [line.strip() for page in PdfReader(io.BytesIO(pdf)).pages for line in page.extract_text().split("\n")]
    assert any(line.startswith("– Trực tiếp: 8.000 đồng") for line in lines)
    assert any(line.startswith("– Trực tuyến: 4.000 đồng") for line in lines)
    assert [line for line in lines if line.startswith(("a)", "b)", "c)"))] == [
        "a) Hộ chiếu", "b) Thẻ căn cước hoặc Căn cước công dân", "c) Giấy chứng nhận căn cước."]


def test_a_procedure_another_body_handles_says_where_the_file_goes_and_whom_to_ask(sample):
    """"Công an xã" handles residence: card and caption send the file there (as the sheet and
    the loudspeaker do), and questions to the commune office with its phone."""
    from noticeboard.channels.share.caption import caption
    from noticeboard.channels.share.card import cards_pdf
    from noticeboard.channels.share.write import target
    from noticeboard.load import load_project

    project = load_project(sample)
    commune = project.places.communes[0]
    police = [project.procedures[c] for c in commune.posted if project.procedures[c].agency == "Công an xã"]
    office = [project.procedures[c] for c in commune.posted if project.procedures[c].agency == "UBND xã"]
    assert police and office
    for p in police:
        text = caption(p, commune, target(p))
        assert f"Nộp hồ sơ tại: Công an xã. Hỏi thêm tại: {commune.office.name}" in text
        pdf, _ = cards_pdf(p, commune, project.places.province, target(p))
        card = _card_texts(pdf)[-1]
        assert "Nộp hồ sơ tại: Công an xã Hỏi thêm tại:" in card and commune.office.phone in card
    p = office[0]
    assert f"Nộp hồ sơ, hỏi thêm tại: {commune.office.name}" in caption(p, commune, target(p))
    assert "Công an" not in " ".join(_card_texts(cards_pdf(p, commune, project.places.province, target(p))[0]))


def test_no_card_ends_on_the_papers_heading_whatever_the_length_above_it(sample):
    """As the fee above grows a line at a time, "Giấy tờ cần mang" reaches the foot of card 1;
    it goes to card 2 with its first paper rather than stay there alone (seen in a clerk's trial)."""
    import dataclasses

    from noticeboard.channels.share.card import cards_pdf
    from noticeboard.channels.share.write import target
    from noticeboard.load import load_project

    project = load_project(sample)
    commune = project.places.communes[0]
    p = project.procedures[commune.posted[0]]
    first = "Bản sao giấy tờ chứng minh " * 15
    two = 0
    for lines in range(12):
        fee = p.fee + " Miễn phí cho người thuộc hộ nghèo, người có công với cách mạng." * lines
        q = dataclasses.replace(p, fee=fee, documents=(first, *p.documents[1:]))
        cards = _card_texts(cards_pdf(q, commune, project.places.province, target(q))[0])
        head = next(c for c in cards if "Giấy tờ cần mang" in c)
        assert "Bản sao giấy tờ chứng minh" in head or MORE.search(head), lines
        two += len(cards) == 2
    assert two  # the sweep did reach a second card


def test_a_card_says_at_which_cultural_houses_when_only_some_post_it(shared, sample, tmp_path):
    """A card forwarded alone must not send the whole commune to its own house (a trial)."""
    from noticeboard.channels.share.card import cards_pdf
    from noticeboard.load import load_project
    from noticeboard.plan.posted import posted_only_at

    from .conftest import pdf_text

    project = load_project(sample)
    commune = next(c for c in project.places.communes if posted_only_at(project, c))
    code, houses = next(iter(posted_only_at(project, commune).items()))
    from noticeboard.channels.share.write import target

    proc = project.procedures[code]
    pdf, _ = cards_pdf(proc, commune, project.places.province, target(proc, project.settings.search_links),
                       project.sample, houses)
    (tmp_path / "card.pdf").write_bytes(pdf)
    assert f"Niêm yết tại: {', '.join(houses)}" in " ".join(pdf_text(tmp_path / "card.pdf").split())
    everyone, _ = cards_pdf(proc, commune, project.places.province, None)
    (tmp_path / "all.pdf").write_bytes(everyone)
    assert "Niêm yết tại" not in pdf_text(tmp_path / "all.pdf")
    # and the share command draws it so
    from noticeboard.channels.share.card import rasterise

    assert (shared / commune.slug / f"{code}.png").read_bytes() == rasterise(pdf)[0]
