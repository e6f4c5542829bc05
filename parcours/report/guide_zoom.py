"""The guides' zoomed pictures: the part of a desktop screen around the outlined element, cut out of
the screenshot with the outline drawn in, so that a printed guide shows the words to find at a size
one reads on paper (a whole 1280-pixel window printed 17 cm wide shrinks them to a few millimetres)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PIL import Image, ImageDraw

PHONE_WIDTH = 600  # pixels: a screenshot this narrow is a phone's, printed whole at a phone's size
ZOOM_WIDTH = 640  # pixels of the page around the element: about twice the size on paper of the whole
ZOOM_RATIO = 0.5  # height / width of the zoom, so that two steps and their zooms fit on an A4 page
MARGIN = 40  # pixels of the page kept around the outlined elements at the least
OUTLINE = "#c2185b"  # a red no page of the mock sites uses (the guide's stylesheet draws it too)
OUTLINE_WIDTH = 4
# zlib level 3: the same pixels, files 1 % larger than optimize=True (level 9) at an eighth of its CPU
# (4.6 ms instead of 37 ms a 640×320 zoom, docs/reference/performances.md)
PNG_COMPRESS_LEVEL = 3
DIRECTORY = "zoom"


Percent = tuple[float, float, float, float]  # left, top, width, height, in percent of the image


def is_phone(size: tuple[int, int]) -> bool:
    """Whether a screenshot of this size is a phone's."""
    return size[0] <= PHONE_WIDTH


def _span(low: float, high: float, length: float, limit: int) -> tuple[int, int]:
    """An interval of `length` pixels (at most `limit`) holding [low, high], centred on it, in the image."""
    length = min(max(length, high - low), limit)
    start = min(max((low + high - length) / 2, 0), limit - length)
    return round(start), round(start + length)


def zoom_region(
    size: tuple[int, int], boxes: list[tuple[float, float, float, float]]
) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the zoom: the boxes with a margin, at least ZOOM_WIDTH wide, as
    high as ZOOM_RATIO says (higher if the boxes need it), inside the image."""
    left = min(box[0] for box in boxes) - MARGIN
    top = min(box[1] for box in boxes) - MARGIN
    right = max(box[2] for box in boxes) + MARGIN
    bottom = max(box[3] for box in boxes) + MARGIN
    width = max(ZOOM_WIDTH, right - left, (bottom - top) / ZOOM_RATIO)
    x0, x1 = _span(left, right, width, size[0])
    y0, y1 = _span(top, bottom, (x1 - x0) * ZOOM_RATIO, size[1])
    return x0, y0, x1, y1


def write_zoom(screenshot: Path, boxes: list[Percent], directory: Path) -> str | None:
    """Write the zoom of `screenshot` around `boxes` (outline drawn) in directory/zoom/; its name
    relative to `directory`, or None for a phone's screenshot (printed whole) or no box."""
    with Image.open(screenshot) as opened:
        picture = opened.convert("RGB")
    if not boxes or is_phone(picture.size):
        return None
    width, height = picture.size
    pixels = [
        (left * width / 100, top * height / 100, (left + w) * width / 100, (top + h) * height / 100)
        for left, top, w, h in boxes
    ]
    region = zoom_region(picture.size, pixels)
    draw = ImageDraw.Draw(picture)
    for box in pixels:
        draw.rectangle(box, outline=OUTLINE, width=OUTLINE_WIDTH)
    zoom = picture.crop(region)
    key = hashlib.sha256(f"{screenshot.name}{region}{pixels}".encode()).hexdigest()[:16]
    (directory / DIRECTORY).mkdir(parents=True, exist_ok=True)
    name = f"{DIRECTORY}/{key}.png"
    zoom.save(directory / name, compress_level=PNG_COMPRESS_LEVEL)
    return name
