"""The screenshot after a step: WebP, secrets blacked out, written once under its content's hash."""

from __future__ import annotations

import hashlib
import io
import os
import traceback
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from weakref import WeakKeyDictionary, WeakSet

from PIL import Image, ImageDraw
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

from .capture import Box, Capture, capture_viewport
from .secrets import SecretValues, masks

SCREENSHOT_TIMEOUT_MS = 5000
MASK_COLOR = "#4a4a4a"  # a plain grey box where a secret field is
# Chromium hands over a PNG (exact pixels; it encodes PNG as fast as JPEG) and each distinct image is
# stored as lossless WebP: pages of text and flat colours take 14 KB on average, 40 % less than lossy
# WebP at quality 60 from a JPEG capture, and the text stays as sharp as on screen (about 19 ms of
# CPU an image, on the writer's thread). A page with photographs compresses better lossy: past
# LOSSY_ABOVE bytes, the smaller of both is kept. tests/test_report_units.py checks format and size.
# With lossless, `quality` is the effort and `method` 0 (fast) to 6 (small). On the 483 screenshots
# of a whole run, method 1 at effort 35 gave the same 19.0 KB an image as method 2 at effort 50, for
# 19 ms of CPU instead of 25 (method 0 is faster but 6 times larger).
LOSSLESS_EFFORT = 35
LOSSLESS_METHOD = 1
WEBP_METHOD = 2  # for the lossy version: past 2 the bytes hardly shrink and the time grows
WEBP_QUALITY = 60  # for the lossy version of a page with photographs
LOSSY_ABOVE = 48_000
SUFFIX = ".webp"
MIME_TYPE = "image/webp"


def to_webp(image: bytes, boxes: tuple[Box, ...] = (), size: tuple[int, int] | None = None) -> bytes:
    """A screenshot (any format Pillow reads) as the report stores it: at `size` (CSS pixels) if it
    is larger, `boxes` blacked out, as lossless WebP, or lossy when a page full of photographs makes
    that smaller."""
    with Image.open(io.BytesIO(image)) as picture:
        pixels = picture.convert("RGB")
    if size is not None and pixels.width > size[0]:
        pixels = pixels.resize(size, Image.Resampling.LANCZOS)
    if boxes:
        draw = ImageDraw.Draw(pixels)
        for left, top, right, bottom in boxes:
            draw.rectangle((left, top, right, bottom), fill=MASK_COLOR)
    lossless = io.BytesIO()
    pixels.save(lossless, "WEBP", lossless=True, quality=LOSSLESS_EFFORT, method=LOSSLESS_METHOD)
    if lossless.tell() <= LOSSY_ABOVE:
        return lossless.getvalue()
    lossy = io.BytesIO()
    pixels.save(lossy, "WEBP", quality=WEBP_QUALITY, method=WEBP_METHOD)
    return min(lossless.getvalue(), lossy.getvalue(), key=len)


def image_name(image: bytes, suffix: str = SUFFIX, boxes: tuple[Box, ...] = ()) -> str:
    """The file a capture is stored in: named by its content (and what is blacked out in it), so a
    repeated capture is stored once."""
    digest = hashlib.sha256(image)
    if boxes:
        digest.update(repr(boxes).encode())
    return f"{digest.hexdigest()[:20]}{suffix}"


def store_image(
    image: bytes,
    directory: Path,
    suffix: str = SUFFIX,
    boxes: tuple[Box, ...] = (),
    size: tuple[int, int] | None = None,
) -> str:
    """Save a screenshot as WebP under its capture's hash, as `to_webp` makes it; returns its path
    relative to the reports.

    Half the screenshots of a run repeat another (a check leaves the page as it was, every journey
    starts on the same home page): each distinct image is converted and stored once.
    """
    name = image_name(image, suffix, boxes)
    path = directory / name
    if not path.exists():
        directory.mkdir(parents=True, exist_ok=True)
        written = path.with_suffix(f".{os.getpid()}.part")  # two workers may store the same image
        written.write_bytes(to_webp(image, boxes, size))
        written.replace(path)
    return f"{directory.name}/{name}"


