"""A year of decisions for one commune: `python bench/bench_decisions.py [--annexes 32]`.

Makes a commune of 300 procedures and 18 villages, and a year of decision annexes in the layout
of tests/fixtures/decisions (new, amended, replaced and abolished rows under the province's
headings), most as a word processor's PDF export like the provinces publish (LibreOffice needed
once, to export them; cached in bench/.cache), the rest DOCX and XLSX. Then it times:
- one `import decision` of every annex (what a clerk catching up on a year does),
- the same year imported decision by decision (one command per decision, in date order),
- reading the files alone (extraction is most of the time).
Figures are printed; target: under 5 s for the year on 2 cores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "fixtures" / "decisions"))

import annex as layout  # noqa: E402
import make_fixtures as make  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache" / "decisions"
FIELDS = ("Hộ tịch", "Chứng thực", "Cư trú", "Đất đai", "Bảo trợ xã hội", "Nuôi con nuôi")


def name(i: int) -> str:
    return f"Thủ tục {FIELDS[i % len(FIELDS)].lower()} số {i + 1} của cấp xã"


def catalogue(n: int = 300) -> str:
    out = ["procedures:"]
    for i in range(n):
        out += [f'  - code: "1.{100000 + i:06d}"', f'    name: "{name(i)}"',
                f'    field: "{FIELDS[i % len(FIELDS)]}"', '    agency: "UBND xã"',
                f'    time: "{1 + i % 10} ngày làm việc"', '    fee: "Theo quy định của HĐND tỉnh"', ""]
    return "\n".join(out)


def places(villages: int = 18) -> str:
    posted = ", ".join(f'"1.{100000 + i:06d}"' for i in range(0, 60, 3))
    lines = ['province: "Tuyên Quang"', "communes:", '  - name: "Xã Thượng Lâm"', "    office:",
             '      name: "Trung tâm Phục vụ hành chính công xã Thượng Lâm"', '      address: "Thôn Nà Đông"',
             '      phone: "0207 3870 202"', '      hours: "Sáng 7h30–11h30"', f"    posted: [{posted}]",
             "    villages:"]
    lines += [f'      - name: "Thôn Số {v + 1}"' for v in range(villages)]
    return "\n".join(lines) + "\n"


def decision_blocks(k: int) -> list:
    """Decision k of the year: 6 new, 3 amended, 1 replaced, 2 abolished rows (12 a decision)."""
    number = f"{1000 + k}/QĐ-UBND"
    month = 1 + k * 11 // 40
    head = [line.replace(layout.NUMBER, number).replace("15 tháng 11 năm 2026", f"{1 + k % 27} tháng {month} năm 2026")
            for line in layout.HEADER]
    base = 100000 + k * 7
    new = [[str(j + 1), f"1.2{k:02d}{j:03d}", f"Thủ tục mới số {j + 1} của quyết định {k + 1}, cấp xã thực hiện",
            "5 ngày làm việc", "3 ngày làm việc", layout.PLACE, "Miễn lệ phí", "", "x", layout.LAW] for j in range(6)]
    amended = [[str(j + 1), f"1.{base + j:06d}", name(base + j - 100000), "3 ngày làm việc",
                "2 ngày làm việc", layout.PLACE, "Theo quy định của HĐND tỉnh", "", "x", layout.LAW] for j in range(3)]
    replaced = [["1", f"1.3{k:02d}000", "Thủ tục thay thế", f"1.{base + 3:06d}", "Thủ tục cũ", "5 ngày làm việc",
                 layout.PLACE, "Miễn lệ phí", layout.LAW]]
    abolished = [[str(j + 1), f"1.{base + 4 + j:06d}", name(base + 4 + j - 100000), "Nghị định số 07/2025/NĐ-CP"]
                 for j in range(2)]
    return [("p", line) for line in head] + [
        ("h", "B. THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
        ("h", "I. Danh mục thủ tục hành chính mới ban hành"),
        ("t", (layout.NEW_HEAD, [("LĨNH VỰC HỘ TỊCH (6 TTHC)",)] + new)),
        ("h", "II. Danh mục thủ tục hành chính được sửa đổi, bổ sung"),
        ("t", (layout.NEW_HEAD, [("LĨNH VỰC HỘ TỊCH (3 TTHC)",)] + amended)),
        ("h", "III. Danh mục thủ tục hành chính được thay thế"),
        ("t", (layout.REPLACE_HEAD, [("LĨNH VỰC HỘ TỊCH (1 TTHC)",)] + replaced)),
        ("h", "IV. Danh mục thủ tục hành chính bị bãi bỏ"),
        ("t", (layout.ABOLISH_HEAD, [("LĨNH VỰC HỘ TỊCH (2 TTHC)",)] + abolished)),
    ]


def annexes(n: int) -> list[Path]:
    """n annexes: two in three as PDF (a word processor's export), the rest DOCX or XLSX."""
    CACHE.mkdir(parents=True, exist_ok=True)
    out, to_pdf = [], []
    for k in range(n):
        kind = "pdf" if k % 3 != 2 else ("docx" if k % 2 else "xlsx")
        path = CACHE / f"qd-{1000 + k}.{kind}"
        if not path.exists():
            if kind == "xlsx":
                make.write_xlsx(path, decision_blocks(k))
            else:
                make.write_docx(path.with_suffix(".docx"), decision_blocks(k))
                if kind == "pdf":
                    to_pdf.append(path.with_suffix(".docx"))
        out.append(path)
    if to_pdf:  # one LibreOffice run for them all
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/p", "--convert-to", "pdf",
                            "--outdir", str(CACHE), *map(str, to_pdf)], check=True, stdout=subprocess.DEVNULL)
        for d in to_pdf:
            d.unlink()
    return out


