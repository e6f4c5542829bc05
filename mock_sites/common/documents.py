"""PDF documents the sites hand out (avis, accusés de réception, récapitulatifs), with an optional QR code.

Real files a test opens and reads (pypdf) and whose QR code it decodes (zxing-cpp). The PDF core
fonts only know Latin-1, so the few characters outside it are spelled the way a typist would.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import segno

# Outside Latin-1, with what a typist would write instead.
LATIN_1_SPELLING = str.maketrans(
    {"’": "'", "œ": "oe", "Œ": "OE", "—": "-", "–": "-", "€": "EUR", "\u202f": " "}
)
BANNER = "Site fictif - environnement de test"


@dataclass
class Document:
    """A one-page document: a title, lines of text, and maybe a QR code under them."""

    title: str
    lines: list[str] = field(default_factory=list)
    qr_payload: str | None = None


def latin_1(text: str) -> str:
    """`text` in the core fonts' character set."""
    return text.translate(LATIN_1_SPELLING).encode("latin-1", "replace").decode("latin-1")


def qr_png(payload: str, scale: int = 8) -> bytes:
    """A QR code of `payload` as PNG bytes (the quiet zone included, so a reader finds it)."""
    buffer = io.BytesIO()
    segno.make_qr(payload, error="m").save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()


def render_pdf(document: Document) -> bytes:
    """The document as PDF bytes, the test banner on top as on every page of the sites."""
    # Imported here: fpdf and its fontTools take 170 ms to import, which every run and every worker
    # paid at start-up, and only the journeys that download a document need them.
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_title(latin_1(document.title))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 8, latin_1(BANNER), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 9, latin_1(document.title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for line in document.lines:
        pdf.multi_cell(0, 6, latin_1(line), new_x="LMARGIN", new_y="NEXT")
    if document.qr_payload is not None:
        pdf.image(io.BytesIO(qr_png(document.qr_payload)), w=50)
    return bytes(pdf.output())
