"""Importing the equipment register from .csv (GBK, UTF-8) and .xlsx, Chinese or English headers, over the demo
building's register: equipment added and changed, categories added from the rows that give their repair
method; a file with bad rows imports nothing and names every bad row; the same file again changes nothing; an
empty cell keeps what the register says."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.clock import today
from app.errors import ValidationError
from app.repairs.equipment import get_equipment, list_categories, list_equipment
from app.repairs.equipment_import import import_equipment
from app.sheet_import import ImportRejected
from db.models import AuditEntry
from tests.sheets import state, write_csv, write_xlsx

HEADER = ["编号", "名称", "类别", "位置", "型号", "生产厂家", "供应商", "安装日期", "保修期至", "维保单位", "维保合同期至",
          "随机资料", "备注", "维修方式", "大修周期（月）"]
GOOD = [HEADER,
        ["dt-03", "客梯 3#", "电梯", "A座 3号井道", "GeN2-MR 1350kg", "奥的斯电梯", "奥的斯电梯（中国）有限公司",
         "2024/5/6", "2026年5月5日", "奥的斯电梯维保站", "2027-12-31", "说明书、合格证", "", "", ""],
        ["DT-01", "", "", "", "", "", "", "", "", "", "2028.12.31", "", "维保合同已续签", "", ""],
        ["SB-01", "集水井潜污泵 1#", "排水设备", "地下三层集水井", "WQ50-10", "上海凯泉", "", "45292", "", "", "", "",
         "", "全面维修", "36"],
        ["SB-02", "集水井潜污泵 2#", "排水设备", "地下三层集水井", "WQ50-10", "上海凯泉", "", "45292", "", "", "", "",
         "", "", ""],
        ["GS-01", "", "", "", "", "", "", "", "", "", "", "", "", "诊断维修", ""]]
EQUIPMENT = ("equipment", "equipment_category")


def particulars(db, actor, code: str) -> tuple:
    e = get_equipment(db, actor, code)
    return (e.name, e.category, e.location, e.model, e.maker, e.supplier, e.installed_on, e.warranty_until,
            e.contractor, e.contract_until, e.documents, e.note, e.status.value)


def methods(db, actor) -> dict:
    return {c.name: (c.repair_method.value, c.overhaul_months) for c in list_categories(db, actor)}


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig"])
def test_a_register_imports_exactly_and_again_changes_nothing(db, workshop, tmp_path, encoding):
    engineer = workshop
    path = write_csv(tmp_path / "设备档案.csv", GOOD, encoding)
    result = import_equipment(db, engineer, path)
    assert (result.rows, result.added, result.updated, result.related) == (
        5, ("DT-03", "SB-01", "SB-02"), ("DT-01",), ("排水设备", "给排水"))
    assert particulars(db, engineer, "DT-03") == (
        "客梯 3#", "电梯", "A座 3号井道", "GeN2-MR 1350kg", "奥的斯电梯", "奥的斯电梯（中国）有限公司", date(2024, 5, 6),
        date(2026, 5, 5), "奥的斯电梯维保站", date(2027, 12, 31), "说明书、合格证", "", "in_service")
    assert particulars(db, engineer, "SB-02") == (
        "集水井潜污泵 2#", "排水设备", "地下三层集水井", "WQ50-10", "上海凯泉", "", date(2024, 1, 1), None, "", None, "",
        "", "in_service")
    lift = particulars(db, engineer, "DT-01")  # only the contract's end and the note changed
    assert lift == ("客梯 1#", "电梯", "A座 1号井道", "GeN2-MR 1350kg", "奥的斯电梯", "奥的斯电梯（中国）有限公司",
                    date(2019, 9, 20), date(2021, 9, 19), "奥的斯电梯维保站", date(2028, 12, 31),
                    "说明书、合格证、年检报告、使用登记证", "维保合同已续签", "in_service")
    assert {name: methods(db, engineer)[name] for name in ("排水设备", "给排水", "电梯")} == {
        "排水设备": ("overhaul", 36), "给排水": ("diagnostic", None), "电梯": ("scheduled", None)}
    with db.read() as session:
        audited = [(e.action, e.entity, e.entity_id) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.entity.in_(["equipment", "equipment_category"]),
                                     AuditEntry.action != "load").order_by(AuditEntry.seq))]
    assert audited == [("add", "equipment", "DT-03"), ("update", "equipment", "DT-01"),
                       ("add", "equipment_category", "排水设备"), ("add", "equipment", "SB-01"),
                       ("add", "equipment", "SB-02"), ("update", "equipment_category", "给排水")]
    before = state(db, *EQUIPMENT)
    again = import_equipment(db, engineer, path)
    assert (again.rows, again.changed, again.related) == (5, 0, ())
    assert state(db, *EQUIPMENT) == before


def test_english_headers_and_excel_date_cells(db, workshop, tmp_path):
    path = write_xlsx(tmp_path / "equipment.xlsx", [
        ["Code", "Name", "Category", "Location", "Installed on", "Warranty until", "Repair method",
         "Overhaul months"],
        ["KT-03", "Cooling tower", "Cooling", "Roof", datetime(2022, 4, 1), date(2024, 3, 31), "Overhaul", 48],
        ["DT-02", "Passenger lift 2", None, None, None, None, None, None]])
    result = import_equipment(db, workshop, path)
    assert (result.added, result.updated, result.related) == (("KT-03",), ("DT-02",), ("Cooling",))
    tower = get_equipment(db, workshop, "KT-03")
    assert (tower.name, tower.category, tower.location, tower.installed_on, tower.warranty_until) == (
        "Cooling tower", "Cooling", "Roof", date(2022, 4, 1), date(2024, 3, 31))
    assert (tower.repair_method.value, tower.overhaul_months) == ("overhaul", 48)
    assert get_equipment(db, workshop, "DT-02").name == "Passenger lift 2"


def test_a_file_with_two_bad_rows_imports_nothing_and_names_both(db, workshop, tmp_path):
    rows = [HEADER, GOOD[1],
            ["PD-03", "低压配电柜", "变配电", "", "", "", "", "2024-13-01", "", "", "", "", "", "", ""],  # line 3
            GOOD[4][:3] + [""] * 12,  # SB-02: category 排水设备 is not registered and this file does not add it
            ["DT-01", "", "", "", "", "", "", "", "", "", "", "", "", "", ""]]
    rows[3][0] = "SB-09"
    path = write_csv(tmp_path / "equipment.csv", rows)
    before = state(db, *EQUIPMENT)
    with pytest.raises(ImportRejected) as caught:
        import_equipment(db, workshop, path)
    reasons = {p.line: str(p.reason) for p in caught.value.problems}
    assert reasons == {3: "Installed on is a date written YYYY-MM-DD: 2024-13-01",
                       4: "There is no equipment category 排水设备: give its repair method, or add the category first"}
    assert state(db, *EQUIPMENT) == before
    assert len(list_equipment(db, workshop, include_retired=True)) == 12


def row(**cells) -> list:
    """A row of HEADER's columns: DT-09 in category 电梯 unless told otherwise."""
    values = {"编号": "DT-09", "名称": "货梯", "类别": "电梯", **cells}
    return [values.get(name, "") for name in HEADER]


