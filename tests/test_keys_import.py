"""Importing the front desk's key register from .csv (GBK, UTF-8) and .xlsx, Chinese or English headers: a file
with bad rows imports nothing and names every bad row; the same file again changes nothing; an empty cell keeps
what the register says; a key with copies out keeps them and stays in use."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.errors import ValidationError
from app.frontdesk.keys import KeyDraft, issue_key, list_keys, save_key
from app.frontdesk.keys_import import import_keys
from app.sheet_import import ImportRejected
from db.models import AuditEntry
from db.types import utcnow
from tests.sheets import state, write_csv, write_xlsx

HEADER = ["钥匙编号", "用途（开启何处）", "份数", "状态"]
GOOD = [HEADER, ["K-101", "B1 水泵房", "2", "在用"], ["k-102", "屋顶门", "", ""], ["K-103", "配电房", "1", "停用"]]


def keys(db, actor) -> dict:
    return {k.code: (k.opens, k.copies, k.active) for k in list_keys(db, actor, include_inactive=True)}


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8"])
def test_a_key_register_imports_exactly_and_again_changes_nothing(db, clerk, tmp_path, encoding):
    save_key(db, clerk, KeyDraft("K-101", "B1 水泵房", 1))
    path = write_csv(tmp_path / "钥匙.csv", GOOD, encoding)
    result = import_keys(db, clerk, path)
    assert (result.rows, result.added, result.updated) == (3, ("K-102", "K-103"), ("K-101",))
    assert keys(db, clerk) == {"K-101": ("B1 水泵房", 2, True), "K-102": ("屋顶门", 1, True),
                               "K-103": ("配电房", 1, False)}
    with db.read() as session:
        assert [(e.action, e.entity_id, e.before, e.after) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "desk_key").order_by(AuditEntry.seq))][1:] == [
            ("update", "K-101", '{"copies": 1}', '{"copies": 2}'),
            ("add", "K-102", None, '{"active": true, "code": "K-102", "copies": 1, "opens": "屋顶门"}'),
            ("add", "K-103", None, '{"active": false, "code": "K-103", "copies": 1, "opens": "配电房"}')]
    before = state(db, "desk_key")
    again = import_keys(db, clerk, path)
    assert (again.rows, again.changed, again.unchanged) == (3, 0, 3)
    assert state(db, "desk_key") == before


def test_english_headers_and_excel_cells(db, clerk, tmp_path):
    path = write_xlsx(tmp_path / "keys.xlsx", [["Key number", "Opens", "Copies", "Active"],
                                               ["R-1", "Roof door", 3, True], ["R-2", "Plant room", None, False]])
    assert import_keys(db, clerk, path).added == ("R-1", "R-2")
    assert keys(db, clerk) == {"R-1": ("Roof door", 3, True), "R-2": ("Plant room", 1, False)}


def test_a_file_with_two_bad_rows_imports_nothing_and_names_both(db, clerk, tmp_path):
    rows = [HEADER, ["K-101", "B1 水泵房", "2", ""], ["K-102", "屋顶门", "两把", ""], ["K-103", "配电房", "1", ""],
            ["K-104", "", "1", ""]]
    path = write_csv(tmp_path / "keys.csv", rows)
    before = state(db, "desk_key")
    with pytest.raises(ImportRejected) as caught:
        import_keys(db, clerk, path)
    assert [(p.line, str(p.reason)) for p in caught.value.problems] == [
        (3, "Copies is a whole number from 1 to 20"), (5, "Key K-104 is not registered yet: say what it opens")]
    assert str(caught.value) == "2 rows are wrong; nothing was imported"
    assert state(db, "desk_key") == before


@pytest.mark.parametrize(("row", "message"), [
    (["K-201", "门", "0", ""], "Copies is a whole number from 1 to 20"),
    (["K-201", "门", "21", ""], "Copies is a whole number from 1 to 20"),
    (["", "门", "1", ""], "Give the key number"),
    (["K" * 21, "门", "1", ""], "Give the key number in at most 20 characters"),
    (["K-201", "门" * 101, "1", ""], "Say what the key opens in at most 100 characters"),
    (["K-201", "门", "1", "丢了"], "Status is 在用 (in use) or 停用 (retired): 丢了"),
    (["k-101", "门", "1", ""], "Key K-101 is already on line 2"),
])
def test_each_kind_of_bad_row_is_named(db, clerk, tmp_path, row, message):
    path = write_csv(tmp_path / "keys.csv", [HEADER, GOOD[1], row])
    with pytest.raises(ImportRejected) as caught:
        import_keys(db, clerk, path)
    assert [p.line for p in caught.value.problems] == [3]
    assert message in str(caught.value.problems[0].reason)
    assert keys(db, clerk) == {}


def test_a_key_with_copies_out_keeps_them_and_stays_in_use(db, clerk, tmp_path):
    save_key(db, clerk, KeyDraft("K-101", "B1 水泵房", 2))
    save_key(db, clerk, KeyDraft("K-102", "屋顶门", 1))
    for code, person in (("K-101", "陈工"), ("K-101", "刘工"), ("K-102", "王工")):
        issue_key(db, clerk, code, person, utcnow() + timedelta(hours=2))
    path = write_csv(tmp_path / "keys.csv", [HEADER, ["K-101", "B1 水泵房", "1", ""], ["K-102", "屋顶门", "", "停用"]])
    with pytest.raises(ImportRejected) as caught:
        import_keys(db, clerk, path)
    assert [(p.line, str(p.reason)) for p in caught.value.problems] == [
        (2, "2 copies of key K-101 are out; it cannot have fewer copies"),
        (3, "Key K-102 is out; take it back before retiring it")]
    assert keys(db, clerk) == {"K-101": ("B1 水泵房", 2, True), "K-102": ("屋顶门", 1, True)}


def test_empty_cells_and_missing_columns_erase_nothing(db, clerk, tmp_path):
    import_keys(db, clerk, write_csv(tmp_path / "full.csv", GOOD))
    blank = write_csv(tmp_path / "blank.csv", [HEADER, ["K-101", "", "", ""], ["K-103", "", "", ""]])
    slim = write_csv(tmp_path / "slim.csv", [["编号", "用途"], ["K-101", "B1 水泵房"], ["K-102", "屋顶门及天台"]])
    assert import_keys(db, clerk, blank).changed == 0
    assert import_keys(db, clerk, slim).updated == ("K-102",)
    assert keys(db, clerk) == {"K-101": ("B1 水泵房", 2, True), "K-102": ("屋顶门及天台", 1, True),
                               "K-103": ("配电房", 1, False)}


def test_a_sheet_without_the_needed_columns_is_refused(db, clerk, tmp_path):
    path = write_csv(tmp_path / "keys.csv", [["钥匙编号", "份数"], ["K-101", "2"]])
    with pytest.raises(ValidationError, match="lacks the columns: 用途/opens"):
        import_keys(db, clerk, path)
