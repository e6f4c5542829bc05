"""The screenshot after a step: WebP, secrets blacked out, written once under its content's hash."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

from PIL import Image
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

from .secrets import SecretValues, masks

SCREENSHOT_TIMEOUT_MS = 5000
MASK_COLOR = "#4a4a4a"  # a plain grey box where a secret field is
# Chromium hands over a JPEG of high quality (it encodes JPEG faster than PNG); each distinct image
# is stored as WebP, which keeps the pages' text legible at about half the bytes of PNG or JPEG
# (about 15 ms of CPU an image; tests/test_report_units.py checks the format and the size).
CAPTURE_QUALITY = 90
WEBP_QUALITY = 60
WEBP_METHOD = 2  # 0 (fast) to 6 (small): past 2 the bytes hardly shrink and the time doubles
SUFFIX = ".webp"
MIME_TYPE = "image/webp"


def to_webp(image: bytes) -> bytes:
    """A screenshot (any format Pillow reads) as the report stores it."""
    buffer = io.BytesIO()
    with Image.open(io.BytesIO(image)) as picture:
        picture.convert("RGB").save(buffer, "WEBP", quality=WEBP_QUALITY, method=WEBP_METHOD)
    return buffer.getvalue()


def store_image(image: bytes, directory: Path, suffix: str = SUFFIX) -> str:
    """Save a screenshot as WebP under its capture's hash; returns its path relative to the reports.

    Half the screenshots of a run repeat another (a check leaves the page as it was, every journey
    starts on the same home page): each distinct image is converted and stored once.
    """
    name = f"{hashlib.sha256(image).hexdigest()[:20]}{suffix}"
    path = directory / name
    if not path.exists():
        directory.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")  # two workers may store the same image
        partial.write_bytes(to_webp(image))
        partial.replace(path)
    return f"{directory.name}/{name}"


def take_screenshot(page: Page, secrets: SecretValues, directory: Path) -> str | None:
    """The page as the person sees it, secrets masked, stored in `directory`; None if it failed."""
    try:
        image = page.screenshot(
            type="jpeg",
            quality=CAPTURE_QUALITY,
            mask=masks(page, secrets),
            mask_color=MASK_COLOR,
            # One image pixel per CSS pixel: a phone's 3x screen would give 9 times the pixels (and
            # about 4 times the bytes) for text a person reads as well at 1x.
            scale="css",
            timeout=SCREENSHOT_TIMEOUT_MS,
        )
    except (PlaywrightError, OSError):
        return None  # a screenshot must never fail the scenario
    return store_image(image, directory)
