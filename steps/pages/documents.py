"""Files a person downloads from a site (a PDF accusé, a récapitulatif) and what they read in them."""

from __future__ import annotations

import io
from pathlib import Path

from playwright.sync_api import Locator, Page


def texte_pdf(data: bytes) -> str:
    """The text of every page of a PDF file, as a reader would copy it."""
    from pypdf import PdfReader  # here: 40 ms of imports that only a PDF's reader needs, not each start

    assert data.startswith(b"%PDF-"), "le fichier n'est pas un PDF"
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def telecharger(page: Page, lien: str | Locator) -> bytes:
    """Click a download link (its name, or the link itself) and return the file's bytes."""
    link = page.get_by_role("link", name=lien, exact=True) if isinstance(lien, str) else lien
    with page.expect_download() as download:
        link.click()
    return Path(download.value.path()).read_bytes()
