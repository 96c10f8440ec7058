"""``frontoffice-admin fire``: due inspections, overdue notices, a printed notice and the archive."""

import json
import subprocess
from datetime import timedelta

from app.accounts.register import add_building
from app.auth import login
from app.clock import today
from app.database import open_database
from app.safety.inspections import finish_inspection, start_inspection
from app.safety.model import AnswerDraft, AreaDraft, FollowUp, InspectionDraft, ScheduleDraft
from app.safety.schedules import save_schedule
from tests.test_cli import ADMIN_PASSWORD, cli, fails, ok

YEAR = today().year


def test_due_overdue_notice_and_archive(site, tmp_path):
    added = json.loads(ok(cli("fire", "install-checklists", "--db", site, "--as", "boss", "--json")))["added"]
    assert added >= 20
    assert "Added 0 checklists" in ok(cli("fire", "install-checklists", "--db", site, "--as", "boss"))
    db = open_database(site)
    boss = login(db, "boss", ADMIN_PASSWORD)
    add_building(db, boss, "A", 30, True, True)
    save_schedule(db, boss, ScheduleDraft("XF-DAILY", AreaDraft("building", "A"), today() - timedelta(days=1)))
    save_schedule(db, boss, ScheduleDraft("XF-EXT", AreaDraft("plant_room", "消防水泵房"), today()))
    inspection = start_inspection(db, boss, InspectionDraft("XF-EXT", AreaDraft("plant_room", "消防水泵房")))
    item = inspection.answers[0].item.id
    finish_inspection(db, boss, inspection.number, [AnswerDraft(a.item.id, "fail" if a.item.id == item else "pass",
                                                                "灭火器缺失" if a.item.id == item else "")
                                                    for a in inspection.answers], [FollowUp(item, deadline=today())])
    db.close()

    due = json.loads(ok(cli("fire", "due", "--db", site, "--as", "boss", "--json")))
    assert [(d["template"], d["area"], d["state"], d["missed"]) for d in due["due"]] == [
        ("XF-DAILY", "A座", "missed", 1)]
    assert "漏检  XF-DAILY" in ok(cli("fire", "due", "--db", site, "--as", "boss"))
    assert "Nothing is due" in ok(cli("fire", "due", "--db", site, "--as", "boss", "--category", "cleaning"))

    assert "No notice is past its deadline" in ok(cli("fire", "overdue", "--db", site, "--as", "boss"))
    later = (today() + timedelta(days=2)).isoformat()
    overdue = json.loads(ok(cli("fire", "overdue", "--db", site, "--as", "boss", "--json", "--date", later)))
    assert [(n["number"], n["area"], n["recipient"], n["days_over"]) for n in overdue["overdue"]] == [
        (f"ZG{YEAR}000001", "消防水泵房", "工程部", 2)]

    pdf = tmp_path / "notice.pdf"
    ok(cli("fire", "notice", f"ZG{YEAR}000001", "--out", str(pdf), "--db", site, "--as", "boss"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "消防整改通知书" in text and "灭火器缺失" in text and "工程部" in text
    archive = tmp_path / "archive.pdf"
    ok(cli("fire", "archive", "--from", today().replace(day=1).isoformat(), "--to", today().isoformat(),
           "--out", str(archive), "--db", site, "--as", "boss"))
    text = subprocess.run(["pdftotext", str(archive), "-"], capture_output=True, text=True, check=True).stdout
    assert "消防档案" in text and inspection.number in text and f"ZG{YEAR}000001" in text
    fails(cli("fire", "archive", "--from", "2026-02-01", "--to", "2026-01-01", "--out", str(archive), "--db", site,
              "--as", "boss"), "ends before it begins")
    fails(cli("fire", "notice", "ZG1", "--out", str(pdf), "--db", site, "--as", "boss"), "no rectification notice")
