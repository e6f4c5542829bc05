"""What tests hand to the sites or check them against: PDF documents they make, and ANTS code photos
(a valid code drawn from the scenario's seed, as printed on the photo sheet, and the photo it shows)."""

from __future__ import annotations

from ..ants.code_photo import generate_code, grouped, photo_svg
from ..common.documents import Document, render_pdf

__all__ = ["Document", "generate_code", "grouped", "photo_svg", "render_pdf"]
