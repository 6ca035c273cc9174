"""places.xlsx: sheet Xã (a commune per row) and sheet Thôn (a village per row) into the same
values places.yaml holds, each marked with its cell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import Problem, did_you_mean
from ..messages import say
from ..slug import fold
from .officials import bare_commune, key as name_key
from .sheet import (Column, Grid, SheetDocument, Table, blank_header_problems, cell_text, cell_trouble,
                    checked, data_row_as_header, find_table, linked_value, norm, read_workbook, split_codes,
                    unknown_header_problems)
from .source import PathKey

COMMUNE_SHEET = "Xã"
VILLAGE_SHEET = "Thôn"
IGNORED = ("STT", "Số TT", "TT")  # row numbers: nothing to read

COMMUNE_COLUMNS = (
    Column("province", "Tỉnh", ("tỉnh thành phố", "tỉnh, thành phố", "tên tỉnh"), required=True,
           note="Tên tỉnh theo danh sách từ 01/7/2025, ví dụ: Tuyên Quang", width=16),
    Column("name", "Xã", ("tên xã", "xã phường", "xã, phường", "xã, phường, đặc khu"), required=True,
           note="Tên xã như in trên áp phích, ví dụ: Xã Lâm Bình", width=18),
    Column("office.name", "Nơi nộp hồ sơ", ("trung tâm phục vụ hành chính công", "nơi tiếp nhận hồ sơ",
                                            "tên trung tâm"), required=True,
           note="Nơi người dân đến nộp hồ sơ, ví dụ: Trung tâm Phục vụ hành chính công xã Lâm Bình",
           width=36),
    Column("office.address", "Địa chỉ", ("địa chỉ trung tâm",), required=True,
           note="Địa chỉ của nơi nộp hồ sơ", width=36),
    Column("office.phone", "Điện thoại", ("số điện thoại", "điện thoại trung tâm"), kind="phone", required=True,
           note="Số điện thoại người dân gọi hỏi (định dạng ô: Văn bản, để giữ số 0 đầu)", width=16),
    Column("office.hours", "Giờ làm việc", ("thời gian làm việc",), required=True,
           note="Ví dụ: Sáng 7h30–11h30, chiều 13h30–17h00, thứ Hai đến thứ Sáu", width=36),
    Column("posted", "Thủ tục niêm yết", ("mã thủ tục niêm yết", "niêm yết", "thủ tục"), kind="codes",
           required=True, note="Mã các thủ tục niêm yết ở mọi thôn của xã, mỗi mã một dòng "
                               "(Alt+Enter) hoặc cách nhau bằng dấu ;", width=30),
)
VILLAGE_COLUMNS = (
    Column("commune", "Xã", ("tên xã", "xã phường", "xã, phường"),
           note="Xã của thôn, chọn trong danh sách các xã ở trang Xã (có thể bỏ trống khi dự án "
                "chỉ có một xã)", width=18, listed_in=f"'{COMMUNE_SHEET}'!$B$2:$B$500"),
    Column("name", "Thôn", ("tên thôn", "thôn bản", "thôn, bản", "tên thôn bản", "tên thôn, bản",
                            "thôn, bản, tổ dân phố", "tổ dân phố"), required=True,
           note="Tên thôn, bản như in trên áp phích, ví dụ: Thôn Nà Tông", width=20),
    Column("cultural_house", "Nhà văn hóa", ("nơi niêm yết", "tên nhà văn hóa"),
           note="Nơi dán áp phích; bỏ trống thì là: Nhà văn hóa + tên thôn", width=28),
    Column("head.name", "Trưởng thôn", ("họ tên trưởng thôn", "tên trưởng thôn", "trưởng bản"),
           note="Họ tên trưởng thôn (không bắt buộc)", width=22),
    Column("head.phone", "Điện thoại trưởng thôn", ("số điện thoại trưởng thôn", "điện thoại"), kind="phone",
           note="Số điện thoại của trưởng thôn (định dạng ô: Văn bản)", width=18),
    Column("languages", "Ngôn ngữ", ("ngôn ngữ bản dịch", "bản dịch"), kind="langs",
           note="In thêm bản dịch, ví dụ: tay (không bắt buộc)", width=12),
    Column("posted", "Niêm yết thêm", ("thủ tục niêm yết thêm", "mã niêm yết thêm"), kind="codes",
           note="Mã thủ tục niêm yết thêm ở thôn này, ngoài danh sách của xã", width=20),
    Column("not_posted", "Không niêm yết", ("thủ tục không niêm yết", "bỏ niêm yết"), kind="codes",
           note="Mã thủ tục của xã không niêm yết ở thôn này", width=20),
)


def _find_sheet(grids: list[Grid], wanted: str, aliases: tuple[str, ...]) -> Grid | None:
    names = {norm(wanted), *(norm(a) for a in aliases)}
    return next((g for g in grids if norm(g.name) in names), None)


def read_places_workbook(path: Path, shown: str) -> tuple[SheetDocument | None, list[Problem]]:
    grids, problems = read_workbook(path, shown)
    if grids is None:
        return None, problems
    communes = _find_sheet(grids, COMMUNE_SHEET, ("xã phường", "xã, phường", "danh sách xã"))
    villages = _find_sheet(grids, VILLAGE_SHEET, ("thôn bản", "thôn, bản", "danh sách thôn", "bản"))
    present = ", ".join(g.name or "" for g in grids)
    for grid, name in ((communes, COMMUNE_SHEET), (villages, VILLAGE_SHEET)):
        if grid is None:
            problems.append(Problem(shown, None, None, "", say("sheet_missing", sheet=name, present=present),
                                    say("sheet_missing_hint", sheet=name)))
    if communes is None or villages is None:
        return None, problems
    for g in grids:
        if g is not communes and g is not villages and any(v is not None for row in g.rows for v in row):
            problems.append(Problem(shown, None, None, "", say("sheet_not_read", sheet=g.name,
                                                                read=f"{COMMUNE_SHEET}, {VILLAGE_SHEET}"),
                                    warning=True))
    tables = []
    for grid, columns, needed in ((communes, COMMUNE_COLUMNS, "name"), (villages, VILLAGE_COLUMNS, "name")):
        table = find_table(grid, columns, needed, IGNORED)
        if table is None:
            problems.append(Problem(shown, 1, 1, "", say("sheet_no_header", sheet=grid.name,
                                                          headers=", ".join(c.header for c in columns)),
                                    cell=grid.cell(0, 0), sheet=grid.sheet_index))
            continue
        wrong = data_row_as_header(table, columns)
        if wrong is not None:
            problems.append(wrong)
            continue
        blank, explained = blank_header_problems(table, columns)
        problems += blank + unknown_header_problems(table, columns, f"sheet {grid.name}")
        problems += _missing_columns(table, columns, explained)
        tables.append(table)
    if len(tables) < 2 or any(not p.warning for p in problems):
        return None, problems  # a missing column would only give a "missing" error per row
    doc = SheetDocument(shown)
    doc.data = _places(doc, tables[0], tables[1], problems)
    return doc, problems


def _missing_columns(table: Table, columns: tuple[Column, ...], explained: set[str]) -> list[Problem]:
    have = {c.key for c in table.columns.values()}
    out = []
    for col in columns:
        # A village head's phone needs the head's name: without its column every row would
        # give its own "missing name" error (a misspelt "Trưởng thôn" is one mistake).
        parent = col.key.rpartition(".")[0]
        needed = col.required or (col.key.endswith(".name") and any(k.startswith(parent + ".") for k in have))
        if needed and col.key not in have and col.key not in explained:
            out.append(table.grid.problem(table.header_row, 0, say("sheet_column_missing", header=col.header,
                                                                  sheet=table.grid.name),
                                          say("sheet_column_missing_hint", header=col.header)))
    seen: dict[str, int] = {}
    for c, col in sorted(table.columns.items()):
        if col.key in seen:
            out.append(table.grid.problem(table.header_row, c, say(
                "sheet_column_twice", header=table.header(c), other=table.header(seen[col.key]))))
        seen[col.key] = c
    return out


def _row_values(doc: SheetDocument, table: Table, r: int, base: PathKey, columns: tuple[Column, ...],
                problems: list[Problem]) -> dict[str, Any]:
    """One row as {dotted key: value}, every cell (filled or empty) marked at ``base`` + key;
    a column the sheet lacks keeps its header, so a hint can still name it ("Không niêm yết")."""
    out: dict[str, Any] = {}
    for col in columns:
        doc.headers[base + tuple(col.key.split("."))] = col.header
    for c, col in table.columns.items():
        path = base + tuple(col.key.split("."))
        doc.put(path, table.grid, r, c, table.header(c))
        trouble = cell_trouble(table.grid, r, c)
        if trouble:  # never "#DIV/0!" as a village's name, nor "missing" for an unsaved formula
            problems.append(doc.problem(path, *trouble))
            doc.explained.add(path)
            continue
        raw, readable = linked_value(doc, path, table.grid, r, c, False, problems)
        if not readable:  # it shows one link and opens another
            continue
        text = cell_text(raw, col.kind)
        if text is None:
            continue
        if col.kind == "phone" and isinstance(raw, (int, float)) and not text.startswith("0"):
            # Excel turned the number typed into a number cell and dropped its leading 0.
            text = "0" + text
            problems.append(doc.problem(path, say("sheet_phone_number", phone=text),
                                        say("sheet_phone_number_hint"), warning=True))
        text = checked(doc, path, text, problems)
        if col.kind == "codes":
            out[col.key] = split_codes(text)
        elif col.kind == "langs":
            # "Tày", "Mông": the tag is the name without its accents ("tay", "mong")
            out[col.key] = [fold(t) for t in split_codes(text)]
        else:
            out[col.key] = text
        for j in range(len(out[col.key]) if isinstance(out[col.key], list) else 0):
            doc.put(path + (j,), table.grid, r, c)
        if col.kind == "codes" and isinstance(raw, float):  # Excel's 2.00884, read as 2.008840
            doc.typed[path + (0,)] = str(raw)
    return out


def _nest(values: dict[str, Any]) -> dict[str, Any]:
    """{"office.phone": x} -> {"office": {"phone": x}}."""
    out: dict[str, Any] = {}
    for dotted, value in values.items():
        *parents, last = dotted.split(".")
        target = out
        for p in parents:
            target = target.setdefault(p, {})
        target[last] = value
    return out


def _places(doc: SheetDocument, communes: Table, villages: Table, problems: list[Problem]) -> dict:
    data: dict[str, Any] = {}
    out: list[dict[str, Any]] = []
    province_at: str | None = None
    for r in communes.data_rows():
        base: PathKey = ("communes", len(out))
        values = _row_values(doc, communes, r, base, COMMUNE_COLUMNS, problems)
        province = values.pop("province", None)
        # One project holds one province: the first row names it, the others must agree.
        ppath = base + ("province",)
        if "province" not in data:
            doc.marks[("province",)] = doc.marks[ppath]
            doc.headers[("province",)] = doc.headers[ppath]
            if province:
                data["province"] = province
                province_at = doc.marks[ppath][2]
        elif province and name_key(province) != name_key(data["province"]):
            problems.append(doc.problem(ppath, say("sheet_province_differs", value=province,
                                                   first=data["province"], cell=province_at)))
        commune = _nest(values)
        commune.setdefault("office", {})
        doc.marks[base] = doc.marks[base + ("name",)]
        doc.marks[base + ("office",)] = doc.marks[base + ("office", "name")]
        doc.marks[base + ("villages",)] = doc.marks[base + ("name",)]
        doc.fill_hints[base + ("villages",)] = say("sheet_no_villages", sheet=VILLAGE_SHEET,
                                                   commune=commune.get("name", ""))
        out.append(commune)
    if not out:
        problems.append(communes.grid.problem(communes.header_row, 0, say("sheet_no_rows", sheet=communes.grid.name)))
    data["communes"] = out
    by_name = {bare_commune(c.get("name", "")): i for i, c in enumerate(out) if c.get("name")}
    commune_col = next((c for c, col in villages.columns.items() if col.key == "commune"), None)
    for r in villages.data_rows():
        ci = _commune_of(doc, villages, r, commune_col, out, by_name, problems)
        if ci is None:
            continue
        base = ("communes", ci, "villages", len(out[ci].setdefault("villages", [])))
        values = _row_values(doc, villages, r, base, VILLAGE_COLUMNS, problems)
        values.pop("commune", None)
        village = _nest(values)
        if "head" in village:
            doc.marks[base + ("head",)] = doc.marks.get(base + ("head", "name")) or doc.marks[base + ("head", "phone")]
        doc.marks[base] = doc.marks[base + ("name",)]
        out[ci]["villages"].append(village)
    return data


def _commune_of(doc: SheetDocument, villages: Table, r: int, c: int | None, communes: list[dict],
                by_name: dict[str, int], problems: list[Problem]) -> int | None:
    """The commune a village row belongs to (its Xã cell; blank when there is only one)."""
    name = cell_text(villages.grid.value(r, c)) if c is not None else None
    grid = villages.grid
    if name is None:
        if len(communes) == 1:
            return 0
        problems.append(grid.problem(r, c or 0, say("sheet_village_no_commune"),
                                     say("sheet_village_no_commune_hint", sheet=COMMUNE_SHEET)))
        return None
    if bare_commune(name) in by_name:
        return by_name[bare_commune(name)]
    names = [x["name"] for x in communes if x.get("name")]
    problems.append(grid.problem(r, c or 0, say("sheet_unknown_commune", name=name, sheet=COMMUNE_SHEET),
                                 did_you_mean(name, names)
                                 or say("sheet_communes_are", names=", ".join(names))))
    return None
