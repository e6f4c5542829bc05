"""The bare journey of the benchmark: Playwright alone, no pytest (run by login_benchmark.py).

The same Ameli → mesdroitssociaux login as the harness's scenario: the same sites started in-process
(mock_sites.runner.start_sites), the same person enrolled at Ameli, the same Chromium, the same
checks. The scenario is tagged @accessibilite, so its checks include axe-core on each page state it
reaches, as the harness runs it (parcours.report.axe_page); `--sans-accessibilite` leaves them out.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SERVICE_NAME = "mesdroitssociaux.gouv.fr"
SUBJECT = f"Notification de connexion au service {SERVICE_NAME} grâce à FranceConnect"


def read_notification(page: Any, webmail: str, email: str, check: Callable[[Any], None]) -> None:
    """The end of the bare journey: the connection notice in the person's mailbox."""
    from playwright.sync_api import expect

    page.goto(webmail)
    page.get_by_label("Adresse électronique").fill(email)
    page.get_by_role("button", name="Ouvrir ma boîte").click()
    expect(page.get_by_role("link", name=SUBJECT, exact=True).first).to_be_visible()
    page.get_by_role("link", name=SUBJECT, exact=True).first.click()
    article = page.get_by_role("article")
    expect(article).to_be_visible()
    check(page)
    expect(article).to_contain_text(SERVICE_NAME)
    expect(article).to_contain_text("compte Ameli")
    check(page)


def accessibility_check(accessibility: bool) -> Callable[[Any], None]:
    """After each step: axe-core once on each new state of the page, failing on a serious or critical
    violation, as the harness checks an @accessibilite scenario; or nothing."""
    from parcours.report.axe_page import page_state, run_axe
    from parcours.report.rgaa import BLOCKING

    seen: set[object] = set()

    def check(page: Any) -> None:
        state = page_state(page)
        if state is None or state in seen:
            return
        seen.add(state)
        blocking = [v["rule"] for v in run_axe(page) if v["impact"] in BLOCKING]
        if blocking:
            raise SystemExit(f"violations d'accessibilité sur {page.url} : {blocking}")

    return check if accessibility else lambda page: None


def log_in(page: Any, running: Any, person: Any, check: Callable[[Any], None]) -> None:
    """From the service's page through FranceConnect and Ameli back to the service's greeting."""
    from playwright.sync_api import expect

    from mock_sites.catalogue import account_label

    page.goto(running.url("mesdroitssociaux"))
    check(page)
    page.get_by_role("button", name="S'identifier avec FranceConnect", exact=True).click()
    expect(page.get_by_role("heading", name="Choisissez un compte pour vous connecter")).to_be_visible()
    check(page)
    page.get_by_role("button", name=account_label("ameli"), exact=True).click()
    check(page)
    page.get_by_label("Numéro de sécurité sociale", exact=True).fill(person.nir_without_key)
    check(page)
    page.get_by_label("Code confidentiel", exact=True).fill(person.password)
    check(page)
    page.get_by_role("button", name="Me connecter", exact=True).click()
    check(page)
    page.get_by_role("button", name=f"Continuer sur {SERVICE_NAME}", exact=True).click()
    check(page)
    greeting = f"Bienvenue {person.given_name} {person.family_name}"
    expect(page.get_by_role("heading", name=greeting)).to_be_visible()
    check(page)


def bare_journey(accessibility: bool = True) -> None:
    """The login journey with Playwright alone: the clicks and checks of the feature file, no pytest."""
    sys.path.insert(0, str(ROOT))  # this checkout's packages, as pytest's rootdir gives the harness
    from playwright.sync_api import sync_playwright

    from mock_sites.accounts import enrol_person
    from mock_sites.common.identities import generate_person
    from mock_sites.runner import start_sites
    from parcours.browser import find_chromium, installed, launch_args

    running = start_sites("benchmark")
    try:
        person = generate_person(running.seed, "benchmark")
        enrol_person(running, "ameli", person)
        with sync_playwright() as playwright:
            chromium = find_chromium(installed(playwright.chromium.executable_path))
            browser = playwright.chromium.launch(headless=True, **launch_args(chromium))  # type: ignore[arg-type]
            page = browser.new_context().new_page()
            check = accessibility_check(accessibility)
            log_in(page, running, person, check)
            read_notification(page, running.url("messagerie"), person.email, check)
            browser.close()
    finally:
        running.stop()


if __name__ == "__main__":
    bare_journey(accessibility="--sans-accessibilite" not in sys.argv[1:])
