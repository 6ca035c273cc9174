"""Writes the corpus of malformed projects (run once; the results are committed).

Each case is the small valid project below with one thing broken, plus ``expect.txt``: lines the
output of ``noticeboard check`` must contain. Cases named ``ok-*`` must pass instead. Binary cases
(Windows-1258, UTF-16, TCVN3 bytes) are why this is a script and not hand-written files.

    python tests/corpus/make_corpus.py
"""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
PLACES = """\
province: "Tuyên Quang"
communes:
  - name: "Xã Lâm Bình"
    office:
      name: "Trung tâm Phục vụ hành chính công xã Lâm Bình"
      address: "Thôn Bản Chợ, xã Lâm Bình"
      phone: "0207 3870 101"
      hours: "Sáng 7h30–11h30, chiều 13h30–17h00"
    posted: ["1.001193", "1.000656"]
    villages:
      - name: "Thôn Nà Tông"
      - name: "Thôn Nà Khà"
        posted: ["1.000894"]
"""
CATALOGUE = """\
procedures:
  - code: "1.001193"
    name: "Đăng ký khai sinh"
    field: "Hộ tịch"
    agency: "UBND xã"
    time: "1 ngày làm việc"
    fee: "Miễn lệ phí"
    documents:
      - "Tờ khai đăng ký khai sinh"
      - "Giấy chứng sinh"
    online:
      url: "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7"
      scope: partial
  - code: "1.000656"
    name: "Đăng ký khai tử"
    field: "Hộ tịch"
    agency: "UBND xã"
    time: "1 ngày làm việc"
    fee: "Miễn lệ phí nếu đăng ký đúng hạn"
    documents: ["Tờ khai đăng ký khai tử", "Giấy báo tử"]
  - code: "1.000894"
    name: "Đăng ký kết hôn"
    field: "Hộ tịch"
    agency: "UBND xã"
    time: "1 ngày làm việc"
    fee: "Miễn lệ phí"
    documents: ["Tờ khai đăng ký kết hôn"]
"""
P, C, S = "places.yaml", "procedures/x.yaml", "noticeboard.yaml"
URL = "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7"
FONT_HINT = "hint: replace it with a plain Vietnamese character"
TAG_HINT = "hint: remove the '!' tag"


def cp1258(text: str) -> bytes:
    """Windows-1258 as Word writes it: letters with hats precomposed, tones as combining marks."""
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out.append((base + tones).encode("cp1258"))
    return b"".join(out)


_TCVN3 = str.maketrans("àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ",
                       "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦")


def tcvn3(text: str) -> str:
    """Vietnamese as it looks when TCVN3 (ABC) text is pasted as Windows-1252 characters."""
    return text.translate(_TCVN3)


def sub(path: str, old: str, new: str, count: int = 1):
    def edit(files: dict) -> None:
        assert old in files[path], (path, old)
        files[path] = files[path].replace(old, new, count)
    return edit


def put(path: str, content: str | bytes | None):
    def edit(files: dict) -> None:
        files[path] = content
    return edit


