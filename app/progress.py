"""How long work reports how far it has gone, and learns that the user cancelled it.

A service that takes a while accepts ``progress: ProgressCallback | None`` and calls it with
``(done, total)``; the caller's callback raises ``Cancelled`` to stop the work.
"""

from collections.abc import Callable

ProgressCallback = Callable[[int, int], None]


class Cancelled(Exception):
    """The user cancelled the work; the service undoes what it had begun."""


def report(progress: ProgressCallback | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
