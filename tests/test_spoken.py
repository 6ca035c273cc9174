"""Numbers, codes, times, fees and phones as an announcer says them (noticeboard/spoken)."""

from __future__ import annotations

from pathlib import Path

import pytest

from noticeboard.importers import portal
from noticeboard.load import load_project
from noticeboard.resources import sample_project
from noticeboard.channels.spoken.numbers import read_decimal, read_digits, read_number, read_phone
from noticeboard.channels.spoken.text import speakable, unread

# the national portal's record of 1.001193, as shared/samples/portal/ holds it (a byte-identical copy)
PORTAL_RECORD = Path(__file__).parent / "fixtures" / "import" / "portal-1.001193.json"


@pytest.mark.parametrize("n, words", [
    (0, "không"), (1, "một"), (5, "năm"), (10, "mười"), (11, "mười một"), (14, "mười bốn"),
    (15, "mười lăm"), (20, "hai mươi"), (21, "hai mươi mốt"), (25, "hai mươi lăm"),
    (31, "ba mươi mốt"), (55, "năm mươi lăm"), (100, "một trăm"), (101, "một trăm linh một"),
    (105, "một trăm linh năm"), (110, "một trăm mười"), (111, "một trăm mười một"),
    (115, "một trăm mười lăm"), (121, "một trăm hai mươi mốt"), (1000, "một nghìn"),
    (1001, "một nghìn không trăm linh một"), (1010, "một nghìn không trăm mười"),
    (1100, "một nghìn một trăm"), (2014, "hai nghìn không trăm mười bốn"),
    (2025, "hai nghìn không trăm hai mươi lăm"), (8000, "tám nghìn"), (15000, "mười lăm nghìn"),
    (21000, "hai mươi mốt nghìn"), (200000, "hai trăm nghìn"), (1_000_000, "một triệu"),
    (1_000_005, "một triệu không trăm linh năm"), (2_010_000, "hai triệu không trăm mười nghìn"),
    (1_500_000, "một triệu năm trăm nghìn"), (1_000_000_000, "một tỷ"),
    (3_000_000_001, "ba tỷ không trăm linh một"), (10**12, "một nghìn tỷ"),
])
def test_read_number(n, words):
    assert read_number(n) == words


def test_southern_zero_tens_and_decimals_and_digits():
    assert read_number(105, zero_tens="lẻ") == "một trăm lẻ năm"
    assert read_decimal("2,5") == "hai phẩy năm"
    assert read_decimal("1,05") == "một phẩy không năm"
    assert read_digits("001193") == "không không một một chín ba"


@pytest.mark.parametrize("phone, said", [
    ("0207 3870 101", "không hai không bảy, ba tám bảy không, một không một"),
    ("0912000101", "không chín một hai, không không không, một không một"),
    ("02073870101", "không hai không bảy, ba tám bảy không, một không một"),
    ("0912.000.101", "không chín một hai, không không không, một không một"),
])
def test_phone_numbers_in_groups(phone, said):
    assert read_phone(phone) == said
    assert speakable(f"gọi {phone}.") == f"gọi {said}."


# The fees, times and offices of the domain notes' table, and how each is said.
@pytest.mark.parametrize("written, said", [
    ("8.000 đồng/bản", "tám nghìn đồng một bản"),
    ("2.000 đồng/trang (từ trang 3: 1.000 đồng; tối đa 200.000 đồng/bản)",
     "hai nghìn đồng một trang, từ trang ba: một nghìn đồng; tối đa hai trăm nghìn đồng một bản"),
    ("10.000 đồng/trường hợp", "mười nghìn đồng một trường hợp"),
    ("10.000 đ trực tuyến; 20.000 đ trực tiếp", "mười nghìn đồng trực tuyến; hai mươi nghìn đồng trực tiếp"),
    ("7.000 đ trực tuyến; 15.000 đ trực tiếp", "bảy nghìn đồng trực tuyến; mười lăm nghìn đồng trực tiếp"),
    ("do HĐND tỉnh quyết định; miễn nếu đúng hạn", "do Hội đồng nhân dân tỉnh quyết định; miễn nếu đúng hạn"),
    ("≤ 20 ngày", "không quá hai mươi ngày"),
    ("1–3 ngày làm việc", "một đến ba ngày làm việc"),
    ("UBND xã", "Ủy ban nhân dân xã"),
    ("1.001193", "một chấm không không một một chín ba"),
    ("1.001193.01", "một chấm không không một một chín ba chấm không một"),
    ("Sáng 7h30–11h30, chiều 13h30–17h00", "Sáng bảy giờ ba mươi phút đến mười một giờ ba mươi phút, "
                                            "chiều mười ba giờ ba mươi phút đến mười bảy giờ"),
    ("nếu nhận hồ sơ sau 15 giờ", "nếu nhận hồ sơ sau mười lăm giờ"),
    ("giảm 50%", "giảm năm mươi phần trăm"),
    ("2,5 %", "hai phẩy năm phần trăm"),
    ("từ 01/7/2025", "từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm"),
    ("ngày 08/4/2020", "ngày tám tháng tư năm hai nghìn không trăm hai mươi"),
    ("Luật 60/2014/QH13", "Luật số sáu mươi năm hai nghìn không trăm mười bốn của Quốc hội khóa mười ba"),
    ("Nghị định 123/2015/NĐ-CP", "Nghị định số một trăm hai mươi ba năm hai nghìn không trăm mười lăm của Chính phủ"),
    ("tờ khai (mẫu CT01)", "tờ khai, mẫu xê tê không một"),
    ("cha/mẹ", "cha hoặc mẹ"),
    # the portal's papers: a note after the full stop is read with its sentence; a dash is a pause
    ("do cơ quan có thẩm quyền lập. (1 bản chính)", "do cơ quan có thẩm quyền lập, một bản chính."),
    ("thông báo cho người nộp hồ sơ – thực hiện lại", "thông báo cho người nộp hồ sơ, thực hiện lại"),
    ("trẻ < 6 tuổi & cha mẹ", "trẻ dưới sáu tuổi và cha mẹ"),
    ("chính quyền địa phương 02 cấp", "chính quyền địa phương hai cấp"),
])
def test_written_to_spoken(written, said):
    assert speakable(written) == said
    assert unread(said) == []


def test_unread_sees_what_is_left():
    assert unread("8.000 đồng/bản UBND 50%") == ["8", "000", "50", "/", "%", "UBND"]


def _texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _texts(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _texts(v)


def test_no_digit_left_in_the_bundled_catalogue():
    project = load_project(sample_project())
    checked = 0
    for p in project.procedures.values():
        for name in ("code", "name", "field", "agency", "time", "fee", "documents", "steps", "result",
                     "who", "conditions", "forms", "legal_basis"):
            for text in _texts(getattr(p, name)):
                assert unread(speakable(text)) == [], (p.code, name, text)
                checked += 1
    for c in project.places.communes:
        for text in (c.office.address, c.office.phone, c.office.hours, c.office.name):
            assert unread(speakable(text)) == [], text
    assert checked > 200


def test_no_digit_left_in_a_real_portal_record():
    [record] = portal.read(PORTAL_RECORD)
    texts = [t for key, value in record.fields.items() if key != "online" for t in _texts(value)]
    assert any(ch.isdigit() for t in texts for ch in t)  # the record has numbers to read
    for text in texts:
        assert unread(speakable(text)) == [], text
