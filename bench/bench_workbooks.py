"""Time and peak memory of reading hostile and large workbooks, at real size (issue 19).

Each case runs in a fresh process (its peak RSS is its own): the hostile ones through
``noticeboard check`` on a project whose places.xlsx is the case (each must be refused, with
the limit named), the large valid ones through the workbook reader alone. Files are made in a
temporary folder; nothing is kept.

    python bench/bench_workbooks.py            # every case
    python bench/bench_workbooks.py comment    # cases whose name contains "comment"
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.conftest import write_project  # noqa: E402
from tests.sheet_helpers import COMMUNE_HEADER, COMMUNE_ROW, VILLAGE_HEADER  # noqa: E402

SHEET = "xl/worksheets/sheet2.xml"  # sheet Thôn


def _base(path: Path, rows: int = 1) -> None:
    """A places workbook with ``rows`` villages, written in openpyxl's streaming mode."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    communes = wb.create_sheet("Xã")
    communes.append(COMMUNE_HEADER)
    communes.append(COMMUNE_ROW)
    villages = wb.create_sheet("Thôn")
    villages.append(VILLAGE_HEADER)
    for i in range(rows):
        villages.append(["Xã Thượng Lâm", f"Thôn số {i + 1}", f"Nhà văn hóa thôn số {i + 1}",
                         f"Người số {i}", f"0912 {i % 1000:03d} {i % 997:03d}", "tay", "1.001193", None])
    wb.save(path)


def _patched(path: Path, insert: bytes | None = None, repeat: tuple[bytes, int] | None = None,
             before: bytes = b"</sheetData>") -> None:
    """Rewrite sheet Thôn with ``insert`` (or ``repeat[0]`` written ``repeat[1]`` times,
    streamed) before ``before``; every other part kept."""
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    sheet = parts.pop(SHEET)
    head, tail = sheet.split(before, 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        with zf.open(SHEET, "w", force_zip64=True) as fh:
            fh.write(head)
            if insert:
                fh.write(insert)
            if repeat:
                for _ in range(repeat[1]):
                    fh.write(repeat[0])
            fh.write(before + tail)


def bomb(path: Path) -> None:  # 1.2 GB of whitespace in a ~1.2 MB file
    _base(path)
    _patched(path, repeat=(b" " * (1 << 20), 1200), before=b"<sheetData>")


def comment(path: Path) -> None:  # one 20 MB XML comment in a small file
    _base(path)
    _patched(path, insert=b"<!--" + b"x" * 20_000_000 + b"-->")


def cell(path: Path) -> None:  # one 20 MB cell
    _base(path)
    _patched(path, insert=b'<row r="3"><c r="B3" t="inlineStr"><is><t>' + b"x" * 20_000_000 + b"</t></is></c></row>")


def _random(n: int) -> bytes:
    """``n`` letters that do not compress much (so the ratio check lets them through to the scan)."""
    import base64
    import os

    return base64.b32encode(os.urandom(n * 5 // 8 + 5))[:n]


def comment_random(path: Path) -> None:  # a 20 MB comment that compresses only 1.6:1
    _base(path)
    _patched(path, insert=b"<!--" + _random(20_000_000) + b"-->")


def cell_random(path: Path) -> None:  # a 20 MB cell that compresses only 1.6:1
    _base(path)
    _patched(path, insert=b'<row r="3"><c r="B3" t="inlineStr"><is><t>' + _random(20_000_000) + b"</t></is></c></row>")


def _many_rows(path: Path, n: int, columns: int) -> None:
    _base(path)
    cells = "".join(f'<c r="{chr(65 + c)}{{r}}" t="inlineStr"><is><t>Ô {c}</t></is></c>' for c in range(columns))
    body = "".join(f'<row r="{r}">' + cells.replace("{r}", str(r)) + "</row>" for r in range(3, n + 3))
    _patched(path, insert=body.encode())


def rows_1m(path: Path) -> None:  # 1,000,000 rows of one cell
    _many_rows(path, 1_000_000, 1)


def rows_240k_x8(path: Path) -> None:  # 240,000 rows x 8 columns
    _many_rows(path, 240_000, 8)


def last_row(path: Path) -> None:  # one cell at Excel's last row
    _base(path)
    _patched(path, insert=b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>')


HOSTILE = {"bomb": bomb, "comment": comment, "cell": cell, "comment_random": comment_random,
           "cell_random": cell_random, "rows_1m": rows_1m, "rows_240k_x8": rows_240k_x8,
           "last_row": last_row}
VALID = {"valid_640": 640, "valid_10k": 10_000, "valid_99999": 99_999}  # villages (+ a header row), 8 columns


def _peak_mb() -> float:
    """This process's peak RSS: VmHWM (ru_maxrss would keep the parent's peak across exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(kind: str, path: str) -> None:
    """Run in the child process: the measured work, then its figures as JSON on stdout."""
    start = time.monotonic()
    if kind == "check":
        from click.testing import CliRunner

        from noticeboard.cli import main

        result = CliRunner().invoke(main, ["--lang", "en", "check", path])
        said = result.output.strip().splitlines()[0][:160]
        code = result.exit_code
    else:
        from noticeboard.load.sheet import read_workbook

        grids, problems = read_workbook(Path(path), "places.xlsx")
        said = f"{sum(len(g.rows) for g in grids or [])} rows read" if grids else str(problems[0])[:160]
        code = 0 if grids else 1
    peak = _peak_mb()
    print(json.dumps({"seconds": round(time.monotonic() - start, 2), "peak_mb": round(peak), "exit": code,
                      "said": said}))


def main(wanted: str = "") -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cases = [(n, f, "check") for n, f in HOSTILE.items()] + [(n, r, "read") for n, r in VALID.items()]
        for name, make, kind in cases:
            if wanted not in name:
                continue
            root = write_project(Path(tmp) / name)
            (root / "places.yaml").unlink()
            book = root / "places.xlsx"
            made = time.monotonic()
            make(book) if callable(make) else _base(book, make)
            made = time.monotonic() - made
            target = str(root if kind == "check" else book)
            out = subprocess.run([sys.executable, __file__, "--child", kind, target], capture_output=True,
                                 env={**os.environ, "NOTICEBOARD_LANG": "en"},
                                 text=True, cwd=REPO)
            figures = json.loads(out.stdout.strip().splitlines()[-1]) if out.returncode == 0 else {"error": out.stderr[-300:]}
            size = book.stat().st_size / 1024 / 1024
            print(f"{name:13s} file {size:7.2f} MB (made in {made:5.1f} s): {json.dumps(figures, ensure_ascii=False)}")
            sys.stdout.flush()
            book.unlink()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], sys.argv[3])
    else:
        main(sys.argv[1] if len(sys.argv) > 1 else "")
