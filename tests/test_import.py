"""Importing units from .csv (UTF-8 or GBK) and .xlsx, Chinese or English headers; a file with bad rows
imports nothing and reports every bad row; the same file again changes nothing."""

from decimal import Decimal

import pytest
from openpyxl import Workbook

from app.accounts.importing import ImportRejected, import_units
from app.accounts.register import list_units
from app.errors import ValidationError
from tests.conftest import table_count

GOOD = [["楼栋", "房号", "楼层", "建筑面积", "类型", "业主", "电话", "交房日期"],
        ["A", "1501", "15", "98.50", "住宅", "赵六", "13900000001", "2026-01-15"],
        ["A", "1502", "15", "102.30", "住宅", "钱七", "13900000002", "2026/01/15"],
        ["B", "0102", "1", "60", "商业", "", "", ""]]


def write_csv(path, rows, encoding):
    path.write_bytes("\r\n".join(",".join(row) for row in rows).encode(encoding))
    return path


def units(db, actor):
    return {u.code: (u.area, u.unit_type.value, u.owner, u.handover_date) for u in list_units(db, actor)}


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8"])
def test_a_csv_as_excel_writes_it_imports_and_again_changes_nothing(db, estate, tmp_path, encoding):
    path = write_csv(tmp_path / "units.csv", GOOD, encoding)
    result = import_units(db, estate, path)
    assert (result.rows, result.changed) == (3, 3)
    imported = units(db, estate)
    assert imported["A-1501"][:3] == (Decimal("98.50"), "residential", "赵六")
    assert str(imported["A-1502"][3]) == "2026-01-15" and imported["B-0102"][:2] == (Decimal("60.00"), "commercial")
    audit_rows = table_count(db, "audit_entry")
    again = import_units(db, estate, path)
    assert (again.changed, again.unchanged) == (0, 3)
    assert table_count(db, "audit_entry") == audit_rows and table_count(db, "unit") == 7


def test_an_xlsx_with_english_headers(db, estate, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["building", "room", "floor", "area_m2", "type", "owner", "phone", "handover_date"])
    sheet.append(["A", 1601, 16, 88.8, "residential", "孙八", "13900000003", None])
    book.save(tmp_path / "units.xlsx")
    assert import_units(db, estate, tmp_path / "units.xlsx").changed == 1
    assert units(db, estate)["A-1601"][:3] == (Decimal("88.80"), "residential", "孙八")


def test_a_file_with_bad_rows_imports_nothing_and_names_every_bad_row(db, estate, tmp_path):
    rows = GOOD + [["A", "1701", "17", "0", "住宅", "", "", ""],  # line 5: area zero
                   ["C", "0101", "1", "50", "住宅", "", "", ""],  # line 6: building C not registered
                   ["A", "1501", "15", "98.50", "住宅", "", "", ""],  # line 7: twice in the file
                   ["A", "1702", "seventeen", "50", "住宅", "", "", ""],  # line 8: floor not a number
                   ["A", "1703", "17", "50", "别墅", "", "", ""],  # line 9: unknown type
                   ["A", "1704", "17", "50", "住宅", "", "", "2026-02-30"],  # line 10: no such date
                   ["A", "1705", "31", "50", "住宅", "", "", ""]]  # line 11: building A has 30 floors
    path = write_csv(tmp_path / "units.csv", rows, "gbk")
    before = (table_count(db, "unit"), table_count(db, "audit_entry"))
    with pytest.raises(ImportRejected) as caught:
        import_units(db, estate, path)
    reasons = {p.line: str(p.reason) for p in caught.value.problems}
    assert sorted(reasons) == [5, 6, 7, 8, 9, 10, 11]
    assert "area" in reasons[5] and "Building C is not registered" in reasons[6] and "line 2" in reasons[7]
    assert "floor" in reasons[8] and "unit type" in reasons[9] and "YYYY-MM-DD" in reasons[10]
    assert "Floor 31 is not in building A" in reasons[11]
    assert str(caught.value) == "7 rows are wrong; nothing was imported"
    assert (table_count(db, "unit"), table_count(db, "audit_entry")) == before


@pytest.mark.parametrize(("name", "content", "message"), [
    ("units.pdf", b"%PDF-1.4", "not a spreadsheet"),
    ("units.xlsx", b"PK\x03\x04 this is no workbook", "not a spreadsheet"),
    ("units.csv", b"\x00\x01\x02\xff\xfe binary", "not a spreadsheet|neither UTF-8 nor GBK"),
    ("units.csv", "名字,电话\n张三,1\n".encode(), "lacks the columns"),
])
def test_a_file_that_is_not_a_unit_list_is_refused(db, estate, tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        import_units(db, estate, tmp_path / name)
    assert table_count(db, "unit") == 4


def test_units_are_found_by_room_owner_and_pinyin_initials(db, estate):
    assert [u.code for u in list_units(db, estate, "zs")] == ["A-1201"]  # 张三
    assert [u.code for u in list_units(db, estate, "张")] == ["A-1201"]
    assert [u.code for u in list_units(db, estate, "0801")] == ["A-0801"]
    assert [u.code for u in list_units(db, estate, "hxgs")] == ["B-0101"]  # 华信公司
    assert len(list_units(db, estate, "")) == 4


@pytest.mark.parametrize(("cell", "expected"), [("2025/3/5", "2025-03-05"), ("2025-3-5", "2025-03-05"),
                                                ("2025年3月5日", "2025-03-05"), ("2025.03.05", "2025-03-05"),
                                                ("45721", "2025-03-05")])
def test_dates_as_excel_and_people_write_them(db, estate, tmp_path, cell, expected):
    rows = [GOOD[0], ["A", "1801", "18", "90", "住宅", "周九", "", cell]]
    import_units(db, estate, write_csv(tmp_path / "units.csv", rows, "gbk"))
    assert str(units(db, estate)["A-1801"][3]) == expected


def test_a_file_with_fewer_columns_or_empty_cells_erases_nothing(db, estate, tmp_path):
    import_units(db, estate, write_csv(tmp_path / "full.csv", GOOD, "gbk"))
    slim = [["楼栋", "房号", "楼层", "建筑面积", "类型", "业主"], ["A", "1501", "15", "98.50", "住宅", "赵六"]]
    result = import_units(db, estate, write_csv(tmp_path / "slim.csv", slim, "gbk"))
    assert result.changed == 0
    unit = list_units(db, estate, "A-1501")[0]
    assert (str(unit.handover_date), unit.owner, unit.phone) == ("2026-01-15", "赵六", "13900000001")
