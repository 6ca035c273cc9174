"""What the app holds between requests: the project, its output folders, the work running.

Every action is one call of the library's entry points the CLI calls (``noticeboard.api``:
``check``, ``load``, ``build``, ``share``, ``announce``, ``kiosk``; and ``init_workbooks``); long ones run in a
background thread and report progress the page polls, so the page never freezes. One job of
each kind at a time; a build also takes the output folder's lock, so a second "In" while one
runs (here, or a ``noticeboard build`` in a terminal) is refused with the lock's message.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import io
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .. import api, model as m
from ..errors import NoticeboardError
from ..messages import say
from ..output import manifest as manifest_file
from ..output.lock import is_locked

# pdfium is not thread-safe: the cards' rasterising (a job) and thumbnails (requests) take turns.
PDFIUM = threading.Lock()

# The output folders, inside the project (the CLI's default names): the app serves files from
# these and from the project's own files only.
AREAS = {"posters": "posters", "zalo": "zalo", "loa": "loa", "kiosk": "kiosk"}
PROJECT_MARKERS = ("places.xlsx", "places.yaml", "noticeboard.yaml")


def open_with_system(path: Path) -> None:
    """Open ``path`` in the program the clerk's system gives it (Excel, a PDF reader, Explorer)."""
    if sys.platform == "win32":
        os.startfile(str(path))  # type: ignore[attr-defined]  # Windows only
    else:
        subprocess.Popen(["open" if sys.platform == "darwin" else "xdg-open", str(path)],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)


def is_project(folder: Path) -> bool:
    return folder.is_dir() and any((folder / name).is_file() for name in PROJECT_MARKERS)


@dataclass
class Job:
    """One piece of long work: its progress as the page shows it."""

    kind: str
    total: int = 0
    done: int = 0
    state: str = "running"  # running, done, failed
    message: str = ""
    result: Any = None
    finished: threading.Event = field(default_factory=threading.Event, repr=False)

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "total": self.total, "done": self.done, "state": self.state,
                "message": self.message}


