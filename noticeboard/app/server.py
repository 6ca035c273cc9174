"""The app's HTTP server: the standard library's threaded server, as ``kiosk serve`` uses.

Why no framework: the app has a dozen routes, form posts and one JSON poll, and runs for one
person on loopback; ``http.server`` does that with no dependency to bundle for Windows, and the
guard (token, Host, Origin) is a few explicit lines rather than a framework's middleware.
Every request passes ``Guard.refusal`` first; files are served only from inside the project
(``Session.resolve``) and the bundled static folder.
"""

from __future__ import annotations

import json
import mimetypes
import secrets
import sys
import threading
import traceback
from email.parser import BytesParser
from email.policy import HTTP
from email.utils import collapse_rfc2231_value
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qs, urlsplit

from ..errors import NoticeboardError
from ..fonts import FACES, font_path
from ..messages import in_app, say
from . import pages
from .decision import Decisions
from .folders import browsable, places, subfolders
from .guard import Guard
from .session import AREAS, Session

STATIC = Path(__file__).resolve().parent / "static"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self'; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
MAX_BODY = 64 * 1024 * 1024  # an annex is a few MB; refuse anything absurd
TYPES = {".png": "image/png", ".pdf": "application/pdf", ".txt": "text/plain; charset=utf-8",
         ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".js": "text/javascript; charset=utf-8", ".ttf": "font/ttf", ".json": "application/json"}


class App:
    """Routes: each a method of the handler named in ``GET``/``POST``."""

    def __init__(self, session: Session, guard: Guard):
        self.session = session
        self.guard = guard
        self.decisions = Decisions(session)
        self.flash: str | None = None  # one message for the next page shown

    def take_flash(self) -> str | None:
        flash, self.flash = self.flash, None
        return flash


