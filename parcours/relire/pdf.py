"""relecture.pdf beside relecture.html: the page printed on A4 by Chromium, as the guides are."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from parcours.browser import NoBrowserError, find_chromium, installed, launch_args
from parcours.report.pdf import print_page


def print_pdf(html: Path) -> str:
    """Write relecture.pdf next to `html`; "" when it went well, else one French line saying why not."""
    # Playwright's sync API refuses to start on a thread whose asyncio loop runs (a caller's pytest
    # session with a browser open): a thread of its own has none.
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_print, html).result()


def _print(html: Path) -> str:
    """print_pdf's work, on a thread without an asyncio loop."""
    from playwright.sync_api import Error, sync_playwright

    try:
        with sync_playwright() as playwright:
            options = launch_args(find_chromium(installed(playwright.chromium.executable_path)))
            browser = playwright.chromium.launch(**options)  # type: ignore[arg-type]
            try:
                return print_page(browser, html)
            finally:
                browser.close()
    except (NoBrowserError, Error) as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return f"relecture.pdf non écrit (pas de navigateur : {first}) ; relecture.html est complet."
