"""One controllable clock shared by every site of a run, so delays are tested without waiting."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime


class Clock:
    """Real time plus an offset that only moves forward."""

    def __init__(self) -> None:
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        """Current time as a UNIX timestamp, offset included."""
        return time.time() + self._offset

    def timestamp(self) -> int:
        """Current time as whole seconds (what JWT claims use)."""
        return int(self.now())

    def datetime(self) -> datetime:
        """Current time as an aware UTC datetime."""
        return datetime.fromtimestamp(self.now(), tz=UTC)

    def advance(self, seconds: float) -> None:
        """Move time forward; moving back is refused because sites rely on monotonic time."""
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        with self._lock:
            self._offset += seconds