class Handler(BaseHTTPRequestHandler):
    server_version = "noticeboard-app"
    protocol_version = "HTTP/1.1"
    timeout = 60

    def __init__(self, *args: Any, app: App, **kwargs: Any):
        self.app = app
        super().__init__(*args, **kwargs)

    # -- plumbing ------------------------------------------------------------------------
    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (stdlib signature)
        pass

    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Referrer-Policy", "same-origin")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def _send(self, status: int, body: bytes, kind: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def html(self, text: str, status: int = 200) -> None:
        self._send(status, text.encode("utf-8"), TYPES[".html"])

    def json(self, value: Any, status: int = 200) -> None:
        self._send(status, json.dumps(value, ensure_ascii=False).encode("utf-8"), TYPES[".json"])

    def redirect(self, where: str, headers: dict[str, str] | None = None) -> None:
        self._send(HTTPStatus.SEE_OTHER, b"", "text/plain", {"Location": where, **(headers or {})})

    def back(self, fallback: str = "/") -> None:
        """After a form: the screen it came from (its path only, never another site)."""
        referer = urlsplit(self.headers.get("Referer") or "")
        self.redirect(referer.path + (f"?{referer.query}" if referer.query else "") if referer.path else fallback)

    def _guarded(self) -> bool:
        reason = self.app.guard.refusal(self.path, self.headers)
        if reason is None:
            return True
        body = pages.refused(reason).encode("utf-8")
        status = HTTPStatus.MISDIRECTED_REQUEST if reason == "host" else HTTPStatus.FORBIDDEN
        self.close_connection = True
        self._send(status, body, TYPES[".html"])
        return False

    def _form(self) -> dict[str, str]:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            raise NoticeboardError(say("app_too_big"))
        body = self.rfile.read(length)
        kind = self.headers.get("Content-Type", "")
        if kind.startswith("multipart/form-data"):
            message = BytesParser(policy=HTTP).parsebytes(
                f"Content-Type: {kind}\r\n\r\n".encode("latin-1") + body)
            found: dict[str, Any] = {}
            for part in message.iter_parts():
                param = part.get_param("name", header="content-disposition")
                if param is None:  # no form field (the browser names every one)
                    continue
                name = collapse_rfc2231_value(param)  # a name in RFC 2231's encoded form, as text
                payload = part.get_payload(decode=True)
                data = payload if isinstance(payload, bytes) else b""
                if part.get_filename() is not None:
                    found[name] = (part.get_filename(), data)
                else:
                    found[name] = data.decode("utf-8")
            return found
        return {k: v[0] for k, v in parse_qs(body.decode("utf-8"), keep_blank_values=True).items()}

    def _wants_json(self) -> bool:
        return "application/json" in (self.headers.get("Accept") or "")

    # -- dispatch ------------------------------------------------------------------------
    def do_GET(self) -> None:
        with in_app():  # every word shown is the app's, never a command to type
            self._get()

    def do_POST(self) -> None:
        with in_app():
            self._post()

    do_HEAD = do_GET

    def _get(self) -> None:
        if not self._guarded():
            return
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        if self.app.guard.query_token(self.path) is not None:  # first load: token to a cookie
            self.redirect(url.path, {"Set-Cookie": self.app.guard.set_cookie()})
            return
        route = GET.get(url.path)
        try:
            if route is not None:
                route(self, query)
            elif url.path.startswith("/static/"):
                self.static(url.path[len("/static/"):])
            else:
                self.html(pages.refused("path"), HTTPStatus.NOT_FOUND)
        except NoticeboardError as exc:
            self.html(pages.layout("home", f"<p class=flash>{pages.e(exc)}</p>", self.app.session.root),
                      HTTPStatus.NOT_FOUND)
        except Exception as exc:  # a bug: said on the page, the traceback on the console
            self.html(pages.layout("home", f"<p class=flash>{pages.e(_bug(exc))}</p>", self.app.session.root),
                      HTTPStatus.INTERNAL_SERVER_ERROR)

    def _post(self) -> None:
        if not self._guarded():
            return
        route = POST.get(urlsplit(self.path).path)
        if route is None:
            self.html(pages.refused("path"), HTTPStatus.NOT_FOUND)
            return
        try:
            route(self, self._form())
        except Exception as exc:  # a bug too: said, never a dropped connection
            if isinstance(exc, NoticeboardError):
                report = exc.report()
                message = f"{report}\n{exc}" if report else str(exc)
            else:
                message = _bug(exc)
            if self._wants_json():
                self.json({"ok": False, "message": message})  # refused, shown by the page
            else:
                self.app.flash = message
                self.back()

    # -- files ---------------------------------------------------------------------------
    def static(self, name: str) -> None:
        fonts = {f"fonts/{face}.ttf": font_path(face) for face in FACES}
        path = fonts.get(name) or (STATIC / name if "/" not in name and (STATIC / name).is_file() else None)
        if path is None:
            self.html(pages.refused("path"), HTTPStatus.NOT_FOUND)
            return
        self._send(200, path.read_bytes(), TYPES.get(path.suffix, "application/octet-stream"))

    def file(self, query: dict[str, str]) -> None:
        path = self.app.session.resolve(query.get("f", ""))
        if not path.is_file():
            raise NoticeboardError(say("app_outside", file=query.get("f", "")))
        self._send(200, path.read_bytes(), TYPES.get(path.suffix.lower())
                   or mimetypes.guess_type(path.name)[0] or "application/octet-stream")

    def thumbnail(self, query: dict[str, str]) -> None:
        width = min(max(int(query.get("w", pages.THUMB) or pages.THUMB), 40), 600)
        self._send(200, self.app.session.thumbnail(query.get("f", ""), width), "image/png")

    # -- screens -------------------------------------------------------------------------
    def home(self, query: dict[str, str]) -> None:
        s = self.app.session
        browse, flash = s.browse_start, self.app.take_flash()
        if query.get("thu-muc"):
            try:
                browse = browsable(query["thu-muc"], s.browse_start)
            except NoticeboardError as exc:  # shown on the start folder's listing
                flash = str(exc)
        self.html(pages.home(s.root, s.workbooks(), browse, subfolders(browse), flash, places(s.browse_start)))

    def _project(self) -> Path | None:
        """The chosen project's folder, else None once the clerk is sent home to choose one."""
        root = self.app.session.root
        if root is None:
            self.app.flash = say("app_no_project")
            self.redirect("/")
        return root

    def check(self, query: dict[str, str]) -> None:
        from ..plan.in_force import summary

        root = self._project()
        if root is None:
            return
        s = self.app.session
        checked = s.check(self.app.session.day)
        openable = {b.relative_to(root).as_posix() for b in s.workbooks()} | {
            p.relative_to(root).as_posix() for p in root.rglob("*.yaml")}
        line = summary(checked.project, self.app.session.day) if checked.project is not None else None
        self.html(pages.check(root, checked.errors, checked.warnings, line, openable, self.app.take_flash(),
                              checked.long_sheets, checked.left_out))

    def print_screen(self, query: dict[str, str]) -> None:
        from ..plan.village import build_date

        root = self._project()
        if root is None:
            return
        s = self.app.session
        listing = s.listing("posters")
        job = s.jobs.get("posters")
        paper = self.app.session.paper or (listing or {}).get("paper") or "A4"
        self.html(pages.print_screen(root, paper, build_date(self.app.session.day), job.as_json() if job else None,
                                     listing, self.app.take_flash()))

    def decision(self, query: dict[str, str]) -> None:
        root = self._project()
        if root is None:
            return
        d = self.app.decisions
        self.html(pages.decision(root, d.available(), d.annexes(), d.chosen, d.view,
                                 self.app.take_flash()))

    def share(self, query: dict[str, str]) -> None:
        root = self._project()
        if root is None:
            return
        s = self.app.session
        jobs = {k: (j.as_json() if (j := s.jobs.get(k)) else None) for k in ("zalo", "loa", "kiosk")}
        self.html(pages.share(root, jobs, cards(s), scripts(s), kiosk_folder(s), self.app.take_flash(), s.day))

    def job(self, query: dict[str, str]) -> None:
        job = self.app.session.jobs.get(query.get("kind", ""))
        self.json(job.as_json() if job else {"state": "idle"})

    # -- actions -------------------------------------------------------------------------
    def choose(self, form: dict[str, str]) -> None:
        s = self.app.session
        s.choose(browsable(form.get("thu_muc", ""), s.browse_start))
        self.redirect("/kiem-tra")

    def create(self, form: dict[str, str]) -> None:
        s = self.app.session
        parent = browsable(form.get("thu_muc", ""), s.browse_start)
        s.create(parent, form.get("ten", ""), form.get("tinh", ""), form.get("xa", ""))
        self.redirect("/")

    def open_file(self, form: dict[str, str]) -> None:
        path = self.app.session.open(form.get("f", ""))
        self._done(say("app.opened", file=path.name))

    def open_folder(self, form: dict[str, str]) -> None:
        area = form.get("khu", "")
        if area not in AREAS:
            raise NoticeboardError(say("app_outside", file=area))
        path = self.app.session.open(AREAS[area])
        self._done(say("app.opened", file=path))

    def _done(self, message: str) -> None:
        if self._wants_json():
            self.json({"ok": True, "message": message})
        else:
            self.app.flash = message
            self.back()

    def build(self, form: dict[str, str]) -> None:
        from ..fields import parse_date

        self.app.session.paper = form.get("giay") if form.get("giay") in pages.PAPERS else None
        self.app.session.day = parse_date(form["ngay"]) if form.get("ngay") else None
        self.app.session.build(self.app.session.paper, self.app.session.day)
        self._started("posters", "/in")

    def _started(self, kind: str, where: str) -> None:
        if self._wants_json():
            self.json({"ok": True, **self.app.session.jobs[kind].as_json()})
        else:
            self.redirect(where)

    def make_cards(self, form: dict[str, str]) -> None:
        self.app.session.share(self.app.session.day)
        self._started("zalo", "/chia-se")

    def make_script(self, form: dict[str, str]) -> None:
        self.app.session.announce(self.app.session.day)
        self._started("loa", "/chia-se")

    def make_kiosk(self, form: dict[str, str]) -> None:
        self.app.session.kiosk(self.app.session.day)
        self._started("kiosk", "/chia-se")

    def upload(self, form: dict[str, Any]) -> None:
        name, data = form.get("tep") or ("", b"")
        rel = self.app.decisions.save(name, data)
        if self.app.decisions.available():  # the dry run at once: the clerk came to see it
            self.app.decisions.preview(rel, self.app.session.day)
        self.redirect("/quyet-dinh#dry-run")

    def preview_decision(self, form: dict[str, str]) -> None:
        from ..fields import parse_date
        from .decision import Options

        day = (form.get("ngay_hieu_luc") or "").strip()
        effective = parse_date(day) if day else None
        if day and effective is None:
            raise NoticeboardError(say("app_bad_date", value=day))
        options = Options(form.get("moi_cap") == "1", (form.get("so_qd") or "").strip() or None, effective)
        self.app.decisions.preview(form.get("f", ""), self.app.session.day, options)
        self.redirect("/quyet-dinh#dry-run")

    def apply_decision(self, form: dict[str, str]) -> None:
        self.app.flash = self.app.decisions.apply(form.get("f", ""), self.app.session.day)
        self.redirect("/quyet-dinh")


