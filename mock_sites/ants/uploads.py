"""Checking a file a person joins: its type sniffed from its content (not its name) by filetype,
then the file read by its format's own parser (content_checks), its size.

What was received is kept and shown back (name, type, size), so the person sees the site got it.
"""

from __future__ import annotations

from dataclasses import dataclass

import filetype

from .content_checks import ContentError, check_image, check_pdf

MAX_MB = 5  # « 5 Mo au plus » a file (supposé)
MAX_BYTES = MAX_MB * 1024 * 1024
# The accepted media types, as the sniffer names them, and how the site names each.
TYPE_NAMES = {"application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG"}
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
    """The type and media type the sniffer reads in the content, if accepted."""
    kind = filetype.guess(content)
    if kind is None or kind.mime not in TYPE_NAMES:
        return None
    return TYPE_NAMES[kind.mime], kind.mime


def content_message(filename: str, type_name: str, reason: str) -> str:
    """What to say about a file its parser could not read, or that holds active content."""
    if reason == "actif":
        return (
            f"Le fichier « {filename} » contient du code actif (script ou action automatique) : "
            "joignez le document numérisé ou photographié, sans script."
        )
    return (
        f"Le fichier « {filename} » n'est pas un {type_name} lisible : "
        "numérisez de nouveau le document et joignez-le."
    )


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
    try:
        parse = check_pdf if detected[0] == "PDF" else check_image
        parse(content)
    except ContentError as error:
        raise UploadError(content_message(filename, detected[0], error.reason)) from error
    return Received(filename, detected[0], detected[1], len(content))
