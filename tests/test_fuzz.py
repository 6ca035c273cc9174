"""Generated catalogues: what a clerk could type loads, prints and reads back as typed; anything
else (hostile text, any bytes) is refused with a located message, never a crash."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st
from pypdf import PdfReader

from .long_texts import CONDITION, DOC, FEES, NAMES, STEP, TIMES
from noticeboard.posters.build import build_posters
from noticeboard.errors import DataError
from noticeboard.fields import PORTAL_PAGE
from noticeboard.load import load_project
from noticeboard.load.schema import CODE_PATTERN

BASE = Path(__file__).parent / "corpus" / "ok-utf8-bom"
POSTED = "1.001193"  # the base project's posted procedure: the generated texts go into it
FIELDS = ["name", "field", "agency", "time", "fee", "result", "who", "conditions"]
LISTS = ["documents", "steps", "forms", "legal_basis"]
# The full official text is the commune binder's; the village file prints the rest.
BINDER_ONLY = {"who", "conditions", "forms", "legal_basis"}
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# What a clerk types is Vietnamese words, not letters drawn at random: the words of the portal's
# real records (tests/long_texts.py), numbers, and the punctuation and symbols the portal's texts
# hold (the PDF must escape <, >, & and quotes). Random letters are not such text, and the loader
# is right to refuse some of them: "eù" (a vowel then a Latin-1 tone letter, with no letter
# beyond Latin-1 in the value) is what VNI-typed text pasted as Unicode looks like ("yù" for ý),
# and no Vietnamese syllable is spelt so (the tone of "ai, au, eo, êu, iu, oi" sits on the first
# vowel); load/legacy.py flags it with a hint to convert it with Unikey.
WORDS = sorted({w for text in [*NAMES, DOC, STEP, CONDITION, *TIMES, *FEES] for w in re.findall(r"\w+", text) if w.isalpha()})
SYMBOLS = ["<", ">", "&", '"', "'", "#", ":", "-", "/", "%", "*", "!", "(", ")", "[", "]", ".", ",", ";", "?"]
TOKEN = st.one_of(st.sampled_from(WORDS), st.integers(0, 99_999).map(str), st.sampled_from(SYMBOLS))
CLERK_TEXT = st.lists(TOKEN, min_size=1, max_size=8).filter(lambda ts: any(t in WORDS for t in ts)).map(" ".join)
CLERK_TEXTS = st.fixed_dictionaries({f: CLERK_TEXT for f in FIELDS + LISTS})
# A national code (fields.py: "1.001193", a case adds ".01"), other than the base project's.
CODES = st.from_regex(f"^{CODE_PATTERN}$".replace(r"\d", "[0-9]"), fullmatch=True).filter(
    lambda c: c not in (POSTED, "1.000656", "1.000894"))
# The dates in each form fields.parse_date documents, as typed.
DAYS = st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31))
DATE_FORMS = ["%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y-%m-%d", "%-d/%-m/%Y"]
# Links on the allowed hosts (noticeboard.yaml's default: dichvucong.gov.vn, *.gov.vn).
LABEL = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True)
PATH = st.lists(st.from_regex(r"[A-Za-z0-9._~-]{1,12}", fullmatch=True), max_size=4).map("/".join)
URLS = st.one_of(st.builds("https://dichvucong.gov.vn/{}".format, PATH),
                 st.builds("https://{}.{}.gov.vn/{}".format, LABEL, LABEL, PATH),
                 st.uuids().map(lambda u: PORTAL_PAGE.format(id=u)))
EXTRA = st.fixed_dictionaries({"code": CODES, "url": URLS, "from": DAYS, "until": DAYS,
                               "from_form": st.sampled_from(DATE_FORMS), "until_form": st.sampled_from(DATE_FORMS),
                               "scope": st.sampled_from(["full", "partial"])})


def _project(root: Path, catalogue: bytes) -> Path:
    shutil.copytree(BASE, root, ignore=shutil.ignore_patterns("expect.txt"))
    (root / "procedures" / "x.yaml").write_bytes(catalogue)
    return root


def _others() -> list[dict]:
    return [{"code": c, "name": "Thủ tục", "field": "Hộ tịch", "agency": "UBND xã", "time": "1 ngày",
             "fee": "Miễn phí", "documents": ["Tờ khai"]} for c in ("1.000656", "1.000894")]


def _catalogue(values: dict[str, str], extra: dict | None = None) -> bytes:
    """The base catalogue, its posted procedure's every text field replaced, and with ``extra``
    one more procedure with a generated code, link and dates (JSON is YAML)."""
    proc = {"code": POSTED, **{f: values[f] for f in FIELDS}, **{f: [values[f]] for f in LISTS}}
    procs = [proc, *_others()]
    if extra:
        first, last = sorted((extra["from"], extra["until"]))
        procs.append({"code": extra["code"], "name": "Thủ tục mới", "field": "Hộ tịch", "agency": "UBND xã",
                      "time": "1 ngày", "fee": "Miễn phí", "online": {"url": extra["url"], "scope": extra["scope"]},
                      "effective_from": first.strftime(extra["from_form"]),
                      "effective_until": (last + dt.timedelta(days=1)).strftime(extra["until_form"])})
    return json.dumps({"procedures": procs}, ensure_ascii=False).encode("utf-8")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _printed(project, out: Path) -> str:
    """The text of the first village's PDF."""
    result = build_posters(project, out, village="Thôn Nà Tông")
    pdf = out / result.files[0]
    return _squash("".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages))


