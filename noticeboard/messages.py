"""Every message the loader can print about a user's files, in one table.

Kept in one place so docs/troubleshooting.md can be checked against it (a test fails when a
message here is not explained there), as datasette keeps its settings documented.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # Reading a file (load/source.py)
    "too_big": "file is {size} MB; the limit is {limit} MB",
    "unreadable": "cannot read file: {reason}",
    "utf16": "file is {encoding}, not UTF-8",
    "not_utf8": "file is not UTF-8 (byte 0x{byte}); it looks like {encoding}",
    "tab": "a tab is used for indentation",
    "bad_char": "character U+{code} ({name}) is not allowed in a YAML file",
    "syntax": "YAML syntax error: {what}",
    "multi_doc": "file holds more than one YAML document ('---')",
    "empty": "file is empty",
    "too_many_values": "file expands to more than {limit} values (YAML aliases)",
    "too_deep": "values are nested more than {limit} levels deep",
    "tag": "YAML tag {tag} is not allowed",
    "merge": "YAML merge keys ('<<') are not allowed",
    "complex_key": "a key must be plain text",
    "dup_key": 'key "{key}" appears twice in the same block',
    # Checking each text (load/text.py)
    "legacy": 'text looks like {kind} characters pasted as Unicode: "{sample}"',
    "control": "invisible or control character U+{code} ({name}) in text",
    "no_glyph": 'character "{char}" U+{code} ({name}) is not in the poster font',
    # The shape of each file (load/project.py)
    "no_project": "project folder not found",
    "top_type": "expected a mapping of keys at the top, got {kind}",
    "missing": 'required field "{field}" is missing',
    "unknown_key": 'unknown key "{key}"',
    "bad_code": '"{value}" is not a procedure code',
    "not_one_of": "expected one of {expected} but received {value}",
    "empty_text": "must not be empty",
    "empty_list": "needs at least one item",
    "wrong_type": "expected {want}, got {kind}",
    "invalid": "invalid value: {detail}",
    "bad_date": '"{value}" is not a date',
    "bad_flag": '"{value}" is not true or false',
    "online_link": "online needs either url or id (one of them)",
    "bad_portal_id": '"{value}" is not a portal id',
    "bad_host_setting": '"{host}" is not a host name',
    "no_catalogue_files": "the catalogue folder holds no .yaml files",
    "no_catalogue": 'catalogue "{path}" not found',
    "no_places": "places file not found",
    # Across files (load/project.py)
    "dup_code": 'procedure code "{code}" is used twice',
    "unknown_code": 'unknown procedure code "{code}"{suggestion}',
    "listed_twice": 'code "{code}" is listed twice',
    "commune_same_file": 'commune "{name}" has the same file name "{slug}" as "{other}"',
    "village_twice": 'village "{name}" appears twice in {commune}',
    "village_same_file": 'village "{name}" would share the file name "{slug}.pdf" with "{other}"',
    "nothing_to_remove": '"{code}" is not posted by the commune, so there is nothing to remove',
    "no_translation": 'no procedure has a "{lang}" translation',
    "orphan_translation": 'a translation of "{key}", but the procedure has no {key} in Vietnamese',
    "posts_nothing": 'village "{name}" posts no procedure: its PDF would be empty',
    "odd_phone": '"{phone}" does not look like a Vietnamese phone number ({digits} digits)',
    # What is posted on the build date (in_force.py)
    "posted_abolished": '{code} "{name}" is no longer in force since {until}{replacement}; '
                        "posted in {where}: left out",
    "hint_take_down": "take its sheets down and remove the code from posted (or post its replacement)",
    "posted_not_yet": '{code} "{name}" is in force only from {since}; posted in {where}: left out until then',
    "ends_soon": '{code} "{name}" stops being in force on {until} (in {days} days){replacement}; posted in {where}',
    "replaced_by": " (replaced by {code}{name})",
    "where_all_villages": "{commune} (every village)",
    "where_villages": "{villages} of {commune}",
    "nothing_in_force": 'village "{village}" of {commune} posts nothing in force on {day}: no file is made for it',
    "no_papers": "{count} posted procedures have no papers to bring (documents): {codes}",
    "hint_no_papers": "their sheets send people to the QR code and the commune office; add documents: when you have them",
    "catalogue_summary": "Catalogue on {day}: {total} procedures, {in_force} in force, {abolished} abolished, "
                         "{not_yet} not yet in force, {no_papers} without papers, {no_link} without a portal id.",
    # Workbooks and CSV files (load/sheet.py, places_sheet.py, catalogue_sheet.py, readers.py)
    "places_twice": "both places.yaml and {other} exist",
    "places_twice_hint": "keep one of them, or name the one to read in noticeboard.yaml (places: {other})",
    "no_places_hint": "make places.xlsx (sheets Xã and Thôn) or places.yaml: noticeboard init --xlsx shows how",
    "sheet_unreadable": "cannot read this Excel workbook: {reason}",
    "sheet_unreadable_hint": "open it in Excel and save it again as an Excel Workbook (.xlsx)",
    "sheet_too_big": "sheet {sheet} has {rows} rows and {columns} columns: too many to read",
    "sheet_too_big_hint": "delete the empty rows and columns at the end of the sheet, then save",
    "sheet_old_excel": "this is an old Excel file (.xls)",
    "sheet_old_excel_hint": "open it in Excel and choose File > Save As, Excel Workbook (.xlsx)",
    "csv_bad": "cannot read this CSV file: {reason}",
    "csv_not_utf8_hint": 'open it in Excel and choose File > Save As, "CSV UTF-8 (Comma delimited)"; '
                         "or save it as an Excel Workbook (.xlsx)",
    "sheet_fill_in": 'fill in cell {cell} (column "{header}")',
    "sheet_unknown_header": 'column "{header}" is not read: its header is unknown',
    "sheet_known_headers": "the columns {where} reads: {headers}; rename the header if it should be read",
    "sheet_missing": "the workbook has no sheet {sheet} (its sheets: {present})",
    "sheet_missing_hint": "add a sheet named {sheet}, or rename yours: noticeboard init --xlsx makes an example",
    "sheet_not_read": "sheet {sheet} is not read (this workbook's sheets are {read})",
    "sheet_no_header": "sheet {sheet} has no header row (expected columns: {headers})",
    "sheet_column_missing": 'column "{header}" is missing from sheet {sheet}',
    "sheet_column_missing_hint": 'add a column with the header "{header}" to the header row',
    "sheet_column_twice": 'columns "{header}" and "{other}" both hold the same field',
    "sheet_province_differs": 'province "{value}" differs from "{first}" in {cell}: a project holds one province',
    "sheet_no_villages": "add its villages to sheet {sheet}, one per row, with {commune} in column Xã",
    "sheet_no_rows": "sheet {sheet} has a header but no rows below it",
    "sheet_village_no_commune": "the village's commune is empty",
    "sheet_village_no_commune_hint": "write the commune as in sheet {sheet}: the project has several",
    "sheet_unknown_commune": 'commune "{name}" is not in sheet {sheet}',
    "sheet_phone_number": "Excel stored this phone number as a number and dropped its first 0: read as {phone}",
    "sheet_phone_number_hint": "format the column as Text (Format Cells > Text) and type the number again",
    "sheet_not_read_catalogue": "sheet {sheet} is not read (a catalogue workbook is read from sheet {read})",
    "sheet_row_not_read": 'row "{text}" is not read: it holds no procedure',
    "sheet_row_not_read_hint": "a procedure's row has its code in column Mã thủ tục; "
                               'a heading "Lĩnh vực ..." names the field of the rows below it',
    "sheet_scope_without_link": "Mức độ is filled in for {count} procedures without a link: not used",
    "sheet_scope_without_link_hint": "Mức độ says how much of a procedure can be done online on the "
                                     "page its link (Đường dẫn or ID thủ tục) opens",
    "sheet_not_a_choice": '"{value}" is not one of the values of column {header}: {choices}',
    "sheet_time_no_unit": 'time "{value}" has no unit',
    "sheet_time_no_unit_hint": 'write it with its unit ("{value} ngày làm việc"), or put the unit '
                               'in the header: "Thời hạn giải quyết (ngày làm việc)"',
    "sheet_communes_are": "communes in the workbook: {names}",
    # QR links (urls.py)
    "url_chars": "link contains spaces, control characters or backslashes",
    "url_invalid": "link is not a valid address",
    "url_scheme": 'link must start with "https://" (got "{scheme}")',
    "url_userinfo": "link hides its real host behind a user name ('@')",
    "url_port": "link has a port number (:{port})",
    "url_no_host": "link has no host",
    "url_lookalike": 'host "{host}" contains "{char}" U+{code} ({name}), a look-alike of a Latin letter',
    "url_punycode": 'host "{host}" is an encoded international name that reads "{shown}"',
    "url_trailing_dot": 'host "{host}" ends with a dot',
    "url_bad_host": 'host "{host}" is not a valid host name',
    "url_not_allowed": 'host "{host}" is not an allowed host ({allowed})',
}

# The plain-English "what" of a YAML syntax error, keyed by a phrase of PyYAML's own message.
SYNTAX: dict[str, str] = {
    "mapping values are not allowed": "a ':' where none is expected (put texts with ':' in quotes)",
    "could not find expected ':'": "a line has no ':' between key and value",
    "expected <block end>": "this line's indentation does not line up with the lines above",
    "unexpected end of stream": "a quote or bracket is opened but never closed",
    "expected ',' or ']'": "a list in [ ] is not closed or lacks a ','",
    "expected ',' or '}'": "a mapping in { } is not closed or lacks a ','",
    "found undefined alias": "an alias '*' names an anchor '&' that does not exist",
    "found unknown escape character": "a '\\' in a double-quoted text (use single quotes or '\\\\')",
    "cannot start any token": "a line starts with a character YAML cannot read (quote the text)",
}
SYNTAX_OTHER = "the file is not valid YAML here"


def say(key: str, /, **values: object) -> str:
    """The message ``key`` filled in with ``values``."""
    return MESSAGES[key].format(**values)