class ImageWriter:
    """Converts and writes the screenshots on a thread of its own, in the order they were taken.

    The step after a screenshot need not wait for its WebP (about 20 ms of CPU): while the browser
    works on that step, the thread encodes; Pillow lets go of the GIL meanwhile. `flush` waits for
    everything handed over so far, before anything reads the files (a PDF, the end of the run).
    """

    def __init__(self) -> None:
        self._executor: ThreadPoolExecutor | None = None
        self._pending: list[tuple[Future[str], str]] = []
        self._queued: set[Path] = set()  # files handed over: a repeated capture is not encoded twice

    def store(self, shot: Capture, directory: Path) -> str:
        """Hand a capture over to be stored as `store_image` does; its path relative to the reports."""
        name = image_name(shot.png, SUFFIX, shot.masks)
        if directory / name not in self._queued:
            self._queued.add(directory / name)
            if self._executor is None:
                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="parcours-images")
            work = self._executor.submit(store_image, shot.png, directory, SUFFIX, shot.masks, shot.css_size)
            self._pending.append((work, f"capture {name} non enregistrée"))
        return f"{directory.name}/{name}"

    def flush(self) -> list[str]:
        """Wait for what was handed over; what went wrong, in French (the run goes on)."""
        pending, self._pending = self._pending, []
        problems = []
        for future, failure in pending:
            error = future.exception()
            if error is not None:
                detail = "".join(traceback.format_exception_only(error)).strip()
                problems.append(f"{failure} : {detail}")
        return problems


# Each page's last stored screenshot, and where and what it masked: a step that leaves the page as it
# was gets that file again, with no capture (parcours.report.capture says when).
_LAST: WeakKeyDictionary[Page, tuple[tuple[object, ...], str]] = WeakKeyDictionary()
_STILL: WeakSet[Page] = WeakSet()  # pages whose last screenshot was that file again


def left_as_it_was(page: Page) -> bool:
    """Whether the page's last screenshot found it as the one before (nothing changed in between)."""
    return page in _STILL


class ScreenshotFailed(Exception):
    """The browser gave no screenshot of the page: the step's own result stands, the report says why."""


def take_screenshot(
    page: Page, secrets: SecretValues, directory: Path, writer: ImageWriter | None = None
) -> str:
    """The page as the person sees it, secrets masked, stored in `directory` (by `writer`, when given,
    on its thread); ScreenshotFailed, with the browser's first line, if it could not be taken."""
    last = _LAST.pop(page, None)  # put back only once this screenshot is stored
    _STILL.discard(page)
    try:
        shot = capture_viewport(page, secrets, if_changed=last is not None)
        if shot is not None and shot.still:
            if last is not None and last[0] == (directory, shot.masks, shot.css_size):
                _LAST[page] = last
                _STILL.add(page)
                return last[1]
            shot = capture_viewport(page, secrets)  # the same page, another secret to black out
    except PlaywrightError:
        # Chromium answered "Unable to capture screenshot" once in a CI run (after a click that
        # navigated): Playwright's own capture, which restyles the page and waits for its fonts
        # first, is a second try before the step is left without a screenshot.
        shot = None
    try:
        shot = shot or Capture(
            page.screenshot(  # not Chromium, or its capture failed: Playwright's own capture and masks
                type="png",
                mask=masks(page, secrets),
                mask_color=MASK_COLOR,
                # One image pixel per CSS pixel, as capture_viewport gives.
                scale="css",
                timeout=SCREENSHOT_TIMEOUT_MS,
            )
        )
    except (PlaywrightError, OSError) as error:
        first_line = next(iter(str(error).splitlines()), "") or type(error).__name__
        raise ScreenshotFailed(first_line) from error
    if writer is not None:
        stored = writer.store(shot, directory)
    else:
        stored = store_image(shot.png, directory, SUFFIX, shot.masks, shot.css_size)
    _LAST[page] = ((directory, shot.masks, shot.css_size), stored)
    return stored
