"""The pick box finds an open item only by a whole line or an exact key of one item; anything else goes to the
service as typed, so that a typo or an item already closed is refused there, never taken for another item."""

from ui.pick_box import PickBox

LOANS = [("K-12 · 屋顶门 · 陈工", 12, ("K-12", "陈工")), ("K-3 · 配电间 · 刘工", 3, ("K-3", "刘工")),
         ("K-4 · 水泵房 · 刘工", 4, ("K-4", "刘工"))]


def typed(box: PickBox, text: str):
    box.setEditText(text)
    return box.value()


def test_a_whole_line_or_an_exact_key_picks_the_item(app):
    box = PickBox(LOANS)
    assert box.value() is None and box.currentText() == ""
    assert typed(box, "K-12 · 屋顶门 · 陈工") == 12
    assert typed(box, " k-12 ") == 12 and typed(box, "陈工") == 12


def test_part_of_a_line_or_a_key_shared_by_two_is_handed_on_as_typed(app):
    box = PickBox(LOANS)
    assert typed(box, "K-1") == "K-1"  # not K-12
    assert typed(box, "屋顶门") == "屋顶门"  # in one line only, but not a key
    assert typed(box, "刘工") == "刘工" and box.matching("刘工") == [1, 2]  # two keys out to him


def test_the_selected_item_is_offered_and_keys_default_to_the_value(app):
    box = PickBox([("FK2026000001 · 赵六", "FK2026000001"), ("FK2026000002 · 钱七", "FK2026000002")],
                  chosen="FK2026000002")
    assert box.value() == "FK2026000002"
    assert typed(box, "fk2026000001") == "FK2026000001"
