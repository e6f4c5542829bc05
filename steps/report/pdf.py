"""`python -m steps.report.pdf page.html…`: print each HTML page to a PDF beside it, with Chromium.

A process of its own: the test session's Playwright may still run in the controller's thread,
and a second sync Playwright cannot start inside it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ..browser import NoBrowserError, find_chromium, installed, launch_args

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def print_to_pdf(pages: list[Path]) -> None:
    """Write page.pdf next to each page.html."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        options = launch_args(find_chromium(installed(playwright.chromium.executable_path)))
        browser = playwright.chromium.launch(**options)  # type: ignore[arg-type]
        page = browser.new_page()
        for html in pages:
            page.goto(html.resolve().as_uri())
            page.pdf(
                path=html.with_suffix(".pdf"),
                format="A4",
                print_background=True,
                margin={"top": "15mm", "bottom": "18mm", "left": "15mm", "right": "15mm"},
            )
        browser.close()


def export(pages: list[Path], timeout: float = 600) -> str:
    """Run the export in a child process; "" when it worked, else what went wrong (in French)."""
    if not pages:
        return ""
    command = [sys.executable, "-m", "steps.report.pdf", *(str(page) for page in pages)]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, check=False, cwd=PROJECT_ROOT
        )
    except subprocess.TimeoutExpired:
        return f"export PDF interrompu au bout de {timeout:.0f} s"
    if done.returncode != 0:
        last_lines = (done.stderr or done.stdout).strip().splitlines() or ["sans message"]
        return f"export PDF en échec : {last_lines[-1]}"
    return ""


def main(arguments: list[str]) -> int:
    """Entry point of the child process."""
    try:
        print_to_pdf([Path(argument) for argument in arguments])
    except NoBrowserError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
