"""English messages (``noticeboard --lang en``): the same keys as vi.py.

``a|b`` is a singular and a plural, chosen by ``say_n``. Keys ``help.*`` are the ``--help``
texts of commands (``help.kiosk.build``) and of their options (``help.build.jobs``).
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # The words around every problem (errors.py) and the command line's verdict (cli/common.py)
    "word.warning": "(warning)",
    "word.hint": "hint:",
    "word.error": "Error:",
    "summary.problems": "{n} problem|{n} problems",
    "summary.warnings": "{n} warning|{n} warnings",
    "summary.strict": " (errors with --strict)",
    "summary.and": " and ",
    "summary.found": "{what} found",
    "summary.nothing_written": "; nothing was written.",
    "did_you_mean": 'did you mean "{close}"?',
    "missing_extra": "{command} needs the '{extra}' extra ({module} missing): "
                     "pip install 'noticeboard[{extra}]'",
    "version": "noticeboard, version {version}",
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
    # The plain words of a YAML syntax error (messages.SYNTAX says which PyYAML phrase)
    "syntax.colon": "a ':' where none is expected (put texts with ':' in quotes)",
    "syntax.no_colon": "a line has no ':' between key and value",
    "syntax.indent": "this line's indentation does not line up with the lines above",
    "syntax.unclosed": "a quote or bracket is opened but never closed",
    "syntax.list": "a list in [ ] is not closed or lacks a ','",
    "syntax.mapping": "a mapping in { } is not closed or lacks a ','",
    "syntax.alias": "an alias '*' names an anchor '&' that does not exist",
    "syntax.escape": "a '\\' in a double-quoted text (use single quotes or '\\\\')",
    "syntax.token": "a line starts with a character YAML cannot read (quote the text)",
    "syntax.other": "the file is not valid YAML here",
    "syntax.open_quote": "a {quote} quote opens a text here but does not close on this line",
    "hint_close_quote": "close the quote: add {quote} at the end of the text on line {line}",
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
    "village_near_twice": 'village "{name}" of {commune} is "{other}" written another way',
    "hint_village_near_twice": 'names differing only by "Thôn"/"Bản", capitals or accents are one village: '
                               "keep one row, or give them names that tell them apart",
    "village_same_file": 'village "{name}" would share the file name "{slug}.pdf" with "{other}"',
    "nothing_to_remove": '"{code}" is not posted by the commune, so there is nothing to remove',
    "no_translation": 'no procedure has a "{lang}" translation',
    "orphan_translation": 'a translation of "{key}", but the procedure has no {key} in Vietnamese',
    "posts_nothing": 'village "{name}" posts no procedure: its PDF would be empty',
    # Phone numbers people are to call (phones.py)
    "phone_char": '"{phone}" is not a phone number people can call: "{char}" is not a digit',
    "phone_layout": '"{phone}" is not a phone number people can call: its digits are not in groups',
    "phone_country": '"{phone}" is not a Vietnamese number (+84)',
    "phone_digits": '"{phone}" is not a phone number people can call ({digits} digits)',
    "hint_phone_layout": 'write the digits in groups separated by spaces, dots or dashes (0207 3870 101), '
                         'an extension as "máy lẻ 12"',
    "hint_phone_digits": "a mobile has 10 digits (03, 05, 07, 08, 09...), a landline 11 (02, area code, "
                         "number), hotlines 1800/1900 and 4 or 6 digits, short numbers 113 or 1022",
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
    # The command line's own values (plan.py, cli/common.py)
    "command_line": "command line",
    "no_such_choice": 'no {what} named "{wanted}"{where}',
    "choose_one_of": "choose one of: {names}",
    "in_commune": " in {commune}",
    "what.commune": "commune",
    "what.village": "village",
    "bad_date_option": '"{value}" is not a date: write it as dd/mm/yyyy, e.g. 04/09/2026',
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
    "sheet_communes_are": "communes in the workbook: {names}",
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
    # What the commands print (noticeboard/cli/)
    "n.pdf": "{n} PDF|{n} PDFs",
    "n.file": "{n} file|{n} files",
    "n.village": "{n} village|{n} villages",
    "n.page": "{n} page|{n} pages",
    "cli.sample": "No project here: using the bundled sample ({path}).",
    "check.ok": "OK: {procedures} procedures, {communes} communes, {villages} villages.",
    "build.progress": "Villages",
    "build.rate": "{rate} villages/s",
    "build.skipped": ", {files} unchanged and skipped",
    "build.wrote": "Wrote {pdfs}{skipped} ({villages}, {pages} for the villages) in {seconds} s to {folder}",
    "build.manifest": "The list of files is in {path}",
    "verify.summary": "{decoded}/{expected} QR codes decoded and matched in {files} files "
                      "({pages} pages with QR codes rendered).",
    "verify.mismatches": "{n} mismatch.|{n} mismatches.",
    "init.created": "Created {folder} ({files} files). Next: fill in the empty lines of {places}, "
                    "then run: noticeboard check {folder}",
    "init.created_xlsx": "Created {folder} ({files} files). Next: fill in the empty cells of {places}, "
                         "then run: noticeboard check {folder}",
    "preview.wrote": "Wrote {pages} page images; open {index}",
    "import.no_code": "(no code)",
    "import.state_skipped": "skipped",
    "import.state_error": "ERROR",
    "import.state_ok": "ok",
    "import.error": "error:",
    "import.note": "note:",
    "import.warning": "warning:",
    "import.wrote": "Wrote {procedures} procedures to {out}",
    "import.skipped": " ({n} skipped)",
    "kiosk.wrote": "Wrote a kiosk with {procedures} procedures for {communes} to {folder}",
    "kiosk.open": "Open {uri} in a browser, or run: noticeboard kiosk serve {out} --open",
    "kiosk.lan": "Warning: listening on {host}: other computers on the network can open the kiosk.",
    "kiosk.serving": "Serving {folder} at {url} (Ctrl+C to stop)",
    "kiosk.stopped": "Stopped.",
    "kiosk.no_browser": "No Chromium, Chrome or Edge found. Install one, then run: {command}",
    "kiosk.cannot_start": "cannot start {browser}: {reason}",
    "kiosk.started": "Started {browser} in kiosk mode.",
    # --help texts: the command group, then each command and its options
    "help": "Vietnamese procedure posters with QR codes for village cultural houses,\n"
            "and an offline kiosk for the commune office.\n\n"
            "\b\nExample:\n  noticeboard check my-commune\n  noticeboard build my-commune -o posters",
    "help.lang": "Language of messages: vi (Vietnamese, the default) or en (English). "
                 "Also NOTICEBOARD_LANG=en.",
    "help.check": "Validate a project folder and print every problem (exit 1 on errors).\n\n"
                  "\b\nExample:\n  noticeboard check samples/lam-binh",
    "help.option.strict": "Treat warnings as errors (e.g. a posted procedure no longer in force).",
    "help.option.day": "The build date (default: SOURCE_DATE_EPOCH, else today, Vietnam time): "
                       "what is in force on it is posted.",
    "help.build": "Build the posters: one PDF per village cultural house, one per commune, manifest.json.\n\n"
                  '\b\nExample:\n  noticeboard build samples/lam-binh -o posters --commune "Xã Thượng Lâm"',
    "help.build.out": "Output folder (created when missing).",
    "help.build.commune": 'Only this commune ("Xã Lâm Bình" or its slug xa-lam-binh).',
    "help.build.village": "Only this village (name or slug).",
    "help.build.paper": "Paper size (default: from noticeboard.yaml, else A4).",
    "help.build.jobs": "Processes to use (default: the number of cores).",
    "help.build.force": "Rebuild every file, even those that are up to date.",
    "help.build.quiet": "No progress bar, only the summary.",
    "help.verify": "Decode every QR code in OUT's PDFs and compare with manifest.json (exit 1 on a mismatch).\n\n"
                   "\b\nExample:\n  noticeboard verify posters",
    "help.init": "Create a project folder: noticeboard.yaml, places to fill in, the bundled catalogue.\n\n"
                 '\b\nExample:\n  noticeboard init my-commune --xlsx --province "Tuyên Quang" --commune "Xã Thượng Lâm"',
    "help.init.xlsx": "Places and catalogue as Excel workbooks (places.xlsx, procedures/thu-tuc.xlsx).",
    "help.init.province": 'Province as in the official list, e.g. "Tuyên Quang".',
    "help.init.commune": 'Commune, e.g. "Xã Thượng Lâm".',
    "help.preview": "Write a PNG of every poster page and OUT/index.html, a contact sheet per commune.\n\n"
                    "\b\nExample:\n  noticeboard build samples/lam-binh -o posters && noticeboard preview posters",
    "help.import": "Import national portal records (.json) and province spreadsheets (.csv, .xlsx)\n"
                   "into a catalogue file; print what each record could not map (exit 1 on errors).\n\n"
                   "\b\nExample:\n  noticeboard import 1.001193.json danh-muc.xlsx -o procedures/imported.yaml",
    "help.import.out": "Catalogue file to write, e.g. procedures/imported.yaml.",
    "help.import.force": "Replace OUT if it exists.",
    "help.import.skip_incomplete": "Leave out records that miss a required field instead of failing.",
    "help.kiosk": "The offline kiosk for the commune office touch screen.\n\n"
                  '\b\nExample:\n  noticeboard kiosk build samples/lam-binh -o kiosk --commune "Xã Lâm Bình"\n'
                  "  noticeboard kiosk serve kiosk --open",
    "help.kiosk.build": "Build the kiosk folder: open OUT/index.html in a browser, or serve it.\n\n"
                        "\b\nExample:\n  noticeboard kiosk build samples/lam-binh -o kiosk --commune xa-lam-binh",
    "help.kiosk.build.out": "Output folder (created when missing).",
    "help.kiosk.build.commune": "Only this commune's office (name or slug). Default: all communes, "
                                "chosen on the home screen.",
    "help.kiosk.build.idle": "Seconds without a touch before the kiosk returns home and starts its attract loop.",
    "help.kiosk.serve": "Serve a built kiosk folder (static files only) until Ctrl+C.\n\n"
                        "\b\nExample:\n  noticeboard kiosk serve kiosk --open",
    "help.kiosk.serve.port": "Port to listen on (0: any free port).",
    "help.kiosk.serve.host": "Address to listen on. Only this computer can connect unless you give another.",
    "help.kiosk.serve.open_browser": "Start Chromium, Chrome or Edge full screen (--kiosk) on the kiosk.",
    "help.kiosk.serve.verbose": "Log every request.",
}
