"""Build the offline Windows x64 bundle a commune clerk unpacks and double-clicks.

    python tools/windows/bundle.py --python-zip python-3.13.9-embed-amd64.zip -o dist/

The zip it writes holds:
  noticeboard/python/                 the embeddable CPython from python.org, unchanged but for
                                      its ._pth file, which puts Lib\\site-packages on the path
  noticeboard/python/Lib/site-packages/  noticeboard's wheel and every dependency's win_amd64 wheel
  noticeboard/noticeboard.bat         double-click: opens the clerk's app (`noticeboard app`)
  noticeboard/Tao loi tat.bat         adds a Start-menu shortcut to noticeboard.bat
  noticeboard/DOC-TRUOC.txt           what to do, in Vietnamese

Wheels are resolved for Windows, not for the machine running this script: pip evaluates
environment markers (`colorama; platform_system == "Windows"`) for the running machine even
with --platform, so the requirement closure is computed here with Windows marker values and
whatever pip's pass left out is fetched too.

The embeddable CPython is not on PyPI; take it from python.org (check its signature there) and
pass it with --python-zip. `--resolve-only` stops after the wheels (what CI runs).
"""
from __future__ import annotations

import argparse
import hashlib
import struct
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from installer import install
from installer.destinations import SchemeDictionaryDestination
from installer.sources import WheelFile
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.tags import Tag, compatible_tags, cpython_tags
from packaging.utils import canonicalize_name, parse_wheel_filename

PYTHON_VERSION = (3, 13)          # the embeddable CPython the bundle is built for
PLATFORM = "win_amd64"
ROOT = Path(__file__).resolve().parents[2]
ENTRY = "noticeboard"             # python -m noticeboard app
PE_MACHINE_AMD64 = 0x8664
EXTRAS = frozenset({"verify"})  # the clerk checks every QR before printing (noticeboard verify)


class BundleError(Exception):
    """A bundle that would not run on the clerk's machine; nothing is written."""


def windows_environment() -> dict[str, str]:
    """Marker values of CPython on 64-bit Windows at PYTHON_VERSION."""
    env = dict(default_environment())
    major, minor = PYTHON_VERSION
    env.update(
        os_name="nt", sys_platform="win32", platform_system="Windows", platform_machine="AMD64",
        platform_release="10", platform_version="10.0.19045",
        implementation_name="cpython", platform_python_implementation="CPython",
        python_version=f"{major}.{minor}", python_full_version=f"{major}.{minor}.0",
        implementation_version=f"{major}.{minor}.0",
    )
    return env


def windows_tags() -> frozenset[Tag]:
    """The wheel tags 64-bit CPython PYTHON_VERSION on Windows installs, as pip there would."""
    major, minor = PYTHON_VERSION
    interpreter = f"cp{major}{minor}"
    return frozenset(
        [*cpython_tags(PYTHON_VERSION, abis=[interpreter, "abi3", "none"], platforms=[PLATFORM]),
         *compatible_tags(PYTHON_VERSION, interpreter=interpreter, platforms=[PLATFORM])])


def wheel_fits_windows(name: str) -> bool:
    """Whether a wheel file name installs on 64-bit CPython PYTHON_VERSION for Windows."""
    return not parse_wheel_filename(name)[3].isdisjoint(windows_tags())


def _requires(wheel: Path) -> list[Requirement]:
    with zipfile.ZipFile(wheel) as archive:
        meta = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        text = archive.read(meta).decode("utf-8")
    return [Requirement(line.split(":", 1)[1].strip()) for line in text.splitlines()
            if line.startswith("Requires-Dist:")]


def _dist_name(wheel: Path) -> str:
    return str(canonicalize_name(parse_wheel_filename(wheel.name)[0]))


def windows_closure(root_wheel: Path, wheels: Iterable[Path], extras: frozenset[str]) -> tuple[set[str], set[str]]:
    """(needed, missing) distribution names: what root_wheel needs on Windows, transitively."""
    by_name = {_dist_name(w): w for w in wheels}
    env = windows_environment()
    needed: set[str] = set()
    missing: set[str] = set()
    todo: list[tuple[Path, frozenset[str]]] = [(root_wheel, extras)]
    while todo:
        wheel, wanted = todo.pop()
        for req in _requires(wheel):
            if req.marker is not None and not any(
                    req.marker.evaluate({**env, "extra": extra}) for extra in (wanted or {""})):
                continue
            name = str(canonicalize_name(req.name))
            if name in needed:
                continue
            needed.add(name)
            if name in by_name:
                todo.append((by_name[name], frozenset(req.extras)))
            else:
                missing.add(req.name + (f"[{','.join(sorted(req.extras))}]" if req.extras else "") + str(req.specifier))
    return needed, missing


