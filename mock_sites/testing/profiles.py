"""Which state of the sites a scenario sees: the harness sets it at the start of each scenario."""

from __future__ import annotations

from ..profiles import STATE_FILE, State, UnknownProfile, show, state_of
from ..runner import RunningSites

__all__ = ["RunningSites", "State", "UnknownProfile", "show_default", "show_state", "state_of"]


def show_state(sites: RunningSites, state: State) -> None:
    """The run's sites show `state` from their next request (every site reads the same file)."""
    show(sites.data_dir, state)


def show_default(sites: RunningSites) -> None:
    """The run's sites show their default state again (the latest tutorial's)."""
    (sites.data_dir / STATE_FILE).unlink(missing_ok=True)
