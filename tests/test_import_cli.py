"""``frontoffice-admin import price-list|equipment|keys FILE``: what was added and changed as text and JSON; a
refused file prints every bad row with its line, fails with one line on stderr, and imports nothing."""

import json

from tests.sheets import write_csv, write_xlsx
from tests.test_cli import cli, fails, ok


def refused(result) -> list[dict]:
    """The bad rows a refused ``--json`` import printed; it failed with one line on stderr."""
    fails(result, "rows are wrong; nothing was imported")
    return json.loads(result.stdout)["problems"]


def test_import_price_list(site, tmp_path):
    boss = ("--db", site, "--as", "boss")
    sheet = write_csv(tmp_path / "价目表.csv", [["类别", "服务项目", "计费单位", "单价", "押金"],
                                               ["复印打印", "黑白复印 A4", "页", "0.50", "否"],
                                               ["翻译", "翻译 中译英", "千字", "两百", "是"],
                                               ["翻译", "翻译 英译中", "桶", "180", "是"]])
    assert refused(cli("import", "price-list", str(sheet), *boss, "--json")) == [
        {"line": 3, "reason": "'两百' is not an amount of money"},
        {"line": 4, "reason": "Unknown unit of charge 桶: use 页, 分钟, 小时, 半天, 天, 千字 or 件"}]
    text = cli("import", "price-list", str(sheet), *boss)
    assert text.returncode == 1 and text.stdout.splitlines()[0] == "line 3: '两百' is not an amount of money"
    assert json.loads(ok(cli("bc", "services", "list", *boss, "--json")))["services"] == []

    write_csv(sheet, [["类别", "服务项目", "计费单位", "单价", "押金"], ["复印打印", "黑白复印 A4", "页", "0.50", "否"],
                      ["翻译", "翻译 中译英", "千字", "200", "是"]])
    done = json.loads(ok(cli("import", "price-list", str(sheet), *boss, "--json")))
    assert done == {"rows": 2, "added": ["黑白复印 A4", "翻译 中译英"], "updated": [], "changed": 2, "unchanged": 0}
    again = ok(cli("import", "price-list", str(sheet), *boss))
    assert again.strip() == "2 rows: 0 services added, 0 changed, 2 unchanged"
    listed = json.loads(ok(cli("bc", "services", "list", *boss, "--json")))["services"]
    assert [(s["name"], s["unit"], s["price"], s["takes_deposit"]) for s in listed] == [
        ("黑白复印 A4", "page", "0.50", False), ("翻译 中译英", "thousand_chars", "200.00", True)]


def test_import_equipment(site, tmp_path):
    boss = ("--db", site, "--as", "boss")
    ok(cli("repairs", "load-demo", *boss))
    sheet = write_xlsx(tmp_path / "equipment.xlsx", [
        ["code", "name", "category", "location", "repair_method", "overhaul_months"],
        ["SB-01", "集水井潜污泵 1#", "排水设备", "地下三层集水井", "全面维修", 36],
        ["DT-01", "客梯 1#（A座）", None, None, None, None],
        ["SB-02", "集水井潜污泵 2#", "冷却塔", None, None, None]])
    assert refused(cli("import", "equipment", str(sheet), *boss, "--json")) == [{"line": 4, "reason": (
        "There is no equipment category 冷却塔: give its repair method, or add the category first")}]
    sheet = write_xlsx(tmp_path / "equipment.xlsx", [
        ["code", "name", "category", "location", "repair_method", "overhaul_months"],
        ["SB-01", "集水井潜污泵 1#", "排水设备", "地下三层集水井", "全面维修", 36],
        ["DT-01", "客梯 1#（A座）", None, None, None, None]])
    text = ok(cli("import", "equipment", str(sheet), *boss)).splitlines()
    assert text == ["2 rows: 1 pieces of equipment added, 1 changed, 0 unchanged", "added: SB-01", "changed: DT-01",
                    "categories added or changed: 排水设备"]
    again = json.loads(ok(cli("import", "equipment", str(sheet), *boss, "--json")))
    assert again == {"rows": 2, "added": [], "updated": [], "changed": 0, "unchanged": 2, "categories": []}


def test_import_keys(site, tmp_path):
    boss = ("--db", site, "--as", "boss")
    sheet = write_csv(tmp_path / "keys.csv", [["钥匙编号", "用途", "份数"], ["K-101", "B1 水泵房", "2"],
                                              ["K-101", "屋顶门", "1"]], "utf-8-sig")
    assert refused(cli("import", "keys", str(sheet), *boss, "--json")) == [
        {"line": 3, "reason": "Key K-101 is already on line 2"}]
    write_csv(sheet, [["钥匙编号", "用途", "份数"], ["K-101", "B1 水泵房", "2"], ["K-102", "屋顶门", ""]], "utf-8-sig")
    assert json.loads(ok(cli("import", "keys", str(sheet), *boss, "--json"))) == {
        "rows": 2, "added": ["K-101", "K-102"], "updated": [], "changed": 2, "unchanged": 0}
    fails(cli("import", "keys", str(tmp_path / "nothing.pdf"), *boss), "nothing.pdf is not a spreadsheet")
