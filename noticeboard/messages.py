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