@FUZZ
@given(CLERK_TEXTS, EXTRA)
def test_what_a_clerk_types_loads_as_typed(values: dict[str, str], extra: dict) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        project = load_project(_project(Path(tmp) / "p", _catalogue(values, extra)))  # a DataError fails
        proc = project.procedures[POSTED]
        assert {f: getattr(proc, f) for f in FIELDS} == {f: values[f] for f in FIELDS}
        assert {f: getattr(proc, f) for f in LISTS} == {f: (values[f],) for f in LISTS}
        new = project.procedures[extra["code"]]
        first, last = sorted((extra["from"], extra["until"]))
        assert (new.online.url, new.online.scope) == (extra["url"], extra["scope"])
        assert (new.effective_from, new.effective_until) == (first, last + dt.timedelta(days=1))


@settings(FUZZ, max_examples=15)
@given(CLERK_TEXTS)
def test_what_a_clerk_types_prints_as_typed(values: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        project = load_project(_project(Path(tmp) / "p", _catalogue(values)))
        printed = _printed(project, Path(tmp) / "out")
        for field, value in values.items():
            if field not in BINDER_ONLY:
                assert _squash(value) in printed, (field, value)


def test_a_vowel_then_a_latin1_tone_letter_is_refused_as_vni() -> None:
    """The value the letter-soup strategy once made, and why the clerk strategy leaves it out."""
    values = dict.fromkeys(FIELDS + LISTS, "Miễn phí") | {"fee": "eù"}
    with tempfile.TemporaryDirectory() as tmp:
        try:
            load_project(_project(Path(tmp) / "p", _catalogue(values)))
        except DataError as exc:
            assert [("fee" in p.path, "VNI" in p.message) for p in exc.problems] == [(True, True)]
        else:
            raise AssertionError("eù loaded")


# Values no clerk's catalogue may hold, each refused: blank, a control character, VNI soup.
BAD_TEXT = st.one_of(st.sampled_from(["", "   ", "eù", "Ñaêng kyù"]),
                     st.builds("{}{}{}".format, CLERK_TEXT, st.sampled_from(["\x00", "\x1b", "\u200b", "\x7f"]),
                               CLERK_TEXT))


@FUZZ
@given(CLERK_TEXTS, st.sampled_from(FIELDS + LISTS), BAD_TEXT)
def test_a_bad_value_is_refused_where_it_was_typed(values: dict[str, str], field: str, bad: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = _project(Path(tmp) / "p", _catalogue(values | {field: bad}))
        try:
            load_project(root)
        except DataError as exc:
            assert exc.problems and all(p.message for p in exc.problems)
            # at its line and column (the field's path too, unless YAML itself cannot read the file)
            assert any(p.file.endswith("x.yaml") and p.line and p.column for p in exc.problems), \
                [str(p) for p in exc.problems]
        else:
            raise AssertionError(f"{field}: {bad!r} loaded")


def _refused_with_place(raw: bytes) -> None:
    """Load ``raw`` as a catalogue: it loads, or every problem names its file and says what."""
    with tempfile.TemporaryDirectory() as tmp:
        try:
            load_project(_project(Path(tmp) / "p", raw))
        except DataError as exc:
            assert exc.problems
            assert all(p.message and p.file for p in exc.problems), [str(p) for p in exc.problems]


@FUZZ
@given(st.fixed_dictionaries({f: st.text(min_size=0, max_size=30) for f in FIELDS + LISTS}))
def test_any_text_loads_or_is_refused_with_a_place(values: dict[str, str]) -> None:
    _refused_with_place(_catalogue(values))


@FUZZ
@given(st.binary(max_size=400) | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes_as_catalogue_load_or_are_refused_with_a_place(raw: bytes) -> None:
    _refused_with_place(raw)
