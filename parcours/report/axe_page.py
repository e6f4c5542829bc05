"""axe-core on one page, without pytest: what the harness's accessibility checks run in the browser,
and what the benchmark's bare Playwright journey runs too (so both do the same checks)."""

from __future__ import annotations

from functools import cache
from typing import Any

from playwright.sync_api import Page

# What tells two states of a page apart, cheaply: its address without the query, title, first
# heading and how many errors it shows (an error state is a page of its own).
PAGE_KEY_SCRIPT = """() => {
  if (!/html/.test(document.contentType) || !/^https?:$/.test(location.protocol)) return null;
  const heading = document.querySelector("h1");
  const errors = document.querySelectorAll("[aria-invalid=true], [role=alert]").length;
  return [location.origin + location.pathname, document.title,
          heading ? heading.textContent.trim() : "", errors];
}"""
# axe once per document (its 570 kB are parsed only where it is not there yet); only violations,
# cut down in the page to what the report shows.
RUN_SCRIPT = """async (options) => {
  const results = await axe.run(document, options);
  return results.violations.map((v) => ({
    rule: v.id, impact: v.impact || "minor", help: v.help, url: v.helpUrl, nodes: v.nodes.length,
    targets: v.nodes.slice(0, 3).map((node) => node.target.join(" ")),
  }));
}"""
AXE_OPTIONS = {"resultTypes": ["violations"]}
PageState = tuple[Any, ...]


@cache
def axe_script() -> str:
    """axe-core's source, as axe-playwright-python bundles it (read once)."""
    from axe_playwright_python.sync_playwright import Axe

    return str(Axe().axe_script)


def page_state(page: Page) -> PageState | None:
    """The page's state as PAGE_KEY_SCRIPT tells it; None for what is not a web page (about:blank)."""
    key = page.evaluate(PAGE_KEY_SCRIPT)
    return None if key is None else tuple(key)


def run_axe(page: Page) -> list[dict[str, Any]]:
    """axe-core's violations on the page as it is (axe injected into the document if needed)."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(axe_script())
    violations: list[dict[str, Any]] = page.evaluate(RUN_SCRIPT, AXE_OPTIONS)
    return violations
