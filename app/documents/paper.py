"""Which paper a document prints on, and how one PC's printer feed is corrected: what the print settings hold.
The drawing is in ``app.documents.layouts`` (reportlab loads only when a page is drawn)."""

from dataclasses import dataclass
from enum import StrEnum


class Layout(StrEnum):
    A4_THREE = "a4-three"
    CARBONLESS = "carbonless-241x93"


@dataclass(frozen=True)
class Offsets:
    """Where the printer puts a carbonless form, corrected per PC: positive moves right and down."""

    x_mm: float = 0.0
    y_mm: float = 0.0


NO_OFFSETS = Offsets()
