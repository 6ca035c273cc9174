"""A project with long official texts, as communes really get them: one real portal record
(shared/samples/portal, through the importer) and synthetic procedures written the way the
portal writes (long documents with conditions, long steps and conditions, many legal bases),
one of them with 30 papers to bring of two lines each. Used by tests/test_board.py and
bench/bench_board.py."""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PORTAL_RECORD = REPO.parent / "shared" / "samples" / "portal" / "1.001193.json"
if not PORTAL_RECORD.exists():  # a worktree one level deeper
    PORTAL_RECORD = Path("/work/shared/samples/portal/1.001193.json")

LINK = "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7"

NAMES = [
    "Cấp Giấy xác nhận tình trạng hôn nhân",
    "Đăng ký kết hôn",
    "Đăng ký khai tử",
    "Đăng ký nhận cha, mẹ, con",
    "Đăng ký lại khai sinh",
    "Đăng ký giám hộ",
    "Cấp bản sao trích lục hộ tịch",
    "Liên thông các thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
    "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp",
    "Đăng ký thường trú",
    "Đăng ký tạm trú",
]

DOC = ("Bản sao có chứng thực giấy tờ chứng minh nơi cư trú của người yêu cầu; nếu đã có trong "
       "Cơ sở dữ liệu quốc gia về dân cư thì không phải nộp (1 bản chính) — giấy{n}.")
STEP = ("Người yêu cầu nộp hồ sơ tại Trung tâm Phục vụ hành chính công xã hoặc qua Cổng dịch vụ "
        "công quốc gia; cán bộ tiếp nhận kiểm tra tính chính xác, đầy đủ, thống nhất, hợp lệ của hồ "
        "sơ; nếu hồ sơ chưa đầy đủ thì hướng dẫn người nộp bổ sung, hoàn thiện theo quy định, nêu "
        "rõ loại giấy tờ, nội dung cần bổ sung; nếu đầy đủ thì viết phiếu hẹn trả kết quả.")
CONDITION = ("Người yêu cầu đăng ký hộ tịch được lựa chọn nộp hồ sơ tại cơ quan đăng ký hộ tịch nơi "
             "thường trú hoặc nơi tạm trú; trường hợp không xác định được nơi cư trú thì thực hiện "
             "tại nơi đang sinh sống. Giấy tờ do cơ quan có thẩm quyền của nước ngoài cấp phải được "
             "hợp pháp hóa lãnh sự, trừ trường hợp được miễn theo điều ước quốc tế. ")


TIMES = ["3 ngày làm việc", "1 ngày làm việc; nếu nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo",
         "5 ngày làm việc", "Trong ngày làm việc"]
FEES = ["Miễn phí", "8.000 đồng/bản sao", "Do Hội đồng nhân dân tỉnh quyết định",
        "20.000 đồng (nộp trực tuyến: 10.000 đồng)", "10.000 đồng/trường hợp"]


def _synthetic(i: int, documents: int) -> dict:
    code = f"9.{900100 + i:06d}"
    proc = {
        "code": code,
        "name": NAMES[i % len(NAMES)],
        "field": "Hộ tịch",
        "agency": "Ủy ban nhân dân cấp xã",
        # as the importer writes them from the portal's numbers; one as a clerk writes it
        "time": TIMES[i % len(TIMES)],
        "fee": FEES[i % len(FEES)],
        "documents": [DOC.format(n=n) for n in range(1, documents + 1)],
        "steps": [f"Bước {k}: {STEP}" for k in range(1, 7)],
        "channels": ["direct", "postal", "online"],
        "result": "Giấy xác nhận (bản chính) và bản điện tử gửi qua thư điện tử nếu người yêu cầu đề nghị",
        "who": "Công dân Việt Nam; người nước ngoài cư trú tại Việt Nam",
        "conditions": CONDITION * 6,
        "forms": [f"Tờ khai theo mẫu số {k:02d} ban hành kèm theo Thông tư số 04/2024/TT-BTP" for k in range(1, 4)],
        "legal_basis": [f"Nghị định số {100 + k}/2025/NĐ-CP ngày 11/6/2025 của Chính phủ quy định về phân định thẩm quyền" for k in range(10)],
    }
    if i % 4 != 3:  # most have a link; one in four is in person only though it lists "online"
        proc["online"] = {"url": f"{LINK[:-4]}{i:04d}", "scope": "partial" if i % 2 else "full"}
    return proc


