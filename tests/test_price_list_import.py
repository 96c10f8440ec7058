"""Importing the business centre's price list from .csv (GBK, UTF-8) and .xlsx, Chinese or English headers: a
file with bad rows imports nothing and names every bad row; the same file again changes nothing; an empty cell
keeps what the list says."""

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.business.model import ServiceDraft
from app.business.price_list import add_service, list_services
from app.business.price_list_import import import_price_list
from app.errors import ValidationError
from app.sheet_import import ImportRejected
from db.models import AuditEntry
from tests.sheets import state, write_csv, write_xlsx

D = Decimal
HEADER = ["类别", "服务项目", "计费单位", "单价", "押金", "预订", "状态"]
GOOD = [HEADER,
        ["复印打印", "黑白复印 A4", "页", "0.50", "否", "", ""],
        ["会议室", "大会议室 按半天", "半天", "￥1200.5", "是", "场地", "在用"],
        ["翻译", "翻译 中译英", "千字", "200", "是", "", ""],
        ["设备租赁", "投影仪租用", "day", "150.00", "yes", "设备", ""],
        ["文印", "旧传真转发", "件", "1", "", "无", "停用"]]


def services(db, actor) -> dict:
    return {s.name: (s.category, s.unit.value, s.price, s.takes_deposit, s.books.value if s.books else None, s.active)
            for s in list_services(db, actor, include_withdrawn=True)}


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8"])
def test_a_price_list_imports_exactly_and_again_changes_nothing(db, manager, tmp_path, encoding):
    add_service(db, manager, ServiceDraft("黑白复印 A4", "复印打印", "page", D("0.40")))
    path = write_csv(tmp_path / "价目表.csv", GOOD, encoding)
    result = import_price_list(db, manager, path)
    assert (result.rows, result.added, result.updated) == (
        5, ("大会议室 按半天", "翻译 中译英", "投影仪租用", "旧传真转发"), ("黑白复印 A4",))
    assert services(db, manager) == {
        "黑白复印 A4": ("复印打印", "page", D("0.50"), False, None, True),
        "大会议室 按半天": ("会议室", "half_day", D("1200.50"), True, "room", True),
        "翻译 中译英": ("翻译", "thousand_chars", D("200.00"), True, None, True),
        "投影仪租用": ("设备租赁", "day", D("150.00"), True, "equipment", True),
        "旧传真转发": ("文印", "item", D("1.00"), False, None, False)}
    with db.read() as session:
        update = session.scalars(select(AuditEntry).where(AuditEntry.entity == "bc_service",
                                                          AuditEntry.action == "update")).one()
        assert (update.before, update.after) == ('{"price": "0.40"}', '{"price": "0.50"}')
    before = state(db, "bc_service")
    again = import_price_list(db, manager, path)
    assert (again.rows, again.changed, again.unchanged) == (5, 0, 5)
    assert state(db, "bc_service") == before


def test_english_headers_and_excel_cells(db, manager, tmp_path):
    path = write_xlsx(tmp_path / "prices.xlsx", [
        ["Category", "Name", "Unit", "Price (yuan)", "Deposit", "Books", "Active"],
        ["Printing", "Colour print A3", "page", 4.5, False, None, True],
        ["Typing", "Typing", "thousand characters", 30, True, None, None],
        ["Rooms", "Small room", "hour", 80.25, 1, "room", "on the list"]])
    result = import_price_list(db, manager, path)
    assert result.added == ("Colour print A3", "Typing", "Small room")
    assert services(db, manager) == {
        "Colour print A3": ("Printing", "page", D("4.50"), False, None, True),
        "Typing": ("Typing", "thousand_chars", D("30.00"), True, None, True),
        "Small room": ("Rooms", "hour", D("80.25"), True, "room", True)}


