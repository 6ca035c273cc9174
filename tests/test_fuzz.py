"""Hostile text and bytes: either a correct result or a DataError, never anything else."""

from __future__ import annotations

import io
import json
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st
from pypdf import PdfReader

from noticeboard.build.posters import build_posters
from noticeboard.errors import DataError
from noticeboard.load import load_project

BASE = Path(__file__).parent / "corpus" / "ok-utf8-bom"
FIELDS = ["name", "field", "agency", "time", "fee", "result", "who", "conditions"]
LISTS = ["documents", "steps", "forms", "legal_basis"]
VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐƯƠ "
PRINTABLE = st.text(alphabet=st.sampled_from(VIETNAMESE + "<>&\"'#:-\\/%*!{}[]()0123456789.,;?"),
                    min_size=1, max_size=30)
ANY = st.text(min_size=1, max_size=30)
# Mostly text the font can print (so PDFs get built and read back), sometimes anything at all.
TEXTS = st.one_of(*(st.fixed_dictionaries({f: text for f in FIELDS + LISTS}) for text in (PRINTABLE, ANY)))
# The full official text is the commune binder's; the village file prints the rest.
BINDER_ONLY = {"who", "conditions", "forms", "legal_basis"}
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _project(root: Path, catalogue: bytes) -> Path:
    shutil.copytree(BASE, root, ignore=shutil.ignore_patterns("expect.txt"))
    (root / "procedures" / "x.yaml").write_bytes(catalogue)
    return root


def _catalogue(values: dict[str, str]) -> bytes:
    """The base catalogue's first procedure, with every text field replaced (JSON is YAML)."""
    proc = {"code": "1.001193", **{f: values[f] for f in FIELDS}, **{f: [values[f]] for f in LISTS}}
    others = [{"code": c, "name": "Thủ tục", "field": "Hộ tịch", "agency": "UBND xã", "time": "1 ngày",
               "fee": "Miễn phí", "documents": ["Tờ khai"]} for c in ("1.000656", "1.000894")]
    return json.dumps({"procedures": [proc, *others]}, ensure_ascii=False).encode("utf-8")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@FUZZ
@given(TEXTS)
def test_any_text_prints_as_typed_or_is_refused(values: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = _project(Path(tmp) / "p", _catalogue(values))
        try:
            project = load_project(root)
        except DataError as exc:
            assert exc.problems and all(p.message for p in exc.problems)
            return
        result = build_posters(project, Path(tmp) / "out", village="Thôn Nà Tông")
        pdf = Path(tmp) / "out" / result.files[0]
        printed = _squash("".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages))
        for field, value in values.items():
            if field in BINDER_ONLY:
                continue
            want = _squash(unicodedata.normalize("NFC", value))
            assert want in printed, (field, value)


@FUZZ
@given(st.binary(max_size=400) | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes_as_catalogue_give_data_error_only(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = _project(Path(tmp) / "p", raw)
        try:
            load_project(root)
        except DataError as exc:
            assert all(p.message for p in exc.problems)
