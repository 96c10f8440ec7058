"""Debug mode's watchdog: a unit of work on the GUI thread that takes longer than 200 ms makes the clerk wait,
so it is logged, with the stack that called it and its slowest statement, to be made faster or moved off the
GUI thread. Units of work on other threads (background tasks) may take their time."""

import logging
import threading
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event

LIMIT_S = 0.2
log = logging.getLogger("frontoffice.watchdog")


class Watchdog:
    def __init__(self, thread: threading.Thread | None = None, limit_s: float = LIMIT_S):
        self.thread = thread or threading.main_thread()  # the GUI thread
        self.limit_s = limit_s
        self.local = threading.local()

    def attach(self, engine: Engine) -> None:
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)

    @contextmanager
    def unit(self, kind: str) -> Iterator[None]:
        """Times one unit of work (``read`` or ``write``) and logs it when it is too long on the GUI thread."""
        if threading.current_thread() is not self.thread or getattr(self.local, "timing", False):
            yield
            return
        self.local.timing, self.local.slowest = True, (0.0, "")
        started = time.perf_counter()
        try:
            yield
        finally:
            elapsed = time.perf_counter() - started
            self.local.timing = False
            if elapsed > self.limit_s:
                slowest, statement = self.local.slowest
                stack = "".join(traceback.format_stack()[:-3])  # up to the code that opened the unit
                log.warning("a %s unit of work took %.0f ms on the GUI thread (limit %.0f ms); its slowest "
                            "statement took %.0f ms: %s\n%s", kind, elapsed * 1000, self.limit_s * 1000,
                            slowest * 1000, " ".join(statement.split())[:500], stack)

    def _before(self, connection, _cursor, _statement, _parameters, _context, _executemany) -> None:
        connection.info.setdefault("watchdog_started", []).append(time.perf_counter())

    def _after(self, connection, _cursor, statement, _parameters, _context, _executemany) -> None:
        elapsed = time.perf_counter() - connection.info["watchdog_started"].pop()
        if getattr(self.local, "timing", False) and elapsed > self.local.slowest[0]:
            self.local.slowest = (elapsed, statement)
