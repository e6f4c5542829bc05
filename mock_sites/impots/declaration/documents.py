"""The return's documents as real PDF files (accusé de réception, déclaration, avis), and the mails."""

from __future__ import annotations

from datetime import UTC, datetime

from ...common.documents import Document, render_pdf
from ...common.mail import Attachment, send_mail
from ..creation.notices import SENDER
from .calendrier import INCOME_YEAR, YEAR, french_moment
from .formulaire import boxes_of, french_amount, reference_income
from .foyer import Foyer
from .records import Return

RECEIPT_SUBJECT = f"impots.gouv.fr - Accusé de réception de votre déclaration de revenus {YEAR}"
RECEIPT_FILE = f"accuse-reception-declaration-{YEAR}.pdf"
ANSWER_SUBJECT = "impots.gouv.fr - Vous avez reçu un nouveau message dans votre messagerie sécurisée"


def _identity(foyer: Foyer, values: dict[str, str]) -> list[str]:
    return [
        f"Déclarant : {values['prenom']} {values['nom']}",
        f"Numéro fiscal : {foyer.numero_fiscal}",
        f"Adresse : {values['rue']}, {values['code_postal']} {values['commune']}",
    ]


def _amounts(foyer: Foyer, values: dict[str, str]) -> list[str]:
    boxes = boxes_of(foyer)
    lines = [
        f"Case {box} - {label} : {french_amount(int(values.get(box) or 0))}" for box, label in boxes.items()
    ]
    return [*lines, f"Revenu fiscal de référence : {french_amount(reference_income(values, boxes))}"]


def receipt_pdf(foyer: Foyer, filed: Return) -> bytes:
    """The accusé de réception: its number, who signed, when, and what was declared."""
    assert filed.signed_at is not None and filed.receipt is not None
    signed = french_moment(datetime.fromtimestamp(filed.signed_at, tz=UTC))
    return render_pdf(
        Document(
            f"Accusé de réception de votre déclaration de revenus {YEAR}",
            [
                f"Numéro d'accusé de réception : {filed.receipt}",
                f"Signée le {signed}",
                *_identity(foyer, filed.values),
                *_amounts(foyer, filed.values),
            ],
        )  # fmt: skip
    )


def return_pdf(foyer: Foyer, filed: Return) -> bytes:
    """The return as filed, to download and print."""
    return render_pdf(
        Document(
            f"Déclaration des revenus {INCOME_YEAR}",
            [
                f"Situation de famille : {filed.values['situation']}",
                f"Personnes à charge : {filed.values['personnes_a_charge']}",
                *_identity(foyer, filed.values),
                *_amounts(foyer, filed.values),
            ],
        )  # fmt: skip
    )


def notice_pdf(foyer: Foyer) -> bytes:
    """Last year's avis d'impôt (revenus of the year before), from the tax office's records."""
    first = foyer.members[0]
    return render_pdf(
        Document(
            f"Avis d'impôt {INCOME_YEAR} sur les revenus {INCOME_YEAR - 1}",
            [
                f"Destinataire : {first['given_name']} {first['family_name']}",
                f"Numéro fiscal : {foyer.numero_fiscal}",
                f"Revenu fiscal de référence : {french_amount(foyer.reference_income)}",
            ],
        )  # fmt: skip
    )


def send_receipt(email: str, foyer: Foyer, filed: Return) -> None:
    """The mail of the accusé de réception, the PDF attached."""
    text = (
        f"Bonjour,\n\nVotre déclaration de revenus {YEAR} a bien été signée.\n"
        f"Numéro d'accusé de réception : {filed.receipt}\n\n"
        "Vous trouverez l'accusé de réception en pièce jointe (PDF).\n"
    )
    pdf = Attachment(RECEIPT_FILE, "application/pdf", receipt_pdf(foyer, filed))
    send_mail(SENDER, email, RECEIPT_SUBJECT, text, attachments=(pdf,))


def send_answer_notice(email: str) -> None:
    """Tell the person an answer awaits them in the secure messaging."""
    text = (
        "Bonjour,\n\nVotre centre des impôts vous a répondu. Lisez sa réponse dans la messagerie "
        "sécurisée de votre espace particulier sur impots.gouv.fr.\n"
    )
    send_mail(SENDER, email, ANSWER_SUBJECT, text)
