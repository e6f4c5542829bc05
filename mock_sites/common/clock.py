"""One controllable clock shared by every site of a run, so delays are tested without waiting."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

Moment = datetime  # the `datetime` method below hides the class inside Clock


class Clock:
    """Real time plus an offset. Sites rely on time moving forward, so within a scenario it only
    advances; `travel_to` sets a date once, at a scenario's start, and `reset` undoes it after."""

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

    def travel_to(self, moment: Moment) -> None:
        """Make every site live at `moment` (aware), then run on from there (« nous sommes le … »).

        Meant for the start of a scenario, before anything is issued: codes and tokens from before
        would look issued in the future. The browser's cookies carry no date from this clock."""
        if moment.tzinfo is None:
            raise ValueError("the moment needs a time zone (e.g. Europe/Paris)")
        with self._lock:
            self._offset = moment.timestamp() - time.time()

    def reset(self) -> None:
        """Back to real time (after a scenario that travelled), so the next one starts from today."""
        with self._lock:
            self._offset = 0.0
