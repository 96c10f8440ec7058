"""``frontoffice --self-test``: every step done on a temporary database, and a broken step fails it."""

import io
import os

from app.config import ENV_DATA_DIR
from db.migrate import head_revision
from ui.self_test import run_self_test

STEPS = ["Qt", "database", "receipt", "receipt PDF", "preview", "print", "main window"]


def test_the_self_test_checks_each_step_and_leaves_this_pc_as_it_was(app):
    data_dir = os.environ[ENV_DATA_DIR]
    out = io.StringIO()
    assert run_self_test(["frontoffice"], out) == 0, out.getvalue()
    lines = out.getvalue().splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == [f"ok   {step}" for step in STEPS]
    assert f"schema {head_revision()}" in lines[1] and "SW" in lines[2] and "¥6.00" in lines[2]
    assert lines[-2].endswith(tuple(f"7 tabs: 前台服务、商务中心、报修派工、消防检查、业户收费、招商客服、统计看板 ({s}"
                                    for s in "0123456789")) or "7 tabs" in lines[-2]
    assert lines[-1].startswith("self-test passed in ")
    assert os.environ[ENV_DATA_DIR] == data_dir  # the tests' (or the user's) folders are untouched


def test_a_receipt_that_cannot_be_drawn_fails_the_self_test(app, monkeypatch):
    monkeypatch.setattr("app.documents.layouts.render", lambda *args, **kwargs: b"%PDF-1.4 cut short")
    out = io.StringIO()
    assert run_self_test(["frontoffice"], out) == 1
    lines = out.getvalue().splitlines()
    assert [line.split(":")[0] for line in lines[:3]] == ["ok   Qt", "ok   database", "ok   receipt"]
    assert lines[3].startswith("FAIL receipt PDF: ") and not any(line.startswith("self-test passed") for line in lines)
