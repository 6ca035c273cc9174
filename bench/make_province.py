"""Write a synthetic province in the contract format, for benchmarks.

N communes × M villages (default 124 × 16, about Tuyên Quang's size), a catalogue of about 60
procedures (the bundled ones plus generated variants with long official texts), 12 posted per
commune and a few per-village changes, as real places files have.

    python bench/make_province.py /tmp/province --communes 124 --villages 16
"""

from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

import yaml

from noticeboard.resources import resource_dir


def catalogue(size: int) -> list[dict]:
    base: list[dict] = []
    for path in sorted(resource_dir("procedures").glob("*.yaml")):
        base += yaml.safe_load(path.read_text(encoding="utf-8"))["procedures"]
    out = [dict(p) for p in base]
    n = 0
    while len(out) < size:
        p = dict(base[n % len(base)])
        n += 1
        p["code"] = f"9.{900000 + n:06d}"
        p["name"] = f"{p['name']} (trường hợp {n})"
        p["steps"] = list(p.get("steps", [])) + [
            "Cán bộ tiếp nhận kiểm tra tính chính xác, đầy đủ, thống nhất, hợp lệ của hồ sơ; nếu hồ sơ "
            "đầy đủ thì viết phiếu hẹn trả kết quả, nếu chưa đầy đủ thì hướng dẫn người nộp bổ sung "
            "ngay trong ngày, nêu rõ loại giấy tờ và nội dung cần bổ sung."] * (n % 4)
        out.append(p)
    return out


def places(communes: int, villages: int, codes: list[str], rng: random.Random) -> dict:
    out = []
    for c in range(1, communes + 1):
        posted = rng.sample(codes, 12)
        vs = []
        for v in range(1, villages + 1):
            village: dict = {"name": f"Thôn Nà Khuổi {v}"}
            if v % 5 == 0:
                village["head"] = {"name": f"Hoàng Văn Thắng {v}", "phone": f"0912 {c:03d} {v:03d}"}
            if v % 7 == 0:
                village["posted"] = [rng.choice([x for x in codes if x not in posted])]
            if v % 9 == 0:
                village["not_posted"] = [posted[-1]]
            vs.append(village)
        out.append({
            "name": f"Xã Thượng Lâm {c}",
            "office": {"name": f"Trung tâm Phục vụ hành chính công xã Thượng Lâm {c}",
                       "address": f"Thôn Nà Đông, xã Thượng Lâm {c}, tỉnh Tuyên Quang",
                       "phone": f"0207 3{c:03d} 202",
                       "hours": "Sáng 7h30–11h30, chiều 13h30–17h00, thứ Hai đến thứ Sáu"},
            "posted": posted, "villages": vs})
    return {"province": "Tuyên Quang", "communes": out}


def write(root: Path, communes: int = 124, villages: int = 16, procedures: int = 60, seed: int = 1) -> Path:
    rng = random.Random(seed)
    if root.exists():
        shutil.rmtree(root)
    (root / "procedures").mkdir(parents=True)
    cat = catalogue(procedures)
    dump = lambda data: yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    for i in range(0, len(cat), 400):  # files stay under the loader's size limit
        (root / "procedures" / f"part-{i // 400:02d}.yaml").write_text(
            dump({"procedures": cat[i:i + 400]}), encoding="utf-8")
    (root / "places.yaml").write_text(dump(places(communes, villages, [p["code"] for p in cat], rng)),
                                      encoding="utf-8")
    return root


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", type=Path)
    ap.add_argument("--communes", type=int, default=124)
    ap.add_argument("--villages", type=int, default=16)
    ap.add_argument("--procedures", type=int, default=60)
    a = ap.parse_args()
    print(write(a.root, a.communes, a.villages, a.procedures))
