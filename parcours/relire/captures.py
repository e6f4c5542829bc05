"""For each claim on an element, its page's screenshot cut around the element, outlined as the guides
outline theirs, under DIR/captures/."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PIL import Image, ImageDraw, UnidentifiedImageError

from parcours.inventory import Box, Inventory
from parcours.report.guide_zoom import OUTLINE, OUTLINE_WIDTH, zoom_region

from .verdict import Verdict

FOLDER = "captures"
QUALITY = 80  # WebP: the labels around the element stay sharp at a tenth of a PNG's bytes


def outline_all(verdicts: list[Verdict], inventory: Inventory, reports: Path, out: Path) -> list[Verdict]:
    """The verdicts, each one on an element with its cut-out, outlined capture (the others with none)."""
    widths = {page.capture: page.largeur for page in inventory.pages if page.capture}
    return [
        v.with_capture(outlined(reports / v.capture, v.boite, widths.get(v.capture) or 0, out))
        if v.capture and v.boite
        else v.with_capture(None)
        for v in verdicts
    ]


def _pixels(box: Box, scale: float) -> tuple[float, float, float, float]:
    """The box, a little wider than the element so the outline leaves its own border visible."""
    pad = OUTLINE_WIDTH
    return (
        (box.x - pad) * scale,
        (box.y - pad) * scale,
        (box.x + box.width + pad) * scale,
        (box.y + box.height + pad) * scale,
    )


def outlined(source: Path, box: Box | None, page_width: float, out: Path) -> str | None:
    """The outlined cut-out's path relative to `out`; None when the screenshot cannot be read or the
    element lies outside it (below the captured window)."""
    if box is None or not source.is_file():
        return None
    name = hashlib.sha256(f"{source.resolve()}{box}".encode()).hexdigest()[:20] + ".webp"
    target = out / FOLDER / name
    if target.is_file():
        return f"{FOLDER}/{name}"
    try:
        with Image.open(source) as opened:
            picture = opened.convert("RGB")
    except (OSError, UnidentifiedImageError):
        return None
    scale = picture.width / page_width if page_width else 1.0  # a capture may be stored smaller
    rectangle = _pixels(box, scale)
    if rectangle[1] >= picture.height or rectangle[0] >= picture.width:
        return None
    ImageDraw.Draw(picture).rectangle(rectangle, outline=OUTLINE, width=OUTLINE_WIDTH)
    target.parent.mkdir(parents=True, exist_ok=True)
    picture.crop(zoom_region(picture.size, [rectangle])).save(target, "WEBP", quality=QUALITY)
    return f"{FOLDER}/{name}"
