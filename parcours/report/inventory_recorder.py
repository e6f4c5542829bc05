"""The inventory of a run: after each step, what every page of the browser shows (by role and
accessible name, as axe-core computes them, with each element's box), and at the end every mail and
SMS the sites sent; each process writes its part, the controller merges them into inventaire.json."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

from mock_sites.runner import RunningSites
from mock_sites.testing.sent import sent_mails, sent_sms

from ..inventory import INVENTORY_FILE, Box, Element, Inventory, Mail, PageState, Sms, load, save
from .axe_page import axe_script, page_state
from .recorder import CURSOR, RUN, existing_fixture

PART_PREFIX = "inventaire-part-"
# Roles a tutorial names; everything else a person reads is kept as text.
INVENTORY_SCRIPT = """() => {
  const roles = {A: "link", BUTTON: "button", SELECT: "combobox", TEXTAREA: "textbox", SUMMARY: "button",
                 H1: "heading", H2: "heading", H3: "heading", H4: "heading", LABEL: null};
  const inputRoles = {checkbox: "checkbox", radio: "radio", submit: "button", button: "button",
                      file: "button", hidden: null};
  const text = axe.commons.text;
  const shown = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const roleOf = (e) => e.getAttribute("role") ||
    (e.tagName === "INPUT" ? (e.type in inputRoles ? inputRoles[e.type] : "textbox") : roles[e.tagName]);
  axe.setup(document);
  const elements = [];
  const named = "a[href], button, input, select, textarea, summary, h1, h2, h3, h4, [role]";
  for (const e of document.querySelectorAll(named)) {
    const role = roleOf(e);
    if (!role || !shown(e)) continue;
    const name = text.sanitize(text.accessibleText(e)).trim();
    const r = e.getBoundingClientRect();
    const described = (e.getAttribute("aria-describedby") || "").split(/\\s+/)
      .map((id) => document.getElementById(id)).filter(Boolean).map((d) => d.innerText.trim()).join(" ");
    elements.push({role, nom: name, aide: described,
      niveau: role === "heading" ? Number(e.getAttribute("aria-level") || e.tagName.slice(1)) || null : null,
      valeurs: e.tagName === "SELECT" ? [...e.options].map((o) => o.text.trim()) : [],
      boite: {x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height}});
  }
  axe.teardown();
  const textes = [...document.querySelectorAll("p, li, dt, dd, td, th, legend, label")]
    .filter(shown).map((e) => e.innerText.replace(/\\s+/g, " ").trim()).filter(Boolean);
  return {titre: document.title, largeur: innerWidth, hauteur: innerHeight, elements, textes};
}"""


class InventoryRecorder:
    """pytest-bdd hooks that record each state of each page once per process."""

    def __init__(self, reports_dir: Path, controller: bool) -> None:
        self.reports_dir = reports_dir
        self.controller = controller
        self.inventory = Inventory()
        self.seen: set[object] = set()

    @pytest.hookimpl(trylast=True)  # after the recorder: the step's screenshot is known
    def pytest_bdd_after_step(self, request: pytest.FixtureRequest, **_: Any) -> None:
        page = existing_fixture(request, "page")
        if not isinstance(page, Page) or page.context.browser is None:
            return
        run = request.node.stash.get(RUN, None)
        step = (
            run.steps[request.node.stash[CURSOR] - 1] if run and request.node.stash.get(CURSOR, 0) else None
        )
        for context in page.context.browser.contexts:
            for each in context.pages:
                with contextlib.suppress(PlaywrightError):  # a page navigating away: seen next step
                    self._record(each, run.name if run else "", step)

    def _record(self, page: Page, scenario: str, step: Any) -> None:
        state = page_state(page)
        if state is None or state in self.seen:
            return
        self.seen.add(state)
        if not page.evaluate("typeof axe !== 'undefined'"):
            page.evaluate(axe_script())
        seen = page.evaluate(INVENTORY_SCRIPT)
        url = urlsplit(page.url)
        self.inventory.pages.append(
            PageState(
                site=(url.hostname or "").removesuffix(".localhost"),
                chemin=url.path + (f"?{url.query}" if url.query else ""),
                titre=seen["titre"],
                largeur=seen["largeur"],
                hauteur=seen["hauteur"],
                elements=tuple(_element(found) for found in seen["elements"]),
                textes=tuple(seen["textes"]),
                capture=getattr(step, "screenshot", None),
                scenario=scenario,
                etape=getattr(step, "name", ""),
            )
        )

    def pytest_bdd_after_scenario(self, request: pytest.FixtureRequest, **_: Any) -> None:
        """The mails and SMS sent so far (the sites' stores keep them all: each is added once)."""
        sites = existing_fixture(request, "mock_sites")
        if not isinstance(sites, RunningSites):
            return
        with contextlib.suppress(sqlite3.Error):
            mails = {
                Mail(_site_of(sender), sender, subject, text) for sender, subject, text in sent_mails(sites)
            }
            texts = {Sms(sender, sender, text) for sender, text in sent_sms(sites)}
            self.inventory.courriels += sorted(mails - set(self.inventory.courriels), key=str)
            self.inventory.sms += sorted(texts - set(self.inventory.sms), key=str)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        """Write this process's part; the controller then merges every part into inventaire.json."""
        self.reports_dir.mkdir(parents=True, exist_ok=True)
        worker = os.environ.get("PYTEST_XDIST_WORKER", "controleur")
        save(self.inventory, self.reports_dir / f"{PART_PREFIX}{worker}.json")
        if self.controller:
            merge_parts(self.reports_dir)


def _site_of(sender: str) -> str:
    """The domain a mail comes from ("dgfip.finances.gouv.fr")."""
    return sender.rpartition("@")[2].strip(">").strip()


def _element(found: dict[str, Any]) -> Element:
    box = found.get("boite")
    return Element(
        role=found["role"],
        nom=found["nom"],
        boite=Box(**box) if box else None,
        niveau=found.get("niveau"),
        aide=found.get("aide", ""),
        valeurs=tuple(found.get("valeurs", ())),
    )


def merge_parts(reports_dir: Path) -> None:
    """Every part of the folder (and an inventory already there) merged into inventaire.json."""
    merged = Inventory()
    for part in sorted(reports_dir.glob(f"{PART_PREFIX}*.json")):
        merged.merge(load(part))
        part.unlink()
    save(merged, reports_dir / INVENTORY_FILE)


def merge_inventories(parts: list[Path], into: Path) -> None:
    """The inventories of shards' report folders merged into one (`python -m parcours.report merge`)."""
    merged = Inventory()
    for folder in parts:
        if (folder / INVENTORY_FILE).exists():
            merged.merge(load(folder / INVENTORY_FILE))
    save(merged, into / INVENTORY_FILE)
