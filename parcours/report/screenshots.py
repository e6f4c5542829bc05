"""The screenshot after a step: JPEG, secrets blacked out, written once under its content's hash."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

from .secrets import SecretValues, masks

SCREENSHOT_TIMEOUT_MS = 5000
MASK_COLOR = "#4a4a4a"  # a plain grey box where a secret field is
# JPEG at this quality keeps the pages' text legible at about two thirds of the PNG's bytes, and
# Chromium encodes it faster (tests/test_report_units.py checks the format and size).
JPEG_QUALITY = 60
SUFFIX = ".jpg"
MIME_TYPE = "image/jpeg"


def store_image(image: bytes, directory: Path, suffix: str = SUFFIX) -> str:
    """Save a screenshot under its content's hash; returns its path relative to the reports.

    Half the screenshots of a run repeat another (a check leaves the page as it was, every journey
    starts on the same home page): each distinct image is stored once.
    """
    name = f"{hashlib.sha256(image).hexdigest()[:20]}{suffix}"
    path = directory / name
    if not path.exists():
        directory.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")  # two workers may store the same image
        partial.write_bytes(image)
        partial.replace(path)
    return f"{directory.name}/{name}"


def take_screenshot(page: Page, secrets: SecretValues, directory: Path) -> str | None:
    """The page as the person sees it, secrets masked, stored in `directory`; None if it failed."""
    try:
        image = page.screenshot(
            type="jpeg",
            quality=JPEG_QUALITY,
            mask=masks(page, secrets),
            mask_color=MASK_COLOR,
            timeout=SCREENSHOT_TIMEOUT_MS,
        )
    except (PlaywrightError, OSError):
        return None  # a screenshot must never fail the scenario
    return store_image(image, directory)
