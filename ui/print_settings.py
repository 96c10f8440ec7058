"""How this PC prints each kind of document: the layout, and the offsets of its carbonless forms.

Kept in QSettings, because they belong to the PC and its printer, not to the site.
"""

from app.documents.paper import Layout, Offsets
from ui.settings import settings

MAX_OFFSET_MM = 20.0


def layout_for(doc_type: str) -> Layout:
    value = settings().value(f"printing/{doc_type}/layout", Layout.A4_THREE.value)
    try:
        return Layout(str(value))
    except ValueError:
        return Layout.A4_THREE


def set_layout(doc_type: str, layout: Layout) -> None:
    settings().setValue(f"printing/{doc_type}/layout", Layout(layout).value)


def offsets() -> Offsets:
    store = settings()
    return Offsets(_clamp(store.value("printing/carbonless/offset_x_mm", 0.0)),
                   _clamp(store.value("printing/carbonless/offset_y_mm", 0.0)))


def set_offsets(value: Offsets) -> None:
    store = settings()
    store.setValue("printing/carbonless/offset_x_mm", _clamp(value.x_mm))
    store.setValue("printing/carbonless/offset_y_mm", _clamp(value.y_mm))


def _clamp(value) -> float:
    try:
        number = float(value)  # a length in millimetres read back from QSettings, not money
    except (TypeError, ValueError):
        return 0.0
    return max(-MAX_OFFSET_MM, min(MAX_OFFSET_MM, number))
