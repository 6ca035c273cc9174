"""What counts as a new sheet to post: a change a reader sees on it, named as it is printed;
never a field the sheet does not print (the legal basis is the binder's), and a record an
earlier version wrote reads as the same sheet when nothing printed changed."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from noticeboard.load import load_project
from noticeboard.plan import changes as ch

BEFORE, NOW = dt.date(2026, 11, 1), dt.date(2026, 12, 4)


@pytest.fixture(scope="module")
def posted(sample):
    project = load_project(sample)
    commune = project.places.communes[0]
    village = commune.villages[0]
    proc = project.procedures[commune.posted[0]]
    return proc, village, commune.office, village.cultural_house


def _again(posted, proc, old: list[ch.Sheet]) -> ch.Sheet:
    _, village, office, place = posted
    return ch.sheets([proc], village, office, place, {s.code: s for s in old}, NOW)[0]


def _first(posted) -> ch.Sheet:
    proc, village, office, place = posted
    return ch.sheets([proc], village, office, place, {}, BEFORE)[0]


def test_a_new_legal_basis_is_not_a_new_sheet(posted) -> None:
    proc = posted[0]
    now = _again(posted, dataclasses.replace(proc, legal_basis=(*proc.legal_basis, "Quyết định 1234/QĐ-UBND")),
                 [_first(posted)])
    assert now.updated == BEFORE  # its "Cập nhật" and its bytes stay: nothing to replace on the wall


def test_where_the_file_is_handed_in_is_named_when_it_changes(posted) -> None:
    proc = posted[0]
    old = _first(posted)
    now = _again(posted, dataclasses.replace(proc, place="Trung tâm Phục vụ hành chính công xã"), [old])
    assert now.updated == NOW and ch.changed_parts(now, old) == ("place",)


def test_a_record_of_the_previous_version_is_the_same_sheet(posted) -> None:
    old = _first(posted)
    # written before "posted_at": where the sheet is posted was "place", and unprinted fields counted
    parts = {("place" if k == "posted_at" else k): v for k, v in old.parts.items()} | {"legal_basis": "0123456789"}
    legacy = dataclasses.replace(old, key="an older key", parts=parts)
    now = _again(posted, posted[0], [legacy])
    assert now.updated == BEFORE and ch.changed_parts(now, legacy) == ()
    moved = _again(posted, dataclasses.replace(posted[0], fee="8.000 đồng"), [legacy])
    assert ch.changed_parts(moved, legacy) == ("fee",)
