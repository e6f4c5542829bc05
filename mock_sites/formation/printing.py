"""Print the learners' sheets (HTML) to PDF with one headless Chromium, the browser the harness uses."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from playwright.sync_api import PdfMargins

from .classroom import FormationError

MARGINS: PdfMargins = {"top": "12mm", "bottom": "12mm", "left": "14mm", "right": "14mm"}


def print_pdfs(pages: list[tuple[str, Path]]) -> None:
    """Write each (html, path) pair's PDF to its path (FormationError: no browser to print with)."""
    # In a thread of its own: Playwright's sync API refuses to start where an event loop already runs
    # (a test's browser, a caller's asyncio), and a fresh thread has none.
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(_print_all, pages).result()


def _print_all(pages: list[tuple[str, Path]]) -> None:
    """Print the pages in one browser, launched as the harness launches its own."""
    from playwright.sync_api import sync_playwright

    from parcours.browser import NoBrowserError, find_chromium, installed, launch_args

    with sync_playwright() as playwright:
        try:
            options = launch_args(find_chromium(installed(playwright.chromium.executable_path)))
        except NoBrowserError as error:
            # The caller ends the line with its own full stop.
            reason = str(error).rstrip(".")
            raise FormationError(f"aucun navigateur pour imprimer les fiches : {reason}") from error
        browser = playwright.chromium.launch(**options)  # type: ignore[arg-type]
        try:
            for html, path in pages:
                page = browser.new_page()
                page.set_content(html)
                pdf = page.pdf(format="A4", print_background=True, margin=MARGINS, tagged=True)
                path.write_bytes(pdf)
                page.close()
        finally:
            browser.close()
