"""Print the trainers' pages to PDF with a Chromium already running: the worker's own browser.

Each page is printed where its scenario ran, as soon as it is over, in a new page of the browser
that ran it (about 0.1 s of the browser's time a page on an idle machine): no second Chromium, no
process of its own. `python -m parcours.report.pdf page.html…` prints the pages named, by hand.
"""

from __future__ import annotations

import base64
import io
import sys
from pathlib import Path

from PIL import Image
from playwright.sync_api import Browser, PdfMargins
from playwright.sync_api import Error as PlaywrightError

from ..browser import NoBrowserError, find_chromium, installed, launch_args

PRINT_QUALITY = 40  # at 640 pixels the text stays legible; 67 PDFs weigh 1.5 MB less than at 60
# Optimised Huffman tables and progressive scans: the same pixels in 19 % fewer bytes, and Chromium
# embeds a progressive JPEG as it is (DCTDecode), as it does a baseline one.
JPEG_OPTIONS = {"quality": PRINT_QUALITY, "optimize": True, "progressive": True}
SWAP_IMAGES = """(images, urls) => Promise.all(images.map((image, index) => {
  image.src = urls[index];
  return image.decode();
}))"""
MARGINS: PdfMargins = {"top": "15mm", "bottom": "18mm", "left": "15mm", "right": "15mm"}


PRINT_WIDTH = 640  # pixels, for an image printed 17 cm wide


def reduced(image: Path) -> str:
    """`image` at most 640 pixels wide (a desktop page halved; a phone's page stays as it is), as a JPEG
    data: URL: the page prints it 17 cm wide, where 640 pixels keep the text legible, and Chromium
    embeds a JPEG as it is (any other image, uncompressed)."""
    with Image.open(image) as opened:
        buffer = io.BytesIO()
        picture = opened.convert("RGB")
        if picture.width > PRINT_WIDTH:
            picture = picture.reduce(max(2, round(picture.width / PRINT_WIDTH)))
        picture.save(buffer, "JPEG", **JPEG_OPTIONS)
    return f"data:image/jpeg;base64,{base64.b64encode(buffer.getvalue()).decode('ascii')}"


def print_page(browser: Browser, html: Path) -> str:
    """Write page.pdf next to page.html; "" when it went well, else what went wrong (in French)."""
    try:
        page = browser.new_page()
        try:
            page.goto(html.resolve().as_uri())
            sources = page.eval_on_selector_all(
                "img", "images => images.map(image => image.getAttribute('src'))"
            )
            # One JPEG per distinct image: a step that leaves the page as it was repeats its picture,
            # and the same data: URL is decoded, and embedded in the PDF, once.
            distinct = {source: reduced(html.parent / source) for source in dict.fromkeys(sources)}
            urls = [distinct[source] for source in sources]
            page.eval_on_selector_all("img", SWAP_IMAGES, urls)
            # The whole screens folded in <details> on screen are printed beside their zooms.
            page.eval_on_selector_all("details", "all => all.forEach((d) => { d.open = true; })")
            # Tagged: each picture keeps its text (alt) and page, for screen readers and the guides' tests.
            page.pdf(
                path=html.with_suffix(".pdf"), format="A4", print_background=True, margin=MARGINS, tagged=True
            )
        finally:
            page.close()
    except (PlaywrightError, OSError) as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return f"export PDF de {html.name} en échec : {reason}"
    return ""


def main(arguments: list[str]) -> int:
    """Print the pages named on the command line with a Chromium of its own."""
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as playwright:
            options = launch_args(find_chromium(installed(playwright.chromium.executable_path)))
            browser = playwright.chromium.launch(**options)  # type: ignore[arg-type]
            problems = [print_page(browser, Path(name)) for name in arguments]
            browser.close()
    except NoBrowserError as error:
        print(error, file=sys.stderr)
        return 1
    problems = [problem for problem in problems if problem]
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
