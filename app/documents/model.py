"""A printable document as plain data; the layouts in ``app.documents.layouts`` draw it."""

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Field:
    label: str
    value: str


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # share of the table's width
    align: str = "left"  # "left", "right" or "centre"


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    min_rows: int = 0  # empty ruled rows drawn below the last line, as on a paper form


@dataclass(frozen=True)
class Document:
    title: str
    number: str
    issued: str  # date and time as printed
    company_name: str = ""
    site_name: str = ""
    fields: tuple[Field, ...] = ()  # under the title: payer, unit...
    table: Table | None = None
    total: Decimal | None = None  # printed in figures and in uppercase words
    total_label: str = "合计"
    notes: tuple[str, ...] = ()  # paragraphs under the fields (a letter's text), wrapped to the width
    footer: tuple[Field, ...] = ()  # under the total: payment method, deposit, operator...
    signatures: tuple[str, ...] = ()  # labels of boxes for a signature or the seal
    qr_payload: str | None = None
    marks: tuple[str, ...] = field(default_factory=tuple)  # beside the title, e.g. "补打 第1次"
    void: bool = False  # drawn across with 作废
