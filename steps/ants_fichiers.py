"""The files a person joins to an ANTS démarche, made by the test: real PDF, JPEG and PNG files,
and the broken ones a site must refuse (a text renamed .pdf, an empty file, a file too large)."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

from faker import Faker
from PIL import Image, ImageDraw

from parcours_mock_sites.testing import Person
from parcours_mock_sites.testing.documents import Document, render_pdf

IMAGE_FORMATS = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG"}


def adresse(usager: Person) -> str:
    """The person's home address: the same at every step of one scenario."""
    faker = Faker("fr_FR")
    faker.seed_instance(usager.email)
    return f"{faker.street_address()}, {faker.postcode()} {faker.city()}"


def image(titre: str, lignes: list[str], format_image: str) -> bytes:
    """A scanned-looking document or photo: text on a light page."""
    picture = Image.new("RGB", (600, 400), (245, 245, 240))
    draw = ImageDraw.Draw(picture)
    for index, line in enumerate([titre, *lignes]):
        draw.text((20, 20 + 24 * index), line, fill=(20, 20, 20))
    buffer = io.BytesIO()
    picture.save(buffer, format=format_image)
    return buffer.getvalue()


def document(piece: str, usager: Person, nom_du_fichier: str) -> bytes:
    """A real file for `piece`, in the format its name says (.pdf, .jpg, .png)."""
    lignes = [usager.full_name, adresse(usager)]
    suffix = Path(nom_du_fichier).suffix.lower()
    if suffix == ".pdf":
        return render_pdf(Document(piece, lignes))
    if suffix in IMAGE_FORMATS:
        return image(piece, lignes, IMAGE_FORMATS[suffix])
    raise ValueError(f"format de fichier non prévu : {nom_du_fichier} (.pdf, .jpg, .jpeg ou .png)")


def pdf_de(megaoctets: int) -> bytes:
    """A valid PDF padded with a comment up to that many Mo."""
    pdf = render_pdf(Document("Justificatif de domicile", ["Numérisé en très haute résolution"]))
    return pdf + b"%" + b"0" * (megaoctets * 1024 * 1024 - len(pdf))


# "un fichier texte renommé", "un fichier vide", "un PDF de 6 Mo": how each is made.
FICHIERS_CASSES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], bytes]], ...] = (
    (re.compile(r"un fichier texte renommé"), lambda _m: b"Facture d'electricite\nMontant : 42 EUR\n"),
    (re.compile(r"un fichier vide"), lambda _m: b""),
    (re.compile(r"un PDF de (\d+) Mo"), lambda m: pdf_de(int(m.group(1)))),
)


def fichier_casse(description: str) -> bytes:
    """The content of a broken file, as the scenario describes it."""
    for pattern, make in FICHIERS_CASSES:
        match = pattern.fullmatch(description)
        if match:
            return make(match)
    known = ", ".join(pattern.pattern for pattern, _ in FICHIERS_CASSES)
    raise LookupError(f"fichier inconnu : {description!r} (connus : {known})")


def ecrire(dossier: Path, nom_du_fichier: str, contenu: bytes) -> Path:
    """Write the file where the person keeps their scans."""
    chemin = dossier / nom_du_fichier
    chemin.write_bytes(contenu)
    return chemin