GET: dict[str, Callable[[Handler, dict[str, str]], None]] = {
    "/": Handler.home, "/kiem-tra": Handler.check, "/in": Handler.print_screen,
    "/quyet-dinh": Handler.decision, "/chia-se": Handler.share, "/api/viec": Handler.job,
    "/tep": Handler.file, "/anh": Handler.thumbnail,
    "/favicon.ico": lambda h, query: h._send(HTTPStatus.NO_CONTENT, b"", "image/x-icon"),
}
POST: dict[str, Callable[[Handler, Any], None]] = {
    "/chon": Handler.choose, "/tao": Handler.create, "/mo": Handler.open_file,
    "/mo-thu-muc": Handler.open_folder, "/kiem-tra": lambda h, form: h.redirect("/kiem-tra"),
    "/in": Handler.build, "/chia-se/zalo": Handler.make_cards, "/chia-se/loa": Handler.make_script,
    "/chia-se/kiosk": Handler.make_kiosk, "/quyet-dinh/tai-len": Handler.upload,
    "/quyet-dinh/xem": Handler.preview_decision, "/quyet-dinh/ap-dung": Handler.apply_decision,
}


# -- what the share screen lists (read from the manifests the library wrote) ------------------
def cards(s: Session) -> list[dict]:
    listing = s.listing("zalo") or {}
    names = {}
    try:
        names = {code: p.name for code, p in s.project().procedures.items()}
    except NoticeboardError:
        pass
    captions = {(f.get("commune"), f.get("code")): f["file"] for f in listing.get("files", []) if f.get("kind") == "caption"}
    found = []
    for f in listing.get("files", []):
        if f.get("kind") == "card" and f.get("card") == 1:
            caption = captions.get((f.get("commune"), f.get("code")))
            text = (s.out("zalo") / caption).read_text("utf-8") if caption and (s.out("zalo") / caption).is_file() else ""
            found.append({"card": f"zalo/{f['file']}", "code": f.get("code"), "commune": f.get("commune"),
                          "name": names.get(f.get("code"), f.get("code")), "cards": f.get("cards", 1), "caption": text})
    return found


