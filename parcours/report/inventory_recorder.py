"""The inventory of a run: after each step, what the page it acted on shows (by role and accessible
name, as the browser computes them, with each element's box), and at the end of each scenario every
mail and SMS the sites sent; each process writes its part, the controller merges them into
inventaire.json.

A page the step left as it was is not read again: the screenshot already knows it (the still-page
watch of parcours.report.capture), and a state already read in this process (every journey starts on
the same home page) is read once. A changed state costs two DevTools calls in Chromium
(parcours.report.inventory_ax), one script evaluation elsewhere (parcours.report.inventory_page).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from weakref import WeakSet

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Frame, Page

from mock_sites.runner import RunningSites
from mock_sites.testing.sent import sent_mails, sent_sms

from ..inventory import INVENTORY_FILE, Inventory, Mail, PageState, Sms, load, save
from .axe_page import axe_script, page_state
from .capture import devtools_session
from .inventory_ax import read_state
from .inventory_page import INVENTORY_SCRIPT, element, site_of_host, site_of_sender, stable_path
from .recorder import ACTIVE_PAGE, CURSOR, RUN
from .screenshots import left_as_it_was
from .step_context import existing_fixture

PART_PREFIX = "inventaire-part-"


class InventoryRecorder:
    """pytest-bdd hooks that record each state of each page once per process."""

    def __init__(self, reports_dir: Path, controller: bool) -> None:
        self.reports_dir = reports_dir
        self.controller = controller
        self.inventory = Inventory()
        self.seen: set[object] = set()  # states read: (address, screenshot) or the page's key
        self.with_axe: WeakSet[Page] = WeakSet()  # pages whose document has axe-core already
        self.listened: WeakSet[Page] = WeakSet()

    @pytest.hookimpl(trylast=True)  # after the recorder: the step's screenshot is known
    def pytest_bdd_after_step(self, request: pytest.FixtureRequest, **_: Any) -> None:
        """Read the page the step acted on, unless it is a state already read."""
        node = request.node
        page = node.stash.get(ACTIVE_PAGE, None) or existing_fixture(request, "page")
        run = node.stash.get(RUN, None)
        if not isinstance(page, Page) or page.is_closed() or run is None or not node.stash.get(CURSOR, 0):
            return
        step = run.steps[node.stash[CURSOR] - 1]
        with contextlib.suppress(PlaywrightError):  # a page navigating away: read at the next step
            self._record(page, run.name, step.name, step.screenshot)

    def _record(self, page: Page, scenario: str, step: str, screenshot: str | None) -> None:
        if screenshot is not None and left_as_it_was(page):
            return
        key = (page.url, screenshot) if screenshot is not None else page_state(page)
        if key is None or key in self.seen:
            return
        seen = self._read(page)
        if seen is None:
            return
        self.seen.add(key)
        url = urlsplit(page.url)
        self.inventory.pages.append(
            PageState(
                site=site_of_host(url.hostname or ""),
                chemin=stable_path(page.url),
                titre=seen["titre"],
                largeur=seen["largeur"],
                hauteur=seen["hauteur"],
                elements=tuple(element(found) for found in seen["elements"]),
                textes=tuple(seen["textes"]),
                capture=screenshot,
                scenario=scenario,
                etape=step,
            )
        )

    def _read(self, page: Page) -> dict[str, Any] | None:
        """Chromium's accessibility tree (parcours.report.inventory_ax); in another browser,
        INVENTORY_SCRIPT's answer in one evaluation, axe-core sent along only to a document that does
        not have it yet (a navigation forgets it)."""
        session = devtools_session(page)
        if session is not None:
            return read_state(session, page.viewport_size)
        if page not in self.listened:
            self.listened.add(page)
            page.on("framenavigated", lambda frame: self._navigated(page, frame))
        if page in self.with_axe:
            seen: dict[str, Any] | None = page.evaluate(INVENTORY_SCRIPT)
            if seen is not None:
                return seen
        seen = page.evaluate(f"{axe_script()}\n;({INVENTORY_SCRIPT})()")
        if seen is not None:
            self.with_axe.add(page)
        return seen

    def _navigated(self, page: Page, frame: Frame) -> None:
        if frame.parent_frame is None:  # the page's own document, not a frame's
            self.with_axe.discard(page)

    def pytest_bdd_after_scenario(self, request: pytest.FixtureRequest, **_: Any) -> None:
        """The mails and SMS sent so far (the sites' stores keep them all: each is added once)."""
        sites = existing_fixture(request, "mock_sites")
        if not isinstance(sites, RunningSites):
            return
        with contextlib.suppress(sqlite3.Error):
            mails = {
                Mail(site_of_sender(sender), sender, subject, text)
                for sender, subject, text in sent_mails(sites)
            }
            texts = {Sms(site_of_sender(sender), sender, text) for sender, text in sent_sms(sites)}
            self.inventory.courriels += sorted(mails - set(self.inventory.courriels), key=str)
            self.inventory.sms += sorted(texts - set(self.inventory.sms), key=str)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        """Write this process's part; the controller then merges every part into inventaire.json."""
        self.reports_dir.mkdir(parents=True, exist_ok=True)
        worker = os.environ.get("PYTEST_XDIST_WORKER", "controleur")
        save(self.inventory, self.reports_dir / f"{PART_PREFIX}{worker}.json")
        if self.controller:
            merge_parts(self.reports_dir)


def merge_parts(reports_dir: Path) -> None:
    """Every part of the folder merged into inventaire.json (the workers finished before the
    controller's session does)."""
    merged = Inventory()
    for part in sorted(reports_dir.glob(f"{PART_PREFIX}*.json")):
        loaded = load(part)
        merged.profil = loaded.profil  # every part is of the run's one profile
        merged.merge(loaded)
        part.unlink()
    save(merged, reports_dir / INVENTORY_FILE)


def merge_inventories(parts: list[Path], into: Path) -> None:
    """The inventories of shards' report folders merged into one (`python -m parcours.report merge`)."""
    merged = Inventory()
    for folder in parts:
        if (folder / INVENTORY_FILE).exists():
            merged.merge(load(folder / INVENTORY_FILE))
    save(merged, into / INVENTORY_FILE)
