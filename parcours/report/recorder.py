"""Where scenarios run (an xdist worker, or the only process): follow each step, take its
screenshot, word its failure, hide the secrets, and hand one record per scenario to the report."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page
from playwright.sync_api import Error as PlaywrightError
from pytest_bdd.parser import Feature, Scenario, Step

from .errors import describe_failure
from .model import FAILED, PASSED, SKIPPED, UNDEFINED, ScenarioRun, StepRun
from .scenario_record import new_run, run_from_item
from .screenshots import ImageWriter, ScreenshotFailed, take_screenshot
from .secrets import redact_data, redact_report, secrets_of, watch_secret_fields
from .step_context import acted_on, definition_site, existing_fixture, scenario_texts
from .tutorial_pages import TutorialPages

REPORT_ATTRIBUTE = "parcours_scenario"  # the teardown report's attribute xdist carries to the controller
EVERY_STEP, FAILURES, OFF = "every-step", "failures", "off"

RUN = pytest.StashKey[ScenarioRun]()
CURSOR = pytest.StashKey[int]()  # index of the next step to start
STEP_STARTED = pytest.StashKey[float]()
WATCHED = pytest.StashKey[set[int]]()  # ids of the browser contexts whose secret fields are watched
ACTIVE_PAGE = pytest.StashKey[Page]()  # the page the last steps acted on: the one to photograph
PAGE_BEFORE = pytest.StashKey[object]()  # the `page` fixture before the step (a step may replace it)


class Recorder:
    """pytest and pytest-bdd hooks that build a ScenarioRun per scenario."""

    def __init__(
        self,
        reports_dir: Path,
        screenshots: str,
        rootdir: Path,
        tutorials: TutorialPages | None = None,
        person_fixtures: Sequence[str] = (),
    ) -> None:
        self.screenshots_dir = reports_dir / "screenshots"
        self.policy = screenshots
        self.rootdir = rootdir
        self.tutorials = tutorials
        self.browser: Browser | None = None  # the last one a scenario used: it prints the PDFs
        self.images = ImageWriter()
        # Fixtures holding the scenario's person (ini `parcours_person_fixtures`): the step package
        # names them, and their password is a secret even before it is typed.
        self.person_fixtures = tuple(person_fixtures)

    # -- pytest-bdd: the scenario and its steps --------------------------------------------------

    @pytest.hookimpl(tryfirst=True)
    def pytest_bdd_before_scenario(
        self, request: pytest.FixtureRequest, feature: Feature, scenario: Scenario
    ) -> None:
        """Start the scenario's record."""
        run = request.node.stash[RUN] = new_run(request.node, feature, scenario, self.rootdir)
        request.node.stash[CURSOR] = 0
        request.node.stash[WATCHED] = set()  # a rerun (--reruns) has new pages to watch
        secrets_of(request.node).written_in_scenario(scenario_texts(run))

    def pytest_bdd_before_step(
        self,
        request: pytest.FixtureRequest,
        feature: Feature,
        scenario: Scenario,
        step: Step,
        step_func: Callable[..., Any],
    ) -> None:
        """Note which step starts, and when."""
        node = request.node
        index = node.stash[CURSOR]
        node.stash[CURSOR] = index + 1
        node.stash[RUN].steps[index].location = definition_site(step_func, self.rootdir)
        node.stash[STEP_STARTED] = time.perf_counter()

    def pytest_bdd_before_step_call(
        self, request: pytest.FixtureRequest, step_func_args: dict[str, object], **_: Any
    ) -> None:
        """Watch the secret fields of every page the scenario uses, the one this step acts on first."""
        self._collect_secrets(request)
        request.node.stash[PAGE_BEFORE] = existing_fixture(request, "page")
        for page in (*acted_on(step_func_args), self._page(request)):
            if page is not None:
                self._watch(request.node, page)

    def pytest_bdd_after_step(
        self, request: pytest.FixtureRequest, step_func_args: dict[str, object], **_: Any
    ) -> None:
        """The step passed."""
        step = self._finish(request, PASSED, step_func_args)
        if self.policy == EVERY_STEP:
            step.screenshot = self._screenshot(request)

    def pytest_bdd_step_error(
        self,
        request: pytest.FixtureRequest,
        exception: Exception,
        step_func_args: dict[str, object],
        **_: Any,
    ) -> None:
        """The step failed: say why in plain words, and show the page as it was."""
        step = self._finish(request, FAILED, step_func_args)
        page = self._active_page(request)
        step.error = describe_failure(exception, _url(page))
        if self.policy != OFF:
            step.screenshot = self._screenshot(request)

    @pytest.hookimpl(tryfirst=True)
    def pytest_bdd_step_func_lookup_error(self, request: pytest.FixtureRequest, **_: Any) -> None:
        """No definition matches the step (its error is attached once the test's report exists)."""
        run, index = request.node.stash[RUN], request.node.stash[CURSOR]
        run.steps[index].status = UNDEFINED

    # -- pytest: the test's reports ---------------------------------------------------------------

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
        """Fold each phase's outcome into the record; attach it to the teardown report."""
        outcome = yield
        report: pytest.TestReport = outcome.get_result()
        run = item.stash.get(RUN, None)
        if run is None and report.when == "setup":
            run = run_from_item(item, self.rootdir)
            if run is not None:
                item.stash[RUN] = run
        if run is None:
            return
        run.duration += report.duration
        if report.when == "setup":
            run.started = datetime.fromtimestamp(call.start).astimezone().isoformat(timespec="seconds")
        if report.failed or report.skipped or report.when == "call":
            self._outcome(run, item, report, call)
        secrets = secrets_of(item)
        redact_report(report, secrets)
        if report.when == "teardown":
            run.trace = _trace(report, item.config)
            data = redact_data(run.to_dict(), secrets)
            if report.failed and self.tutorials is not None:  # the page written before said it passed
                self.tutorials.write(ScenarioRun.from_dict(data), None, pdf=False)
            setattr(report, REPORT_ATTRIBUTE, data)

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_teardown(self, item: pytest.Item) -> Any:
        """The trainers' page (and PDF), while the scenario's browser is still open: after the last
        scenario pytest-playwright closes it before the teardown's report."""
        run = item.stash.get(RUN, None)
        problems = self.images.flush()  # the scenario's screenshots are files before a PDF reads them
        if run is not None:
            run.problems += problems
            redacted = ScenarioRun.from_dict(redact_data(run.to_dict(), secrets_of(item)))
            if self.tutorials is not None:
                run.problems += self.tutorials.write(redacted, self.browser)
        yield

    def _outcome(
        self, run: ScenarioRun, item: pytest.Item, report: pytest.TestReport, call: pytest.CallInfo[None]
    ) -> None:
        error = call.excinfo.value if call.excinfo else None
        if report.skipped:
            run.status = SKIPPED
            if isinstance(report.longrepr, tuple):  # (file, line, "Skipped: <reason>")
                run.skip_reason = str(report.longrepr[2]).removeprefix("Skipped: ")
        elif report.passed:
            run.status = PASSED
        elif run.status != FAILED:
            run.status = FAILED
            pending = item.stash.get(CURSOR, 0)
            if run.failed_step is None and report.when == "call" and pending < len(run.steps):
                # Failed between steps: the step that could not start is the culprit.
                run.steps[pending].status = (
                    UNDEFINED if type(error).__name__ == "StepDefinitionNotFoundError" else FAILED
                )
            failed = run.failed_step
            if failed is not None and failed.error is None and error is not None:
                failed.error = describe_failure(error, None)
            elif failed is None and error is not None:
                run.error = describe_failure(error, None)
                run.error_phase = {"setup": "préparation", "teardown": "nettoyage"}.get(
                    report.when, "scénario"
                )

    # -- helpers ---------------------------------------------------------------------------------

    def _finish(
        self, request: pytest.FixtureRequest, status: str, step_func_args: dict[str, object]
    ) -> StepRun:
        node = request.node
        self._note_active_page(request, step_func_args)
        step = node.stash[RUN].steps[node.stash[CURSOR] - 1]
        step.status = status
        step.duration = time.perf_counter() - node.stash.get(STEP_STARTED, time.perf_counter())
        self._collect_secrets(request)
        return step

    def _collect_secrets(self, request: pytest.FixtureRequest) -> None:
        secrets = secrets_of(request.node)
        for name in self.person_fixtures:
            password = getattr(existing_fixture(request, name), "password", None)
            if password:
                secrets.add(password)

    def _page(self, request: pytest.FixtureRequest) -> Page | None:
        page = existing_fixture(request, "page")
        if not isinstance(page, Page) or page.is_closed():
            return None
        browser = page.context.browser
        run = request.node.stash[RUN]
        if browser is not None:
            self.browser = browser
            if not run.browser:
                run.browser = f"{browser.browser_type.name} {browser.version}"
        return page

    def _note_active_page(self, request: pytest.FixtureRequest, step_func_args: dict[str, object]) -> None:
        """The page the step acted on: a page among its arguments (the agent's desktop rather than the
        phone's `page`), or the new `page` a step gave the scenario; else the one before stays."""
        node = request.node
        pages = acted_on(step_func_args)
        current = existing_fixture(request, "page")
        if not pages and isinstance(current, Page) and current is not node.stash.get(PAGE_BEFORE, None):
            pages = [current]
        if pages:
            node.stash[ACTIVE_PAGE] = pages[0]

    def _active_page(self, request: pytest.FixtureRequest) -> Page | None:
        """The page to photograph: the one the last steps acted on, else the scenario's `page`."""
        active = request.node.stash.get(ACTIVE_PAGE, None)
        page = self._page(request)  # also notes the browser
        if active is not None and not active.is_closed():
            return active
        return page

    def _watch(self, node: pytest.Item, page: Page) -> None:
        """Watch the secret fields of the page's browser context, once per context."""
        watched = node.stash.setdefault(WATCHED, set())
        if id(page.context) in watched or page.is_closed():
            return
        watched.add(id(page.context))
        # A page closed under us is no loss: screenshots mask secret fields by their type all the same.
        with contextlib.suppress(PlaywrightError):
            watch_secret_fields(page.context, page.context.pages, secrets_of(node))

    def _screenshot(self, request: pytest.FixtureRequest) -> str | None:
        page = self._active_page(request)
        if page is None or page.url == "about:blank":
            return None
        try:
            return take_screenshot(page, secrets_of(request.node), self.screenshots_dir, self.images)
        except ScreenshotFailed as failure:  # never the scenario's failure, never missing unsaid
            run = request.node.stash[RUN]
            step = run.steps[request.node.stash[CURSOR] - 1]
            run.problems.append(f"pas de capture après « {step.name} » ({page.url}) : {failure}")
            return None


def _url(page: Page | None) -> str | None:
    try:
        return page.url if page is not None else None
    except PlaywrightError:
        return None


def _trace(report: pytest.TestReport, config: pytest.Config) -> str | None:
    """The trace pytest-playwright kept for this test (on the teardown report), as an absolute path."""
    for name, value in report.user_properties:
        if name == "playwright_trace":
            return str(Path(config.invocation_params.dir, str(value)).resolve())
    return None
