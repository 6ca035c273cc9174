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
    "help.check.strict": "Treat warnings as errors.",
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
    "help.init": "Create a project folder: noticeboard.yaml, a places.yaml to fill in, the bundled catalogue.\n\n"
                 '\b\nExample:\n  noticeboard init my-commune --province "Tuyên Quang" --commune "Xã Thượng Lâm"',
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
