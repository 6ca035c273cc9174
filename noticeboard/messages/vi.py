"""Tiếng Việt (the default language): the same keys and placeholders as en.py.

Written for a commune clerk: "tệp" (file), "dòng" (line), "cột" (column), "ô" (cell), "mục"
(a key such as ``name:``). ``CLICK`` translates click's own texts ("Usage:", "Missing argument").
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # The words around every problem (errors.py) and the command line's verdict (cli/common.py)
    "word.warning": "(cảnh báo)",
    "word.hint": "gợi ý:",
    "word.error": "Lỗi:",
    "summary.problems": "{n} lỗi",
    "summary.warnings": "{n} cảnh báo",
    "summary.strict": " (thành lỗi khi dùng --strict)",
    "summary.and": " và ",
    "summary.found": "có {what}",
    "summary.nothing_written": "; chưa ghi tệp nào.",
    "did_you_mean": 'có phải ý bạn là "{close}"?',
    "missing_extra": "lệnh {command} cần cài thêm gói '{extra}' (thiếu {module}): "
                     "pip install 'noticeboard[{extra}]'",
    "version": "noticeboard, phiên bản {version}",
    # Reading a file (load/source.py)
    "too_big": "tệp nặng {size} MB; giới hạn là {limit} MB",
    "unreadable": "không đọc được tệp: {reason}",
    "utf16": "tệp được lưu theo bảng mã {encoding}, không phải UTF-8",
    "not_utf8": "tệp không theo bảng mã UTF-8 (byte 0x{byte}); có vẻ là bảng mã {encoding}",
    "tab": "dòng được thụt lề bằng phím Tab",
    "bad_char": "ký tự U+{code} ({name}) không được phép có trong tệp YAML",
    "syntax": "tệp YAML viết sai dấu câu: {what}",
    "multi_doc": "tệp chứa nhiều hơn một phần YAML (dòng '---')",
    "empty": "tệp trống",
    "too_many_values": "tệp bung ra hơn {limit} giá trị (do dùng bí danh YAML)",
    "too_deep": "các giá trị lồng nhau sâu quá {limit} tầng",
    "tag": "không được dùng nhãn YAML {tag}",
    "merge": "không được dùng mục gộp YAML ('<<')",
    "complex_key": "tên mục phải là chữ thường",
    "dup_key": 'mục "{key}" xuất hiện hai lần trong cùng một khối',
    # The plain words of a YAML syntax error (messages.SYNTAX says which PyYAML phrase)
    "syntax.colon": "có dấu ':' ở chỗ không được có (đặt đoạn chữ có ':' trong dấu ngoặc kép)",
    "syntax.no_colon": "một dòng thiếu dấu ':' giữa tên mục và giá trị",
    "syntax.indent": "dòng này thụt lề không thẳng hàng với các dòng phía trên",
    "syntax.unclosed": "có dấu ngoặc kép hoặc dấu ngoặc được mở mà không đóng",
    "syntax.list": "danh sách trong [ ] chưa đóng hoặc thiếu dấu ','",
    "syntax.mapping": "khối trong {{ }} chưa đóng hoặc thiếu dấu ','",
    "syntax.alias": "bí danh '*' gọi tới một neo '&' không có",
    "syntax.escape": "có dấu '\\' trong đoạn chữ đặt trong ngoặc kép (dùng ngoặc đơn hoặc '\\\\')",
    "syntax.token": "dòng bắt đầu bằng một ký tự YAML không đọc được (đặt đoạn chữ trong ngoặc kép)",
    "syntax.other": "tệp YAML viết sai ở chỗ này",
    # Checking each text (load/text.py)
    "legacy": 'đoạn chữ có vẻ là ký tự {kind} dán vào như Unicode: "{sample}"',
    "control": "có ký tự ẩn hoặc ký tự điều khiển U+{code} ({name}) trong đoạn chữ",
    "no_glyph": 'ký tự "{char}" U+{code} ({name}) không có trong phông chữ in niêm yết',
    # The shape of each file (load/project.py)
    "no_project": "không tìm thấy thư mục dự án",
    "top_type": "đầu tệp phải là các mục dạng tên: giá trị, nhưng lại là {kind}",
    "missing": 'thiếu mục bắt buộc "{field}"',
    "unknown_key": 'mục "{key}" không có trong mẫu',
    "bad_code": '"{value}" không phải mã thủ tục',
    "not_one_of": "cần một trong các giá trị {expected} nhưng lại là {value}",
    "empty_text": "không được để trống",
    "empty_list": "cần ít nhất một mục",
    "wrong_type": "cần {want}, nhưng lại là {kind}",
    "invalid": "giá trị không hợp lệ: {detail}",
    "bad_date": '"{value}" không phải ngày tháng',
    "bad_flag": '"{value}" không phải có (true) hay không (false)',
    "online_link": "mục online cần url hoặc id (một trong hai)",
    "bad_portal_id": '"{value}" không phải mã trên Cổng Dịch vụ công',
    "bad_host_setting": '"{host}" không phải tên miền',
    "no_catalogue_files": "thư mục danh mục thủ tục không có tệp .yaml nào",
    "no_catalogue": 'không tìm thấy danh mục thủ tục "{path}"',
    "no_places": "không tìm thấy tệp danh sách xã, thôn",
    # Across files (load/project.py)
    "dup_code": 'mã thủ tục "{code}" bị dùng hai lần',
    "unknown_code": 'mã thủ tục "{code}" không có trong danh mục{suggestion}',
    "listed_twice": 'mã "{code}" được ghi hai lần',
    "commune_same_file": 'xã "{name}" trùng tên tệp "{slug}" với "{other}"',
    "village_twice": 'thôn "{name}" được ghi hai lần trong {commune}',
    "village_same_file": 'thôn "{name}" sẽ trùng tên tệp "{slug}.pdf" với "{other}"',
    "nothing_to_remove": 'xã không niêm yết "{code}", nên không có gì để bỏ',
    "no_translation": 'không thủ tục nào có bản dịch "{lang}"',
    "orphan_translation": 'có bản dịch của "{key}", nhưng thủ tục không có {key} bằng tiếng Việt',
    "posts_nothing": 'thôn "{name}" không niêm yết thủ tục nào: tệp PDF sẽ trống',
    "odd_phone": '"{phone}" không giống số điện thoại Việt Nam ({digits} chữ số)',
    # What is posted on the build date (in_force.py)
    "posted_abolished": '{code} "{name}" đã hết hiệu lực từ {until}{replacement}; '
                        "đang niêm yết ở {where}: không in nữa",
    "hint_take_down": "gỡ các tờ niêm yết của thủ tục này xuống và xóa mã khỏi posted "
                      "(hoặc niêm yết thủ tục thay thế)",
    "posted_not_yet": '{code} "{name}" chỉ có hiệu lực từ {since}; niêm yết ở {where}: chưa in cho tới ngày đó',
    "ends_soon": '{code} "{name}" hết hiệu lực vào {until} (còn {days} ngày){replacement}; đang niêm yết ở {where}',
    "replaced_by": " (thay bằng {code}{name})",
    "where_all_villages": "{commune} (mọi thôn)",
    "where_villages": "{villages} của {commune}",
    "nothing_in_force": 'thôn "{village}" của {commune} không có thủ tục nào còn hiệu lực vào {day}: '
                        "không tạo tệp cho thôn này",
    "no_papers": "{count} thủ tục đang niêm yết chưa ghi giấy tờ cần mang (documents): {codes}",
    "hint_no_papers": "tờ niêm yết của các thủ tục này hướng dẫn người dân quét mã QR hoặc hỏi bộ phận "
                      "một cửa; khi có thông tin thì điền mục documents:",
    "catalogue_summary": "Danh mục ngày {day}: {total} thủ tục, {in_force} còn hiệu lực, {abolished} đã bãi bỏ, "
                         "{not_yet} chưa có hiệu lực, {no_papers} chưa ghi giấy tờ, "
                         "{no_link} chưa có mã trên Cổng Dịch vụ công.",
    # The command line's own values (plan.py, cli/common.py)
    "command_line": "dòng lệnh",
    "no_such_choice": 'không có {what} nào tên "{wanted}"{where}',
    "choose_one_of": "chọn một trong: {names}",
    "in_commune": " trong {commune}",
    "what.commune": "xã",
    "what.village": "thôn",
    "bad_date_option": '"{value}" không phải ngày tháng: viết theo dạng ngày/tháng/năm, ví dụ 04/09/2026',
    # Workbooks and CSV files (load/sheet.py, places_sheet.py, catalogue_sheet.py, readers.py)
    "places_twice": "có cả places.yaml lẫn {other}",
    "places_twice_hint": "giữ lại một tệp, hoặc ghi tệp cần đọc trong noticeboard.yaml (places: {other})",
    "no_places_hint": "lập tệp places.xlsx (trang Xã và Thôn) hoặc places.yaml: lệnh noticeboard init --xlsx tạo sẵn mẫu",
    "sheet_unreadable": "không đọc được bảng tính Excel này: {reason}",
    "sheet_unreadable_hint": "mở tệp bằng Excel rồi lưu lại dưới dạng Excel Workbook (.xlsx)",
    "sheet_too_big": "trang {sheet} có {rows} dòng và {columns} cột: quá nhiều để đọc",
    "sheet_too_big_hint": "xóa các dòng và cột trống ở cuối trang, rồi lưu lại",
    "sheet_old_excel": "đây là tệp Excel đời cũ (.xls)",
    "sheet_old_excel_hint": "mở tệp bằng Excel, chọn File > Save As, kiểu Excel Workbook (.xlsx)",
    "csv_bad": "không đọc được tệp CSV này: {reason}",
    "csv_not_utf8_hint": 'mở tệp bằng Excel, chọn File > Save As, kiểu "CSV UTF-8 (Comma delimited)"; '
                         "hoặc lưu thành Excel Workbook (.xlsx)",
    "sheet_fill_in": 'điền vào ô {cell} (cột "{header}")',
    "sheet_unknown_header": 'cột "{header}" không được đọc: tên cột này không có trong mẫu',
    "sheet_known_headers": "các cột {where} đọc được: {headers}; đổi tên cột nếu muốn cột này được đọc",
    "sheet_missing": "bảng tính không có trang {sheet} (các trang đang có: {present})",
    "sheet_missing_hint": "thêm một trang tên {sheet}, hoặc đổi tên trang của bạn: lệnh noticeboard init --xlsx tạo sẵn mẫu",
    "sheet_not_read": "trang {sheet} không được đọc (bảng tính này đọc các trang {read})",
    "sheet_no_header": "trang {sheet} không có dòng tiêu đề (cần các cột: {headers})",
    "sheet_column_missing": 'trang {sheet} thiếu cột "{header}"',
    "sheet_column_missing_hint": 'thêm vào dòng tiêu đề một cột có tên "{header}"',
    "sheet_column_twice": 'hai cột "{header}" và "{other}" cùng ghi một nội dung',
    "sheet_province_differs": 'tỉnh "{value}" khác với "{first}" ở ô {cell}: mỗi dự án chỉ có một tỉnh',
    "sheet_no_villages": "thêm các thôn của xã vào trang {sheet}, mỗi thôn một dòng, ghi {commune} ở cột Xã",
    "sheet_no_rows": "trang {sheet} có dòng tiêu đề nhưng không có dòng nào bên dưới",
    "sheet_village_no_commune": "ô xã của thôn này đang trống",
    "sheet_village_no_commune_hint": "ghi tên xã như ở trang {sheet}: dự án có nhiều xã",
    "sheet_unknown_commune": 'xã "{name}" không có trong trang {sheet}',
    "sheet_phone_number": "Excel lưu số điện thoại này dưới dạng con số nên mất số 0 ở đầu: đọc được {phone}",
    "sheet_phone_number_hint": "định dạng cột là Văn bản (Format Cells > Text) rồi gõ lại số",
    "sheet_communes_are": "các xã trong bảng tính: {names}",
    # noticeboard import (importers/)
    # importers (portal records, spreadsheets, writing the catalogue)
    "import.link_dropped": "bỏ đường dẫn: {reason} ({url}); {hint}",
    "import.old_portal_link": "đường dẫn Cổng cũ (trước khi Cổng làm lại năm 2025): không còn mở được",
    "import.old_portal_link_hint": "tìm thủ tục trên https://dichvucong.gov.vn và chép đường dẫn trang mới",
    "import.bad_code": '"{code}" không phải mã thủ tục (dạng "1.001193")',
    "import.missing": "thiếu {fields}",
    "import.offline_only": "chỉ làm trực tiếp (isOfflineOnly): không ghi đường dẫn trực tuyến; trang {url}",
    "import.portal_not_mapped": "không chuyển được: {keys}",
    "import.no_time_unit": "thời hạn giải quyết không rõ đơn vị ({units}): để trống thời hạn",
    "import.fee_attachment": "không chuyển được tệp đính kèm biểu phí: xem trang thủ tục trên Cổng",
    "import.fees_zero": 'mọi khoản phí trong hồ sơ đều bằng 0: ghi là "Miễn phí" (hãy kiểm tra)',
    "import.no_fee": "hồ sơ không có phí, lệ phí: để trống",
    "import.no_documents": "không có thành phần hồ sơ (executionCases/profileComponents trống)",
    "import.unknown_kind": "{path}: không biết loại tệp này (cần .json, .csv hoặc .xlsx)",
    "import.code_twice": 'mã thủ tục "{code}" có ở cả {first} và {second}: giữ một (xóa dòng hoặc tệp kia)',
    "import.nothing_found": "không tìm thấy thủ tục nào trong dữ liệu nhập",
    "import.has_errors": "dữ liệu nhập có lỗi; chưa ghi gì",
    "import.does_not_load": "danh mục vừa nhập không đọc lại được (lỗi của chương trình: hãy báo lại):\n{problems}",
    "import.also_in": '"{code}" cũng có trong {other}: xóa ở một tệp trước khi chạy `check`',
    "import.file_header": "Nhập bằng `noticeboard import` ngày {day} từ: {sources}.\n"
                          "Đối chiếu từng thủ tục với trang của nó trên Cổng trước khi in; "
                          'các dòng chú thích "import note" ghi những gì không chuyển được.',
    "import.no_header": "{path}: không trang nào có dòng tiêu đề ghi Mã thủ tục / Tên thủ tục",
    "import.scope_unknown": 'không hiểu mức độ "{value}": ghi là một phần',
    "import.no_scope": "không có cột mức độ: ghi mức độ trực tuyến là một phần",
    "import.code_read_as": 'ô mã "{text}" được đọc là "{code}"',
    "import.time_no_unit": 'thời hạn "{value}" không có đơn vị: thêm đơn vị (ngày làm việc?)',
    "import_filled_down": "{field} để trống: lấy theo dòng bên trên ({value})",
    "import_not_mapped": 'cột "{header}" không ứng với mục nào: bỏ qua "{value}"',
    "import_joined": "các cột {headers} cùng ghi {field}: giữ cả hai, mỗi phần sau tên cột của nó",
    "import_split": '"{header}": một ô được tách thành {count} mục',
    "import_continued": '"{header}": "{piece}" bắt đầu bằng chữ thường nên được nối vào mục trước',
    "import_unit_from_header": 'thời hạn "{value}" được đọc là "{value} {unit}" (đơn vị ghi ở tên cột)',
    "import_kept": "giữ lại từ {out}",
    "import_replaced": "thay cho thủ tục cùng mã trong {out} (--replace)",
    "import_merged": "gộp vào thủ tục cùng mã trong {out}: giữ nguyên {kept} của xã "
                     "(văn bản của hồ sơ nhập ghi ở official:); cập nhật: {updated}",
    "import_out_unreadable": "{out} không có danh sách thủ tục",
    "import_out_broken": "{out} không đọc được nên không gộp được vào (sửa tệp trước, hoặc dùng --force):\n{problems}",
    # noticeboard list (listing.py)
    "list_in_force": "còn hiệu lực",
    "list_abolished": "hết hiệu lực từ {day}",
    "list_replaced_by": ", thay thế bởi {code}",
    "list_not_yet": "có hiệu lực từ {day}",
    "list_in_person": "chỉ nộp trực tiếp (không có mã QR)",
    "list_lookup": "tra cứu: {url}",
    "list_head_code": "Mã",
    "list_head_name": "Tên thủ tục",
    "list_head_field": "Lĩnh vực",
    "list_head_state": "Hiệu lực",
    "list_head_opens": "Mã QR mở",
    "list_head_villages": "Số thôn niêm yết",
    "list_sheet": "Danh mục",
    "list_note_code": "Mã thủ tục quốc gia",
    "list_note_name": "Tên thủ tục như in trên áp phích",
    "list_note_field": "Lĩnh vực của thủ tục",
    "list_note_state": "Còn hiệu lực vào ngày lập danh sách, đã hết hiệu lực, hay có hiệu lực từ một ngày sau",
    "list_note_opens": "Mã QR của thủ tục mở trang nào: trang thủ tục trên Cổng, hoặc trang tra cứu theo mã",
    "list_note_villages": "Số thôn niêm yết thủ tục này (theo tệp nơi niêm yết)",
    "list_summary": "{count} thủ tục, ngày {day}; đã ghi vào {path}",
    "sheet_not_read_catalogue": "trang {sheet} không được đọc (bảng tính danh mục chỉ đọc trang {read})",
    "sheet_row_not_read": 'dòng "{text}" không được đọc: dòng này không có thủ tục nào',
    "sheet_row_not_read_hint": "dòng của một thủ tục có mã ở cột Mã thủ tục; "
                               'dòng tiêu đề "Lĩnh vực ..." ghi lĩnh vực của các dòng bên dưới',
    "sheet_scope_without_link": "cột Mức độ được điền cho {count} thủ tục không có đường liên kết: không dùng đến",
    "sheet_scope_without_link_hint": "Mức độ cho biết phần nào của thủ tục làm được trực tuyến trên trang "
                                     "mà đường liên kết (Đường dẫn hoặc ID thủ tục) mở ra",
    "sheet_not_a_choice": '"{value}" không phải một giá trị của cột {header}: {choices}',
    "sheet_time_no_unit": 'thời hạn "{value}" thiếu đơn vị',
    "sheet_time_no_unit_hint": 'ghi kèm đơn vị ("{value} ngày làm việc"), hoặc ghi đơn vị ở tên cột: '
                               '"Thời hạn giải quyết (ngày làm việc)"',
    # QR links (urls.py)
    "url_chars": "đường liên kết có dấu cách, ký tự điều khiển hoặc dấu '\\'",
    "url_invalid": "đường liên kết không phải một địa chỉ hợp lệ",
    "url_scheme": 'đường liên kết phải bắt đầu bằng "https://" (đang là "{scheme}")',
    "url_userinfo": "đường liên kết giấu tên miền thật sau một tên người dùng ('@')",
    "url_port": "đường liên kết có số cổng (:{port})",
    "url_no_host": "đường liên kết không có tên miền",
    "url_lookalike": 'tên miền "{host}" có "{char}" U+{code} ({name}), một chữ trông giống chữ La-tinh',
    "url_punycode": 'tên miền "{host}" là tên quốc tế đã mã hóa, đọc ra là "{shown}"',
    "url_trailing_dot": 'tên miền "{host}" có dấu chấm ở cuối',
    "url_bad_host": 'tên miền "{host}" không hợp lệ',
    "url_not_allowed": 'tên miền "{host}" không nằm trong các tên miền được phép ({allowed})',
    # What the commands print (noticeboard/cli/)
    "n.pdf": "{n} tệp PDF",
    "n.file": "{n} tệp",
    "n.village": "{n} thôn",
    "n.page": "{n} trang",
    "cli.sample": "Thư mục này không có dự án: dùng dự án mẫu kèm theo ({path}).",
    "check.ok": "Đạt: {procedures} thủ tục, {communes} xã, {villages} thôn.",
    "build.progress": "Các thôn",
    "build.rate": "{rate} thôn/giây",
    "build.skipped": ", {files} không đổi nên giữ nguyên",
    "build.wrote": "Đã ghi {pdfs}{skipped} ({villages}, {pages} cho các thôn) trong {seconds} giây vào {folder}",
    "build.manifest": "Danh sách các tệp đã ghi nằm ở {path}",
    "verify.summary": "Đọc được và khớp {decoded}/{expected} mã QR trong {files} tệp "
                      "({pages} trang có mã QR đã được dựng thành ảnh để đọc).",
    "verify.mismatches": "{n} chỗ không khớp.",
    "verify.missing": "{file}: có trong manifest.json nhưng không thấy tệp",
    "verify.outside": "{file}: nằm ngoài {out}, không đọc",
    "verify.pages": "{file}: có {pages} trang, manifest.json ghi {listed}",
    "verify.not_at_place": "{file} trang {page}: không đọc được mã ở đúng chỗ của nó: {url} (đọc được: {found})",
    "verify.no_code": "không có mã nào",
    "verify.unexpected": "{file} trang {page}: mã QR lạ: {url} tại ({x}, {y}) pt",
    "init.created": "Đã tạo {folder} ({files} tệp). Tiếp theo: điền các dòng còn trống trong {places}, "
                    "rồi chạy: noticeboard check {folder}",
    "init.created_xlsx": "Đã tạo {folder} ({files} tệp). Tiếp theo: điền các ô còn trống trong {places}, "
                         "rồi chạy: noticeboard check {folder}",
    "preview.wrote": "Đã ghi {pages} ảnh trang; mở {index} để xem",
    "import.no_code": "(không có mã)",
    "import.state_skipped": "bỏ qua",
    "import.state_error": "LỖI",
    "import.state_ok": "được",
    "import.error": "lỗi:",
    "import.note": "ghi chú:",
    "import.warning": "cảnh báo:",
    "import.wrote": "Đã ghi {procedures} thủ tục vào {out}",
    "import.skipped": " (bỏ qua {n})",
    "kiosk.wrote": "Đã tạo máy tra cứu với {procedures} thủ tục cho {communes} vào {folder}",
    "kiosk.open": "Mở {uri} bằng trình duyệt, hoặc chạy: noticeboard kiosk serve {out} --open",
    "kiosk.lan": "Cảnh báo: đang mở trên địa chỉ {host}: các máy khác trong mạng cũng xem được máy tra cứu.",
    "kiosk.serving": "Đang chạy máy tra cứu {folder} tại {url} (bấm Ctrl+C để dừng)",
    "kiosk.stopped": "Đã dừng.",
    "kiosk.no_browser": "Không tìm thấy trình duyệt Chromium, Chrome hay Edge. Hãy cài một trình duyệt, "
                        "rồi chạy: {command}",
    "kiosk.cannot_start": "không mở được {browser}: {reason}",
    "kiosk.started": "Đã mở {browser} ở chế độ toàn màn hình.",
    # --help texts: the command group, then each command and its options
    "help": "Bản niêm yết thủ tục hành chính có mã QR cho nhà văn hóa thôn,\n"
            "và máy tra cứu không cần mạng cho bộ phận một cửa của xã.\n\n"
            "\b\nVí dụ:\n  noticeboard check du-an-xa\n  noticeboard build du-an-xa -o posters",
    "help.lang": "Ngôn ngữ của thông báo: vi (tiếng Việt, mặc định) hoặc en (tiếng Anh). "
                 "Cũng có thể đặt NOTICEBOARD_LANG=en.",
    "help.check": "Kiểm tra thư mục dự án và in ra mọi chỗ sai (mã thoát 1 khi có lỗi).\n\n"
                  "\b\nVí dụ:\n  noticeboard check samples/lam-binh",
    "help.option.strict": "Coi cảnh báo là lỗi (ví dụ một thủ tục đang niêm yết đã hết hiệu lực).",
    "help.option.day": "Ngày lập bản niêm yết (mặc định: SOURCE_DATE_EPOCH, nếu không thì hôm nay, "
                       "giờ Việt Nam): chỉ in các thủ tục còn hiệu lực vào ngày đó.",
    "help.build": "Tạo bản niêm yết: một tệp PDF cho mỗi nhà văn hóa thôn, một tệp cho mỗi xã, "
                  "và danh sách manifest.json.\n\n"
                  '\b\nVí dụ:\n  noticeboard build samples/lam-binh -o posters --commune "Xã Thượng Lâm"',
    "help.build.out": "Thư mục ghi kết quả (tự tạo nếu chưa có).",
    "help.build.commune": 'Chỉ xã này ("Xã Lâm Bình" hoặc tên không dấu xa-lam-binh).',
    "help.build.village": "Chỉ thôn này (tên có dấu hoặc không dấu).",
    "help.build.paper": "Khổ giấy (mặc định: theo noticeboard.yaml, nếu không thì A4).",
    "help.build.jobs": "Số tiến trình chạy song song (mặc định: bằng số lõi của máy).",
    "help.build.force": "Tạo lại mọi tệp, kể cả tệp không có gì thay đổi.",
    "help.build.quiet": "Không hiện thanh tiến độ, chỉ in dòng tổng kết.",
    "help.verify": "Đọc mọi mã QR trong các tệp PDF của OUT và so với manifest.json "
                   "(mã thoát 1 khi có chỗ không khớp).\n\n"
                   "\b\nVí dụ:\n  noticeboard verify posters",
    "help.verify.jobs": "Số tiến trình chạy song song (mặc định: bằng số lõi của máy).",
    "help.init": "Tạo thư mục dự án: noticeboard.yaml, danh sách xã, thôn để điền, "
                 "và danh mục thủ tục kèm theo.\n\n"
                 '\b\nVí dụ:\n  noticeboard init du-an-xa --xlsx --province "Tuyên Quang" --commune "Xã Thượng Lâm"',
    "help.init.xlsx": "Lập danh sách xã, thôn và danh mục thủ tục bằng bảng tính Excel "
                      "(places.xlsx, procedures/thu-tuc.xlsx).",
    "help.init.province": 'Tỉnh, viết như trong danh sách chính thức, ví dụ "Tuyên Quang".',
    "help.init.commune": 'Xã, ví dụ "Xã Thượng Lâm".',
    "help.preview": "Ghi ảnh PNG của mọi trang niêm yết và trang OUT/index.html xem nhanh từng xã.\n\n"
                    "\b\nVí dụ:\n  noticeboard build samples/lam-binh -o posters && noticeboard preview posters",
    "help.list": "In danh mục thủ tục: mã, tên, lĩnh vực, còn hay hết hiệu lực vào ngày lập, mã QR mở\n"
                 "trang nào (trang thủ tục hoặc trang tra cứu), số thôn niêm yết.\n\n"
                 "\b\nVí dụ:\n  noticeboard list my-commune\n  noticeboard list my-commune --xlsx danh-muc.xlsx",
    "help.list.xlsx": "Ghi danh sách ra tệp Excel này thay vì in ra màn hình.",
    "help.import": "Nhập hồ sơ thủ tục từ Cổng Dịch vụ công quốc gia (.json) và bảng tính của tỉnh\n"
                   "(.csv, .xlsx) vào một tệp danh mục; in ra những gì không chuyển được "
                   "(mã thoát 1 khi có lỗi).\n\n"
                   "Khi OUT đã có, các thủ tục trong đó được giữ lại: với mã đã có, thành phần hồ sơ "
                   "và trình tự do xã viết được giữ nguyên, văn bản chính thức của hồ sơ nhập được ghi "
                   "vào official:; tên, thời hạn, phí, cơ quan, đường dẫn và ngày hiệu lực được cập nhật "
                   "(--replace: lấy hồ sơ nhập thay cho thủ tục cũ).\n\n"
                   "\b\nVí dụ:\n  noticeboard import 1.001193.json danh-muc.xlsx -o procedures/imported.yaml",
    "help.import.out": "Tệp danh mục sẽ ghi, ví dụ procedures/imported.yaml.",
    "help.import.force": "Ghi đè OUT nếu tệp đã có (bỏ các thủ tục đang có trong đó).",
    "help.import.replace": "Hồ sơ nhập thay hẳn thủ tục cùng mã trong OUT, không gộp.",
    "help.import.skip_incomplete": "Bỏ qua hồ sơ thiếu mục bắt buộc thay vì dừng lại báo lỗi.",
    "help.kiosk": "Máy tra cứu không cần mạng, cho màn hình cảm ứng ở bộ phận một cửa của xã.\n\n"
                  '\b\nVí dụ:\n  noticeboard kiosk build samples/lam-binh -o kiosk --commune "Xã Lâm Bình"\n'
                  "  noticeboard kiosk serve kiosk --open",
    "help.kiosk.build": "Tạo thư mục máy tra cứu: mở OUT/index.html bằng trình duyệt, hoặc chạy nó "
                        "bằng kiosk serve.\n\n"
                        "\b\nVí dụ:\n  noticeboard kiosk build samples/lam-binh -o kiosk --commune xa-lam-binh",
    "help.kiosk.build.out": "Thư mục ghi kết quả (tự tạo nếu chưa có).",
    "help.kiosk.build.commune": "Chỉ cho bộ phận một cửa của xã này (tên có dấu hoặc không dấu). "
                                "Mặc định: mọi xã, chọn ở màn hình đầu.",
    "help.kiosk.build.idle": "Số giây không ai chạm màn hình thì máy tra cứu trở về màn hình đầu "
                             "và bắt đầu tự giới thiệu.",
    "help.kiosk.serve": "Chạy thư mục máy tra cứu đã tạo (chỉ gửi các tệp có sẵn) cho tới khi bấm Ctrl+C.\n\n"
                        "\b\nVí dụ:\n  noticeboard kiosk serve kiosk --open",
    "help.kiosk.serve.port": "Cổng để mở (0: chọn một cổng bất kỳ còn trống).",
    "help.kiosk.serve.host": "Địa chỉ để mở. Chỉ máy này vào được, trừ khi bạn cho một địa chỉ khác.",
    "help.kiosk.serve.open_browser": "Mở Chromium, Chrome hoặc Edge toàn màn hình (--kiosk) vào máy tra cứu.",
    "help.kiosk.serve.verbose": "Ghi lại từng lượt truy cập.",
}

# click's own texts (its gettext message ids, singular ids for plurals) in Vietnamese.
CLICK: dict[str, str] = {
    "Usage:": "Cách dùng:",
    "Options": "Tùy chọn",
    "Positional arguments": "Tham số theo vị trí",
    "Commands": "Lệnh",
    "Show this message and exit.": "In hướng dẫn này rồi thoát.",
    "Show the version and exit.": "In số phiên bản rồi thoát.",
    "%(prog)s, version %(version)s": "%(prog)s, phiên bản %(version)s",
    "Error: {message}": "Lỗi: {message}",
    "Try '{command} {option}' for help.": "Gõ '{command} {option}' để xem hướng dẫn.",
    "Missing argument": "Thiếu tham số",
    "Missing option": "Thiếu tùy chọn",
    "Missing parameter": "Thiếu tham số",
    "Missing parameter: {param_name}": "Thiếu tham số: {param_name}",
    "Missing {param_type}": "Thiếu {param_type}",
    "Missing command.": "Thiếu lệnh.",
    "No such option {name!r}.": "Không có tùy chọn {name!r}.",
    "No such command {name!r}.": "Không có lệnh {name!r}.",
    "Did you mean {possibility}?": "Có phải ý bạn là {possibility}?",
    "Invalid value for {param_hint}: {message}": "Giá trị không hợp lệ cho {param_hint}: {message}",
    "Invalid value: {message}": "Giá trị không hợp lệ: {message}",
    "Got unexpected extra argument ({args})": "Có tham số thừa không mong đợi ({args})",
    "Option {name!r} requires an argument.": "Tùy chọn {name!r} cần {nargs} giá trị.",
    "Option {name!r} does not take a value.": "Tùy chọn {name!r} không nhận giá trị.",
    "Argument {name!r} takes {nargs} values.": "Tham số {name!r} nhận {nargs} giá trị.",
    "Takes {nargs} values but 1 was given.": "Cần {nargs} giá trị nhưng có {len}.",
    "Invalid start character for option ({option})": "Ký tự đầu của tùy chọn không hợp lệ ({option})",
    "Could not open file {filename!r}: {message}": "Không mở được tệp {filename!r}: {message}",
    "unknown error": "lỗi không rõ",
    "Aborted!": "Đã hủy!",
    "default: {default}": "mặc định: {default}",
    "env var: {var}": "biến môi trường: {var}",
    "required": "bắt buộc",
    "(dynamic)": "(tùy lúc)",
    "deprecated": "không nên dùng nữa",
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}":
        "Cảnh báo: lệnh {name!r} không nên dùng nữa.{extra_message}",
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}":
        "Cảnh báo: {param_type} {name!r} không nên dùng nữa.{extra_message}",
    "Value must be an iterable.": "Giá trị phải là một danh sách.",
    "{value!r} is not {choice}.": "{value!r} không phải là một trong {choices}.",
    "Choose from:\n\t{choices}": "Chọn một trong:\n\t{choices}",
    "Choice({choices})": "Một trong ({choices})",
    "{value!r} does not match the format {format}.": "{value!r} không đúng dạng {formats}.",
    "{value} is not in the range {range}.": "{value} nằm ngoài khoảng {range}.",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} không phải có/không. Các giá trị dùng được: {states}",
    "{len_type} values are required, but {len_value} was given.":
        "Cần {len_type} giá trị, nhưng có {len_value}.",
    "{value!r} is not a valid {number_type}.": "{value!r} không phải {number_type} hợp lệ.",
    "{value!r} is not a valid UUID.": "{value!r} không phải UUID hợp lệ.",
    "file": "tệp",
    "directory": "thư mục",
    "path": "đường dẫn",
    "{name} {filename!r} is a file.": "{name} {filename!r} là một tệp, không phải thư mục.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} là một thư mục, không phải tệp.",
    "{name} {filename!r} is not readable.": "Không đọc được {name} {filename!r}.",
    "{name} {filename!r} is not writable.": "Không ghi được vào {name} {filename!r}.",
    "{name} {filename!r} is not executable.": "Không chạy được {name} {filename!r}.",
    "{name} {filename!r} does not exist.": "Không có {name} {filename!r}.",
    "Do you want to continue?": "Bạn có muốn tiếp tục?",
    "Confirm the action without prompting.": "Đồng ý luôn, không hỏi lại.",
    "Press any key to continue...": "Bấm phím bất kỳ để tiếp tục...",
    "Repeat for confirmation": "Nhập lại để xác nhận",
    "Error: The two entered values do not match.": "Lỗi: hai lần nhập không giống nhau.",
    "Error: invalid input": "Lỗi: nhập không hợp lệ",
    "{editor}: Editing failed": "{editor}: sửa không được",
    "{editor}: Editing failed: {e}": "{editor}: sửa không được: {e}",
    "Windows error: {error}": "Lỗi Windows: {error}",
    "Unknown color {colour!r}": "Không biết màu {colour!r}",
    "Unknown standard stream '{name}'": "Không biết luồng chuẩn '{name}'",
    "Couldn't detect Bash version, shell completion is not supported.":
        "Không nhận ra phiên bản Bash, không hỗ trợ tự điền lệnh.",
    "Shell completion is not supported for Bash versions older than 4.4.":
        "Không hỗ trợ tự điền lệnh cho Bash cũ hơn 4.4.",
    "d": "d",
    "Could not determine name for option with declarations {decls!r}":
        "Không xác định được tên tùy chọn với khai báo {decls!r}",
    "No options defined but a name was passed ({name}). Did you mean to declare an argument "
    "instead? Did you mean to pass '--{name}'?":
        "Không khai báo tùy chọn nào nhưng lại có tên ({name}). Có phải ý bạn là khai báo một "
        "tham số? Hay là '--{name}'?",
    "Arguments take exactly one parameter declaration, got {length}: {decls}.":
        "Mỗi tham số chỉ khai báo một tên, nhưng có {length}: {decls}.",
    "Name '{name}' defined twice": "Tên '{name}' được khai báo hai lần",
    "Boolean option {decl!r} cannot use the same flag for true/false.":
        "Tùy chọn có/không {decl!r} không thể dùng cùng một cờ cho cả có và không.",
}
