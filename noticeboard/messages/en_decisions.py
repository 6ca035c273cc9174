"""Messages of `noticeboard import decision` (part of the English table: en.py adds them)."""

MESSAGES: dict[str, str] = {
    "decision.old_doc": "an old Word file (.doc): cannot be read yet",
    "decision.old_doc_hint": "open it in Word or LibreOffice, Save As .docx, then import the .docx file; or ask the province for the DOCX or PDF",
    "decision.unknown_kind": "cannot read this kind of file: use .docx, .xlsx or .pdf",
    "decision.unknown_kind_hint": "download the annex in the form the province published it (DOCX, XLSX or PDF)",
    "decision.unreadable": "cannot open the file ({reason})",
    "decision.unreadable_hint": "the file is damaged or not fully downloaded: download it again from the province's portal",
    "decision.not_zip": "not a real Word or Excel file (its content is not .docx/.xlsx)",
    "decision.scanned": "this PDF is a picture (a scan): it has no text to read",
    "decision.scanned_hint": "ask the province for the annex as DOCX or as a PDF with text; or type the annex's rows "
                             "into an Excel file (columns STT, Mã TTHC, Tên thủ tục hành chính, … as in the annex, "
                             "each list under a heading row \"bị bãi bỏ\", \"sửa đổi, bổ sung\"…) and import that "
                             "file; every row imported is logged in the sheet \"Theo dõi thay đổi\"",
    "decision.no_number": "no decision number found (a line \"Số: …/QĐ-UBND\" or \"Kèm theo Quyết định số …\")",
    "decision.no_number_hint": "give the number: --number \"1234/QĐ-UBND\"",
    "decision.no_number_hint_app": "type the number into the box \"{number}\" (for example 1234/QĐ-UBND), then press \"{again}\"",
    "decision.other_province": "a decision of {theirs}, not of {ours} (the project's province)",
    "decision.other_province_hint": "import only your own province's decisions; check the file you downloaded",
    "decision.no_rows": "no list of procedures in the file (a table with columns Mã TTHC, Tên thủ tục hành chính)",
    "decision.no_rows_hint": "this may be the internal workflow annex, not the list: import the list's annex",
    "decision.no_effective": "decision {number} gives no effective date: taken as in force from its signing, {day}",
    "decision.no_effective_hint": "if it takes effect on another day, give: --effective dd/mm/yyyy",
    "decision.no_effective_hint_app": "if it takes effect on another day, type that day into the box \"{effective}\" "
                                      "(dd/mm/yyyy), then press \"{again}\"",
    "decision.no_date": "decision {number}: no date of signing or of effect found",
    "decision.no_date_hint": "give the effective date: --effective dd/mm/yyyy",
    "decision.no_date_hint_app": "type the effective date into the box \"{effective}\" (dd/mm/yyyy), then press \"{again}\"",
    "decision.no_list": "row \"{name}\" stands under no list heading (new, amended, replaced, abolished): not imported",
    "decision.ambiguous": "{kind} \"{name}\": this name matches several procedures of the catalogue, no guess made: "
                          "edit that row of the catalogue by hand",
    "decision.unknown": "{kind} {code} \"{name}\": the commune's catalogue has no such procedure, skipped",
    "decision.unknown_name": "{kind} \"{name}\" (no code): no procedure of that name in the catalogue, skipped",
    "decision.new_no_code": "new procedure \"{name}\" has no code yet: not added (add it by hand once it has one)",
    "decision.new_incomplete": "new procedure {code} \"{name}\" lacks {fields}: not added",
    "decision.no_catalogue": "the project has no catalogue file to write",
    "decision.log_unreadable": "the change log cannot be read",
    "decision.log_unreadable_hint": "fix the file after the example in docs/formats.md (\"The change log\"), or restore its last copy",
    "decision.cannot_write": "cannot write {file}: {reason} (a bug: please report it); nothing was written",
    "decision.does_not_load": "the catalogue after the import does not load again (a bug: please report it); "
                              "nothing was written:\n{problems}",
    "import.decision_where_text": "text",
    "import.decision_where_table": "table {n}",
    "import.decision_where_sheet": "sheet {sheet}",
    "import.decision_where_page": "page {n}",
    "import.decision_where_row": "row {n}",
    "import.decision_file_done": "imported on {day}",
    "import.decision_row_done": "imported before",
    "import.decision_row_pending_logged": "logged, waiting for {day}",
    "import.decision_other_level": "a procedure of another level (--all-levels imports it)",
    "import.decision_other_level_app": "a procedure of another level (tick \"{box}\", then press \"{again}\" to import it)",
    "import.decision_new_code": "the annex gives {old} the new code {new}: {old} ends on {day}, replaced by {new}, "
                                "a copy of {old}'s row (papers, steps, link, the commune's own texts) with the "
                                "annex's changes; check the row of {new}",
    "import.decision_codes_unused": "this row of the annex also gives the code {codes}: not used in the catalogue; read the annex and edit by hand if needed",
    "import.decision_by_name": 'no code in the annex: matched by the name "{name}" to {code} "{known}" of the catalogue; check it is the right procedure',
    "import.decision_new_known": "the decision lists it as new, the catalogue has it already: that one is updated",
    "import.decision_agency_from_place": "the annex names no agency (Cơ quan thực hiện): the place where it is done "
                                         "stands in the agency column for now, correct it if another agency decides",
    "import.decision_row_same": "the catalogue already says what the decision says",
    "import.decision_rewrite": "the commune rewrote these in plain words: {fields}. The new official wording goes "
                               "into {where}, the posters keep the commune's words: read and rewrite them",
    "import.decision_later": "in force from {day}: written now as a new row of the procedure (effective from {day}); "
                             "from that day the posters use it, with no import run again",
    "import.decision_no_online": "the annex gives no online service for this procedure: the posters will say Nộp trực tiếp; if it can be done online, write Trực tuyến in Cách thức thực hiện (or add the procedure's page link)",
    "import.decision_scope_without_link": "online service {scope}: Trực tuyến written in Cách thức thực hiện (the QR looks the procedure up); no link yet, add the procedure's page link",
    "import.decision_not_posted": "no village posts this procedure yet, so it is on no poster: to post it in every "
                                  "village, add the code {code} to {where}; in one village only: to {village} of "
                                  "that village",
    "import.decision_not_posted_short": "no village posts this procedure yet: add its code to a posting list (where: see the table's summary)",
    "import.decision_replace_code": "this procedure replaces {old}, which is posted: to post it instead of {old}, "
                                    "change the code {old} to {code} in {where}",
    "import.decision_kind.new": "New",
    "import.decision_kind.amended": "Amended",
    "import.decision_kind.replaced": "Replaced",
    "import.decision_kind.abolished": "Abolished",
    "import.decision_scope.full": "whole process",
    "import.decision_scope.partial": "partly",
    "import.decision_scope.None": "none",
    "import.decision_status.done": "skipped",
    "import.decision_status.same": "unchanged",
    "import.decision_status.other_level": "skipped",
    "import.decision_status.unknown": "WARNING",
    "import.decision_status.ambiguous": "WARNING",
    "import.decision_status.incomplete": "WARNING",
    "import.decision_status.no_code": "WARNING",
    "import.decision_table.empty": "(empty)",
    "import.decision_table.scope": "Online service",
    "import.decision_table.until": "no longer in force from {day}",
    "import.decision_table.replaced_by": "replaced by {code}",
    "import.decision_table.decision": "decision: {number}",
    "import.decision_table.official": "{change} (official wording; the posters keep the commune's words)",
    "import.decision_table.added": "added to the catalogue, field {field}, in force from {day}",
    "import.decision_table.file_skipped": "{file}: {why}, skipped",
    "import.decision_table.head_kind": "Change",
    "import.decision_table.head_code": "Code",
    "import.decision_table.head_name": "Procedure",
    "import.decision_table.head_change": "What changes",
    "import.decision_table.head_villages": "Posted in",
    "import.decision_table.title": "Decision {number} of {signed}, in force from {effective} ({files}):",
    "import.decision_table.by_village": "By village (the head replaces the sheets after the next print):",
    "import.decision_table.summary": "{rows} rows: {applied} applied, {pending} waiting, {skipped} skipped.",
    "import.decision_table.not_posted": "{n} new procedures no village posts ({codes}), so on no poster: to "
                                        "post them in every village, add the codes to {where}; in one village "
                                        "only: to {village} of that village.",
    "import.decision_table.dry_run": "Dry run (--dry-run): nothing was written.",
    "import.decision_village.take_down": "take down from {day}",
    "import.decision_village.instead": ", post {code} instead (add it to the posted list)",
    "import.decision_village.changed_from": "a new sheet from {day} (the prints from that day; {fields})",
    "import.decision_village.changed": "new sheet ({fields})",
    "import.decision_wrote": "Wrote: {files}. Next: noticeboard check, then noticeboard build.",
    "import.decision_no_files": "give at least one decision or annex file before the project folder",
    "import.decision_nothing": "Nothing new to write.",
    "help.import.decision": "Read a province's decision publishing procedures (DOCX, XLSX or a PDF with text) "
                            "and update the project's catalogue: new, amended, replaced and abolished procedures.\n\n"
                            "Prints the changes per procedure and per village, then writes them (--dry-run: only "
                            "prints). Each file and each row is imported once (the sheet \"Theo dõi thay đổi\").\n\n"
                            "Example: noticeboard import decision qd-1234.docx phu-luc.pdf my-commune --dry-run",
    "help.import.decision.dry_run": "Only print the changes; write nothing.",
    "help.import.decision.all_levels": "Also add new procedures of the province level (default: commune and shared ones).",
    "help.import.decision.number": "The decision's number, when the file does not give it (e.g. \"1234/QĐ-UBND\").",
    "help.import.decision.effective": "The date the decision takes effect (dd/mm/yyyy), when the file does not give it.",
}