def project(root: Path) -> Path:
    if root.exists():
        shutil.rmtree(root)
    (root / "procedures").mkdir(parents=True)
    (root / "procedures" / "thu-tuc.yaml").write_text(catalogue(), encoding="utf-8")
    (root / "places.yaml").write_text(places(), encoding="utf-8")
    return root


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--annexes", type=int, default=32)
    args = parser.parse_args()
    files = annexes(args.annexes)
    from noticeboard.decisions import apply_import, plan_import
    from noticeboard.decisions.parse import read_annex

    day = dt.date(2027, 1, 5)
    with tempfile.TemporaryDirectory() as tmp:
        start, cpu = time.perf_counter(), time.process_time()
        for f in files:
            read_annex(f, f.name)
        read, read_cpu = time.perf_counter() - start, time.process_time() - cpu

        root = project(Path(tmp) / "once")
        start, cpu = time.perf_counter(), time.process_time()
        plan = plan_import(root, files, day=day)
        written = apply_import(plan)
        once, once_cpu = time.perf_counter() - start, time.process_time() - cpu
        applied = len(plan.writes)

        root = project(Path(tmp) / "each")
        start, cpu = time.perf_counter(), time.process_time()
        for f in files:
            apply_import(plan_import(root, [f], day=day))
        each, each_cpu = time.perf_counter() - start, time.process_time() - cpu
    kinds = {s: sum(f.suffix == s for f in files) for s in (".pdf", ".docx", ".xlsx")}
    print(f"{len(files)} annexes ({kinds['.pdf']} PDF, {kinds['.docx']} DOCX, {kinds['.xlsx']} XLSX), "
          f"{applied} rows applied to a catalogue of 300 procedures, 18 villages; {len(written)} files written")
    print("  (wall clock; CPU time in brackets: on a shared machine the CPU time is what a quiet one takes)")
    print(f"  read the files only:               {read:6.2f} s ({read_cpu:.2f} s CPU, {read_cpu / len(files) * 1000:.0f} ms per annex)")
    print(f"  the year in one import:            {once:6.2f} s ({once_cpu:.2f} s CPU; target < 5 s on 2 cores)")
    print(f"  the year, one import per decision: {each:6.2f} s ({each_cpu:.2f} s CPU, {each_cpu / len(files) * 1000:.0f} ms per import)")


if __name__ == "__main__":
    main()
