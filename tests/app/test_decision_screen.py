"""The Quyết định screen's dry run shows every value whole (a clerk's trial read "Nghị định số
07/2…": the legal basis cut in the middle of a number); the terminal's table, shortened for its
columns, cuts only after a whole word."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest

from noticeboard.app import pages
from noticeboard.app.decision import Decisions

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "decisions"


@pytest.fixture
def planned(app, tmp_path, monkeypatch):
    pytest.importorskip("noticeboard.decisions", reason="the decision import (issue 16) is not in this version")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796342400")  # 04/12/2026, after decision 1234 is signed
    root = tmp_path / "xa"
    shutil.copytree(FIXTURES / "project", root)
    app.session.choose(root)
    decisions = Decisions(app.session)
    rel = decisions.save("qd-1234.docx", (FIXTURES / "qd-1234.docx").read_bytes())
    return decisions, decisions.preview(rel)


def test_the_dry_run_table_shows_every_value_whole(app, planned):
    decisions, view = planned
    page = pages.decision(app.session.folder(), True, decisions.annexes(), decisions.chosen, view, None)
    table = page[page.index('<table class="plan"'):page.index("</table>", page.index('<table class="plan"'))]
    cells = [html.unescape(re.sub(r"<[^>]+>", " ", c)) for c in re.findall(r"<td[^>]*>(.*?)</td>", table)]
    assert not [c for c in cells if "…" in c]  # nothing shortened
    long = [v for r in view.rows for c in r["changes"] for v in (c["old"], c["new"])
            if isinstance(v, (list, tuple)) and len("; ".join(v)) > 70]
    assert long, "the fixture has a value the terminal shortens"
    shown = " ".join(" ".join(c.split()) for c in cells)
    assert all("; ".join(v) in shown for v in long)


def test_the_terminals_table_cuts_a_long_value_after_a_whole_word():
    from noticeboard.decisions.table import shorten

    text = "Nghị định số 123/2015/NĐ-CP; Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 của Chính phủ"
    assert shorten(text, 50) == "Nghị định số 123/2015/NĐ-CP; Nghị định số…"
    assert shorten("x" * 90, 70) == "x" * 69 + "…"  # one word longer than the column: still cut


def test_the_upload_box_offers_an_old_word_file_so_the_clerk_gets_the_advice(app, tmp_path):
    from noticeboard.errors import NoticeboardError
    from noticeboard.messages import say

    shutil.copytree(FIXTURES / "project", tmp_path / "xa")
    app.session.choose(tmp_path / "xa")
    page = pages.decision(app.session.folder(), True, [], None, None, None)
    offered = re.search(r'type="file" name="tep" accept="([^"]+)"', page)[1].split(",")
    assert ".doc" in offered  # the picker hides what it does not offer (a trial: "All files" needed)
    for suffix in offered:  # each is read, or refused with what to do
        try:
            Decisions(app.session).save(f"qd{suffix}", b"")
        except NoticeboardError as exc:
            assert suffix == ".doc" and say("decision.old_doc_hint") in str(exc)
