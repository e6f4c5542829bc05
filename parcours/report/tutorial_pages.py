"""Where a scenario ran: its trainers' page (reports/tutoriel/<scenario>.html) and, if asked, its PDF.

Written by the worker that ran the scenario, as soon as it is over, so the PDF is printed by the
browser already running there: the controller has no Chromium to start and no page to wait for.
"""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

from playwright.sync_api import Browser

from ..facts import known_facts
from .model import ScenarioRun
from .pdf import print_page
from .tutorial import render_tutorial


class TutorialPages:
    """Writes each scenario's tutorial page, and prints it to PDF with the scenario's browser."""

    def __init__(self, reports_dir: Path, started: datetime, make_pdf: bool) -> None:
        self.directory = reports_dir / "tutoriel"
        self.started = started
        self.make_pdf = make_pdf
        self.waiting: list[Path] = []  # pages of scenarios that ran before any browser was open

    def write(self, run: ScenarioRun, browser: Browser | None, pdf: bool = True) -> list[str]:
        """Write the page (and its PDF); what went wrong, in French, or nothing."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            page = self.directory / f"{run.slug}.html"
            page.write_text(
                render_tutorial(run, known_facts(), self.started, self.directory.parent), encoding="utf-8"
            )
        except Exception:  # the report must not stop the run; the end of the run says what failed
            return [f"tutoriel de « {run.name} » non écrit :\n{traceback.format_exc()}"]
        if not (self.make_pdf and pdf):
            return []
        self.waiting.append(page)
        if browser is None or not browser.is_connected():
            return []  # a scenario skipped before any browser opened: printed with the next one
        pages, self.waiting = self.waiting, []
        return [problem for problem in (print_page(browser, page) for page in pages) if problem]
