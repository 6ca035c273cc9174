"""Every Vietnamese text the tool itself prints (posters and kiosk): one table, checked
against the font by the tests."""

from __future__ import annotations
from .fields import FIELDS  # the binder prints the official headings

LABELS: dict[str, str] = {
    "posted_at": "Niêm yết tại",
    "code": "Mã thủ tục",
    "field": "Lĩnh vực",
    "agency": "Nơi giải quyết",
    "place": "Nơi nộp hồ sơ",
    "time": "Thời hạn giải quyết",
    "fee": "Phí, lệ phí",
    "time_short": "Thời hạn",
    "fee_short": "Lệ phí",
    "online": "Nộp trực tuyến",
    "scope_full": "Toàn trình (nộp hồ sơ và nhận kết quả qua mạng)",
    "scope_partial": "Một phần (nộp hồ sơ qua mạng, nhận kết quả tại nơi giải quyết)",
    "scope_full_short": "Toàn trình (làm hết qua mạng)",
    "scope_partial_short": "Một phần (nộp hồ sơ qua mạng)",
    "in_person": "Nộp trực tiếp",
    "in_person_long": "Chưa có đường dẫn nộp trực tuyến cho thủ tục này: mang giấy tờ đến nộp trực tiếp.",
    "or_in_person": "hoặc nộp trực tiếp",
    # online in the catalogue, but no link yet: the look-up QR finds the procedure's page
    "online_no_link": "Quét mã để tìm thủ tục trên Cổng Dịch vụ công",
    "online_no_link_long": "Thủ tục này làm được trên mạng: quét mã để tìm trang của thủ tục "
                           "trên Cổng Dịch vụ công rồi nộp hồ sơ tại đó.",
    "online_no_link_search": "Tìm mã thủ tục trên Cổng Dịch vụ công (dichvucong.gov.vn)",
    "online_no_link_search_long": "Thủ tục này làm được trên mạng: tìm mã thủ tục trên Cổng Dịch vụ "
                                  "công (dichvucong.gov.vn) rồi nộp hồ sơ tại đó.",
    "documents": "Giấy tờ cần mang (thành phần hồ sơ)",
    "steps": "Các bước thực hiện",
    "step": "Bước",
    "result": "Kết quả nhận được",
    "who": "Ai được làm thủ tục này",
    "conditions": "Yêu cầu, điều kiện",
    "forms": "Mẫu đơn, tờ khai",
    "channels": "Cách nộp hồ sơ",
    "legal_basis": "Căn cứ pháp lý",
    "continued": "(tiếp theo)",
    "updated": "Cập nhật",
    "page": "Trang",
    "see_page": "Giấy tờ cần mang: xem trang",
    "or_postal": "hoặc gửi qua bưu chính",
    "scan_sheet": "Quét mã: toàn văn, nộp hồ sơ",
    "full_text": "Toàn văn (các bước, điều kiện, mẫu đơn, căn cứ pháp lý)",
    "where_qr": "quét mã QR trên tờ này; hoặc",
    "where_binder": "hỏi, đọc cuốn “{binder}” tại nơi nộp hồ sơ ghi ở cuối trang",
    "scan": "Quét mã để nộp hồ sơ trực tuyến",
    "lookup": "Tra cứu",  # a QR that opens the portal's search for the code (no link known)
    "scan_lookup": "Quét mã để tra cứu thủ tục",
    "documents_qr": "Chưa ghi ở đây: quét mã QR để xem trên Cổng dịch vụ công, "
                    "hoặc hỏi tại nơi nộp hồ sơ (ghi ở cuối trang).",
    "documents_office": "Chưa ghi ở đây: xin hỏi tại nơi nộp hồ sơ (ghi ở cuối trang).",
    # on every page, card and screen built from the bundled sample (made-up offices and people)
    "sample_mark": "BẢN MẪU – dữ liệu giả định, không dùng để niêm yết",
    # the loudspeaker script of the sample: under its title, then said first and last
    "sample_mark_air": "BẢN MẪU – dữ liệu giả định, không dùng để phát thanh",
    "sample_said": "Đây là bản mẫu, dữ liệu giả định, không phải thông báo thật của xã.",
    "sample_said_again": "Xin nhắc lại: đây là bản mẫu, không phải thông báo thật.",
    "qr_warning": "Chỉ quét mã QR in sẵn trên tờ niêm yết này. Mã dán đè lên là mã giả: không quét.",
    "office": "Nơi nộp hồ sơ",
    "address": "Địa chỉ",
    "phone": "Điện thoại",
    "hours": "Giờ làm việc",
    "head": "Trưởng thôn",
    "ask": "Cần hỏi, xin gọi",
    "direct": "Trực tiếp",
    "postal": "Qua bưu chính",
    "online_channel": "Trực tuyến",
    # Kiosk screens (commune office touch screen).
    "kiosk_title": "Tra cứu thủ tục hành chính",
    "kiosk_search": "Tìm thủ tục",
    "kiosk_search_hint": "Chạm vào đây để gõ tên thủ tục, không cần dấu",
    "kiosk_search_example": "Gõ tên thủ tục, không cần dấu. Ví dụ: khai sinh",
    "kiosk_no_results": "Không tìm thấy thủ tục nào. Hãy gõ ít chữ hơn, hoặc chọn lĩnh vực.",
    "kiosk_results": "thủ tục",
    "kiosk_more": "Xem thêm",
    "kiosk_fields": "Chọn lĩnh vực",
    "kiosk_frequent": "Thủ tục thường gặp ở xã",
    "kiosk_back": "Quay lại",
    "kiosk_home": "Trang chủ",
    "kiosk_space": "Dấu cách",
    "kiosk_delete": "Xóa",
    "kiosk_clear": "Xóa hết",
    "kiosk_commune": "Chọn xã",
    "kiosk_vietnamese": "Tiếng Việt",
    "kiosk_text_size": "Cỡ chữ",
    "kiosk_touch": "Chạm vào màn hình để tìm thủ tục",
    "kiosk_go_office": "Mang giấy tờ đến",
    # Zalo / Facebook cards (noticeboard share).
    "share_documents": "Giấy tờ cần mang",
    "share_documents_scan": "Xem giấy tờ cần mang trên trang thủ tục (quét mã QR bên dưới), hoặc gọi hỏi cán bộ xã.",
    "share_documents_ask": "Gọi hỏi cán bộ xã giấy tờ cần mang (số điện thoại bên dưới).",
    "share_ask": "Nộp hồ sơ, hỏi thêm tại",
    # a procedure another body handles ("Công an xã"): the file goes there, questions to the office
    "share_hand_in": "Nộp hồ sơ tại",
    "share_ask_more": "Hỏi thêm tại",
    "share_online": "Quét mã để nộp hồ sơ trực tuyến",
    "share_lookup": "Tra cứu: quét mã để xem thủ tục trên Cổng Dịch vụ công",
    "share_in_person": "Nộp trực tiếp",
    "share_next": "Còn tiếp ở ảnh sau",
    # {n} papers not on the cards, {which}: their numbers ("5–13"), as in the caption's list
    "share_more_scan": "Còn {n} giấy tờ khác (số {which}): xem đủ trong lời giới thiệu kèm ảnh, "
                       "quét mã QR, hoặc xem tờ niêm yết ở nhà văn hóa thôn.",
    "share_more_ask": "Còn {n} giấy tờ khác (số {which}): xem đủ trong lời giới thiệu kèm ảnh, "
                      "tờ niêm yết ở nhà văn hóa thôn, hoặc gọi hỏi cán bộ xã.",
    "card": "Ảnh",
    "share_link": "Đường dẫn",
    "kiosk_listen": "Nghe",
    "kiosk_stop": "Dừng",
    "kiosk_listen_title": "Nghe đọc thủ tục này",
    "kiosk_no_data": "Chưa có dữ liệu thủ tục. Xin báo cán bộ xã.",
    # The commune's desk documents: binder, posting kit, biên bản, register, change report.
    "binder_title": "SỔ TAY THỦ TỤC HÀNH CHÍNH",
    "binder_short": "Sổ tay thủ tục hành chính",
    "binder_subtitle": "Toàn văn các thủ tục hành chính niêm yết tại các thôn",
    "binder_intro": "Nội dung đầy đủ theo văn bản công bố, để tra cứu và hướng dẫn tại nơi nộp hồ sơ. "
                    "Các tờ niêm yết ở nhà văn hóa thôn là bản tóm tắt của những thủ tục này.",
    "binder_contents": "Mục lục",
    "binder_posted_in": "Niêm yết tại",
    "binder_all_villages": "tất cả các thôn",
    "binder_online": "Dịch vụ công trực tuyến",
    "binder_no_documents": "Chưa ghi thành phần hồ sơ: xem trên Cổng Dịch vụ công (mã QR) hoặc hỏi nơi nộp hồ sơ.",
    "kit_title": "BỘ NIÊM YẾT",
    "kit_short": "Bộ niêm yết",
    "kit_to": "Gửi trưởng thôn",
    "kit_pin": "Các tờ cần dán ở nhà văn hóa",
    "kit_pin_hint": "Dán đủ các tờ dưới đây theo thứ tự. Ở chân mỗi tờ có ngày \u201cCập nhật\u201d: "
                    "tờ nào trên bảng có ngày khác ngày ghi ở đây thì thay bằng tờ mới.",
    "kit_board": "Bảng thủ tục",
    "kit_sheet": "Tờ niêm yết",
    "kit_sheet_pages": "Trang",
    "kit_new": "MỚI",
    "kit_both_sides": "in hai mặt",  # a sheet of two pages: one sheet of paper, printed on both sides
    "kit_both_sides_hint": "Tờ ghi \u201cin hai mặt\u201d có trang tiếp theo ở mặt sau: ghim ở mép trên "
                           "để người đọc lật xem được mặt sau.",
    "kit_replace": "THAY TỜ CŨ",
    "kit_takedown": "Các tờ cần thay hoặc gỡ xuống",  # what changed, then what comes down
    "kit_takedown_none": "Không có tờ nào cần thay hay gỡ.",
    "kit_call": "Cần hỏi, xin gọi",
    "kit_return": "Dán xong, trưởng thôn ghi ngày, ký biên bản niêm yết ở trang sau và gửi lại cho xã.",
    "record_nation": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "record_motto": "Độc lập – Tự do – Hạnh phúc",
    "record_title": "BIÊN BẢN NIÊM YẾT",
    "record_subject": "Niêm yết công khai thủ tục hành chính tại",
    "record_today": "Hôm nay, ngày ........ tháng ........ năm ............, tại",
    "record_we": "chúng tôi gồm:",
    "record_person": "Ông/bà",
    "record_role": "chức vụ",
    "record_head_role": "Trưởng thôn",
    "record_listed": "Đã niêm yết công khai các thủ tục hành chính sau:",
    "record_no": "STT",
    "record_name": "Tên thủ tục",
    "record_sheet_date": "Ngày in trên tờ",
    "record_sheets": "Số trang",
    "record_from": "Thời gian niêm yết: từ ngày ........ / ........ / ............",
    "record_copies": "Biên bản lập thành 02 bản: 01 bản lưu tại thôn, 01 bản gửi Ủy ban nhân dân xã.",
    "record_village_side": "ĐẠI DIỆN THÔN",
    "record_commune_side": "ĐẠI DIỆN ỦY BAN NHÂN DÂN XÃ",
    "record_sign": "(Ký, ghi rõ họ tên)",
    "register_title": "SỔ THEO DÕI NIÊM YẾT THỦ TỤC HÀNH CHÍNH",
    "register_short": "Sổ theo dõi niêm yết",
    "register_hint": "Mỗi thôn một dòng. Khi nhận lại biên bản niêm yết, cán bộ xã ghi ngày niêm yết, "
                     "người niêm yết và ngày nhận biên bản.",
    "register_village": "Thôn, bản",
    "register_place": "Nơi niêm yết",
    "register_count": "Số thủ tục",
    "register_printed": "Ngày in trên tờ mới nhất",
    "register_posted": "Ngày niêm yết",
    "register_by": "Người niêm yết",
    "register_received": "Ngày nhận biên bản",
    "register_note": "Ghi chú",
    "changes_title": "THAY ĐỔI TỜ NIÊM YẾT",
    "changes_short": "Thay đổi tờ niêm yết",
    "changes_since": "So với lần in ngày",
    "changes_fresh": "So với lần in trước",
    "changes_built": "lần in này ngày",
    "changes_summary": "Tóm tắt theo thủ tục",
    "changes_by_village": "Việc cần làm ở từng thôn",
    "changes_new": "Tờ mới: dán thêm",
    "changes_changed": "Tờ đã thay đổi: gỡ tờ cũ, dán tờ mới",
    "changes_remove": "Tờ cần gỡ xuống",
    "changes_villages": "thôn",
    "changes_now": "nay là",
    "changes_decision": "— theo Quyết định",
    "changes_board": "Bảng thủ tục đã thay đổi: gỡ các trang cũ, dán trang mới",
    "changes_new_date": "tờ mới ghi Cập nhật",
    "changes_old_date": "tờ đang dán ghi Cập nhật",
    "changes_none": "Không có thay đổi.",
    "part_online": "đường dẫn nộp trực tuyến (mã QR)",
    "part_office": "thông tin nơi nộp hồ sơ",
    "part_head": "thông tin trưởng thôn",
    "part_list": "danh sách thủ tục",
    "part_pages": "số trang ghi cạnh thủ tục (xem trang …)",
    "part_of": "của",
    "part_posted_at": "nơi niêm yết",
    "part_page": "số trang ở chân tờ (tờ cũ ghi số trang khác)",
    "part_place": "nơi nộp hồ sơ",  # the sheet's "Nơi nộp hồ sơ" line (Địa điểm thực hiện)
    "part_other": "nội dung khác",
    "gone_not_posted": "xã không còn niêm yết thủ tục này ở thôn",
    "gone_not_in_force": "thủ tục đã hết hiệu lực",
    "gone_replaced_by": "thay bằng thủ tục",
    "gone_not_in_catalogue": "thủ tục không còn trong danh mục",
    "new_new": "thủ tục mới niêm yết",
}

CHANNELS = {"direct": LABELS["direct"], "postal": LABELS["postal"], "online": LABELS["online_channel"]}

LANGUAGES: dict[str, str] = {
    "vi": "Tiếng Việt",
    "tay": "Tiếng Tày",
    "dao": "Tiếng Dao",
    "hmn": "Tiếng Mông",
    "mong": "Tiếng Mông",
    "nung": "Tiếng Nùng",
    "pathen": "Tiếng Pà Thẻn",
    "en": "English",
}


def language_name(tag: str) -> str:
    return LANGUAGES.get(tag, tag)


def all_label_text() -> str:
    """Everything the tool itself prints: labels, and the digits and marks it adds (page
    numbers, bullets, separators, a shortened running head)."""

    return "".join(LABELS.values()) + "".join(LANGUAGES.values()) + "".join(f.label for f in FIELDS) + \
        " \u00a00123456789%•·–…:()./"
