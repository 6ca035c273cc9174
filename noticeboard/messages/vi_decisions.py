"""Messages of `noticeboard import decision` (part of the Vietnamese table: vi.py adds them)."""

MESSAGES: dict[str, str] = {
    # problems (each explained in docs/troubleshooting.md)
    "decision.old_doc": "tệp Word cũ (.doc): chưa đọc được",
    "decision.old_doc_hint": "mở tệp bằng Word hoặc LibreOffice, Lưu thành (Save As) .docx, rồi nhập tệp .docx; hoặc xin tỉnh bản DOCX hay PDF",
    "decision.unknown_kind": "không đọc được loại tệp này: cần .docx, .xlsx hoặc .pdf",
    "decision.unknown_kind_hint": "tải phụ lục về đúng dạng tỉnh đăng (DOCX, XLSX hoặc PDF)",
    "decision.unreadable": "không mở được tệp ({reason})",
    "decision.unreadable_hint": "tệp bị hỏng hoặc tải về chưa hết: tải lại từ cổng thông tin của tỉnh rồi nhập lại",
    "decision.not_zip": "không phải tệp Word hay Excel thật (nội dung không đúng dạng .docx/.xlsx)",
    "decision.scanned": "tệp PDF này là ảnh chụp (bản quét), không có chữ để đọc",
    "decision.scanned_hint": "xin tỉnh bản DOCX hoặc PDF có chữ của phụ lục; hoặc gõ các dòng của phụ lục vào một "
                             "tệp Excel (cột STT, Mã TTHC, Tên thủ tục hành chính, … như phụ lục, mỗi danh mục "
                             "dưới một dòng tiêu đề \"bị bãi bỏ\", \"sửa đổi, bổ sung\"…) rồi nhập tệp đó; mỗi dòng "
                             "đã nhập được ghi vào trang \"Theo dõi thay đổi\"",
    "decision.no_number": "không tìm thấy số quyết định (dòng \"Số: …/QĐ-UBND\" hoặc \"Kèm theo Quyết định số …\")",
    "decision.no_number_hint": "ghi số quyết định: --number \"1234/QĐ-UBND\"",
    "decision.no_number_hint_app": "ghi số quyết định vào ô \"{number}\" (ví dụ 1234/QĐ-UBND) rồi bấm \"{again}\"",
    "decision.other_province": "quyết định của {theirs}, không phải của tỉnh {ours} (tỉnh của dự án)",
    "decision.other_province_hint": "chỉ nhập quyết định công bố của tỉnh mình; kiểm tra lại tệp đã tải về",
    "decision.no_rows": "không thấy danh mục thủ tục nào trong tệp (bảng có cột Mã TTHC, Tên thủ tục hành chính)",
    "decision.no_rows_hint": "đây có thể là phụ lục quy trình nội bộ, không phải danh mục: nhập phụ lục danh mục thủ tục",
    "decision.no_effective": "quyết định {number} không nói ngày có hiệu lực: coi như có hiệu lực từ ngày ký {day}",
    "decision.no_effective_hint": "nếu quyết định có hiệu lực từ ngày khác, ghi: --effective dd/mm/yyyy",
    "decision.no_effective_hint_app": "nếu quyết định có hiệu lực từ ngày khác, ghi ngày đó vào ô \"{effective}\" "
                                      "(dd/mm/yyyy) rồi bấm \"{again}\"",
    "decision.no_date": "quyết định {number}: không tìm thấy ngày ký hay ngày có hiệu lực",
    "decision.no_date_hint": "ghi ngày có hiệu lực: --effective dd/mm/yyyy",
    "decision.no_date_hint_app": "ghi ngày có hiệu lực vào ô \"{effective}\" (dd/mm/yyyy) rồi bấm \"{again}\"",
    "decision.no_list": "dòng \"{name}\" không nằm dưới tiêu đề danh mục nào (mới ban hành, sửa đổi, bổ sung, "
                        "thay thế, bị bãi bỏ): không nhập",
    "decision.ambiguous": "{kind} \"{name}\": tên này trùng với nhiều thủ tục trong danh mục, không đoán: "
                          "sửa tay dòng đó trong danh mục",
    "decision.unknown": "{kind} {code} \"{name}\": danh mục của xã không có thủ tục này, bỏ qua",
    "decision.unknown_name": "{kind} \"{name}\" (không có mã): không thấy thủ tục nào tên như vậy trong danh mục, bỏ qua",
    "decision.new_no_code": "thủ tục mới \"{name}\" chưa có mã: chưa thêm vào danh mục (thêm tay khi có mã)",
    "decision.new_incomplete": "thủ tục mới {code} \"{name}\" thiếu {fields}: chưa thêm vào danh mục",
    "decision.no_catalogue": "dự án không có tệp danh mục để ghi",
    "decision.log_unreadable": "sổ theo dõi thay đổi không đọc được",
    "decision.log_unreadable_hint": "sửa tệp theo mẫu ở docs/formats.md (mục \"The change log\"), hoặc lấy lại bản cũ của tệp",
    "decision.cannot_write": "không ghi được {file}: {reason} (lỗi của chương trình: hãy báo lại); "
                             "chưa ghi gì",
    "decision.does_not_load": "danh mục sau khi nhập không đọc lại được (lỗi của chương trình: hãy báo lại); "
                              "chưa ghi gì:\n{problems}",
    # notes, the table, what the command prints (not problems)
    "import.decision_where_text": "đoạn văn",
    "import.decision_where_table": "bảng {n}",
    "import.decision_where_sheet": "trang tính {sheet}",
    "import.decision_where_page": "trang {n}",
    "import.decision_where_row": "dòng {n}",
    "import.decision_file_done": "đã nhập ngày {day}",
    "import.decision_row_done": "đã nhập trước đây",
    "import.decision_row_pending_logged": "đã ghi, chờ đến ngày {day}",
    "import.decision_other_level": "thủ tục cấp khác (thêm --all-levels để nhập)",
    "import.decision_other_level_app": "thủ tục cấp khác (đánh dấu ô \"{box}\" rồi bấm \"{again}\" để nhập)",
    "import.decision_new_code": "phụ lục ghi mã mới {new} cho {old}: {old} hết hiệu lực từ {day}, thay bằng {new}, "
                                "chép từ dòng của {old} (thành phần hồ sơ, trình tự, đường dẫn, lời của xã) với các "
                                "thay đổi của phụ lục; hãy kiểm tra dòng {new}",
    "import.decision_codes_unused": "dòng này của phụ lục còn ghi mã {codes}: chưa dùng vào danh mục, hãy xem phụ lục và sửa tay nếu cần",
    "import.decision_by_name": 'phụ lục không ghi mã: khớp theo tên "{name}" với {code} "{known}" trong danh mục, hãy kiểm tra đúng thủ tục',
    "import.decision_new_known": "quyết định ghi là mới ban hành, danh mục đã có thủ tục này: cập nhật thủ tục đó",
    "import.decision_agency_from_place": "phụ lục không ghi cơ quan thực hiện: tạm ghi địa điểm thực hiện vào "
                                         "cột Cơ quan thực hiện, hãy sửa nếu cơ quan giải quyết là cơ quan khác",
    "import.decision_row_same": "danh mục đã đúng như quyết định",
    "import.decision_rewrite": "xã đã viết lại bằng lời dễ hiểu: {fields}. Văn bản chính thức mới ghi vào "
                               "{where}, tờ niêm yết giữ lời của xã: hãy xem và viết lại",
    "import.decision_later": "có hiệu lực từ {day}: ghi ngay vào danh mục thành một dòng mới của thủ tục (Hiệu lực từ {day}); "
                             "đến ngày đó bản in tự dùng dòng mới, không cần nhập lại",
    "import.decision_no_online": "phụ lục không ghi dịch vụ công trực tuyến cho thủ tục này: tờ niêm yết sẽ ghi Nộp trực tiếp; nếu làm được trên mạng, ghi Trực tuyến vào cột Cách thức thực hiện (hoặc thêm đường dẫn trang thủ tục)",
    "import.decision_scope_without_link": "dịch vụ công trực tuyến {scope}: đã ghi Trực tuyến vào Cách thức thực hiện (mã QR tra cứu thủ tục); chưa có đường dẫn, hãy thêm đường dẫn trang thủ tục",
    "import.decision_not_posted": "chưa thôn nào niêm yết thủ tục này nên nó chưa có trên tờ niêm yết nào: để niêm "
                                  "yết ở mọi thôn, thêm mã {code} vào {where}; chỉ ở một thôn: vào {village} của "
                                  "thôn đó",
    "import.decision_not_posted_short": "chưa thôn nào niêm yết thủ tục này: thêm mã vào danh sách niêm yết (chỗ thêm: xem phần tóm tắt của bảng)",
    "import.decision_replace_code": "thủ tục này thay thế {old} đang niêm yết: để niêm yết nó thay cho {old}, sửa mã "
                                    "{old} thành {code} ở {where}",
    "import.decision_kind.new": "Mới ban hành",
    "import.decision_kind.amended": "Sửa đổi, bổ sung",
    "import.decision_kind.replaced": "Thay thế",
    "import.decision_kind.abolished": "Bãi bỏ",
    "import.decision_scope.full": "toàn trình",
    "import.decision_scope.partial": "một phần",
    "import.decision_scope.None": "không",
    "import.decision_status.done": "bỏ qua",
    "import.decision_status.same": "không đổi",
    "import.decision_status.other_level": "bỏ qua",
    "import.decision_status.unknown": "CẢNH BÁO",
    "import.decision_status.ambiguous": "CẢNH BÁO",
    "import.decision_status.incomplete": "CẢNH BÁO",
    "import.decision_status.no_code": "CẢNH BÁO",
    "import.decision_table.empty": "(trống)",
    "import.decision_table.scope": "Dịch vụ công trực tuyến",
    "import.decision_table.until": "hết hiệu lực từ {day}",
    "import.decision_table.replaced_by": "thay thế bởi {code}",
    "import.decision_table.decision": "quyết định công bố: {number}",
    "import.decision_table.official": "{change} (văn bản chính thức; tờ niêm yết giữ lời của xã)",
    "import.decision_table.added": "thêm vào danh mục, lĩnh vực {field}, hiệu lực từ {day}",
    "import.decision_table.file_skipped": "{file}: {why}, bỏ qua",
    "import.decision_table.head_kind": "Loại thay đổi",
    "import.decision_table.head_code": "Mã",
    "import.decision_table.head_name": "Tên thủ tục",
    "import.decision_table.head_change": "Thay đổi",
    "import.decision_table.head_villages": "Thôn đang niêm yết",
    "import.decision_table.title": "Quyết định {number} ngày {signed}, có hiệu lực từ {effective} ({files}):",
    "import.decision_table.by_village": "Theo thôn (trưởng thôn thay tờ niêm yết sau lần in tới):",
    "import.decision_table.summary": "{rows} dòng: {applied} áp dụng, {pending} chờ hiệu lực, {skipped} bỏ qua.",
    "import.decision_table.not_posted": "{n} thủ tục mới chưa thôn nào niêm yết ({codes}), nên chưa in lên tờ "
                                        "nào: để niêm yết ở mọi thôn, thêm mã vào {where}; chỉ ở một thôn: "
                                        "vào {village} của thôn đó.",
    "import.decision_table.dry_run": "Chạy thử (--dry-run): chưa ghi gì.",
    "import.decision_village.take_down": "gỡ xuống từ {day}",
    "import.decision_village.instead": ", niêm yết {code} thay thế (thêm vào danh sách niêm yết)",
    "import.decision_village.changed_from": "thay tờ mới từ {day} (bản in từ ngày đó; {fields})",
    "import.decision_village.changed": "thay tờ mới ({fields})",
    "import.decision_wrote": "Đã ghi: {files}. Tiếp theo: noticeboard check, rồi noticeboard build.",
    "import.decision_no_files": "cần ít nhất một tệp quyết định hoặc phụ lục trước thư mục dự án",
    "import.decision_nothing": "Không có gì mới để ghi.",
    "help.import.decision": "Đọc quyết định công bố danh mục thủ tục hành chính của tỉnh (DOCX, XLSX hoặc PDF có chữ) "
                            "và cập nhật danh mục của dự án: thủ tục mới, sửa đổi, thay thế, bãi bỏ.\n\n"
                            "In bảng các thay đổi theo thủ tục và theo thôn, rồi ghi (--dry-run: chỉ in). Mỗi tệp, "
                            "mỗi dòng chỉ nhập một lần (sổ \"Theo dõi thay đổi\").\n\n"
                            "Ví dụ: noticeboard import decision qd-1234.docx phu-luc.pdf my-commune --dry-run",
    "help.import.decision.dry_run": "Chỉ in bảng thay đổi, không ghi gì.",
    "help.import.decision.all_levels": "Nhập cả thủ tục mới của cấp tỉnh (mặc định: chỉ cấp xã và dùng chung).",
    "help.import.decision.number": "Số quyết định, khi tệp không ghi (ví dụ \"1234/QĐ-UBND\").",
    "help.import.decision.effective": "Ngày quyết định có hiệu lực (dd/mm/yyyy), khi tệp không ghi.",
}
