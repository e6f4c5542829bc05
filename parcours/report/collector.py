"""Where reports arrive (the xdist controller, or the only process): gather every scenario's record,
then write reports/ once the session ends and say so in one line."""

from __future__ import annotations

import shlex
import shutil
import time
import traceback
from datetime import datetime
from pathlib import Path

import pytest

from .flaky import fold_reruns
from .html import shown_path
from .model import FAILED, RunInfo, ScenarioRun
from .recorder import REPORT_ATTRIBUTE
from .summary import run_totals, summary_line
from .writer import RECORDS_FILE, ReportSettings, write_reports

# Tracing every scenario in case one fails costs about a third of a run's CPU: off by default.
TRACE_HINT = (
    "pour garder la trace Playwright des scénarios en échec, relancez avec --tracing=retain-on-failure"
)
GENERATED_FILES = ("index.html", "couverture.html", "cucumber.json", RECORDS_FILE)
GENERATED_DIRS = ("screenshots", "tutoriel", "guides", "traces")


def clean(reports_dir: Path) -> None:
    """Remove what a previous run wrote, and only that (reports_dir may hold other files)."""
    for name in GENERATED_DIRS:
        shutil.rmtree(reports_dir / name, ignore_errors=True)
    for name in GENERATED_FILES:
        (reports_dir / name).unlink(missing_ok=True)


def _browser(runs: list[ScenarioRun]) -> str:
    name = next((run.browser for run in runs if run.browser), "")
    return name[:1].upper() + name[1:]


class Collector:
    """Gathers the records sent with each teardown report; writes the reports at the end."""

    def __init__(self, config: pytest.Config, reports_dir: Path, started: datetime) -> None:
        self.config = config
        self.reports_dir = reports_dir
        self.runs: list[ScenarioRun] = []
        self.problems: list[str] = []
        self.started = started
        self.clock = time.perf_counter()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Keep the record a scenario's teardown report carries (from any worker); its tutorial page
        was written where it ran."""
        data = getattr(report, REPORT_ATTRIBUTE, None)
        if not data:
            return
        run = ScenarioRun.from_dict(data)
        self.runs.append(run)
        self.problems += run.problems

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        """Write every report file."""
        if self.config.option.collectonly or not self.runs:
            return  # no scenario ran (unit tests only): nothing to report
        self.runs = fold_reruns(self.runs)  # one record per scenario, earlier failed attempts inside
        self.runs.sort(key=lambda run: (run.feature.uri, run.line, run.nodeid))
        info = RunInfo(
            started=self.started,
            duration=time.perf_counter() - self.clock,
            seed=str(self.config.option.parcours_seed),
            browser=_browser(self.runs),
            command=shlex.join(["pytest", *self.config.invocation_params.args]),
        )
        try:
            self.write(info)
        except Exception:  # pytest's own summary of the tests must still be printed
            self.problems.append(f"le rapport n'a pas pu être écrit :\n{traceback.format_exc()}")
            if session.exitstatus == pytest.ExitCode.OK:
                session.exitstatus = pytest.ExitCode.INTERNAL_ERROR

    def write(self, info: RunInfo) -> None:
        """index.html, couverture.html, cucumber.json, the index of tutoriel/ and the records."""
        settings = ReportSettings(
            rootdir=self.config.rootpath,
            features_dir=self.config.getini("bdd_features_base_dir") or "",
            embed=self.config.option.cucumber_embed,
            pdf=self.config.option.tutoriel_pdf,
            guides_pdf=self.config.option.tutoriel_pdf or self.config.option.guides_pdf,
        )
        self.problems += write_reports(self.runs, info, self.reports_dir, settings)

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        """How to open the trace of each failed scenario."""
        failed = [run for run in self.runs if run.status == FAILED]
        traced = [run for run in failed if run.trace]
        if traced:
            terminalreporter.write_sep("-", "Parcours : traces des scénarios en échec")
            for run in traced:
                terminalreporter.write_line(
                    f"« {run.name} » : playwright show-trace {shown_path(str(run.trace))}"
                )
        elif failed and self.config.getoption("tracing", "off") == "off":
            terminalreporter.write_line(f"Parcours : {TRACE_HINT}")
        for problem in self.problems:
            terminalreporter.write_line(f"Parcours : {problem}", yellow=True)

    def pytest_unconfigure(self, config: pytest.Config) -> None:
        """The run in one line, after pytest's own summary."""
        reporter = config.pluginmanager.get_plugin("terminalreporter")
        if reporter is None or config.option.collectonly or not self.runs:
            return
        totals = run_totals(self.runs).scenarios
        line = summary_line(totals, shown_path(str(self.reports_dir / "index.html")))
        reporter.write_line(line, bold=True, red=totals.failed > 0, green=totals.failed == 0)
