"""Reading the QR code in the image an agent uploads (zxing-cpp, as a scanner app would)."""

from __future__ import annotations

import io

import zxingcpp
from PIL import Image, UnidentifiedImageError


def decode_qr(image: bytes) -> str | None:
    """The text of the first QR code found in the image, or None (no image, no code)."""
    try:
        picture = Image.open(io.BytesIO(image))
        picture.load()
    except (UnidentifiedImageError, OSError):
        return None
    for result in zxingcpp.read_barcodes(picture.convert("L")):
        if result.format == zxingcpp.BarcodeFormat.QRCode and result.valid:
            return str(result.text)
    return None
