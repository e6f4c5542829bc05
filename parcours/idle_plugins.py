"""Plugins installed beside Parcours that would cost a run time without anything to do in it.

Hypothesis (a development dependency: it feeds the command-line tests) registers a pytest plugin
whose terminal summary imports the whole of Hypothesis to look for observation files, about 0.25 s
of CPU at the end of every run, 3 % of a one-journey run (docs/reference/performances.md). A run in
which no test imported Hypothesis, and no report (an xdist worker's) carries its statistics or
failing examples, has nothing for that summary to say: the plugin is unregistered before it.
"""

from __future__ import annotations

import sys

import pytest

HYPOTHESIS_PLUGIN = "hypothesispytest"  # its pytest11 entry point
# What Hypothesis' plugin attaches to a test's report (_hypothesis_pytestplugin's STATS_KEY, …).
HYPOTHESIS_REPORT_KEYS = ("_hypothesis_stats", "_hypothesis_failing_examples")


def hypothesis_has_nothing_to_say(config: pytest.Config) -> bool:
    """Whether Hypothesis' terminal summary would print nothing: never imported, no statistics asked
    for, no report of a Hypothesis test."""
    if "hypothesis" in sys.modules or config.getoption("hypothesis_show_statistics", False):
        return False
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    stats = getattr(reporter, "stats", {})
    return not any(
        key in getattr(report, "__dict__", {})
        for reports in stats.values()
        for report in reports
        for key in HYPOTHESIS_REPORT_KEYS
    )


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    """Before the terminal summary: leave Hypothesis' plugin out of it when it has nothing to say."""
    plugin = session.config.pluginmanager.get_plugin(HYPOTHESIS_PLUGIN)
    if plugin is not None and hypothesis_has_nothing_to_say(session.config):
        session.config.pluginmanager.unregister(plugin)