@dataclass
class Session:
    root: Path | None = None
    opener: Callable[[Path], None] = open_with_system
    browse_start: Path = field(default_factory=Path.home)  # where the folder chooser opens (folders.py)
    jobs: dict[str, Job] = field(default_factory=dict)
    # the date and paper chosen on In, for this project only: Kiểm tra, Zalo, loa and the kiosk
    # use the same day as the build (each screen says which); another project starts afresh
    day: dt.date | None = None
    paper: str | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _thumbs: dict[tuple[str, int, int], bytes] = field(default_factory=dict)

    # -- the project -------------------------------------------------------------------
    def choose(self, folder: Path) -> None:
        folder = Path(folder).resolve()
        if not is_project(folder):
            raise NoticeboardError(say("app_not_project", folder=folder))
        with self._lock:
            if any(j.state == "running" for j in self.jobs.values()):
                raise NoticeboardError(say("app_busy"))
            if folder != self.root:
                self.day = self.paper = None
            self.root, self.jobs = folder, {}

    def create(self, parent: Path, name: str, province: str, commune: str) -> Path:
        from ..output.scaffold import init_workbooks

        name = name.strip()
        if not name or Path(name).name != name or name.startswith("."):
            raise NoticeboardError(say("app_bad_name", name=name))
        folder = Path(parent) / name
        init_workbooks(folder, province.strip(), commune.strip())
        self.choose(folder)
        return folder

    def folder(self) -> Path:
        """The chosen project's folder; raises the message the app shows when none is chosen yet."""
        if self.root is None:
            raise NoticeboardError(say("app_no_project"))
        return self.root

    def out(self, area: str) -> Path:
        return self.folder() / AREAS[area]

    def workbooks(self) -> list[Path]:
        """The project's workbooks, to open in the spreadsheet app."""
        from ..load.sheet import WORKBOOK_SUFFIXES, is_lock_file

        if self.root is None:
            return []
        found = [p for p in sorted(self.root.rglob("*")) if p.suffix.lower() in WORKBOOK_SUFFIXES
                 and p.is_file() and not is_lock_file(p)
                 and not any(part.startswith(".") or part in AREAS.values() for part in p.relative_to(self.root).parts)]
        return found

    def resolve(self, rel: str) -> Path:
        """A file the app may serve or open: inside the project (its outputs included), never a
        hidden file; anything else is refused."""
        root = self.folder()
        parts = rel.replace("\\", "/").split("/")
        if not rel or any(not p or p.startswith(".") or ":" in p or "\0" in p for p in parts):
            raise NoticeboardError(say("app_outside", file=rel))
        path = root.joinpath(*parts).resolve()
        if not path.is_relative_to(root) or not path.exists():
            raise NoticeboardError(say("app_outside", file=rel))
        return path

    def open(self, rel: str) -> Path:
        path = self.resolve(rel)
        try:
            self.opener(path)
        except OSError as exc:
            raise NoticeboardError(say("app_cannot_open", file=path, reason=exc.strerror or exc)) from None
        return path

    # -- checks --------------------------------------------------------------------------
    def check(self, day: dt.date | None = None):
        return api.check(self.folder(), day)

    def project(self, day: dt.date | None = None) -> m.Project:
        """The project as the CLI loads it: errors (warnings do not stop the work) raise."""
        return api.load(self.folder(), day=day).project

    # -- long work -----------------------------------------------------------------------
    def start(self, kind: str, work: Callable[[Job], Any]) -> Job:
        """Run ``work(job)`` in the background unless a job of ``kind`` is running already."""
        with self._lock:
            running = self.jobs.get(kind)
            if running is not None and running.state == "running":
                raise NoticeboardError(say("folder_locked", folder=self.out(kind)))
            job = self.jobs[kind] = Job(kind)
        # in the request's context: the job's messages are the app's too (messages.in_app)
        threading.Thread(target=contextvars.copy_context().run, args=(self._run, job, work), daemon=True).start()
        return job

    @staticmethod
    def _run(job: Job, work: Callable[[Job], Any]) -> None:
        try:
            job.result = work(job)
            job.state = "done"
        except NoticeboardError as exc:
            report = exc.report()
            job.message = f"{report}\n{exc}" if report else str(exc)
            job.state = "failed"
        except Exception as exc:  # a bug: shown, not swallowed, and the app keeps running
            job.message = f"{type(exc).__name__}: {exc}"
            job.state = "failed"
            raise
        finally:
            job.finished.set()

    def build(self, paper: str | None, day: dt.date | None) -> Job:
        """The posters, as ``noticeboard build PROJECT -o PROJECT/posters`` makes them."""
        from ..plan.village import build_date

        out = self.out("posters")
        if is_locked(out):  # a build from a terminal, say
            raise NoticeboardError(say("folder_locked", folder=out))
        day = build_date(day)

        def work(job: Job):
            project = self.project(day)
            job.total = len(api.plan(project, day=day))

            def advance(n: int) -> None:
                job.done += n

            result = api.build(project, out, paper=paper, day=day, jobs=1, progress=advance)
            job.message = result.earlier(day) or ""
            return result

        return self.start("posters", work)

    def share(self, day: dt.date | None) -> Job:
        from ..plan.posted import posted_in_force

        def work(job: Job):
            project = self.project(day)
            job.total = sum(len(posted_in_force(project, c, day)) for c in project.places.communes)

            def advance(n: int) -> None:
                job.done += n

            with PDFIUM:
                return api.share(project, self.out("zalo"), None, day, progress=advance)

        return self.start("zalo", work)

    def announce(self, day: dt.date | None) -> Job:
        def work(job: Job):
            job.total = 1
            result = api.announce(self.project(day), self.out("loa"), None, day)
            job.done = 1
            return result

        return self.start("loa", work)

    def kiosk(self, day: dt.date | None) -> Job:
        def work(job: Job):
            job.total = 1
            project = self.project(day)
            one = project.places.communes[0].name if len(project.places.communes) == 1 else None
            result = api.kiosk(project, self.out("kiosk"), one, day=day)
            job.done = 1
            return result

        return self.start("kiosk", work)

    # -- what was made -------------------------------------------------------------------
    def listing(self, area: str) -> dict[str, Any] | None:
        if self.root is None:
            return None
        return manifest_file.read(self.out(area))

    def thumbnail(self, rel: str, width: int) -> bytes:
        """A PNG of the first page of a PDF (a card is shown as it is), cached by its stamp."""
        from ..verify.preview import page_pngs

        path = self.resolve(rel)
        st = path.stat()
        key = (str(path), st.st_mtime_ns, width)
        if key not in self._thumbs:
            if path.suffix.lower() == ".pdf":
                with PDFIUM:
                    self._thumbs[key] = page_pngs(path, width, pages=1)[0]
            else:
                from PIL import Image

                image = Image.open(path)
                image.thumbnail((width, width * 4))
                buf = io.BytesIO()
                image.save(buf, format="PNG", optimize=True)
                self._thumbs[key] = buf.getvalue()
        return self._thumbs[key]