def _pip_download(requirements: list[str], dest: Path) -> None:
    major, minor = PYTHON_VERSION
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--only-binary=:all:",
         "--platform", PLATFORM, "--python-version", f"{major}.{minor}",
         "--implementation", "cp", "--abi", f"cp{major}{minor}", "--abi", "abi3", "--abi", "none",
         "--dest", str(dest), *requirements],
        check=True)


def build_project_wheel(dest: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--wheel-dir", str(dest), str(ROOT)], check=True)
    return next(dest.glob("noticeboard-*.whl"))


def resolve_wheels(project_wheel: Path, dest: Path, extras: frozenset[str] = frozenset()) -> list[Path]:
    """Every wheel the project needs on Windows x64, in dest; only win_amd64 or pure wheels."""
    spec = f"{project_wheel}[{','.join(sorted(extras))}]" if extras else str(project_wheel)
    _pip_download([spec], dest)
    for _ in range(5):   # markers pip evaluated for this machine may hide Windows-only needs
        needed, missing = windows_closure(project_wheel, _others(dest, project_wheel), extras)
        if not missing:
            break
        _pip_download(sorted(missing), dest)
    else:
        raise BundleError(f"could not resolve for Windows: {sorted(missing)}")
    kept = [w for w in _others(dest, project_wheel) if _dist_name(w) in needed]
    for wheel in _others(dest, project_wheel):
        if wheel not in kept:
            wheel.unlink()          # wanted only by this machine's markers
    unfit = [w.name for w in kept if not wheel_fits_windows(w.name)]
    if unfit:
        raise BundleError(f"wheels that do not run on {PLATFORM} CPython {PYTHON_VERSION}: {unfit}")
    return [project_wheel, *kept]


def _others(folder: Path, project_wheel: Path) -> list[Path]:
    return sorted(w for w in folder.glob("*.whl") if w != project_wheel)


@dataclass(frozen=True)
class EmbeddedPython:
    folder: Path

    @property
    def pth(self) -> Path:
        major, minor = PYTHON_VERSION
        return self.folder / f"python{major}{minor}._pth"

    @property
    def site_packages(self) -> Path:
        return self.folder / "Lib" / "site-packages"


def unpack_embeddable(python_zip: Path, folder: Path) -> EmbeddedPython:
    """Unpack python.org's embeddable zip, after checking it is the right one for the bundle."""
    major, minor = PYTHON_VERSION
    with zipfile.ZipFile(python_zip) as archive:
        names = set(archive.namelist())
        wanted = {"python.exe", f"python{major}{minor}.dll", f"python{major}{minor}._pth"}
        if not wanted <= names:
            raise BundleError(f"{python_zip.name}: not the embeddable CPython {major}.{minor} "
                              f"(missing {sorted(wanted - names)})")
        if _pe_machine(archive.read("python.exe")) != PE_MACHINE_AMD64:
            raise BundleError(f"{python_zip.name}: python.exe is not built for x64 (amd64)")
        archive.extractall(folder)
    return EmbeddedPython(folder)


def _pe_machine(exe: bytes) -> int:
    if exe[:2] != b"MZ":
        return -1
    offset = struct.unpack_from("<I", exe, 0x3C)[0]
    if exe[offset:offset + 4] != b"PE\0\0":
        return -1
    return struct.unpack_from("<H", exe, offset + 4)[0]


def enable_site_packages(python: EmbeddedPython) -> None:
    """The embeddable CPython ignores PYTHONPATH and site-packages unless its ._pth names them."""
    lines = [line.strip() for line in python.pth.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line and line not in ("#import site", "import site")]
    if "Lib\\site-packages" not in lines:
        lines.append("Lib\\site-packages")
    lines.append("import site")           # .pth files of installed packages are honoured
    python.pth.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def install_wheels(wheels: Iterable[Path], python: EmbeddedPython, scratch: Path) -> None:
    site = python.site_packages
    site.mkdir(parents=True, exist_ok=True)
    scheme = {"purelib": str(site), "platlib": str(site), "headers": str(scratch / "include"),
              "scripts": str(scratch / "Scripts"), "data": str(scratch / "data")}
    destination = SchemeDictionaryDestination(
        scheme, interpreter="python.exe", script_kind="win-amd64", bytecode_optimization_levels=())
    for wheel in wheels:
        with WheelFile.open(wheel) as source:
            install(source, destination, additional_metadata={"INSTALLER": b"noticeboard-bundle\n"})


LAUNCHER = (
    "@echo off\r\n"
    "rem noticeboard: mo cua so cua can bo (noticeboard app) trong trinh duyet\r\n"
    "chcp 65001 >nul\r\n"
    "set PYTHONUTF8=1\r\n"
    '"%~dp0python\\python.exe" -m ' + ENTRY + " app %*\r\n"
    "if errorlevel 1 pause\r\n"
)
SHORTCUT = (
    "@echo off\r\n"
    "rem Tao loi tat noticeboard trong menu Start\r\n"
    "powershell -NoProfile -ExecutionPolicy Bypass -Command "
    '"$s=(New-Object -ComObject WScript.Shell).CreateShortcut('
    "[Environment]::GetFolderPath('Programs')+'\\noticeboard.lnk');"
    "$s.TargetPath='%~dp0noticeboard.bat';$s.WorkingDirectory='%~dp0';$s.Save()\"\r\n"
    "if errorlevel 1 pause\r\n"
)
README = """noticeboard trên máy Windows
===========================

1. Giải nén tệp zip này vào một thư mục, ví dụ C:\\noticeboard (không cần quyền quản trị).
2. Bấm đúp vào noticeboard.bat: trình duyệt mở cửa sổ của cán bộ (Kiểm tra, In, Quyết định,
   Zalo, loa, máy tra cứu). Không cần Internet.
3. Muốn có lối tắt trong menu Start: bấm đúp vào "Tao loi tat.bat".

Gỡ bỏ: xóa thư mục (và lối tắt noticeboard trong menu Start nếu đã tạo).
"""


def write_launchers(folder: Path) -> None:
    (folder / "noticeboard.bat").write_bytes(LAUNCHER.encode("ascii"))
    (folder / "Tao loi tat.bat").write_bytes(SHORTCUT.encode("ascii"))
    # UTF-8 with a BOM: Notepad shows the diacritics; the .bat files stay ASCII because cmd.exe
    # reads a batch file in the console's code page, not UTF-8
    (folder / "DOC-TRUOC.txt").write_bytes(README.replace("\n", "\r\n").encode("utf-8-sig"))


def build_bundle(python_zip: Path, out_dir: Path, wheels_dir: Path | None = None) -> Path:
    """Write OUT/noticeboard-<version>-win_amd64.zip; nothing is left behind on failure."""
    with tempfile.TemporaryDirectory(prefix="nb-bundle-") as tmp:
        scratch = Path(tmp)
        wheels = wheels_dir or scratch / "wheels"
        wheels.mkdir(parents=True, exist_ok=True)
        project = build_project_wheel(wheels)
        all_wheels = resolve_wheels(project, wheels, EXTRAS)
        tree = scratch / "noticeboard"
        python = unpack_embeddable(python_zip, tree / "python")
        enable_site_packages(python)
        install_wheels(all_wheels, python, scratch / "unused")
        write_launchers(tree)
        version = parse_wheel_filename(project.name)[1]
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"noticeboard-{version}-{PLATFORM}.zip"
        partial = target.with_suffix(".zip.part")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(tree.rglob("*")):
                if path.is_file():
                    archive.write(path, path.relative_to(scratch).as_posix())
        partial.replace(target)
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    (out_dir / (target.name + ".sha256")).write_text(f"{digest}  {target.name}\n", encoding="ascii")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python-zip", type=Path, help="python.org's python-3.13.x-embed-amd64.zip")
    parser.add_argument("-o", "--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--resolve-only", action="store_true",
                        help="resolve and check the win_amd64 wheel set, write no bundle")
    args = parser.parse_args(argv)
    try:
        if args.resolve_only:
            with tempfile.TemporaryDirectory(prefix="nb-wheels-") as tmp:
                wheels = resolve_wheels(build_project_wheel(Path(tmp)), Path(tmp), EXTRAS)
                for wheel in wheels:
                    print(wheel.name)
                print(f"{len(wheels)} wheels for {PLATFORM}, CPython {'.'.join(map(str, PYTHON_VERSION))}")
            return 0
        if args.python_zip is None:
            parser.error("--python-zip is required (download it from python.org)")
        print(build_bundle(args.python_zip, args.out))
        return 0
    except (BundleError, subprocess.CalledProcessError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
