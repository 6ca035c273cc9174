"""Every Vietnamese text the tool itself prints (posters and kiosk): one table, checked
against the font by the tests."""

from __future__ import annotations

LABELS: dict[str, str] = {
    "posted_at": "Niêm yết tại",
    "code": "Mã thủ tục",
    "field": "Lĩnh vực",
    "agency": "Nơi giải quyết",
    "time": "Thời hạn giải quyết",
    "fee": "Phí, lệ phí",
    "online": "Nộp trực tuyến",
    "scope_full": "Toàn trình (nộp hồ sơ và nhận kết quả qua mạng)",
    "scope_partial": "Một phần (nộp hồ sơ qua mạng, nhận kết quả tại nơi giải quyết)",
    "scope_full_short": "Toàn trình (làm hết qua mạng)",
    "scope_partial_short": "Một phần (nộp hồ sơ qua mạng)",
    "in_person": "Nộp trực tiếp",
    "in_person_long": "Chưa có đường dẫn nộp trực tuyến cho thủ tục này: mang giấy tờ đến nộp trực tiếp.",
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
    "see_page": "Giấy tờ cần mang, các bước: trang",
    "scan": "Quét mã để nộp hồ sơ trực tuyến",
    "lookup": "Tra cứu",  # a QR that opens the portal's search for the code (no link known)
    "scan_lookup": "Quét mã để tra cứu thủ tục",
    "documents_qr": "Chưa ghi ở đây: quét mã QR để xem trên Cổng dịch vụ công, "
                    "hoặc hỏi tại nơi nộp hồ sơ (ghi ở cuối trang).",
    "documents_office": "Chưa ghi ở đây: xin hỏi tại nơi nộp hồ sơ (ghi ở cuối trang).",
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
    "kiosk_no_data": "Chưa có dữ liệu thủ tục. Xin báo cán bộ xã.",
}

CHANNELS = {"direct": LABELS["direct"], "postal": LABELS["postal"], "online": LABELS["online_channel"]}

LANGUAGES: dict[str, str] = {
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
    return "".join(LABELS.values()) + "".join(LANGUAGES.values()) + " 0123456789%•·–…:()./"
