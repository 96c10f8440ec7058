"""``frontoffice-admin`` as an administrator types it: text or one JSON object, one line on stderr on failure."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.clock import today
from db.migrate import head_revision
from tests.backends import behind_the_apps_back, drop_trigger

ADMIN_PASSWORD = "boss-pass-1"


def cli(*args, password=ADMIN_PASSWORD, new_password=None, env_db=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTOFFICE_PASSWORD")}
    if password is not None:
        env["FRONTOFFICE_PASSWORD"] = password
    if new_password is not None:
        env["FRONTOFFICE_NEW_PASSWORD"] = new_password
    if env_db is not None:
        env["FRONTOFFICE_DB_URL"] = env_db
    return subprocess.run([sys.executable, "-m", "app.cli.main", *args], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=120)


def ok(result):
    assert result.returncode == 0, result.stderr
    return result.stdout


def fails(result, message):
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    return lines[0]



def test_the_entry_point_is_installed():
    scripts = Path(sys.executable).parent
    assert shutil.which("frontoffice-admin", path=str(scripts)) and shutil.which("frontoffice", path=str(scripts))


def test_init_creates_the_database_and_the_first_administrator(tmp_path):
    path = tmp_path / "new.sqlite3"
    out = json.loads(ok(cli("init", "--db", str(path), "--as", "boss", "--json")))
    assert out == {"database": str(path), "schema": head_revision(), "created_admin": "boss"}
    # A second init with another name creates nobody: the database has its administrator.
    out = fails(cli("init", "--db", str(path), "--as", "eve", password="eve-pass-12"), "no user named eve")
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT username, role FROM user_account").fetchall() == [("boss", "admin")]


def test_init_without_a_password_says_how_to_give_one(tmp_path):
    path = tmp_path / "new.sqlite3"
    fails(cli("init", "--db", str(path), "--as", "boss", password=None), "FRONTOFFICE_PASSWORD")
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT COUNT(*) FROM user_account").fetchone() == (0,)


def test_users_add_list_and_passwd(site):
    added = json.loads(ok(cli("users", "add", "amy", "--role", "cashier", "--full-name", "张收费", "--db", site,
                              "--as", "boss", "--json", new_password="amy-pass-12")))
    assert added["user"]["name"] == "amy" and added["user"]["role"] == "cashier"
    listed = json.loads(ok(cli("users", "list", "--db", site, "--as", "boss", "--json")))
    assert [(u["name"], u["role"], u["full_name"]) for u in listed["users"]] == [
        ("amy", "cashier", "张收费"), ("boss", "admin", "王经理")]
    text = ok(cli("users", "list", "--db", site, "--as", "boss"))
    assert "amy" in text and "cashier" in text and "张收费" in text
    ok(cli("users", "passwd", "amy", "--db", site, "--as", "boss", new_password="amy-new-pass"))
    fails(cli("users", "list", "--db", site, "--as", "amy", password="amy-new-pass"), "may not manage users")


def test_the_database_can_come_from_the_environment(site):
    listed = json.loads(ok(cli("users", "list", "--as", "boss", "--json", env_db=site)))
    assert [u["name"] for u in listed["users"]] == ["boss"]


def rows(site, sql):
    with behind_the_apps_back(site) as connection:
        return [tuple(row) for row in connection.exec_driver_sql(sql)]


def test_refusals_are_one_line_and_change_nothing(site, tmp_path):
    users = rows(site, "SELECT * FROM user_account")
    audit = rows(site, "SELECT seq FROM audit_entry")
    fails(cli("users", "list", "--db", site, "--as", "nobody"), "There is no user named nobody")
    fails(cli("users", "list", "--db", site), "--as NAME")
    assert rows(site, "SELECT seq FROM audit_entry") == audit
    fails(cli("users", "add", "x1", "--role", "cashier", "--db", site, "--as", "boss", new_password="short"),
          "at least 8 characters")
    assert rows(site, "SELECT * FROM user_account")[0][:8] == users[0][:8]
    assert rows(site, f"SELECT action FROM audit_entry WHERE seq > {len(audit)}") == [("login",)]
    fails(cli("users", "list", "--db", site, "--as", "boss", password="wrong-one"), "Wrong password for boss")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n" * 10)
    fails(cli("users", "list", "--db", str(notes), "--as", "boss"), "is not a FrontOffice database")
    assert notes.read_text() == "not a database\n" * 10


def test_backup_restore_and_audit_verify(site, tmp_path):
    out = tmp_path / ("copy.sqlite3" if "://" not in site else "copy.dump")
    assert json.loads(ok(cli("backup", "--out", str(out), "--db", site, "--as", "boss", "--json"))) == {"backup": str(out)}
    ok(cli("users", "add", "late", "--role", "front_desk", "--db", site, "--as", "boss", new_password="late-pass-1"))
    restored = json.loads(ok(cli("restore", str(out), "--db", site, "--as", "boss", "--json")))
    assert Path(restored["safety_copy"]).exists()
    listed = json.loads(ok(cli("users", "list", "--db", site, "--as", "boss", "--json")))
    assert [u["name"] for u in listed["users"]] == ["boss"]
    assert "Audit log intact" in ok(cli("audit", "verify", "--db", site, "--as", "boss"))

    with behind_the_apps_back(site) as connection:  # as someone editing the database by hand would
        drop_trigger(connection, "audit_entry_no_update", "audit_entry")
        connection.exec_driver_sql("UPDATE audit_entry SET username = 'someone-else' WHERE seq = 1")
    fails(cli("audit", "verify", "--db", site, "--as", "boss"), "row 1 was changed")


@pytest.fixture
def receipt_number(site):
    """A fee receipt issued by a cashier, as the owner-accounts tab will issue them."""
    from app.auth import login
    from app.database import open_database
    from app.receipts.issuing import issue
    from app.users import add_user
    from tests.conftest import fee_draft

    db = open_database(site)
    try:
        boss = login(db, "boss", ADMIN_PASSWORD)
        add_user(db, boss, "amy", "cashier", "amy-pass-12", "张丽")
        return issue(db, login(db, "amy", "amy-pass-12"), fee_draft()).number
    finally:
        db.close()


def test_receipts_show_list_pdf_and_reprint(site, receipt_number, tmp_path):
    shown = json.loads(ok(cli("receipts", "show", receipt_number, "--db", site, "--as", "amy", "--json",
                              password="amy-pass-12")))["receipt"]
    assert (shown["number"], shown["total"], shown["payer"], shown["status"]) == (receipt_number, "528.34", "王小明", "issued")
    assert "¥528.34" in ok(cli("receipts", "show", receipt_number, "--db", site, "--as", "boss"))
    listed = json.loads(ok(cli("receipts", "list", "--from", shown["date"], "--to", shown["date"], "--db", site,
                               "--as", "boss", "--json")))
    assert [r["number"] for r in listed["receipts"]] == [receipt_number]

    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    out = json.loads(ok(cli("receipts", "pdf", receipt_number, "--out", str(first), "--db", site, "--as", "boss",
                            "--json")))
    assert (out["print"], out["reprint"], out["layout"]) == (1, False, "a4-three")
    out = json.loads(ok(cli("receipts", "pdf", receipt_number, "--out", str(second), "--layout", "carbonless-241x93",
                            "--db", site, "--as", "boss", "--json")))
    assert (out["print"], out["reprint"]) == (2, True)
    text = subprocess.run(["pdftotext", str(second), "-"], capture_output=True, text=True, check=True).stdout
    assert "补打 第1次" in text and receipt_number in text
    assert "补打" not in subprocess.run(["pdftotext", str(first), "-"], capture_output=True, text=True).stdout


def test_receipts_void_needs_a_manager_and_a_reason(site, receipt_number, tmp_path):
    fails(cli("receipts", "void", receipt_number, "--reason", "typo", "--db", site, "--as", "amy",
              password="amy-pass-12"), "may not void receipts")
    fails(cli("receipts", "void", receipt_number, "--reason", " ", "--db", site, "--as", "boss"), "Say why")
    fails(cli("receipts", "void", "SK2026999999", "--reason", "typo", "--db", site, "--as", "boss"),
          "no receipt numbered SK2026999999")
    fails(cli("receipts", "void", receipt_number, "--db", site, "--as", "boss"), "--reason")
    voided = json.loads(ok(cli("receipts", "void", receipt_number, "--reason", "房号填错", "--db", site, "--as", "boss",
                               "--json")))["receipt"]
    assert (voided["status"], voided["void_reason"]) == ("void", "房号填错")
    fails(cli("receipts", "void", receipt_number, "--reason", "again", "--db", site, "--as", "boss"), "already void")
    out = tmp_path / "void.pdf"
    ok(cli("receipts", "pdf", receipt_number, "--out", str(out), "--db", site, "--as", "boss"))
    assert "作废" in subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout


def test_an_unwritable_pdf_path_is_refused_and_not_counted(site, receipt_number, tmp_path):
    fails(cli("receipts", "pdf", receipt_number, "--out", str(tmp_path / "no" / "dir" / "r.pdf"), "--db", site,
              "--as", "boss"), "Cannot write")
    shown = json.loads(ok(cli("receipts", "show", receipt_number, "--db", site, "--as", "boss", "--json")))
    assert shown["receipt"]["print_count"] == 0


@pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbarimg (zbar-tools) is not installed; scripts/setup.sh --test installs it")
def test_the_printed_qr_code_scans_and_verifies(site, receipt_number, tmp_path):
    pdf = tmp_path / "r.pdf"
    ok(cli("receipts", "pdf", receipt_number, "--out", str(pdf), "--layout", "carbonless-241x93", "--db", site,
           "--as", "boss"))
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf), str(tmp_path / "page")], check=True)
    scanned = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "page-1.png")], capture_output=True,
                             text=True).stdout.strip()
    assert scanned.startswith(f"FO1|{receipt_number}|")
    assert "Genuine" in ok(cli("receipts", "verify", scanned, "--db", site, "--as", "boss"))
    parts = scanned.split("|")
    altered = "|".join([*parts[:3], "99999", parts[4]])
    fails(cli("receipts", "verify", altered, "--db", site, "--as", "boss"), "Not a genuine receipt")
    fails(cli("receipts", "verify", "hello", "--db", site, "--as", "boss"), "not a FrontOffice receipt code")
    ok(cli("receipts", "void", receipt_number, "--reason", "重复收款", "--db", site, "--as", "boss"))
    fails(cli("receipts", "verify", scanned, "--db", site, "--as", "boss"), "genuine but was voided: 重复收款")


def test_owner_accounts_from_the_command_line(site, tmp_path):
    boss = ("--db", site, "--as", "boss", "--json")
    ok(cli("buildings", "add", "A", "--floors", "30", "--lift", "--water", *boss))
    for item, rate in (("property", "2.50"), ("lift", "0.60"), ("water", "0.30")):
        ok(cli("fees", "set", item, "--unit-type", "residential", "--rate", rate, "--from", "2026-01-01", *boss))
    fails(cli("fees", "set", "property", "--unit-type", "residential", "--rate", "-1", *boss[:-1]), "cannot be negative")
    sheet = tmp_path / "units.csv"
    sheet.write_bytes("楼栋,房号,楼层,建筑面积,类型,业主,电话,交房日期\r\nA,1201,12,100,住宅,张三,138,2025-12-01\r\n"
                      "A,1202,12,0,住宅,李四,139,2025-12-01\r\n".encode("gbk"))
    rejected = cli("import", "units", str(sheet), *boss)
    assert rejected.returncode == 1 and "1 rows are wrong; nothing was imported" in rejected.stderr
    assert json.loads(rejected.stdout)["problems"][0]["line"] == 3
    sheet.write_bytes("楼栋,房号,楼层,建筑面积,类型,业主,电话,交房日期\r\nA,1201,12,100,住宅,张三,138,2025-12-01\r\n"
                      .encode("gbk"))
    assert json.loads(ok(cli("import", "units", str(sheet), *boss)))["changed"] == 1
    assert json.loads(ok(cli("bill", "--period", "2026-10", *boss))) == {
        "period": "2026-10", "lines_created": 3, "total": "340.00", "credit_applied": "0.00"}
    paid = json.loads(ok(cli("pay", "--unit", "A-1201", "--amount", "300.00", "--method", "cash", *boss)))
    assert paid["allocated"] == [{"period": "2026-10", "item": "property", "amount": "250.00"},
                                 {"period": "2026-10", "item": "lift", "amount": "50.00"}]
    assert paid["credit"] == "0.00" and paid["receipt"].startswith("SK")
    owed = json.loads(ok(cli("arrears", "--as-of", today().isoformat(), *boss)))
    assert owed["units"][0]["unit"] == "A-1201" and owed["units"][0]["outstanding"] == "40.00"
    assert owed["units"][0]["oldest_period"] == "2026-10" and owed["total"] == "40.00"
    assert json.loads(ok(cli("collection", "--period", "2026-10", *boss))) == {
        "period": "2026-10", "billed": "340.00", "paid": "300.00", "rate": "0.8824"}
    fails(cli("pay", "--unit", "A-1201", "--amount", "abc", "--method", "cash", *boss[:-1]), "not an amount")
    fails(cli("pay", "--unit", "Z-1", "--amount", "1.00", "--method", "cash", *boss[:-1]), "no unit Z-1")
    fails(cli("bill", "--period", "2099-01", *boss[:-1]), "has not ended")
    statement = tmp_path / "statement.pdf"
    assert json.loads(ok(cli("statement", "--unit", "A-1201", "--out", str(statement), *boss))) == {
        "file": str(statement)}
    text = subprocess.run(["pdftotext", "-layout", str(statement), "-"], capture_output=True, text=True).stdout
    assert "对账单" in text and "欠费合计：¥40.00" in text and "收款合计：¥300.00" in text
    ok(cli("occupants", "add", "--unit", "A-1201", "--name", "陈租户", "--role", "tenant", "--move-in", "2026-11-01",
           "--pays", *boss))
    listed = json.loads(ok(cli("occupants", "list", "--unit", "A-1201", *boss)))["occupants"]
    assert [(o["name"], o["role"], o["pays"]) for o in listed] == [("张三", "owner", False), ("陈租户", "tenant", True)]
    reminders = tmp_path / "reminders.pdf"
    assert json.loads(ok(cli("reminders", "--out", str(reminders), *boss)))["reminders"] == 1
    fails(cli("statement", "--unit", "A-1201", "--out", str(tmp_path / "no" / "s.pdf"), *boss[:-1]), "Cannot write")
