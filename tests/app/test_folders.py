"""The folder chooser of the Dự án screen reaches a project wherever the clerk keeps it (up from
where the app started, the home folder, every drive, a path pasted from Explorer), never a
hidden or system folder; the app's request guard and its project-only file rule still hold
(test_guard.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest

from noticeboard.app import folders
from noticeboard.output.scaffold import init_workbooks


def listing(app, folder: Path | str) -> str:
    status, body = app.request("GET", f"/?thu-muc={quote(str(folder))}", {"Cookie": app.cookie()})
    assert status == 200
    return body.decode("utf-8")


def post(app, path: str, fields: dict[str, str]) -> int:
    return app.request("POST", path, {"Cookie": app.cookie(), "Origin": app.base},
                       urlencode(fields).encode())[0]


def test_the_chooser_goes_up_past_the_folder_it_started_in(app, tmp_path: Path) -> None:
    start = app.session.browse_start
    page = listing(app, start)
    assert f'href="/?thu-muc={quote(str(start.parent))}"' in page  # "Lên thư mục trên"
    above = listing(app, start.parent)
    assert f">📁 {start.name}</a>" in above


def test_the_chooser_offers_the_home_folder_and_the_drives(app) -> None:
    page = listing(app, app.session.browse_start)
    for place in (Path.home(), *folders.drives()):
        assert f'href="/?thu-muc={quote(str(place))}"' in page, place


def test_on_windows_every_drive_is_offered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(folders.os, "listdrives", lambda: ["C:\\", "D:\\", "E:\\"], raising=False)
    assert [str(d) for d in folders.drives()] == ["C:\\", "D:\\", "E:\\"]


def test_a_project_in_another_folder_can_be_chosen(app, tmp_path_factory: pytest.TempPathFactory) -> None:
    elsewhere = tmp_path_factory.mktemp("o-dia-d") / "xa-thuong-lam"
    init_workbooks(elsewhere, "Tuyên Quang", "Xã Thượng Lâm")
    assert not elsewhere.is_relative_to(app.session.browse_start)
    assert post(app, "/chon", {"thu_muc": str(elsewhere)}) == 303
    assert app.session.root == elsewhere.resolve()


def test_a_new_project_can_be_made_in_another_folder(app, tmp_path_factory: pytest.TempPathFactory) -> None:
    documents = tmp_path_factory.mktemp("documents")
    assert post(app, "/tao", {"thu_muc": str(documents), "ten": "xa-moi", "tinh": "Tuyên Quang",
                              "xa": "Xã Lâm Bình"}) == 303
    assert app.session.root == (documents / "xa-moi").resolve() and (documents / "xa-moi" / "places.xlsx").is_file()


def test_hidden_and_system_folders_are_never_listed_or_opened(app, tmp_path_factory: pytest.TempPathFactory) -> None:
    disk = tmp_path_factory.mktemp("disk")
    for name in (".ssh", "$Recycle.Bin", "Du an"):
        (disk / name).mkdir()
    init_workbooks(disk / ".ssh" / "xa", "Tuyên Quang", "Xã Thượng Lâm")
    page = listing(app, disk)
    assert "Du an" in page and ".ssh" not in page and "Recycle" not in page
    inside = listing(app, disk / ".ssh")
    assert "cannot open the folder" in inside and ">📁 xa</a>" not in inside
    assert post(app, "/chon", {"thu_muc": str(disk / ".ssh" / "xa")}) == 303
    assert app.session.root is None


@pytest.mark.parametrize("typed", ["Du an", "/no/such/folder"])
def test_a_path_that_is_not_a_whole_path_to_a_folder_is_refused(app, typed: str) -> None:
    page = listing(app, typed)
    assert "cannot open the folder" in page and "write the whole path of a folder that exists" in page
