"""The Windows bundle (tools/windows/bundle.py), tested as far as Linux allows.

Not tested here (needs Windows): that python.exe starts, that the Start-menu shortcut is made,
that the clerk's browser opens. The embeddable CPython is python.org's, not on PyPI: a stand-in
zip with its layout (python.exe with a real x64 PE header, python313.dll, python313._pth) takes
its place. The wheel set is resolved for real from the package index: that test needs the
index and skips without it unless NOTICEBOARD_REQUIRE_NETWORK=1 (set by .ci/run).
"""
from __future__ import annotations

import ast
import importlib.util
import os
import re
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("bundle", REPO / "tools" / "windows" / "bundle.py")
assert _spec and _spec.loader
bundle = importlib.util.module_from_spec(_spec)
sys.modules["bundle"] = bundle
_spec.loader.exec_module(bundle)

MAJOR, MINOR = bundle.PYTHON_VERSION
PTH = f"python{MAJOR}{MINOR}._pth"


def _exe(machine: int) -> bytes:
    """The first bytes of a PE executable: DOS header pointing at a PE header for machine."""
    dos = bytearray(b"MZ" + bytes(0x3A)) + struct.pack("<I", 0x40)
    return bytes(dos) + b"PE\0\0" + struct.pack("<H", machine) + bytes(18)


def _embeddable(tmp: Path, machine: int = bundle.PE_MACHINE_AMD64) -> Path:
    path = tmp / f"python-{MAJOR}.{MINOR}.9-embed-amd64.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("python.exe", _exe(machine))
        archive.writestr(f"python{MAJOR}{MINOR}.dll", b"MZ")
        archive.writestr(f"python{MAJOR}{MINOR}.zip", b"")
        archive.writestr(PTH, f"python{MAJOR}{MINOR}.zip\r\n.\r\n\r\n# Uncomment to run site.main() automatically\r\n#import site\r\n")
    return path


def _wheel(folder: Path, name: str, requires: list[str]) -> Path:
    path = folder / f"{name}-1.0-py3-none-any.whl"
    meta = "Metadata-Version: 2.1\nName: {}\nVersion: 1.0\n{}".format(
        name, "".join(f"Requires-Dist: {r}\n" for r in requires))
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{name}-1.0.dist-info/METADATA", meta)
    return path


def test_windows_closure_follows_windows_markers_not_this_machines(tmp_path: Path) -> None:
    root = _wheel(tmp_path, "root", ['colorama; platform_system == "Windows"',
                                     'uvloop; sys_platform != "win32"', "click>=8"])
    click = _wheel(tmp_path, "click", ['colorama; platform_system == "Windows"'])
    needed, missing = bundle.windows_closure(root, [click], frozenset())
    assert needed == {"colorama", "click"}
    assert missing == {"colorama"}


def test_only_wheels_for_windows_x64_cpython_fit() -> None:
    fits = bundle.wheel_fits_windows
    assert fits(f"pydantic_core-2.0-cp{MAJOR}{MINOR}-cp{MAJOR}{MINOR}-win_amd64.whl")
    assert fits("rl_accel-0.9.1-cp37-abi3-win_amd64.whl")
    assert fits("openpyxl-3.1.5-py2.py3-none-any.whl")
    assert not fits(f"pydantic_core-2.0-cp{MAJOR}{MINOR}-cp{MAJOR}{MINOR}-manylinux_2_17_x86_64.whl")
    assert not fits(f"pyyaml-6.0-cp{MAJOR}{MINOR}-cp{MAJOR}{MINOR}-win32.whl")
    assert not fits(f"pyyaml-6.0-cp{MAJOR}{MINOR - 1}-cp{MAJOR}{MINOR - 1}-win_amd64.whl")


def test_pth_puts_the_bundled_packages_on_the_embedded_path(tmp_path: Path) -> None:
    python = bundle.unpack_embeddable(_embeddable(tmp_path), tmp_path / "python")
    bundle.enable_site_packages(python)
    lines = python.pth.read_text(encoding="utf-8").splitlines()
    assert lines[:2] == [f"python{MAJOR}{MINOR}.zip", "."]
    assert "Lib\\site-packages" in lines and lines[-1] == "import site"


def test_an_embeddable_python_for_another_machine_is_refused(tmp_path: Path) -> None:
    with pytest.raises(bundle.BundleError, match="x64"):
        bundle.unpack_embeddable(_embeddable(tmp_path, machine=0x14C), tmp_path / "python")


def test_launcher_starts_the_app_with_the_bundled_python(tmp_path: Path) -> None:
    bundle.write_launchers(tmp_path)
    bat = (tmp_path / "noticeboard.bat").read_text(encoding="ascii")
    command = [line for line in bat.splitlines() if "python.exe" in line]
    assert command == ['"%~dp0python\\python.exe" -m noticeboard app %*']
    assert (REPO / "noticeboard" / "__main__.py").is_file()   # what -m noticeboard runs
    assert "noticeboard.bat" in (tmp_path / "Tao loi tat.bat").read_text(encoding="ascii")
    assert "Bấm đúp vào noticeboard.bat" in (tmp_path / "DOC-TRUOC.txt").read_text(encoding="utf-8-sig")


def _third_party_imports() -> set[str]:
    names: set[str] = set()
    for path in (REPO / "noticeboard").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return {n for n in names if n not in sys.stdlib_module_names and n != "noticeboard"}


def _index_reachable(folder: Path) -> bool:
    probe = subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
                            "--only-binary=:all:", "--platform", "win_amd64", "--dest", str(folder),
                            "colorama"], capture_output=True)
    return probe.returncode == 0


@pytest.fixture
def network(tmp_path_factory: pytest.TempPathFactory) -> None:
    if not _index_reachable(tmp_path_factory.mktemp("probe")):
        reason = "the package index is not reachable (the bundle resolves wheels from it)"
        if os.environ.get("NOTICEBOARD_REQUIRE_NETWORK") == "1":
            pytest.fail(f"NOTICEBOARD_REQUIRE_NETWORK=1 but {reason}")
        pytest.skip(reason)


def test_bundle_holds_every_import_as_win_amd64_wheels(tmp_path: Path, network: None) -> None:
    target = bundle.build_bundle(_embeddable(tmp_path), tmp_path / "dist")
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        pth = archive.read(f"noticeboard/python/{PTH}").decode()
    site = "noticeboard/python/Lib/site-packages/"
    present = {n[len(site):].split("/")[0].removesuffix(".py") for n in names if n.startswith(site)}
    present |= {re.sub(r"\..*", "", p) for p in present}        # foo.cp313-win_amd64.pyd -> foo
    assert _third_party_imports() <= present, _third_party_imports() - present
    assert "noticeboard" in present and "colorama" in present   # a Windows-only requirement
    assert not [n for n in names if n.endswith(".so")]          # nothing built for Linux
    assert any(n.endswith(".pyd") for n in names)               # compiled for Windows instead
    assert "Lib\\site-packages" in pth
    assert f"{site}noticeboard/_bundled/fonts/" in "\n".join(names)
    assert (tmp_path / "dist" / (target.name + ".sha256")).is_file()
