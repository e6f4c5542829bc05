"""Checking a file a person joins: its type read from its content (not its name), its size.

What was received is kept and shown back (name, type, size), so the person sees the site got it.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_MB = 5  # « 5 Mo au plus » a file (supposé)
MAX_BYTES = MAX_MB * 1024 * 1024
# The first bytes of each accepted type (its "magic number"); the name of a file proves nothing.
SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "PDF", "application/pdf"),
    (b"\xff\xd8\xff", "JPEG", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "PNG", "image/png"),
)
DOCUMENT_TYPES = ("PDF", "JPEG", "PNG")
IMAGE_TYPES = ("JPEG", "PNG")


class UploadError(ValueError):
    """A file the site refuses; the message says what is wrong and what to do."""


@dataclass(frozen=True)
class Received:
    """A file the site accepted."""

    filename: str
    type: str  # "PDF", "JPEG" or "PNG"
    media_type: str
    size: int

    @property
    def size_text(self) -> str:
        """The size as a person reads it (Ko, Mo with a decimal comma)."""
        return size_text(self.size)


def size_text(size: int) -> str:
    """`size` bytes in Ko (rounded up) or Mo, French style."""
    if size < 1024 * 1024:
        return f"{-(-size // 1024)} Ko"
    return f"{size / (1024 * 1024):.1f} Mo".replace(".", ",")


def detect_type(content: bytes) -> tuple[str, str] | None:
    """The type and media type the content's first bytes show, if accepted."""
    for magic, name, media_type in SIGNATURES:
        if content.startswith(magic):
            return name, media_type
    return None


def wrong_type_message(filename: str, accepted: tuple[str, ...]) -> str:
    """What to say about a file of another type."""
    if accepted == IMAGE_TYPES:
        return (
            f"Le fichier « {filename} » n'est pas une image JPEG ou PNG : "
            "joignez une photo dans l'un de ces formats."
        )
    return (
        f"Le fichier « {filename} » n'est pas un PDF, un JPEG ou un PNG : "
        "joignez le document numérisé dans l'un de ces formats."
    )


def check_upload(filename: str, content: bytes, accepted: tuple[str, ...] = DOCUMENT_TYPES) -> Received:
    """The received file if the site accepts it, else UploadError with the site's message."""
    if not content:
        raise UploadError(
            f"Le fichier « {filename} » est vide : numérisez de nouveau le document et joignez-le."
        )
    if len(content) > MAX_BYTES:
        raise UploadError(
            f"Le fichier « {filename} » pèse {size_text(len(content))} : {MAX_MB} Mo au plus. "
            "Numérisez-le en plus basse résolution."
        )
    detected = detect_type(content)
    if detected is None or detected[0] not in accepted:
        raise UploadError(wrong_type_message(filename, accepted))
    return Received(filename, detected[0], detected[1], len(content))
