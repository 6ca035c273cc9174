"""Issue 19, output names: a village named like a desk document gets a distinct file, never
the document's (which it silently replaced), and two names still meeting are an error."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from noticeboard.posters.build import build_posters
from noticeboard.cli import main
from noticeboard.load import load_project
from noticeboard.slug import COMMUNE_FILES, commune_slug, village_slug

from .conftest import PLACES, write_project

DESK_NAMED = ["Bộ niêm yết", "Sổ theo dõi niêm yết", "Thay đổi", "All villages", "Sổ tay thủ tục"]


def test_a_village_named_like_a_desk_document_gets_a_file_of_its_own(tmp_path: Path) -> None:
    places = PLACES + "".join(f'      - name: "{name}"\n' for name in DESK_NAMED)
    out = tmp_path / "out"
    result = build_posters(load_project(write_project(tmp_path / "p", places)), out)
    files = [e["file"] for e in json.loads((out / "manifest.json").read_text("utf-8"))["files"]]
    assert len(files) == len(set(files)) == len(result.files)  # each file listed once
    assert all((out / f).is_file() for f in files)  # and each on disk
    kinds = {e["file"]: e["kind"] for e in json.loads((out / "manifest.json").read_text("utf-8"))["files"]}
    assert kinds["xa-thuong-lam/bo-niem-yet.pdf"] == "kit"
    assert kinds["xa-thuong-lam/thon-bo-niem-yet.pdf"] == "village"
    assert kinds["xa-thuong-lam/thon-thay-doi.pdf"] == "village"
    assert kinds["xa-thuong-lam/all-villages.pdf"] == "commune"


def test_every_reserved_name_maps_to_another_village_file() -> None:
    for stem in COMMUNE_FILES.values():
        assert village_slug(stem.replace("-", " ")) == f"thon-{stem}"
    assert village_slug("Thôn Nà Tông") == "thon-na-tong" and commune_slug("Manifest") == "xa-manifest"


def test_a_collision_left_after_renaming_is_an_error_naming_both(tmp_path: Path) -> None:
    places = PLACES + '      - name: "Thôn Bộ niêm yết"\n      - name: "Bộ niêm yết"\n'
    result = CliRunner().invoke(main, ["--lang", "en", "check", str(write_project(tmp_path / "p", places))])
    assert result.exit_code == 1
    assert 'village "Bộ niêm yết" would share the file name "thon-bo-niem-yet.pdf" with "Thôn Bộ niêm yết"' \
        in result.output