def scripts(s: Session) -> list[dict]:
    listing = s.listing("loa") or {}
    found = []
    for f in listing.get("files", []):
        if f.get("kind") == "loudspeaker script" and f["file"].endswith(".txt"):
            found.append({"commune": f.get("commune"), "seconds": int(f.get("seconds") or 0),
                          "bulletin": f.get("bulletin", 1), "bulletins": f.get("bulletins", 1),
                          "txt": f"loa/{f['file']}", "pdf": f"loa/{f['file'][:-4]}.pdf"})
    return found


def kiosk_folder(s: Session) -> Path | None:
    folder = s.out("kiosk")
    return folder if (folder / "index.html").is_file() else None


class AppServer(ThreadingHTTPServer):
    daemon_threads = True


def make_app(session: Session, port: int = 0) -> tuple[AppServer, Guard]:
    """The server on 127.0.0.1 (``port`` 0: a free one) and its guard with this run's token."""
    holder: dict[str, App] = {}
    server = AppServer(("127.0.0.1", port), partial(_handler, holder))
    guard = Guard(secrets.token_urlsafe(24), server.server_address[1])
    holder["app"] = App(session, guard)
    return server, guard


def _handler(holder: dict[str, App], *args: Any, **kwargs: Any) -> Handler:
    return Handler(*args, app=holder["app"], **kwargs)


def serve_in_background(session: Session) -> tuple[AppServer, Guard, threading.Thread]:
    server, guard = make_app(session)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, guard, thread


def _bug(exc: Exception) -> str:
    """What the clerk reads when a bug stops a request (a trial's apply crash once dropped the
    connection: the browser showed ERR_EMPTY_RESPONSE); the traceback goes to the console."""
    traceback.print_exception(exc, file=sys.stderr)
    return say("app_bug", error=f"{type(exc).__name__}: {exc}")
