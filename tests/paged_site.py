"""A building of 450 units, more than two pages of a paged list, written in one transaction through the
register's own code: unit A-0001 to A-0450 with area 50.00 + n/100 m² (so the largest is the last), owned by
王1 ... 王450, except A-0430, owned by 张三丰 (phone 13912345678), and A-0007, owned by 50%_折扣公司."""

from sqlalchemy import select

from app.accounts.register import add_building, check_entry, save_entry
from db.models import Building

UNITS = 450


def owner_of(n: int) -> tuple[str, str]:
    return {430: ("张三丰", "13912345678"), 7: ("50%_折扣公司", "")}.get(n, (f"王{n}", f"1380000{n:04d}"))


def fill_building(db, manager) -> None:
    add_building(db, manager, "A", 30, True, True)
    with db.write(manager) as session:
        buildings = {b.name: b for b in session.scalars(select(Building))}
        for n in range(1, UNITS + 1):
            name, phone = owner_of(n)
            entry = check_entry("A", f"{n:04d}", n % 30 + 1, f"{50 + n / 100:.2f}", "住宅", name, phone, "2026-01-01")
            save_entry(session, manager, entry, buildings)
