"""Secrets never reach a report: which fields hold them, the values seen, and how they are hidden."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Locator, Page

MASK = "••••"
# Paths and ids, not text: masking a secret inside them would only break the report's links.
NOT_TEXT = frozenset({"nodeid", "slug", "uri", "screenshot", "trace", "location"})
# Fields whose content is a secret: passwords and codes (one-time codes by their standard
# autocomplete token), and anything a mock site marks with data-secret.
SECRET_FIELDS = (
    "input[type=password], input[autocomplete='one-time-code'], input[autocomplete='current-password'], "
    "input[autocomplete='new-password'], [data-secret]"
)
# Shorter values would blank out ordinary words and digits all over the report.
MIN_LENGTH = 3
BINDING = "__parcoursSecret"
# Runs in every document of the scenario's browser context: whatever is typed into a secret field
# is reported on `change` (Playwright's fill fires it) and on form submission.
WATCH_SCRIPT = f"""
(() => {{
  if (window.__parcoursWatching) return;
  window.__parcoursWatching = true;
  const secret = {SECRET_FIELDS!r};
  const report = (field) => {{
    if (field && field.matches && field.matches(secret) && field.value) window.{BINDING}(field.value);
  }};
  document.addEventListener("change", (event) => report(event.target), true);
  document.addEventListener("submit", (event) => event.target.querySelectorAll(secret).forEach(report), true);
}})();
"""


class SecretValues:
    """The values of one scenario that must not appear in any report file or output."""

    def __init__(self, values: Iterable[str] = ()) -> None:
        self._values: set[str] = set()
        self._written: tuple[str, ...] = ()
        for value in values:
            self.add(value)

    def written_in_scenario(self, texts: Iterable[str]) -> None:
        """The scenario's own text (its steps, with their Examples filled in): public, in the feature file."""
        self._written = tuple(texts)

    def add_typed(self, value: str) -> None:
        """A value seen typed into a secret field: a secret, unless the scenario itself writes it (a wrong
        PIN from an Examples table is no one's secret, and masking it would hide what the step did)."""
        if not any(str(value).strip() in text for text in self._written):
            self.add(value)

    def add(self, value: str) -> None:
        """Declare a secret (a code, a password) so the report replaces it by "••••"."""
        value = str(value).strip()
        if len(value) >= MIN_LENGTH:
            self._values.add(value)

    def __iter__(self) -> Iterator[str]:
        # Longest first, so a secret that contains another is replaced whole.
        return iter(sorted(self._values, key=len, reverse=True))

    def __len__(self) -> int:
        return len(self._values)

    def redact(self, text: str) -> str:
        """`text` with every secret replaced by the mask."""
        for value in self:
            text = text.replace(value, MASK)
        return text


SECRETS = pytest.StashKey["SecretValues"]()


def secrets_of(node: pytest.Item) -> SecretValues:
    """The secrets of one test, shared by the report and the `secret_values` fixture."""
    if SECRETS not in node.stash:
        node.stash[SECRETS] = SecretValues()
    return node.stash[SECRETS]


def watch_secret_fields(context: BrowserContext, pages: Iterable[Page], values: SecretValues) -> None:
    """Record every value typed into a secret field of this browser context, from now on."""
    context.expose_binding(BINDING, lambda _source, value: values.add_typed(value))
    context.add_init_script(WATCH_SCRIPT)
    for page in pages:  # documents already loaded do not run init scripts
        if page.url != "about:blank":
            page.evaluate(WATCH_SCRIPT)


def masks(page: Page, values: SecretValues) -> list[Locator]:
    """What to black out in a screenshot: secret fields, and any text showing a known secret."""
    return [page.locator(SECRET_FIELDS), *(page.get_by_text(value) for value in values)]


def redact_data(value: Any, secrets: SecretValues) -> Any:
    """Every string a person reads inside `value` (dicts, lists) with the secrets masked."""
    if isinstance(value, str):
        return secrets.redact(value)
    if isinstance(value, dict):
        return {key: item if key in NOT_TEXT else redact_data(item, secrets) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [redact_data(item, secrets) for item in value]
    return value


def redact_report(report: pytest.TestReport, secrets: SecretValues) -> None:
    """Keep secrets out of the terminal and junit.xml too (Playwright's errors quote the page)."""
    if not len(secrets):
        return
    text = report.longreprtext
    if any(value in text for value in secrets):
        report.longrepr = secrets.redact(text)
    report.sections = [(title, secrets.redact(content)) for title, content in report.sections]
