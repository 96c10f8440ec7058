"""The Qt binding the app runs on keeps Python's objects intact. PySide6 6.12.0 released a reference to None on
every call of a Qt method that returns nothing; on Python 3.11 a desk left running then aborts ("deallocating
None") after some tens of thousands of calls. pyproject.toml keeps PySide6 below 6.12 for that; this test says
so if a version with the fault is installed."""

import sys

from PySide6.QtWidgets import QWidget


def test_calling_qt_methods_leaves_none_alone(app):
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setEnabled(True)
    assert sys.getrefcount(None) >= before - 50
