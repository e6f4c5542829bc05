"""A joined file read by its own format's parser: a PDF opened by pypdf with no JavaScript in it, an
image decoded by Pillow with no markup hidden in it. The first bytes alone prove nothing."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

# Markup a browser would run if it ever took the file for a page (a PNG header followed by HTML).
MARKUP = re.compile(rb"<\s*(html|script|svg|body|iframe|!doctype)", re.IGNORECASE)
# Keys that carry a script or a file to run, and the action types that run something. An /OpenAction
# that only names the page to show (fpdf writes one) is harmless; one whose /S is /JavaScript is not.
PDF_ACTIVE_KEYS = {"/JS", "/JavaScript", "/EmbeddedFile", "/EmbeddedFiles"}
PDF_ACTIVE_ACTIONS = {"/JavaScript", "/Launch"}
MAX_PDF_OBJECTS = 20_000  # a walk of a scanned document's objects stays far below this


class ContentError(ValueError):
    """What the parser found: "illisible" (it could not read the file) or "actif" (it runs code)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def check_image(content: bytes) -> None:
    """Decode the whole image with Pillow; refuse markup inside it."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(content)) as image:
            image.load()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as error:
        raise ContentError("illisible") from error
    if MARKUP.search(content):
        raise ContentError("actif")


def _children(node: Any) -> Iterator[tuple[str | None, Any]]:
    """The (key, value) pairs of a PDF dictionary, or the items of an array."""
    from pypdf.generic import ArrayObject, DictionaryObject

    if isinstance(node, DictionaryObject):
        yield from ((str(key), node.get(key)) for key in list(node.keys()))
    elif isinstance(node, ArrayObject):
        yield from ((None, item) for item in node)


def _holds_active_content(root: Any) -> bool:
    """Walk the document's objects from its catalogue, each once, looking for scripts or actions."""
    from pypdf.generic import IndirectObject

    seen: set[tuple[int, int]] = set()
    pending = [root]
    while pending and len(seen) < MAX_PDF_OBJECTS:
        node = pending.pop()
        if isinstance(node, IndirectObject):
            if (node.idnum, node.generation) in seen:
                continue
            seen.add((node.idnum, node.generation))
            node = node.get_object()
        for key, value in _children(node):
            if key in PDF_ACTIVE_KEYS or (key == "/S" and str(value) in PDF_ACTIVE_ACTIONS):
                return True
            pending.append(value)
    return bool(pending)  # too many objects to check: not a scanned document


def check_pdf(content: bytes) -> None:
    """Open the PDF with pypdf and read its pages; refuse JavaScript and actions run on opening."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(content), strict=False)
        if reader.is_encrypted or len(reader.pages) == 0:
            raise ContentError("illisible")
        root = reader.trailer.raw_get("/Root")
        active = _holds_active_content(root)
    except ContentError:
        raise
    except (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        raise ContentError("illisible") from error
    if active:
        raise ContentError("actif")