@pytest.mark.parametrize(("bad", "message"), [
    (row(安装日期=(today() + timedelta(days=1)).isoformat()), "cannot be installed in the future"),
    (row(安装日期="2024-05-01", 保修期至="2024-04-30"), "warranty cannot end before the equipment was installed"),
    (row(名称=""), "Equipment DT-09 is not registered yet: give its 名称/name"),
    (row(名称="", 类别=""), "give its 名称/name, 类别/category"),
    (row(编号=""), "Equipment needs a code"),
    (row(名称="梯" * 61), "Equipment needs a name of at most 60 characters"),
    (row(维修方式="随便修"), "Unknown repair method 随便修"),
    (row(**{"大修周期（月）": "三年"}), "The overhaul cycle is a number of months"),
    (row(维修方式="全面维修"), "Equipment kept by overhaul needs its overhaul cycle"),
    (row(类别="冷却塔", **{"大修周期（月）": "12"}), "There is no equipment category 冷却塔"),
    (row(编号="DT-01"), "Equipment DT-01 is already on line 2"),
])
def test_each_kind_of_bad_row_is_named(db, workshop, tmp_path, bad, message):
    path = write_csv(tmp_path / "equipment.csv", [HEADER, row(编号="DT-01", 名称="客梯 1#"), bad])
    before = state(db, *EQUIPMENT)
    with pytest.raises(ImportRejected) as caught:
        import_equipment(db, workshop, path)
    assert [p.line for p in caught.value.problems] == [3]
    assert message in str(caught.value.problems[0].reason)
    assert state(db, *EQUIPMENT) == before


def test_two_rows_may_not_give_one_category_two_repair_methods(db, workshop, tmp_path):
    path = write_csv(tmp_path / "equipment.csv", [HEADER, row(编号="LT-01", 类别="照明", 维修方式="定期检修"),
                                                  row(编号="LT-02", 类别="照明", 维修方式="诊断维修")])
    with pytest.raises(ImportRejected) as caught:
        import_equipment(db, workshop, path)
    assert [(p.line, str(p.reason)) for p in caught.value.problems] == [
        (3, "An earlier line gives category 照明 another repair method or overhaul cycle")]


def test_empty_cells_and_missing_columns_erase_nothing(db, workshop, tmp_path):
    before = particulars(db, workshop, "PD-01")
    blank = write_csv(tmp_path / "blank.csv", [HEADER, row(编号="PD-01", 名称="", 类别="")])
    slim = write_csv(tmp_path / "slim.csv", [["编号", "名称", "类别"], ["PD-01", "高压开关柜", "变配电"]])
    assert import_equipment(db, workshop, blank).changed == 0
    assert import_equipment(db, workshop, slim).changed == 0
    assert particulars(db, workshop, "PD-01") == before


def test_a_sheet_without_the_needed_columns_is_refused(db, workshop, tmp_path):
    path = write_csv(tmp_path / "equipment.csv", [["名称", "型号"], ["货梯", "X1"]])
    with pytest.raises(ValidationError, match="lacks the columns: 编号/code, 类别/category"):
        import_equipment(db, workshop, path)
