"""Long lists a page at a time: pages in the database's order never overlap and together hold every row; the
search runs in the database over every row, not only the ones a page shows; a page that makes no sense is
refused."""

from decimal import Decimal

import pytest

from app.accounts.register import list_units
from app.clock import today
from app.errors import ValidationError
from app.paging import MAX_LIMIT, Page
from app.receipts.records import find
from tests.paged_site import UNITS, fill_building


@pytest.fixture
def building(db, manager):
    fill_building(db, manager)
    return manager


def codes(units) -> list[str]:
    return [unit.code for unit in units]


def test_pages_in_order_hold_every_unit_once(db, building):
    pages = [list_units(db, building, "", Page(offset, 200)) for offset in (0, 200, 400)]
    assert [len(page) for page in pages] == [200, 200, 50]
    assert sum((codes(page) for page in pages), []) == [f"A-{n:04d}" for n in range(1, UNITS + 1)]
    assert list_units(db, building, "", Page(450, 200)) == []


def test_the_database_sorts_by_the_column_asked_for(db, building):
    largest = list_units(db, building, "", Page(0, 3, "area", descending=True))
    assert codes(largest) == ["A-0450", "A-0449", "A-0448"] and largest[0].area == Decimal("54.50")
    by_floor = list_units(db, building, "", Page(0, 16, "floor"))  # floor n % 30 + 1: floor 1 holds 30, 60, ...
    assert [unit.floor for unit in by_floor] == [1] * 15 + [2]
    assert codes(by_floor)[:15] == [f"A-{n:04d}" for n in range(30, 451, 30)]  # then by id: the order written


def test_a_search_finds_rows_beyond_the_first_page(db, building):
    for typed in ("zsf", "张三", "13912345", "a-0430", "A-0430"):
        assert codes(list_units(db, building, typed, Page(0, 200))) == ["A-0430"], typed
    assert codes(list_units(db, building, "王44", Page(0, 200))) == ["A-0044"] + [f"A-{n:04d}" for n in range(440, 450)]
    assert len(list_units(db, building, "王", Page(0, 200))) == 200  # the first page of 449 matches


def test_percent_and_underscore_are_searched_as_typed(db, building):
    assert codes(list_units(db, building, "%", Page(0, 200))) == ["A-0007"]
    assert codes(list_units(db, building, "0%_", Page(0, 200))) == ["A-0007"]
    assert codes(list_units(db, building, "_", Page(0, 200))) == ["A-0007"]


REFUSED = [(Page(-1, 200), "offset"), (Page("0", 200), "offset"), (Page(2**31, 200), "offset"), (Page(0, 0), "limit"),
           (Page(0, MAX_LIMIT + 1), "limit"), (Page(0, 2.5), "limit"), (Page(0, 200, "owes"), "order"),
           (Page(0, 200, None), "order")]


def test_a_page_that_makes_no_sense_is_refused(db, building):
    for page, field in REFUSED:
        with pytest.raises(ValidationError) as refused:
            list_units(db, building, "", page)
        assert refused.value.field == field, page
        with pytest.raises(ValidationError) as refused:
            find(db, building, today(), today(), None, "", page)
        assert refused.value.field == field, page
