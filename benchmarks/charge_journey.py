"""One learner's FranceConnect → Ameli → mesdroitssociaux login over real HTTP, as their browser would:
a cookie jar per host, the OpenID Connect redirects followed, each form read by lxml and submitted by
its button's visible label. Each page (a click and its redirects) is timed."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field

import lxml.html
import requests

# Generous: a page slower than this is an error of the load test, not a slow page.
TIMEOUT = 30.0


@dataclass(frozen=True)
class Credentials:
    """What a learner types: their Ameli account, and the name mesdroitssociaux greets them by."""

    number: int
    identifier: str
    secret: str
    full_name: str


@dataclass(frozen=True)
class PageTime:
    """One page a learner reached: which step, how long it took, how many HTTP requests it made."""

    learner: int
    step: str
    seconds: float
    requests: int
    status: int


@dataclass
class LearnerRun:
    """What one learner's journey gave: their pages, and the error that stopped it (if any)."""

    learner: int
    pages: list[PageTime] = field(default_factory=list)
    error: str | None = None


class JourneyError(RuntimeError):
    """The journey did not reach where a learner expects (the message says where it stopped)."""


class LearnerBrowser:
    """A learner's HTTP client: every `<name>.localhost` host sent to that site's loopback port through
    the site's own server (an absolute-form request, as to a proxy), so cookies stay per host."""

    def __init__(self, run: LearnerRun, ports: Mapping[str, int]) -> None:
        self.run = run
        self.session = requests.Session()
        self.session.trust_env = False  # no outside proxy: loopback only
        self.session.proxies = {
            f"http://{name}.localhost": f"http://127.0.0.1:{port}" for name, port in ports.items()
        }
        self.page: lxml.html.HtmlElement | None = None
        self.url = ""

    def _record(self, step: str, started: float, response: requests.Response) -> None:
        """Time the page and keep it as the current one (an HTTP error status stops the journey)."""
        elapsed = time.perf_counter() - started
        self.run.pages.append(
            PageTime(self.run.learner, step, elapsed, len(response.history) + 1, response.status_code)
        )
        if response.status_code >= 400:
            raise JourneyError(f"{step} : HTTP {response.status_code} sur {response.url}")
        self.url = response.url
        self.page = lxml.html.fromstring(response.text, base_url=response.url)

    def open(self, step: str, url: str) -> None:
        """Go to an address."""
        started = time.perf_counter()
        self._record(step, started, self.session.get(url, timeout=TIMEOUT))

    def fill(self, label: str, value: str) -> dict[str, str]:
        """The field whose visible label starts with `label`, with `value` typed in it."""
        assert self.page is not None
        found = self.page.xpath("//label[starts-with(normalize-space(), $text)]", text=label)
        if not found:
            raise JourneyError(f"pas de champ « {label} » sur {self.url}")
        field_id = found[0].get("for")
        inputs = self.page.xpath("//*[@id=$id]", id=field_id)
        if not inputs or not inputs[0].get("name"):
            raise JourneyError(f"le libellé « {label} » ne nomme aucun champ sur {self.url}")
        return {inputs[0].get("name"): value}

    def click(self, step: str, button: str, typed: Mapping[str, str] | None = None) -> None:
        """Press the button whose visible text is `button`: its form is sent with its fields, the
        button's own name and value, and what was typed."""
        assert self.page is not None
        buttons = self.page.xpath("//form//button[normalize-space()=$text]", text=button)
        if not buttons:
            raise JourneyError(f"pas de bouton « {button} » sur {self.url}")
        pressed = buttons[0]
        form = next(pressed.iterancestors("form"))
        values = dict(form.form_values())
        if pressed.get("name"):
            values[pressed.get("name")] = pressed.get("value", "")
        values.update(typed or {})
        action = form.action or self.url
        started = time.perf_counter()
        if (form.method or "GET").upper() == "POST":
            response = self.session.post(action, data=values, timeout=TIMEOUT)
        else:
            response = self.session.get(action, params=values, timeout=TIMEOUT)
        self._record(step, started, response)

    def expect_text(self, text: str) -> None:
        """The current page shows `text` (else the journey stops there)."""
        assert self.page is not None
        if text not in self.page.text_content():
            raise JourneyError(f"« {text} » absent de {self.url}")


def login_journey(learner: Credentials, ports: Mapping[str, int], service_url: str) -> LearnerRun:
    """The tutorial's login, by one learner: the service, FranceConnect, Ameli, back to the service."""
    run = LearnerRun(learner.number)
    browser = LearnerBrowser(run, ports)
    try:
        browser.open("accueil du service", service_url)
        browser.click("choix du compte", "S'identifier avec FranceConnect")
        browser.expect_text("Choisissez un compte")
        browser.click("connexion Ameli", "Compte de l'Assurance Maladie (Compte Ameli)")
        typed = browser.fill("Numéro de sécurité sociale", learner.identifier)
        typed |= browser.fill("Code confidentiel", learner.secret)
        browser.click("retour à FranceConnect", "Me connecter", typed)
        browser.click("espace du service", "Continuer sur mesdroitssociaux.gouv.fr")
        browser.expect_text(learner.full_name)
    except (JourneyError, requests.RequestException) as error:
        run.error = f"apprenant {learner.number} : {error}"
    finally:
        browser.session.close()
    return run
