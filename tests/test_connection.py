"""This PC's database connection: a server's details checked, a connection tried without changing anything,
and saved for the next start."""

import stat

import pytest

from app import config
from app.connection import (
    ServerDetails,
    check_connection,
    save_connection,
    saved_connection,
    server_details,
    server_url,
)
from app.errors import DatabaseProblem, ValidationError
from db.migrate import head_revision
from tests.backends import BACKEND, POSTGRESQL, server
from tests.conftest import table_count


def test_a_servers_details_make_its_url_and_back():
    details = ServerDetails(" 192.168.1.20 ", 5433, "frontoffice", "desk", "p@ss:w%rd/中")
    url = server_url(details)
    assert url.startswith("postgresql+psycopg://desk:") and url.endswith("@192.168.1.20:5433/frontoffice")
    assert server_details(url) == ServerDetails("192.168.1.20", 5433, "frontoffice", "desk", "p@ss:w%rd/中")
    assert server_details("/home/desk/frontoffice.sqlite3") is None


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"host": " "}, "host", "server's name or address"),
    ({"host": "db server"}, "host", "has no spaces"),
    ({"port": "abc"}, "port", "from 1 to 65535"),
    ({"port": 70000}, "port", "from 1 to 65535"),
    ({"database": ""}, "database", "database's name"),
    ({"user": "x" * 64}, "user", "at most 63 characters"),
    ({"user": "desk\x00"}, "user", "invisible control characters"),
])
def test_bad_server_details_are_refused_with_the_field(changes, field, message):
    values = {"host": "db.example.cn", "port": 5432, "database": "frontoffice", "user": "desk", "password": ""}
    values.update(changes)
    with pytest.raises(ValidationError, match=message) as caught:
        server_url(ServerDetails(**values))
    assert caught.value.field == field


def test_trying_the_database_in_use_says_which_server_and_that_it_is_ready(db, admin):
    before = table_count(db, "audit_entry")
    found = check_connection(db.url)
    assert found.ready and found.current == head_revision() and not found.empty
    assert found.server.startswith("PostgreSQL 1" if BACKEND == POSTGRESQL else "SQLite 3.")
    assert table_count(db, "audit_entry") == before  # trying is reading only


def test_a_new_empty_database_is_found_empty_and_left_empty(db_url):
    if BACKEND != POSTGRESQL:  # an SQLite file is not there until it is made
        with pytest.raises(DatabaseProblem, match="There is no database at"):
            check_connection(db_url)
        return
    found = check_connection(db_url)
    assert found.empty and not found.ready and found.known
    assert check_connection(db_url).empty  # nothing was created by trying


@pytest.mark.parametrize("url", ["postgresql+psycopg://desk@127.0.0.1:1/frontoffice", "mysql://x@localhost/db",
                                 "postgresql+psycopg://desk@[bad/x"])
def test_a_server_that_cannot_be_reached_is_one_message(url):
    with pytest.raises(DatabaseProblem, match="cannot be used|Cannot use the database") as caught:
        check_connection(url, timeout_s=2)
    assert "\n" not in str(caught.value)


@pytest.mark.postgresql_only("needs a server to name a database it does not have")
def test_a_database_the_server_does_not_have_is_named(db):
    with pytest.raises(DatabaseProblem, match='database "no_such_site" does not exist'):
        check_connection(server().url_of("no_such_site"))


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a database\n" * 100)
    with pytest.raises(DatabaseProblem, match="is not a FrontOffice database"):
        check_connection(str(notes))
    assert notes.read_text() == "not a database\n" * 100


def test_the_saved_connection_is_used_from_the_next_start_and_kept_private(monkeypatch):
    monkeypatch.delenv(config.ENV_DB_URL, raising=False)
    url = server_url(ServerDetails("db.example.cn", 5432, "frontoffice", "desk", "50%off"))
    path = save_connection(url)
    assert saved_connection() == url and config.configured_db() == url
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # it holds the server's password
    assert config.configured_db("/elsewhere.sqlite3") == "/elsewhere.sqlite3"  # --db still wins
    save_connection("")
    assert saved_connection() == "" and config.configured_db() == str(config.default_db_path())