def test_a_file_with_two_bad_rows_imports_nothing_and_names_both(db, manager, tmp_path):
    import_price_list(db, manager, write_csv(tmp_path / "first.csv", GOOD[:3]))
    rows = [HEADER, ["复印打印", "彩色复印 A4", "页", "2.00", "", "", ""],
            ["复印打印", "彩色复印 A3", "页", "四元", "", "", ""],  # line 3: not an amount
            ["复印打印", "黑白复印 A4", "页", "0.60", "", "", ""],
            ["快递", "同城快递", "桶", "15", "", "", ""]]  # line 5: no such unit of charge
    path = write_csv(tmp_path / "prices.csv", rows)
    before = state(db, "bc_service")
    with pytest.raises(ImportRejected) as caught:
        import_price_list(db, manager, path)
    reasons = {p.line: str(p.reason) for p in caught.value.problems}
    assert reasons == {3: "'四元' is not an amount of money",
                       5: "Unknown unit of charge 桶: use 页, 分钟, 小时, 半天, 天, 千字 or 件"}
    assert str(caught.value) == "2 rows are wrong; nothing was imported"
    assert state(db, "bc_service") == before
    assert services(db, manager)["黑白复印 A4"][2] == D("0.50")


@pytest.mark.parametrize(("row", "message"), [
    (["复印打印", "彩色复印 A4", "页", "", "", "", ""], "彩色复印 A4 is not on the price list yet: give its 单价/price"),
    (["", "彩色复印 A4", "", "", "", "", ""], "give its 类别/category, 计费单位/unit, 单价/price"),
    (["复印打印", "彩色复印 A4", "页", "-1", "", "", ""], "cannot be negative"),
    (["复印打印", "彩色复印 A4", "页", "0.505", "", "", ""], "at most two decimal places"),
    (["复印打印", "彩色复印 A4", "页", "100001", "", "", ""], "A price above 100000.00 is not plausible"),
    (["复印打印", "彩色复印 A4", "页", "2", "也许", "", ""], "Deposit is yes (是) or no (否): 也许"),
    (["复印打印", "彩色复印 A4", "页", "2", "", "打印机", ""], "books a room (场地), equipment (设备) or nothing"),
    (["复", "", "页", "2", "", "", ""], "A service needs a name"),
    (["复" * 31, "彩色复印 A4", "页", "2", "", "", ""], "category of at most 30 characters"),
    (["复印打印", "黑白复印 A4", "页", "0.50", "", "", ""], "黑白复印 A4 is already on line 2"),
])
def test_each_kind_of_bad_row_is_named(db, manager, tmp_path, row, message):
    path = write_csv(tmp_path / "prices.csv", [*GOOD[:2], row])
    with pytest.raises(ImportRejected) as caught:
        import_price_list(db, manager, path)
    assert [p.line for p in caught.value.problems] == [3]
    assert message in str(caught.value.problems[0].reason)
    assert list_services(db, manager, include_withdrawn=True) == []


def test_empty_cells_and_missing_columns_erase_nothing(db, manager, tmp_path):
    import_price_list(db, manager, write_csv(tmp_path / "full.csv", GOOD))
    slim = [["服务项目", "类别", "单价", "计费单位"], ["大会议室 按半天", "", "1300", ""], ["旧传真转发", "", "", ""]]
    result = import_price_list(db, manager, write_csv(tmp_path / "slim.csv", slim))
    assert (result.added, result.updated, result.unchanged) == ((), ("大会议室 按半天",), 1)
    listed = services(db, manager)
    assert listed["大会议室 按半天"] == ("会议室", "half_day", D("1300.00"), True, "room", True)
    assert listed["旧传真转发"] == ("文印", "item", D("1.00"), False, None, False)


def test_a_sheet_without_the_needed_columns_is_refused(db, manager, tmp_path):
    path = write_csv(tmp_path / "prices.csv", [["服务项目", "单价"], ["彩色复印 A4", "2"]])
    with pytest.raises(ValidationError, match="lacks the columns: 类别/category, 计费单位/unit"):
        import_price_list(db, manager, path)


def test_a_column_given_twice_is_refused(db, manager, tmp_path):
    path = write_csv(tmp_path / "prices.csv", [["类别", "服务项目", "计费单位", "单价", "价格"], ["文印", "装订", "件", "5", "6"]])
    with pytest.raises(ValidationError, match="has a column twice: 单价, 价格"):
        import_price_list(db, manager, path)
