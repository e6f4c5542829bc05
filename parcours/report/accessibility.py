"""Accessibility of every page a scenario visits: axe-core (axe-playwright-python's copy) in the
scenario's own browser, after each step, each distinct page once; an @accessibilite scenario fails
on a serious or critical violation."""

from __future__ import annotations

import contextlib
from dataclasses import asdict, dataclass, field
from typing import Any

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

from .axe_page import PageState, page_state, run_axe
from .recorder import CURSOR, RUN
from .rgaa import BLOCKING, IMPACT_LABELS, IMPACT_ORDER, in_french
from .step_context import existing_fixture

MARKER = "accessibilite"
# A state (parcours.report.axe_page.page_state) is checked once per worker: the next scenarios reach
# the same template with other people's data, and running axe again there cost a quarter of a
# journey's time (21 s instead of 17 s for the tax return).


@dataclass
class Violation:
    """One axe rule a page breaks, in French."""

    rule: str
    impact: str  # critical / serious / moderate / minor
    help: str
    url: str
    nodes: int
    targets: list[str]
    criterion: str = ""  # RGAA 4, from axe's tags

    @property
    def blocking(self) -> bool:
        """Serious or critical: an @accessibilite scenario fails."""
        return self.impact in BLOCKING


@dataclass
class PageCheck:
    """One page (one state of it) as axe saw it, after the step that reached it."""

    url: str
    title: str
    step: int  # 1-based index of the step after which it was checked
    violations: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ScenarioChecks:
    """What one scenario checked so far."""

    seen: set[PageState] = field(default_factory=set)
    pages: list[PageCheck] = field(default_factory=list)


CHECKS = pytest.StashKey[ScenarioChecks]()


def violations_of(raw: list[dict[str, Any]]) -> list[Violation]:
    """axe's violations, help in French and RGAA criterion where one maps, most severe first."""
    found = []
    for entry in raw:
        french = in_french(entry["rule"], entry["help"])
        found.append(Violation(**(entry | {"help": french.help, "criterion": french.criterion})))
    return sorted(found, key=lambda violation: IMPACT_ORDER.index(violation.impact))


def blocking_message(pages: list[PageCheck]) -> str:
    """The failure of an @accessibilite scenario, one line a violation."""
    lines = [
        f"« {v['help']} » ({v['rule']}, {IMPACT_LABELS[v['impact']]}"
        f"{', RGAA ' + v['criterion'] if v['criterion'] else ''}, {v['nodes']} élément(s)) sur {page.url}"
        for page in pages
        for v in page.violations
        if v["impact"] in BLOCKING
    ]
    return "Accessibilité : violation grave ou critique\n" + "\n".join(lines) if lines else ""


class AccessibilityChecker:
    """pytest-bdd hooks: after each step, axe on every page of the scenario not checked in that state."""

    def __init__(self, every_scenario: bool) -> None:
        self.every_scenario = every_scenario  # False: only the @accessibilite ones (no report)
        self.cache: dict[PageState, list[dict[str, Any]]] = {}  # page state → its violations

    def pytest_bdd_after_step(self, request: pytest.FixtureRequest, **_: Any) -> None:
        """Check the pages the step left."""
        self.check(request)

    def pytest_bdd_step_error(self, request: pytest.FixtureRequest, **_: Any) -> None:
        """Check the pages the failed step left: the report shows them too."""
        self.check(request)

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item: pytest.Item) -> Any:
        """An @accessibilite scenario whose steps passed fails on a serious or critical violation."""
        result = yield
        checks = item.stash.get(CHECKS, None)
        if checks is not None and item.get_closest_marker(MARKER) is not None:
            message = blocking_message(checks.pages)
            if message:
                raise AssertionError(message)
        return result

    def check(self, request: pytest.FixtureRequest) -> None:
        """Every page of the scenario's browser, each state once."""
        node = request.node
        if not (self.every_scenario or node.get_closest_marker(MARKER) is not None):
            return
        page = existing_fixture(request, "page")
        if not isinstance(page, Page) or page.context.browser is None:
            return
        checks = node.stash.setdefault(CHECKS, ScenarioChecks())
        run = node.stash.get(RUN, None)
        step = node.stash.get(CURSOR, 0)  # the recorder's index of the next step: this one, 1-based
        for context in page.context.browser.contexts:
            for each in context.pages:
                with contextlib.suppress(PlaywrightError):  # a page navigating away: seen next step
                    self._check_page(each, checks, step)
        if run is not None:
            run.accessibility = [asdict(checked) for checked in checks.pages]

    def _check_page(self, page: Page, checks: ScenarioChecks, step: int) -> None:
        state = page_state(page)
        if state is None or state in checks.seen:
            return
        checks.seen.add(state)
        url, title = state[0], state[1]
        raw = self.cache.get(state)
        if raw is None:
            raw = self.cache[state] = run_axe(page)
        found = [asdict(violation) for violation in violations_of(raw)]
        checks.pages.append(PageCheck(url, title, step, found))
