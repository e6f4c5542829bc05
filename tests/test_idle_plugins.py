"""Hypothesis' plugin is left out of a run's terminal summary only when it has nothing to say."""

from __future__ import annotations

import sys
from types import SimpleNamespace
from typing import Any

import pytest

from parcours import idle_plugins


class FakeConfig:
    """The parts of pytest.Config that idle_plugins reads."""

    def __init__(self, stats: dict[str, list[Any]], statistics: bool = False) -> None:
        self.reporter = SimpleNamespace(stats=stats)
        self.statistics = statistics
        self.pluginmanager = SimpleNamespace(get_plugin=lambda name: self.reporter)

    def getoption(self, name: str, default: Any = None) -> Any:
        return self.statistics if name == "hypothesis_show_statistics" else default


def config(stats: dict[str, list[Any]], statistics: bool = False) -> pytest.Config:
    return FakeConfig(stats, statistics)  # type: ignore[return-value]


def test_a_run_without_hypothesis_has_nothing_for_its_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "hypothesis", raising=False)
    assert idle_plugins.hypothesis_has_nothing_to_say(config({"passed": [SimpleNamespace()]}))


def test_hypothesis_imported_statistics_asked_or_a_worker_s_report_keep_the_summary(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delitem(sys.modules, "hypothesis", raising=False)
    assert not idle_plugins.hypothesis_has_nothing_to_say(config({}, statistics=True))
    worker_report = SimpleNamespace(_hypothesis_failing_examples="[]")
    assert not idle_plugins.hypothesis_has_nothing_to_say(config({"failed": [worker_report]}))
    monkeypatch.setitem(sys.modules, "hypothesis", SimpleNamespace())
    assert not idle_plugins.hypothesis_has_nothing_to_say(config({}))
