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
