"""the pinyin initials of the people on each front-desk record (visitor, parcel recipient, message, complaint,
errand, luggage owner, key borrower) in a column of their own, so that ``zs`` finds 张三 in SQL instead of by
computing every row's initials in Python at each keystroke

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-25

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table -> the columns holding the people's names, as the app's searches name them
NAMES = {"visitor": ("name",), "parcel": ("recipient",), "desk_message": ("for_person", "from_person"),
         "complaint": ("complainant",), "errand": ("requester",), "luggage": ("owner",), "key_loan": ("person",)}
CHUNK = 5000


def initials(text: str) -> str:
    """As the app writes them at this revision: each character's first pinyin letter, letters and digits as they
    are, lower case; the names' initials joined by a space."""
    from pypinyin import Style, lazy_pinyin

    letters = lazy_pinyin(text or "", style=Style.FIRST_LETTER, errors="default")
    return "".join(part for part in letters if part.isalnum()).lower()


def upgrade() -> None:
    connection = op.get_bind()
    for table, names in NAMES.items():
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column("initials", sa.String(length=200), nullable=False, server_default=""))
        rows = connection.execute(sa.text(f"SELECT id, {', '.join(names)} FROM {table} ORDER BY id")).all()
        for start in range(0, len(rows), CHUNK):
            values = [{"id": row[0], "initials": " ".join(initials(name) for name in row[1:] if name)[:200]}
                      for row in rows[start:start + CHUNK]]
            connection.execute(sa.text(f"UPDATE {table} SET initials = :initials WHERE id = :id"), values)


def downgrade() -> None:
    for table in NAMES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("initials")
