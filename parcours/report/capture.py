"""The page as the person sees it, captured through Chromium's DevTools protocol with the boxes of
its secrets: half the time and CPU of Playwright's `page.screenshot` for the same pixels.

`page.screenshot` hides the caret and lays its masks in the page (a style and overlays added, the page
restyled and repainted, then restored) and encodes a compact PNG; here one script reads where the
secrets are, Chromium hands over the viewport as a quickly encoded PNG (`optimizeForSpeed`: the
report re-encodes it anyway, losslessly), and the secrets are blacked out in the image itself
(parcours.report.screenshots), before anything is stored. Measured on a login page: 17 ms and 16 ms
of CPU a capture, against 34 ms and 28 ms. Other browsers keep `page.screenshot`.

A step that leaves the page as it was (a check, a wait) is not captured again: the same script
watches the document from its first capture on, and says whether anything that changes pixels
happened since the last one (see STILL_WATCH). A quarter of a run's steps are such steps.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from playwright.sync_api import CDPSession, Page
from playwright.sync_api import Error as PlaywrightError

from .secrets import SECRET_FIELDS, SecretValues

Box = tuple[float, float, float, float]  # left, top, right, bottom, in the image's pixels
# Page.captureScreenshot's parameters: exact pixels, encoded quickly (the report re-encodes them).
CAPTURE_OPTIONS = {"format": "png", "optimizeForSpeed": True}

# Whether the document's pixels may have changed since its last capture: anything in the DOM
# (elements, attributes, text), and what changes pixels without it (a field typed in or ticked, a
# scroll or a wheel that will scroll, focus, the pointer, a resize, an image or a font loaded, a text
# selected, an emulated colour scheme or media). Conservative: `still` is never true in a document
# not watched yet, still loading, animating, or holding what draws by itself or out of the
# observer's sight (frames, canvas, video, plugins, shadow roots).
STILL_WATCH = """
  // Read when asked, not from events: a scroll's or a media query's event fires at the next frame.
  const media = ["(prefers-color-scheme: dark)", "(prefers-reduced-motion: reduce)",
                 "(forced-colors: active)", "print"].map((query) => matchMedia(query).matches);
  const view = [scrollX, scrollY, innerWidth, innerHeight, devicePixelRatio, ...media].join(" ");
  const still = window.__parcoursStill === true && window.__parcoursView === view
    && document.readyState === "complete"
    && !document.querySelector("iframe, frame, canvas, video, embed, object")
    && document.getAnimations().length === 0;
  if (window.__parcoursStill === undefined) {
    const moved = () => { window.__parcoursStill = false; };
    new MutationObserver(moved).observe(document, {
      subtree: true, childList: true, attributes: true, characterData: true});
    for (const type of ["input", "change", "scroll", "wheel", "focusin", "focusout", "pointerdown",
                        "pointerup", "pointermove", "touchstart", "keydown", "load", "error",
                        "selectionchange", "toggle"])
      document.addEventListener(type, moved, true);
    for (const type of ["resize", "scroll", "focus", "blur"]) window.addEventListener(type, moved, true);
    if (document.fonts) document.fonts.addEventListener("loadingdone", moved);
  }
  window.__parcoursStill = true;
  window.__parcoursView = view;
"""
# Where the secrets are, in CSS pixels of the viewport: secret fields, the smallest elements whose
# text holds a known secret (as Playwright's get_by_text finds them), fields whose value holds one;
# open shadow roots included. And the screen's size and pixel ratio, for one pixel per CSS pixel.
MASKS_SCRIPT = (
    """([selector, values]) => {
  const boxes = [];
  let shadow = false;
  const add = (element) => {
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) boxes.push([box.left, box.top, box.right, box.bottom]);
  };
  const secrets = values.map((value) => value.toLowerCase());
  const holds = (text) => {
    const plain = (text || "").replace(/\\s+/g, " ").toLowerCase();
    return secrets.some((secret) => plain.includes(secret));
  };
  const visit = (root) => {
    root.querySelectorAll(selector).forEach(add);
    for (const element of root.querySelectorAll("*")) {
      if (secrets.length) {
        const text = holds(element.textContent)
          && ![...element.children].some((child) => holds(child.textContent));
        const value = typeof element.value === "string" && holds(element.value);
        if (text || value) add(element);
      }
      if (element.shadowRoot) {
        shadow = true;
        visit(element.shadowRoot);
      }
    }
  };
  visit(document);"""
    + STILL_WATCH
    + """
  return {boxes, ratio: window.devicePixelRatio, width: innerWidth, height: innerHeight,
          still: still && !shadow};
}"""
)


@dataclass(frozen=True)
class Capture:
    """A screenshot as Chromium gave it, and the boxes to black out before it is stored."""

    png: bytes
    masks: tuple[Box, ...] = ()
    # The screen in CSS pixels: a capture at a phone's 3x is brought down to it when stored.
    css_size: tuple[int, int] | None = None
    # Not captured: nothing changed since the page's last capture (`png` is empty).
    still: bool = False


_SESSIONS: WeakKeyDictionary[Page, CDPSession] = WeakKeyDictionary()


def devtools_session(page: Page) -> CDPSession | None:
    """The page's DevTools session, opened once; None where there is none (Firefox, WebKit)."""
    if page not in _SESSIONS:
        try:
            _SESSIONS[page] = page.context.new_cdp_session(page)
        except PlaywrightError:
            return None
    return _SESSIONS[page]


def capture_viewport(page: Page, secrets: SecretValues, if_changed: bool = False) -> Capture | None:
    """The viewport, its secrets' boxes and its size in CSS pixels (a phone's 3x screen would give 9
    times the pixels for text a person reads as well at 1x); None where DevTools is not there.
    `if_changed`: no capture (`still`) when nothing changed since the page's last one."""
    session = devtools_session(page)
    if session is None:
        return None
    where = page.evaluate(MASKS_SCRIPT, [SECRET_FIELDS, list(secrets)])
    boxes = tuple((left, top, right, bottom) for left, top, right, bottom in where["boxes"])
    size = (where["width"], where["height"])
    if if_changed and where["still"]:
        return Capture(b"", boxes, size, still=True)
    data = session.send("Page.captureScreenshot", CAPTURE_OPTIONS)["data"]
    return Capture(base64.b64decode(data), boxes, size)
