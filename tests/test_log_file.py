"""The log file in the data folder: written from the start, rotated so that it never fills the disk."""

import logging

import pytest

from app import log_file
from app.config import ENV_DATA_DIR


@pytest.fixture
def logging_into(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "data"))
    yield tmp_path / "data"
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "frontoffice", False)]:
        root.removeHandler(handler)
        handler.close()


def test_records_go_to_the_log_file_in_the_data_folder(logging_into):
    path = log_file.start_logging()
    assert path == logging_into / "frontoffice.log"
    log_file.logger.info("FrontOffice %s starting", "0.1.0")
    try:
        raise ValueError("小数点错位")
    except ValueError:
        log_file.logger.exception("unexpected error")
    text = path.read_text(encoding="utf-8")
    assert "INFO frontoffice: FrontOffice 0.1.0 starting" in text
    assert "ERROR frontoffice: unexpected error" in text and "ValueError: 小数点错位" in text
    assert "Traceback (most recent call last)" in text


def test_the_log_rotates_and_keeps_five_older_files(logging_into, monkeypatch):
    monkeypatch.setattr(log_file, "MAX_BYTES", 10_000)
    path = log_file.start_logging()
    for line in range(2000):
        log_file.logger.info("line %05d %s", line, "x" * 40)
    kept = sorted(p.name for p in logging_into.iterdir())
    assert kept == ["frontoffice.log", *(f"frontoffice.log.{n}" for n in range(1, 6))]
    assert all(p.stat().st_size <= 10_000 for p in logging_into.iterdir())
    assert "line 01999" in path.read_text(encoding="utf-8")  # the newest in the current file


def test_starting_twice_does_not_write_each_record_twice(logging_into):
    log_file.start_logging()
    path = log_file.start_logging()
    log_file.logger.info("only once")
    assert path.read_text(encoding="utf-8").count("only once") == 1


def test_a_data_folder_that_cannot_be_written_leaves_the_app_running_without_a_log(tmp_path, monkeypatch):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    monkeypatch.setenv(ENV_DATA_DIR, str(blocked / "data"))
    assert log_file.start_logging() is None
    log_file.logger.info("nowhere to go")  # no error
