"""Checking the files joined to an ANTS démarche: type by content, size (mock_sites/ants/uploads.py)."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from mock_sites.ants.uploads import (
    IMAGE_TYPES,
    MAX_BYTES,
    UploadError,
    check_upload,
    size_text,
)
from mock_sites.common.documents import Document, render_pdf

PDF = render_pdf(Document("Justificatif de domicile", ["Facture d'électricité"]))


def image(kind: str) -> bytes:
    """A small real image file."""
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(buffer, format=kind)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("filename", "content", "accepted", "expected_type"),
    [
        ("facture.pdf", PDF, None, "PDF"),
        ("carte.jpg", image("JPEG"), None, "JPEG"),
        ("carte.png", image("PNG"), None, "PNG"),
        ("photo.jpg", image("JPEG"), IMAGE_TYPES, "JPEG"),
        # The content decides, not the name: a PNG named .pdf is a PNG.
        ("scan.pdf", image("PNG"), None, "PNG"),
        ("limite.pdf", PDF + b"%" * (MAX_BYTES - len(PDF)), None, "PDF"),
    ],
)
def test_accepted_files(
    filename: str, content: bytes, accepted: tuple[str, ...] | None, expected_type: str
) -> None:
    received = (
        check_upload(filename, content) if accepted is None else check_upload(filename, content, accepted)
    )
    assert (received.filename, received.type, received.size) == (filename, expected_type, len(content))


@pytest.mark.parametrize(
    ("filename", "content", "accepted", "message"),
    [
        ("facture.pdf", b"", None, "Le fichier « facture.pdf » est vide : numérisez de nouveau le document"),
        ("facture.pdf", b"Facture EDF\nMontant : 42 EUR\n", None, "n'est pas un PDF, un JPEG ou un PNG"),
        ("facture.pdf", b"%PD", None, "n'est pas un PDF, un JPEG ou un PNG"),
        ("carte.jpg", b"GIF89a" + b"\0" * 20, None, "n'est pas un PDF, un JPEG ou un PNG"),
        ("trop.pdf", PDF + b"%" * (MAX_BYTES + 1 - len(PDF)), None, "pèse 5,0 Mo : 5 Mo au plus"),
        ("photo.pdf", PDF, IMAGE_TYPES, "Le fichier « photo.pdf » n'est pas une image JPEG ou PNG"),
    ],
)
def test_refused_files(filename: str, content: bytes, accepted: tuple[str, ...] | None, message: str) -> None:
    with pytest.raises(UploadError) as refused:
        if accepted is None:
            check_upload(filename, content)
        else:
            check_upload(filename, content, accepted)
    assert message in str(refused.value)


@pytest.mark.parametrize(
    ("size", "text"),
    [(1, "1 Ko"), (1024, "1 Ko"), (1025, "2 Ko"), (1024 * 1024, "1,0 Mo"), (6 * 1024 * 1024, "6,0 Mo")],
)
def test_sizes_read_as_a_person_reads_them(size: int, text: str) -> None:
    assert size_text(size) == text


def pdf_with(action: str) -> bytes:
    """A real one-page PDF that runs JavaScript: on opening, or from its document-level names tree."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(PDF)))
    script = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Action"),
                NameObject("/S"): NameObject("/JavaScript"),
                NameObject("/JS"): TextStringObject("app.alert('piège');"),
            }
        )
    )
    if action == "open":
        writer._root_object[NameObject("/OpenAction")] = script
    else:
        scripts = DictionaryObject({NameObject("/Names"): ArrayObject([TextStringObject("piege"), script])})
        writer._root_object[NameObject("/Names")] = DictionaryObject({NameObject("/JavaScript"): scripts})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
ACTIVE = "contient du code actif (script ou action automatique)"


@pytest.mark.parametrize(
    ("filename", "content", "accepted", "message"),
    [
        ("facture.pdf", pdf_with("open"), None, ACTIVE),
        ("facture.pdf", pdf_with("names"), None, ACTIVE),
        # A PNG's signature with a page behind it: the sniffer says PNG, Pillow cannot decode it.
        ("photo.png", b"\x89PNG\r\n\x1a\n" + HTML, IMAGE_TYPES, "n'est pas un PNG lisible"),
        ("photo.png", image("PNG") + HTML, IMAGE_TYPES, ACTIVE),
        ("photo.jpg", b"\xff\xd8\xff\xe0" + HTML, IMAGE_TYPES, "n'est pas un JPEG lisible"),
        ("facture.pdf", b"%PDF-1.7\n" + HTML, None, "n'est pas un PDF lisible"),
        ("facture.pdf", PDF[: len(PDF) // 3], None, "n'est pas un PDF lisible"),
    ],
)
def test_hostile_files_are_refused_by_their_own_parser(
    filename: str, content: bytes, accepted: tuple[str, ...] | None, message: str
) -> None:
    with pytest.raises(UploadError) as refused:
        check_upload(filename, content, accepted or ("PDF", "JPEG", "PNG"))
    assert f"Le fichier « {filename} »" in str(refused.value) and message in str(refused.value)


def test_a_pdf_whose_opening_only_shows_its_first_page_is_accepted() -> None:
    assert b"/OpenAction" in PDF  # fpdf's: a destination, no action
    assert check_upload("facture.pdf", PDF).type == "PDF"