BOMB = "".join(f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi"))
CASES: dict[str, tuple[list, list[str]]] = {
    "yaml-unclosed-quote": ([sub(C, 'name: "Đăng ký khai sinh"', 'name: "Đăng ký khai sinh')],
                            # the line that holds the mistake, not where PyYAML gave up (line 4)
                            ['procedures/x.yaml:3:11: YAML syntax error: a " quote opens a text here '
                             "but does not close on this line",
                             'hint: close the quote: add " at the end of the text on line 3']),
    "yaml-colon-in-text": ([sub(C, 'name: "Đăng ký khai sinh"', "name: Đăng ký: khai sinh")],
                           ["procedures/x.yaml:3:18: YAML syntax error: a ':' where none is expected"]),
    "yaml-bad-indent": ([sub(C, '    field: "Hộ tịch"', '  field: "Hộ tịch"')],
                        ["procedures/x.yaml:4:3: YAML syntax error: this line's indentation does not line up"]),
    "yaml-unclosed-bracket": ([sub(P, 'posted: ["1.001193", "1.000656"]', 'posted: ["1.001193", "1.000656"')],
                              # the line of the "[" (PyYAML stops at the next line)
                              ["places.yaml:9:13: YAML syntax error: a list in [ ] is not closed"]),
    "yaml-two-documents": ([sub(P, "communes:", "---\ncommunes:")],
                           ["places.yaml:3:1: file holds more than one YAML document ('---')"]),
    "tab-indent": ([sub(C, '    field: "Hộ tịch"', '\tfield: "Hộ tịch"')],
                   ["procedures/x.yaml:4:1: a tab is used for indentation",
                    "hint: YAML indents with spaces only"]),
    "empty-file": ([put(P, "")], ["places.yaml:1:1: file is empty"]),
    "only-comments": ([put(P, "# thôn bản\n\n")], ["places.yaml:1:1: file is empty"]),
    "top-level-list": ([put(P, '- "Xã Lâm Bình"\n')],
                       ["places.yaml:1:1: expected a mapping of keys at the top, got a list"]),
    "top-level-text": ([put(C, "Đăng ký khai sinh\n")],
                       ["procedures/x.yaml:1:1: expected a mapping of keys at the top, got text"]),
    "windows-1258": ([put(C, cp1258(CATALOGUE))],
                     ["procedures/x.yaml:3:12: file is not UTF-8 (byte 0xD0); it looks like Windows-1258",
                      "hint: convert the file to UTF-8 in Notepad"]),
    "tcvn3-bytes": ([put(C, tcvn3(CATALOGUE).encode("cp1252"))],
                    ["procedures/x.yaml:3:12: file is not UTF-8 (byte 0xA7); it looks like TCVN3 (ABC)",
                     "hint: convert the file to UTF-8 with Unikey"]),
    "utf-16": ([put(P, PLACES.encode("utf-16"))],
               ["places.yaml:1:1: file is UTF-16, not UTF-8", "hint: open it in Notepad"]),
    "utf-16-no-bom": ([put(P, PLACES.encode("utf-16-le"))], ["places.yaml:1:1: file is UTF-16, not UTF-8"]),
    "tcvn3-pasted": ([sub(C, '"Giấy chứng sinh"', f'"{tcvn3("Giấy chứng sinh")}"')],
                     ['procedures/x.yaml:10:9: procedures[0].documents[1]: text looks like TCVN3 (ABC) '
                      'characters pasted as Unicode: "GiÊy chøng sinh"',
                      'it probably reads "Giấy chứng sinh"']),
    "vni-pasted": ([sub(P, '"Thôn Nà Tông"', '"Thoân Naø Toâng"')],
                   ['places.yaml:11:15: communes[0].villages[0].name: text looks like VNI characters',
                    "hint: convert it to Unicode with Unikey"]),
    "unknown-key": ([sub(C, '    name: "Đăng ký khai tử"', '    nmae: "Đăng ký khai tử"')],
                    ['procedures/x.yaml:15:5: procedures[1].nmae: unknown key "nmae"',
                     'hint: did you mean "name"?',  # one mistake, one message: no "name is missing"
                     "Error: 1 problem found"]),
    "unknown-key-places": ([sub(P, "    villages:", "    vilages:")],
                           ['places.yaml:10:5: communes[0].vilages: unknown key "vilages"',
                            'hint: did you mean "villages"?']),
    "unknown-key-settings": ([put(S, "title: Thủ tục\npaper_size: A3\n")],
                             ['noticeboard.yaml:2:1: paper_size: unknown key "paper_size"',
                              'hint: did you mean "paper"?']),
    "wrong-choice": ([put(S, "paper: A2\n")],
                     ["noticeboard.yaml:1:8: paper: expected one of 'A4', 'A3' or 'A5' but received \"A2\""]),
    "wrong-type-list-for-text": ([sub(C, 'fee: "Miễn lệ phí"', 'fee: ["Miễn", "phí"]')],
                                 ["procedures/x.yaml:7:10: procedures[0].fee: expected text, got a list"]),
    "wrong-type-text-for-list": ([sub(C, 'documents: ["Tờ khai đăng ký kết hôn"]',
                                      'documents: "Tờ khai đăng ký kết hôn"')],
                                 ["procedures/x.yaml:27:16: procedures[2].documents: expected a list, got text",
                                  'hint: write it as a list']),
    "wrong-type-office": ([sub(P, "    office:\n", '    office: "UBND xã"\n    x-office:\n')],
                          ["places.yaml:4:13: communes[0].office: expected a mapping, got text"]),
    "missing-field": ([sub(C, '    agency: "UBND xã"\n', "", 1)],
                      ['procedures/x.yaml:2:5: procedures[0]: required field "agency" is missing',
                       'hint: add a line "agency: ..." to this block']),
    "missing-value": ([sub(C, 'fee: "Miễn lệ phí"', "fee:")],
                      ["procedures/x.yaml:7:9: procedures[0].fee: must not be empty"]),
    "empty-text": ([sub(P, 'name: "Thôn Nà Khà"', 'name: ""')],
                   ["places.yaml:12:15: communes[0].villages[1].name: must not be empty"]),
    # papers not written yet: allowed (the sheet says where to read them; check warns)
    "ok-empty-documents": ([sub(C, 'documents: ["Tờ khai đăng ký kết hôn"]', "documents: []")],
                           ["OK: 3 procedures, 1 communes, 2 villages."]),
    "empty-villages": ([sub(P, '    villages:\n      - name: "Thôn Nà Tông"\n      - name: "Thôn Nà Khà"\n'
                                '        posted: ["1.000894"]\n', "    villages: []\n")],
                       ["places.yaml:10:15: communes[0].villages: needs at least one item"]),
    "duplicate-code": ([sub(C, 'code: "1.000894"', 'code: "1.001193"')],
                       ['procedures/x.yaml:21:11: procedures[2].code: procedure code "1.001193" is used twice',
                        "hint: it is first used at procedures/x.yaml:2"]),
    # the same code in two files with different values (an identical repeat is read once: a warning)
    "duplicate-code-two-files": ([put("procedures/y.yaml", CATALOGUE.split("  - code: \"1.000656\"")[0]
                                      .replace("Miễn lệ phí", "8.000 đồng", 1))],
                                 ['procedures/y.yaml:2:11: procedures[0].code: procedure code "1.001193" '
                                  "is used twice", "hint: it is first used at procedures/x.yaml:2"]),
    "malformed-code": ([sub(C, 'code: "1.000656"', 'code: "1.0656"')],
                       ['procedures/x.yaml:14:11: procedures[1].code: "1.0656" is not a procedure code',
                        'hint: a code looks like "1.001193"']),
    "duplicate-village": ([sub(P, 'name: "Thôn Nà Khà"', 'name: "Thôn Nà Tông"')],
                          ['places.yaml:12:15: communes[0].villages[1].name: village "Thôn Nà Tông" appears '
                           "twice in Xã Lâm Bình"]),
    "village-same-file-name": ([sub(P, 'name: "Thôn Nà Khà"', 'name: "thôn na tông"')],
                               ['places.yaml:12:15: communes[0].villages[1].name: village "thôn na tông" would '
                                'share the file name "thon-na-tong.pdf" with "Thôn Nà Tông"']),
    "slug-dotdot": ([sub(P, 'name: "Thôn Nà Tông"', 'name: "../../x"'),
                     sub(P, 'name: "Thôn Nà Khà"', 'name: "X"')],
                    ['places.yaml:12:15: communes[0].villages[1].name: village "X" would share the file name '
                     '"x.pdf" with "../../x"']),
    # "All villages" is given thon-all-villages.pdf (all-villages.pdf is the commune's): met again here
    "slug-all-villages": ([sub(P, 'name: "Thôn Nà Tông"', 'name: "Thôn All villages"'),
                           sub(P, 'name: "Thôn Nà Khà"', 'name: "All villages"')],
                          ['village "All villages" would share the file name "thon-all-villages.pdf" with '
                           '"Thôn All villages"']),
    "unknown-posted": ([sub(P, 'posted: ["1.000894"]', 'posted: ["1.00894"]')],
                       ['places.yaml:13:18: communes[0].villages[1].posted[0]: unknown procedure code '
                        '"1.00894" (did you mean "1.000894"?)',
                        "hint: Thôn Nà Khà posts it: fix the code"]),
    # a "not posted" code matching nothing leaves nothing off: a warning, the build goes on
    "ok-unknown-not-posted": ([sub(P, '        posted: ["1.000894"]', '        not_posted: ["2.000815"]')],
                              ['places.yaml:13:22: communes[0].villages[1].not_posted[0]: unknown procedure '
                               'code "2.000815": it leaves nothing off the board of Thôn Nà Khà (warning)']),
    "control-char": ([sub(C, '"Hộ tịch"', '"Hộ\x07 tịch"')],
                     ["procedures/x.yaml:4:15: character U+0007 (no name) is not allowed in a YAML file"]),
    "control-char-escaped": ([sub(C, 'agency: "UBND xã"', 'agency: "UBND\\u200B xã"')],
                             ["procedures/x.yaml:5:13: procedures[0].agency: invisible or control character "
                              "U+200B (ZERO WIDTH SPACE) in text"]),
    "font-lacks-char": ([sub(C, '"Giấy báo tử"', '"Giấy báo tử 中"')],
                        ['procedures/x.yaml:20:44: procedures[1].documents[1]: character "中" U+4E2D '
                         "(CJK UNIFIED IDEOGRAPH-4E2D) is not in the poster font", FONT_HINT]),
    "font-lacks-emoji": ([sub(P, '"Thôn Nà Khà"', '"Thôn Nà Khà 🏠"')],
                         ['places.yaml:12:15: communes[0].villages[1].name: character "🏠" U+1F3E0 '
                          "(HOUSE BUILDING) is not in the poster font"]),
    "alias-bomb": ([put(C, 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n' + BOMB)],
                   ["file expands to more than 200000 values (YAML aliases)",
                    "hint: avoid YAML anchors and aliases"]),
    "deep-nesting": ([put(C, "procedures: " + "[" * 100 + "]" * 100 + "\n")],
                     ["procedures/x.yaml:1:53: values are nested more than 40 levels deep"]),
    "python-tag": ([put(C, 'procedures: !!python/object/apply:os.system ["echo owned"]\n')],
                   ["procedures/x.yaml:1:13: procedures: YAML tag !!python/object/apply:os.system is not allowed",
                    TAG_HINT]),
    "custom-tag": ([sub(C, 'fee: "Miễn lệ phí"', 'fee: !!python/name:os.system ""'),
                    sub(C, 'time: "1 ngày làm việc"', "time: !fee 1 ngày")],
                   ["procedures/x.yaml:6:11: procedures[0].time: YAML tag !fee is not allowed",
                    "procedures/x.yaml:7:10: procedures[0].fee: YAML tag !!python/name:os.system is not allowed"]),
    "merge-key": ([sub(C, '  - code: "1.000656"', '  - <<: {agency: "UBND xã"}\n    code: "1.000656"')],
                  ["procedures/x.yaml:14:5: procedures[1]: YAML merge keys ('<<') are not allowed"]),
    "duplicate-key": ([sub(C, '    fee: "Miễn lệ phí"\n', '    fee: "Miễn lệ phí"\n    fee: "10.000 đồng"\n')],
                      ['procedures/x.yaml:8:5: procedures[0].fee: key "fee" appears twice in the same block',
                       "hint: merge the two into one"]),
    "url-http": ([sub(C, URL, URL.replace("https", "http"))],
                 ['procedures/x.yaml:12:12: procedures[0].online.url: link must start with "https://" '
                  '(got "http:")']),
    "url-javascript": ([sub(C, URL, "javascript:alert(1)")],
                       ['procedures/x.yaml:12:12: procedures[0].online.url: link must start with "https://" '
                        '(got "javascript:")']),
    "url-data": ([sub(C, URL, "data:text/html;base64,PHNjcmlwdD4=")],
                 ['link must start with "https://" (got "data:")']),
    "url-userinfo": ([sub(C, URL, "https://dichvucong.gov.vn@evil.com/khai-sinh")],
                     ["procedures/x.yaml:12:12: procedures[0].online.url: link hides its real host behind "
                      "a user name ('@')"]),
    "url-cyrillic": ([sub(C, URL, URL.replace("dichvucong", "dichvuc\u043eng"))],
                     ['host "dichvucоng.gov.vn" contains "о" U+043E (CYRILLIC SMALL LETTER O), '
                      "a look-alike of a Latin letter"]),
    "url-punycode": ([sub(C, URL, URL.replace("dichvucong", "xn--dichvucng-62h"))],
                     ['host "xn--dichvucng-62h.gov.vn" is an encoded international name that reads '
                      '"dichvucоng.gov.vn"']),
    "url-suffix-host": ([sub(C, URL, URL.replace("gov.vn", "gov.vn.example.com"))],
                        ['host "dichvucong.gov.vn.example.com" is not an allowed host '
                         "(dichvucong.gov.vn, *.gov.vn)"]),
    "url-trailing-dot": ([sub(C, URL, URL.replace("gov.vn", "gov.vn."))],
                         ['host "dichvucong.gov.vn." ends with a dot']),
    "url-port": ([sub(C, URL, URL.replace("gov.vn", "gov.vn:8443"))],
                 ["procedures/x.yaml:12:12: procedures[0].online.url: link has a port number (:8443)"]),
    "url-not-allowed": ([sub(C, URL, "https://evil.example/khai-sinh")],
                        ['host "evil.example" is not an allowed host']),
    "settings-bad-host": ([put(S, 'allowed_hosts: ["*", "dichvucong.gov.vn"]\n')],
                          ['noticeboard.yaml:1:17: allowed_hosts[0]: "*" is not a host name']),
    "catalogue-missing": ([put(S, "catalogue: thu-tuc/\n")],
                          ['noticeboard.yaml: catalogue: catalogue "thu-tuc/" not found']),
    "places-missing": ([put(P, None)], ["places.yaml: places file not found"]),
    "ok-utf8-bom": ([put(P, b"\xef\xbb\xbf" + PLACES.encode()), put(C, b"\xef\xbb\xbf" + CATALOGUE.encode())],
                    ["OK: 3 procedures, 1 communes, 2 villages."]),
    "ok-hostile-names": ([sub(P, 'name: "Thôn Nà Tông"', 'name: "../../x"'),
                          sub(P, 'name: "Thôn Nà Khà"', 'name: "CON"')],
                         ["OK: 3 procedures, 1 communes, 2 villages."]),
}


def write_case(name: str, edits: list, expect: list[str]) -> None:
    files: dict[str, str | bytes | None] = {P: PLACES, C: CATALOGUE}
    for edit in edits:
        edit(files)
    folder = HERE / name
    shutil.rmtree(folder, ignore_errors=True)
    for rel, content in files.items():
        if content is None:
            continue
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    (folder / "expect.txt").write_text("\n".join(expect) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for old in HERE.iterdir():
        if old.is_dir() and old.name not in CASES and (old / "expect.txt").exists():
            shutil.rmtree(old)
    for case, (edits, expect) in CASES.items():
        write_case(case, edits, expect)
    print(f"{len(CASES)} cases written to {HERE}")