def procedures() -> list[dict]:
    """The synthetic procedures: 8 of 6-12 papers of one or two lines each, one of 30."""
    out = [_synthetic(i, 6 + (i * 3) % 7) for i in range(8)]
    out.append(_synthetic(8, 30))
    return out


THIRTY = "9.900108"  # the procedure with 30 papers to bring


def write_long_project(root: Path, paper: str = "A4") -> Path:
    """Write the project; returns its root. The commune posts every procedure; each village
    has one very long list of papers (the portal's khai sinh record or the thirty), which may
    continue on a second page: the page budget's "+ 1"."""
    from noticeboard.importers import portal
    from noticeboard.importers.write import catalogue_text

    root.mkdir(parents=True, exist_ok=True)
    (root / "procedures").mkdir(exist_ok=True)
    (root / "procedures" / "portal.yaml").write_text(
        catalogue_text(portal.read(PORTAL_RECORD), "from the national portal"), encoding="utf-8")
    synth = procedures()
    (root / "procedures" / "long.yaml").write_text(
        json.dumps({"procedures": synth}, ensure_ascii=False, indent=1), encoding="utf-8")
    codes = ["1.001193"] + [p["code"] for p in synth]
    vs = [{"name": "Thôn Nà Khuổi", "not_posted": [THIRTY],
           "head": {"name": "Hoàng Văn Thắng", "phone": "0912 345 678"}},
          {"name": "Thôn Phai Trè", "not_posted": ["1.001193"]}]
    places = {"province": "Tuyên Quang", "communes": [{
        "name": "Xã Thượng Lâm",
        "office": {"name": "Trung tâm Phục vụ hành chính công xã Thượng Lâm",
                   "address": "Thôn Nà Đông, xã Thượng Lâm, tỉnh Tuyên Quang",
                   "phone": "0207 3870 202", "hours": "Sáng 7h30–11h30, chiều 13h30–17h00, thứ Hai đến thứ Sáu"},
        "posted": codes, "villages": vs}]}
    (root / "places.yaml").write_text(json.dumps(places, ensure_ascii=False, indent=1), encoding="utf-8")
    (root / "noticeboard.yaml").write_text(f'paper: "{paper}"\n', encoding="utf-8")
    return root


# The portal's records of procedures every commune posts: the real khai sinh record, and records
# in its shape with synthetic wording (tests/fixtures/import/make_portal_records.py).
PORTAL_RECORDS = [PORTAL_RECORD] + [REPO / "tests" / "fixtures" / "import" / name for name in (
    "portal-1.004222-thuong-tru.json", "portal-1.000894-ket-hon.json", "portal-2.000635-trich-luc.json")]


def write_portal_project(root: Path, paper: str = "A4") -> Path:
    """A commune posting the four portal records as the importer writes them."""
    from noticeboard.importers import portal
    from noticeboard.importers.write import catalogue_text

    records = [r for path in PORTAL_RECORDS for r in portal.read(path)]
    (root / "procedures").mkdir(parents=True, exist_ok=True)
    (root / "procedures" / "portal.yaml").write_text(catalogue_text(records, "from the national portal"),
                                                     encoding="utf-8")
    places = {"province": "Tuyên Quang", "communes": [{
        "name": "Xã Thượng Lâm",
        "office": {"name": "Trung tâm Phục vụ hành chính công xã Thượng Lâm",
                   "address": "Thôn Nà Đông, xã Thượng Lâm, tỉnh Tuyên Quang",
                   "phone": "0207 3870 202", "hours": "Sáng 7h30–11h30, chiều 13h30–17h00"},
        "posted": [r.code for r in records], "villages": [{"name": "Thôn Nà Khuổi"}]}]}
    (root / "places.yaml").write_text(json.dumps(places, ensure_ascii=False, indent=1), encoding="utf-8")
    (root / "noticeboard.yaml").write_text(f'paper: "{paper}"\n', encoding="utf-8")
    return root


# The two projects of real records the loudspeaker and card tests run on, by name.
WRITERS = {"long": write_long_project, "portal": write_portal_project}
