"""``frontoffice-admin bc``: the price list and the shift report, as text, JSON and PDF."""

import json
import subprocess
from decimal import Decimal

from app.auth import login
from app.business.model import LineDraft, OrderDraft
from app.business.orders import create_order, settle, take_deposit
from app.business.price_list import list_services
from app.clock import today
from app.database import open_database
from tests.test_cli import ADMIN_PASSWORD, cli, fails, ok


def test_services_list_and_shift_report(site, tmp_path):
    loaded = json.loads(ok(cli("bc", "load-demo", "--db", site, "--as", "boss", "--json")))
    assert loaded == {"services": 39, "resources": 14}
    assert "Added 0 services and 0 rooms" in ok(cli("bc", "load-demo", "--db", site, "--as", "boss"))
    db = open_database(site)
    boss = login(db, "boss", ADMIN_PASSWORD)
    ids = {s.name: s.id for s in list_services(db, boss)}
    order = create_order(db, boss, OrderDraft("刘先生", (LineDraft(ids["翻译 中译英"], Decimal("2")),), "139"))
    take_deposit(db, boss, order.number, Decimal("200.00"), "cash")
    settle(db, boss, order.number, "wechat")  # 400.00 - 200.00 = 200.00 by WeChat
    db.close()

    services = json.loads(ok(cli("bc", "services", "list", "--db", site, "--as", "boss", "--json")))["services"]
    assert len(services) == 39
    assert {"name": "翻译 中译英", "unit": "thousand_chars", "price": "200.00", "takes_deposit": True} .items() <= \
        next(s for s in services if s.get("name") == "翻译 中译英").items()
    assert "黑白复印 A4" in ok(cli("bc", "services", "list", "--db", site, "--as", "boss"))

    out = tmp_path / "shift.pdf"
    report = json.loads(ok(cli("bc", "shift-report", "--date", today().isoformat(), "--operator", "王经理",
                               "--out", str(out), "--db", site, "--as", "boss", "--json")))
    assert report["totals"] == {"cash": {"deposits": "200.00", "settled": "0.00", "refunds": "0.00", "voids": "0.00",
                                         "net": "200.00"},
                                "wechat": {"deposits": "0.00", "settled": "200.00", "refunds": "0.00",
                                           "voids": "0.00", "net": "200.00"}}
    assert report["expected_cash"] == "200.00" and len(report["receipts"]) == 1
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "商务中心交班日结" in text and "王经理" in text

    fails(cli("bc", "shift-report", "--date", "2026-13-01", "--db", site, "--as", "boss"), "invalid day value")
    fails(cli("bc", "shift-report", "--date", today().isoformat(), "--operator", "nobody", "--db", site,
              "--as", "boss"), "There is no operator nobody")
