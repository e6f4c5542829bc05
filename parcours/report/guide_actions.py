"""Where the learner acts, for the guides: in @tutoriel scenarios, each element clicked, filled or
chosen (its box on the page, its label, the words typed) and where each step's screenshot was scrolled."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page
from playwright.sync_api import Error as PlaywrightError

from .recorder import CURSOR, RUN
from .secrets import MASK, SECRET_FIELDS
from .step_context import existing_fixture

MARKER = "tutoriel"
BINDING = "__parcoursActed"
# In every document: pointerdown (a click) and change (a field filled, a box checked), in capture
# phase so the page's own handlers cannot hide them; the box is in document coordinates, and the
# document has an id so the guide knows whether a screenshot shows the same document.
ACT_SCRIPT = f"""
(() => {{
  if (window.__parcoursActing) return;
  window.__parcoursActing = true;
  window.__parcoursDoc = Math.random().toString(36).slice(2);
  const labelOf = (el) => {{
    const named = el.getAttribute("aria-label") || (el.labels && el.labels[0] && el.labels[0].innerText);
    return (named || el.innerText || el.value || el.title || "").trim().replace(/\\s+/g, " ").slice(0, 80);
  }};
  const send = (kind, el, value) => {{
    const box = el.getBoundingClientRect();
    window.{BINDING}({{kind, label: labelOf(el), value, doc: window.__parcoursDoc,
      x: box.left + scrollX, y: box.top + scrollY, width: box.width, height: box.height}});
  }};
  document.addEventListener("pointerdown", (event) => {{
    const acting = "a, button, input, select, textarea, label, summary, [role]";
    const el = event.target.closest(acting) || event.target;
    if (!/^(text|password|email|tel|number|search|date)$/.test(el.type || "")) send("clic", el, "");
  }}, true);
  // Playwright's fill fires input during the step; change only fires at the blur, in the next one.
  document.addEventListener("input", (event) => {{
    const el = event.target;
    if (el.matches && !/^(checkbox|radio|file)$/.test(el.type) && el.tagName !== "SELECT")
      send("saisie", el, el.matches({SECRET_FIELDS!r}) ? {MASK!r} : el.value);
  }}, true);
  document.addEventListener("change", (event) => {{
    const el = event.target;
    if (el.type === "checkbox" || el.type === "radio") send("coche", el, el.checked ? "oui" : "non");
    else if (el.type === "file") send("fichier", el, Array.from(el.files).map((f) => f.name).join(", "));
    else if (el.tagName === "SELECT") send("choix", el, (el.selectedOptions[0] || {{text: ""}}).text);
  }}, true);
}})();
"""
SCREEN_SCRIPT = "() => [window.__parcoursDoc || '', scrollX, scrollY, innerWidth]"
ACTIONS = pytest.StashKey[list[dict[str, Any]]]()
WATCHED = pytest.StashKey[set[int]]()


class ActionRecorder:
    """pytest-bdd hooks: record what each step of a @tutoriel scenario acts on."""

    def pytest_bdd_before_step_call(self, request: pytest.FixtureRequest, **_: Any) -> None:
        """Watch every browser context of the scenario (a phone may open one mid-scenario)."""
        page = _tutorial_page(request)
        if page is None or page.context.browser is None:
            return
        watched = request.node.stash.setdefault(WATCHED, set())
        actions = request.node.stash.setdefault(ACTIONS, [])
        for context in page.context.browser.contexts:
            if id(context) not in watched:
                watched.add(id(context))
                with contextlib.suppress(PlaywrightError):
                    _watch(context, actions, request.node)

    def pytest_bdd_after_step(self, request: pytest.FixtureRequest, **_: Any) -> None:
        """Note where the step's screenshot stands; hand the actions seen so far to the record (a
        binding's call may arrive after its step: it is handed over with the next one)."""
        page, run = _tutorial_page(request), request.node.stash.get(RUN, None)
        if page is None or run is None:
            return
        try:
            doc, scroll_x, scroll_y, width = page.evaluate(SCREEN_SCRIPT)
        except PlaywrightError:
            return
        screen = {"step": request.node.stash.get(CURSOR, 0) - 1, "doc": doc, "x": scroll_x, "y": scroll_y}
        run.guide.setdefault("screens", []).append(screen | {"width": width})
        pending = request.node.stash.get(ACTIONS, [])
        seen = [action for action in pending if action.pop("page", None) is page]
        run.guide.setdefault("actions", []).extend(seen)
        pending.clear()


def _tutorial_page(request: pytest.FixtureRequest) -> Page | None:
    if request.node.get_closest_marker(MARKER) is None:
        return None
    page = existing_fixture(request, "page")
    return page if isinstance(page, Page) and not page.is_closed() else None


def _watch(context: BrowserContext, actions: list[dict[str, Any]], node: pytest.Item) -> None:
    def acted(source: dict[str, Any], action: dict[str, Any]) -> None:
        actions.append(action | {"step": node.stash.get(CURSOR, 0) - 1, "page": source.get("page")})

    context.expose_binding(BINDING, acted)
    context.add_init_script(ACT_SCRIPT)
    for page in context.pages:  # documents already loaded do not run init scripts
        if page.url != "about:blank":
            page.evaluate(ACT_SCRIPT)
