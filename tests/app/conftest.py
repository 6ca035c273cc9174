"""Fixtures for the app: a running app over a workbook project, and what it opened."""

from __future__ import annotations

import http.client
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import openpyxl
import pytest

from noticeboard.app.server import serve_in_background
from noticeboard.app.session import Session
from tests.kiosk.conftest import browser  # noqa: F401 (the one Chromium launch, reused)


@dataclass
class Running:
    session: Session
    port: int
    token: str
    opened: list[Path] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def address(self) -> str:
        return f"{self.base}/?t={self.token}"

    def request(self, method: str, path: str, headers: dict[str, str] | None = None,
                body: bytes | None = None) -> tuple[int, bytes]:
        """A raw request (headers as given: no browser adds or fixes any)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            for k, v in {"Host": f"127.0.0.1:{self.port}", **(headers or {})}.items():
                if v is not None:
                    conn.putheader(k, v)
            if body is not None:
                conn.putheader("Content-Length", str(len(body)))
                conn.putheader("Content-Type", "application/x-www-form-urlencoded")
            conn.endheaders(body)
            answer = conn.getresponse()
            return answer.status, answer.read()
        finally:
            conn.close()

    def cookie(self) -> str:
        return f"noticeboard-{self.port}={self.token}"


def fill_places(project: Path, villages: list[tuple[str, str | None]], phone: str = "0207 3870 202") -> None:
    """What the clerk types into places.xlsx made by init --xlsx: the office's address and
    phone, a village per row (name, head's phone); saved as Excel saves it."""
    path = project / "places.xlsx"
    wb = openpyxl.load_workbook(path)
    xa, thon = wb["Xã"], wb["Thôn"]
    xa["D2"], xa["E2"] = "Thôn Nà Đông, xã Thượng Lâm", phone
    for row, (name, head_phone) in enumerate(villages, start=2):
        thon.cell(row, 1, "Xã Thượng Lâm")
        thon.cell(row, 2, name)
        if head_phone:
            thon.cell(row, 4, "Nguyễn Văn Bình")
            thon.cell(row, 5, head_phone)
            thon.cell(row, 5).number_format = "@"
    wb.save(path)


@pytest.fixture
def app(tmp_path) -> Iterator[Running]:
    """The app on a free port, started in a folder to choose or create projects in, with the
    opener recording what it would have opened."""
    opened: list[Path] = []
    session = Session(opener=opened.append, browse_start=tmp_path.resolve())
    server, guard, _ = serve_in_background(session)
    yield Running(session, guard.port, guard.token, opened)
    server.shutdown()
    server.server_close()
    for job in session.jobs.values():  # never leave a thread writing when the test is gone
        job.finished.wait(120)
