"""`noticeboard import decision`: what the clerk's acceptance trial found (fourth round): the
annex's online service reaches the posters and the kiosk, a row matched by its name is said,
and the app's screen does not call a file it could not read "already applied"."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from noticeboard.cli import main
from noticeboard.decisions import plan_import, rows
from noticeboard.labels import LABELS
from noticeboard.load.project import load_project
from noticeboard.plan.apply import how_to_apply

from .test_decisions import FIXTURES, TODAY, _import, _sheet, _workbook_project
from .test_decisions_trial import _csv_project, project, vietnamese  # noqa: F401 (fixtures)


# The annex's "Cung cấp DVCTT" (toàn trình / một phần) reaches every output -------------------

@pytest.mark.parametrize("catalogue", ["yaml", "xlsx", "csv"])
def test_a_procedure_the_annex_marks_online_is_printed_as_online(project: Path, catalogue: str) -> None:
    if catalogue == "xlsx":
        _workbook_project(project)
    elif catalogue == "csv":
        _csv_project(project, True, ",", "\r\n")
    _import(project, "qd-1234.docx")
    procs = load_project(project).procedures
    # new (toàn trình: 2.002100, một phần: 1.013790) and amended without a link (1.004873)
    for code in ("2.002100", "1.013790", "1.013801", "1.004873"):
        how = how_to_apply(procs[code])
        assert how.online and not how.in_person, code
        assert how.label == LABELS["online"] and how.text.startswith(LABELS["online_no_link"]), (code, how)
    assert how_to_apply(procs["1.013785"]).in_person  # its list has no online column: nothing said
    result = CliRunner().invoke(main, ["check", str(project), "--date", "04/12/2026"])
    assert result.exit_code == 0, result.output
    assert "Mức độ" not in result.output  # no Mức độ without a link: nothing to warn about


def test_a_workbook_gets_the_channels_in_its_own_words(project: Path) -> None:
    _workbook_project(project)
    _import(project, "qd-1234.docx")
    sheet = _sheet(project / "procedures" / "thu-tuc.xlsx", "Thủ tục")
    head = sheet[0]
    by_code = {r[head.index("Mã thủ tục")]: r for r in sheet[1:]}
    assert by_code["2.002100"][head.index("Cách thức thực hiện")] == "Trực tiếp; Trực tuyến"
    assert by_code["1.004873"][head.index("Cách thức thực hiện")] == "Trực tiếp; Trực tuyến"
    assert by_code["2.002100"][head.index("Mức độ")] is None  # no link: a Mức độ would not be read


def test_the_communes_own_channels_are_kept_and_online_added(project: Path) -> None:
    catalogue = project / "procedures" / "ho-tich.yaml"
    catalogue.write_text(catalogue.read_text("utf-8").replace(
        '    time: "3 ngày làm việc"\n    fee: "Theo quy định của HĐND tỉnh"\n\n  - code: "1.004884"',
        '    time: "3 ngày làm việc"\n    fee: "Theo quy định của HĐND tỉnh"\n    channels: [direct, postal]\n\n'
        '  - code: "1.004884"'), "utf-8")
    plan = plan_import(project, [FIXTURES / "qd-1234.docx"], day=TODAY)
    row = next(r for r in rows(plan) if r["code"] == "1.004873")
    assert "Cách thức thực hiện: Trực tiếp; Bưu chính → Trực tiếp; Bưu chính; Trực tuyến" in row["text"]
    _import(project, "qd-1234.docx")
    procs = load_project(project).procedures
    assert procs["1.004873"].channels == ("direct", "postal", "online")
    # the fee the commune rewrote keeps its words, whatever else the row adds
    assert procs["1.000656"].fee == "Không mất tiền nếu đi đăng ký đúng hạn"
    assert procs["1.000656"].channels == ("direct", "online")
    assert procs["1.001193"].channels == ()  # it has its link: online already, scope unchanged


def test_the_dry_run_and_the_log_say_the_online_service_and_its_scope(project: Path) -> None:
    plan = plan_import(project, [FIXTURES / "qd-1234.docx"], day=TODAY)
    new = next(r for r in rows(plan) if r["code"] == "2.002100")
    assert any("toàn trình: đã ghi Trực tuyến vào Cách thức thực hiện" in line for line in new["text"])
    _import(project, "qd-1234.docx")
    log = (project / "theo-doi-thay-doi.yaml").read_text("utf-8")
    assert "dịch vụ công trực tuyến toàn trình: đã ghi Trực tuyến" in log  # the scope, for when a link comes
    assert "channels" in log  # what changed in 1.004873


# A row matched by its name (no code in the annex) is said, for the clerk to check ------------

BY_NAME = 'phụ lục không ghi mã: khớp theo tên "Cấp gi ấy xác nhận tình trạng hôn nhân" với 1.004873 ' \
          '"Cấp Giấy xác nhận tình trạng hôn nhân" trong danh mục, hãy kiểm tra đúng thủ tục'


def test_a_row_matched_by_name_says_so_in_the_table(project: Path) -> None:
    from noticeboard.decisions import render_table

    plan = plan_import(project, [FIXTURES / "qd-1234.docx"], day=TODAY)
    row = next(r for r in rows(plan) if r["code"] == "1.004873")
    assert any(line.startswith(BY_NAME) for line in row["text"])
    assert " ".join(render_table(plan, True).split()).count("khớp theo tên") == 1  # rows with a code: not said
    assert "hãy kiểm tra đúng thủ tục" in " ".join(render_table(plan, True).split())


@pytest.mark.parametrize("catalogue", ["yaml", "xlsx"])
def test_a_row_matched_by_name_says_so_in_the_change_log(project: Path, catalogue: str) -> None:
    if catalogue == "xlsx":
        _workbook_project(project)
    _import(project, "qd-1234.docx")
    if catalogue == "yaml":
        import yaml

        entries = yaml.safe_load((project / "theo-doi-thay-doi.yaml").read_text("utf-8"))["changes"]
        notes = {e["code"]: e.get("note") or "" for e in entries}
    else:
        sheet = _sheet(project / "procedures" / "thu-tuc.xlsx", "Theo dõi thay đổi")
        head = sheet[0]
        notes = {r[head.index("Mã")]: r[head.index("Ghi chú")] or "" for r in sheet[1:]}
    assert notes["1.004873"].startswith(BY_NAME)
    assert "khớp theo tên" not in notes["1.000656"]


# The Quyết định screen: a file it could not use is not "already applied" --------------------

ALREADY = "đã áp dụng rồi, hoặc không có thủ tục cấp xã"


@pytest.mark.parametrize("name", ["hong.docx", "qd-1234-scan.pdf"])
def test_the_screen_does_not_call_a_file_it_could_not_read_applied(project: Path, name: str) -> None:
    from noticeboard.app.pages import _dry_run
    from noticeboard.messages import say

    from .test_decisions_trial import _decisions

    before = (project / "procedures" / "ho-tich.yaml").read_bytes()
    decisions = _decisions(project)
    rel = decisions.save(name, (FIXTURES / name).read_bytes())
    view = decisions.preview(rel, TODAY)
    page = _dry_run(rel, view)
    assert view.failed and ALREADY not in page
    assert say("app.decision.not_read") in page
    assert (project / "procedures" / "ho-tich.yaml").read_bytes() == before  # nothing written


def test_the_screen_still_says_a_file_already_applied_changes_nothing(project: Path) -> None:
    from noticeboard.app.pages import _dry_run

    from .test_decisions_trial import _decisions

    _import(project, "qd-1234.docx")
    decisions = _decisions(project)
    rel = decisions.save("qd-1234.docx", (FIXTURES / "qd-1234.docx").read_bytes())
    assert ALREADY in _dry_run(rel, decisions.preview(rel, TODAY))


def test_an_old_word_file_gets_the_advice_to_save_it_as_docx(project: Path) -> None:
    from noticeboard.errors import NoticeboardError

    from .test_decisions_trial import _decisions

    with pytest.raises(NoticeboardError) as caught:
        _decisions(project).save("qd-1234.doc", b"\xd0\xcf\x11\xe0 an old Word file")
    assert "Lưu thành (Save As) .docx" in str(caught.value) and "xin tỉnh bản DOCX hay PDF" in str(caught.value)
    assert not (project / "quyet-dinh").exists()  # nothing kept


def test_the_official_wording_is_said_where_the_catalogues_own_file_keeps_it(project: Path) -> None:
    """A workbook has no official: key: the note names the "(văn bản gốc)" column to read."""
    from noticeboard.decisions.plan import plan_import
    from noticeboard.decisions.table import rows

    def note(root: Path) -> str:
        return next(r["note"] for r in rows(plan_import(root, [FIXTURES / "qd-1234.docx"], day=TODAY))
                    if r["code"] == "1.000656")

    assert "Văn bản chính thức mới ghi vào official:, tờ niêm yết giữ lời của xã" in note(project)
    _workbook_project(project)
    assert ('Văn bản chính thức mới ghi vào "Phí, lệ phí (văn bản gốc)", tờ niêm yết giữ lời của xã'
            in note(project))


def test_a_new_procedure_the_annex_gives_no_online_service_for_says_what_the_posters_will_say(project: Path) -> None:
    """qd-1234's replacement 1.013785 ("liên thông điện tử") has no online column: a trial saw it
    posted as in person with nothing said."""
    from noticeboard.decisions.plan import plan_import
    from noticeboard.decisions.table import rows

    found = {r["code"]: r["note"] for r in rows(plan_import(project, [FIXTURES / "qd-1234.docx"], day=TODAY))}
    assert "phụ lục không ghi dịch vụ công trực tuyến cho thủ tục này: tờ niêm yết sẽ ghi Nộp trực tiếp" in found["1.013785"]
    assert "không ghi dịch vụ công trực tuyến" not in found["2.002100"]  # marked toàn trình


def test_a_catalogue_with_a_faulty_row_no_village_posts_still_takes_a_decision(project: Path) -> None:
    """A catalogue as published holds odd rows (a date typed twice): `check` leaves such a row
    out with a warning, and the import's read-back must judge it the same way, not refuse the
    whole write (the real catalogue did: 'danh mục sau khi nhập không đọc lại được')."""
    from noticeboard.decisions import apply_import

    catalogue = project / "procedures" / "ho-tich.yaml"
    catalogue.write_text(catalogue.read_text("utf-8") + '''
  - code: "1.009999"
    name: "Thủ tục không thôn nào niêm yết"
    field: "Hộ tịch"
    agency: "UBND xã"
    time: "1 ngày"
    fee: "Không"
    effective_from: "01/07/2025 01/07/2025"
''', "utf-8")
    assert CliRunner().invoke(main, ["check", str(project)]).exit_code == 0  # a warning: left out
    written = apply_import(plan_import(project, [FIXTURES / "qd-1234.docx"], day=TODAY))
    assert written and load_project(project).procedures["2.000884"].effective_until is not None
