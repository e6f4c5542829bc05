"""The sites' PDF documents: real files whose text a reader extracts and whose QR code decodes."""

from __future__ import annotations

import io

import pypdf
import zxingcpp

from mock_sites.common.documents import BANNER, Document, render_pdf


def test_a_document_reads_back_with_its_banner_title_lines_and_qr_code() -> None:
    pdf = render_pdf(
        Document("Accusé de réception — déclaration", ["Numéro : 2021-0042", "Cœur d’été"], "P-42")
    )

    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    text = page.extract_text()
    codes = [code.text for image in page.images for code in zxingcpp.read_barcodes(image.image)]

    assert text.splitlines()[:4] == [
        BANNER,
        "Accusé de réception - déclaration",
        "Numéro : 2021-0042",
        "Coeur d'été",
    ]
    assert codes == ["P-42"]


def test_a_document_without_qr_code_has_no_image() -> None:
    pdf = render_pdf(Document("Avis d'impôt 2021", ["Revenu fiscal de référence : 25 000"]))

    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].images) == 0
