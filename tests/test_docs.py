"""docs/troubleshooting.md explains every message the loader can print (kept honest by this test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from noticeboard.messages import MESSAGES, SYNTAX, SYNTAX_OTHER

DOC = (Path(__file__).parent.parent / "docs" / "troubleshooting.md").read_text("utf-8")


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_is_documented(key: str) -> None:
    assert MESSAGES[key] in DOC, f"docs/troubleshooting.md does not explain {MESSAGES[key]!r}"


@pytest.mark.parametrize("what", [*SYNTAX.values(), SYNTAX_OTHER])
def test_every_syntax_error_is_documented(what: str) -> None:
    assert what in DOC
