"""Print the trainers' pages to PDF with Chromium, in a process of its own, while the run goes on.

A process of its own: the test session's Playwright may still run in the controller's thread, and
a second sync Playwright cannot start inside it. While the run goes on: each page is printed as soon
as its scenario is over (about 0.1 s a page on an idle machine, up to 0.6 s under load), so the PDFs are
ready with the last test instead of adding their time after it wherever the machine has a core to spare.
`python -m parcours.report.pdf page.html…` prints the pages named; without names, those read on stdin.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from ..browser import NoBrowserError, find_chromium, installed, launch_args

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def print_to_pdf(pages: Iterable[Path]) -> None:
    """Write page.pdf next to each page.html, as the pages come."""
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


class Printer:
    """The child process that prints pages to PDF; pages are sent to it one by one."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[str] | None = None
        self.errors: IO[str] | None = None
        self.broken = ""

    def send(self, page: Path) -> None:
        """Queue a page (starts the printer on the first one)."""
        if self.broken:
            return
        if self.process is None:
            # Errors go to a file: a pipe nobody reads until the end could fill up and block the child.
            # It stays open until finish() reads and closes it, hence no `with`.
            self.errors = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # noqa: SIM115
            self.process = subprocess.Popen(
                [sys.executable, "-m", "parcours.report.pdf"],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=self.errors,
                text=True,
                cwd=PROJECT_ROOT,
            )
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(f"{page}\n")
            self.process.stdin.flush()
        except OSError as error:  # the printer died: finish() says why
            self.broken = f"export PDF interrompu ({error.strerror or error})"

    def finish(self, timeout: float = 600) -> str:
        """Wait for every page; "" when all went well, else what went wrong (in French)."""
        if self.process is None:
            return self.broken
        assert self.process.stdin is not None
        with contextlib.suppress(OSError):  # already gone: its exit status says why
            self.process.stdin.close()
        assert self.errors is not None
        with self.errors:
            try:
                returncode = self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                return f"export PDF interrompu au bout de {timeout:.0f} s"
            if returncode != 0:
                self.errors.seek(0)
                lines = self.errors.read().strip().splitlines() or ["sans message"]
                return f"export PDF en échec : {lines[-1]}"
        return self.broken


def main(arguments: list[str]) -> int:
    """Entry point of the child process."""
    pages = (Path(argument) for argument in arguments) if arguments else _lines(sys.stdin)
    try:
        print_to_pdf(pages)
    except NoBrowserError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


def _lines(stream: IO[str]) -> Iterable[Path]:
    for line in stream:
        if line.strip():
            yield Path(line.strip())


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
