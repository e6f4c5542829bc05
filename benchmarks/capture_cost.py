"""What one step's screenshot costs, part by part: the masks script, Chromium's capture, the WebP.

Starts the mock sites, opens mesdroitssociaux's home page in the harness's Chromium and repeats each
part `--repeat` times, printing its wall time, the machine's CPU (/proc/stat: Chromium's processes
included, so run it on a quiet machine) and this process's own CPU, each per call.
Run: `.venv/bin/python benchmarks/capture_cost.py`.
"""

from __future__ import annotations

import argparse
import base64
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's packages, as pytest's rootdir gives the harness

from benchmarks.login_benchmark import children_cpu  # noqa: E402  (the machine's busy time)


def per_call(label: str, repeat: int, part: Callable[[], object]) -> None:
    """Run `part` once to warm up, then `repeat` times; print its cost per call."""
    part()
    machine, wall, own = children_cpu(), time.perf_counter(), time.process_time()
    for _ in range(repeat):
        part()
    machine = children_cpu() - machine
    wall, own = time.perf_counter() - wall, time.process_time() - own
    print(
        f"{label}: wall {wall / repeat * 1000:.1f} ms, machine CPU {machine / repeat * 1000:.1f} ms, "
        f"this process's CPU {own / repeat * 1000:.1f} ms"
    )


def main() -> int:
    """Measure each part of a capture on one page."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=60, help="calls of each part (default 60)")
    repeat = parser.parse_args().repeat
    from playwright.sync_api import sync_playwright

    from mock_sites.runner import start_sites
    from parcours.browser import find_chromium, installed, launch_args
    from parcours.report.capture import CAPTURE_OPTIONS, MASKS_SCRIPT, SECRET_FIELDS
    from parcours.report.screenshots import to_webp

    running = start_sites("capture-cost")
    try:
        with sync_playwright() as playwright:
            chromium = find_chromium(installed(playwright.chromium.executable_path))
            browser = playwright.chromium.launch(headless=True, **launch_args(chromium))  # type: ignore[arg-type]
            page = browser.new_context().new_page()
            page.goto(running.url("mesdroitssociaux"))
            session = page.context.new_cdp_session(page)

            def capture() -> dict[str, str]:
                """Chromium's capture of the viewport, as capture_viewport asks for it."""
                return session.send("Page.captureScreenshot", CAPTURE_OPTIONS)

            png = base64.b64decode(capture()["data"])
            masks_script = [SECRET_FIELDS, []]
            per_call("masks script", repeat, lambda: page.evaluate(MASKS_SCRIPT, masks_script))
            per_call("DevTools capture", repeat, capture)
            per_call("to_webp (PNG to WebP)", repeat, lambda: to_webp(png))
            browser.close()
    finally:
        running.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
