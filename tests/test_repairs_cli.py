"""``frontoffice-admin maintenance due`` and ``repairs``: the scheduled job, the list and the dispatch slip."""

import json
import subprocess
from datetime import timedelta

from app.auth import login
from app.clock import today
from app.database import open_database
from app.repairs.maintenance import save_plan
from app.repairs.model import PlanDraft, WorkOrderDraft
from app.repairs.orders import dispatch, report
from tests.test_cli import ADMIN_PASSWORD, cli, fails, ok

YEAR = today().year


def test_maintenance_due_is_idempotent_and_the_slip_prints(site, tmp_path):
    loaded = json.loads(ok(cli("repairs", "load-demo", "--db", site, "--as", "boss", "--json")))
    assert loaded == {"technicians": 4, "materials": 15, "equipment": 12}
    db = open_database(site)
    boss = login(db, "boss", ADMIN_PASSWORD)
    save_plan(db, boss, PlanDraft("水泵周保养", "level1", 1, "week", "检查泵体振动\n检查密封", today() - timedelta(days=7),
                                  category="给排水"))
    order = report(db, boss, WorkOrderDraft("phone", "plumbing", "urgent", "地下二层水泵房漏水", "保安 王明",
                                            "13900000000", location="地下二层水泵房", equipment="GS-01"))
    dispatch(db, boss, order.number, "陈志强")
    db.close()

    first = json.loads(ok(cli("maintenance", "due", "--db", site, "--as", "boss", "--json",
                              "--date", today().isoformat())))
    assert first["generated"] == 4  # two pumps, a week ago and today
    assert first["waiting"] == [f"BY{YEAR}00000{i}" for i in (1, 3, 2, 4)]  # by due date: a week ago, then today
    again = ok(cli("maintenance", "due", "--db", site, "--as", "boss", "--date", today().isoformat()))
    assert again.startswith("Generated 0 maintenance orders; 4 are waiting")
    fails(cli("maintenance", "due", "--db", site, "--as", "boss", "--date", "2099-01-01"), "at most a month ahead")

    listed = json.loads(ok(cli("repairs", "list", "--db", site, "--as", "boss", "--json", "--technician", "陈志强")))
    assert [(o["number"], o["status"], o["location"]) for o in listed["orders"]] == [
        (f"WX{YEAR}000001", "dispatched", "地下二层水泵房")]
    pdf = tmp_path / "slip.pdf"
    ok(cli("repairs", "slip", f"WX{YEAR}000001", "--out", str(pdf), "--db", site, "--as", "boss"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for expected in ("维修派工单", f"WX{YEAR}000001", "地下二层水泵房漏水", "陈志强", "GS-01 生活水泵 1#", "紧急",
                     "客户验收（签字）", "公共区域维修"):
        assert expected in text, expected
