"""Recorded readings (``audio:``): which sound files check accepts, with a clear message for
every file it refuses; the posters print nothing of them."""

from __future__ import annotations

import io
import math
import struct
import wave
from pathlib import Path

import pytest

from noticeboard.errors import DataError
from noticeboard.load import load_project

from .conftest import CATALOGUE, PLACES, pdf_text, write_project


def make_wav(seconds: float = 1.5, rate: int = 8000) -> bytes:
    """A short tone: a real WAV file a browser plays."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i / rate)))
                               for i in range(int(seconds * rate))))
    return buf.getvalue()


def with_audio(audio: str) -> str:
    """The test catalogue with ``audio`` (YAML mapping text) on its first procedure."""
    return CATALOGUE.replace('      scope: partial\n', f'      scope: partial\n    audio: {audio}\n', 1)


def project_with(tmp_path: Path, audio: str, files: dict[str, bytes] | None = None) -> Path:
    return write_project(tmp_path / "p", PLACES, with_audio(audio), extra=files or {})


def test_audio_is_loaded_relative_to_the_project(tmp_path):
    root = project_with(tmp_path, '{vi: "audio/khai-sinh.wav", tay: "audio/khai sinh tày.wav"}',
                        {"audio/khai-sinh.wav": make_wav(), "audio/khai sinh tày.wav": make_wav()})
    p = load_project(root).procedures["1.001193"]
    assert p.audio == {"vi": "audio/khai-sinh.wav", "tay": "audio/khai sinh tày.wav"}


def _problem(root: Path) -> str:
    with pytest.raises(DataError) as exc:
        load_project(root)
    [problem] = exc.value.problems
    assert problem.path.endswith("audio.tay") or "audio" in problem.path
    assert problem.line is not None  # located in the catalogue file
    return f"{problem.message} | {problem.hint}"


@pytest.mark.parametrize("path, files, expect", [
    ("audio/none.mp3", {}, 'sound file "audio/none.mp3" not found'),
    ("../outside.wav", {}, "outside the project folder"),
    ("/etc/passwd", {}, "outside the project folder"),
    ("C:/Users/xa/khai-sinh.mp3", {}, "outside the project folder"),
    ("~/khai-sinh.mp3", {}, "outside the project folder"),
    ("audio\\\\khai-sinh.wav", {"audio/khai-sinh.wav": b""}, 'is written with "\\"'),
    ("https://example.com/x.mp3", {}, "is a link, not a file"),
    ("javascript:alert(1)", {}, "is a link, not a file"),
    ("audio", {"audio/x.wav": make_wav()}, "is a folder, not a file"),
    ("audio/doc.docx", {"audio/doc.docx": b"PK\x03\x04"}, 'of type ".docx"'),
    ("audio/no-extension", {"audio/no-extension": make_wav()}, 'of type "none"'),
    ("audio/fake.mp3", {"audio/fake.mp3": b"<html>not found</html>"}, "does not hold MP3 sound"),
    ("audio/fake.wav", {"audio/fake.wav": b"RIFF\x00\x00\x00\x00AVI LIST"}, "does not hold WAV sound"),
    ("audio/fake.ogg", {"audio/fake.ogg": b"ID3\x03"}, "does not hold Ogg sound"),
    ("audio/fake.m4a", {"audio/fake.m4a": b"\x00\x00\x00\x18xxxx"}, "does not hold M4A sound"),
])
def test_refused_with_a_clear_message(tmp_path, path, files, expect):
    root = project_with(tmp_path, f'{{tay: "{path}"}}', files)
    assert expect in _problem(root)


def test_too_big(tmp_path):
    root = project_with(tmp_path, '{tay: "audio/long.wav"}', {"audio/long.wav": make_wav(0.1)})
    with open(root / "audio" / "long.wav", "r+b") as fh:
        fh.truncate(20 * 1024 * 1024 + 1)  # sparse: quick to make
    assert 'is 20.0 MB; the limit is 20 MB' in _problem(root)


def test_a_symlink_leading_out_is_refused(tmp_path):
    (tmp_path / "secret.wav").write_bytes(make_wav(0.1))
    root = project_with(tmp_path, '{tay: "audio/link.wav"}')
    (root / "audio").mkdir()
    (root / "audio" / "link.wav").symlink_to(tmp_path / "secret.wav")
    assert "outside the project folder" in _problem(root)


def test_a_control_character_in_the_name_is_refused(tmp_path):
    root = project_with(tmp_path, '{tay: "audio/a\\u202eb.wav"}')
    with pytest.raises(DataError) as exc:
        load_project(root)
    messages = [p.message for p in exc.value.problems]
    assert any("U+202E" in m for m in messages), messages


def test_unknown_tag_shape_is_refused(tmp_path):
    root = project_with(tmp_path, '{"Tày": "audio/x.wav"}', {"audio/x.wav": make_wav(0.1)})
    with pytest.raises(DataError):
        load_project(root)


def test_posters_print_nothing_of_the_audio(tmp_path):
    from noticeboard.posters.build import build_posters

    root = project_with(tmp_path, '{tay: "audio/khai-sinh-tay.wav"}', {"audio/khai-sinh-tay.wav": make_wav(0.2)})
    project = load_project(root)
    build_posters(project, tmp_path / "out", jobs=1)
    text = pdf_text(tmp_path / "out" / "xa-thuong-lam" / "thon-na-tong.pdf")
    assert "Đăng ký khai sinh" in text
    assert "khai-sinh-tay" not in text and ".wav" not in text and "Nghe" not in text
