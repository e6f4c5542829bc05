"""The end of a démarche: the récapitulatif page, « Valider », its number, the PDF to bring to the
mairie (with a QR code of the number), the confirmation mail, and the photo it carries."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for

from ..common.documents import Document, render_pdf
from ..common.mail import send_mail
from ..common.storage import get_db
from .code_photo import grouped, photo_svg
from .demarche_kinds import Demarche
from .demarches import SCANNED_PHOTO, render_step, save
from .records import FINISHED, Record, new_number, piece_content, update
from .session import now, open_demarche, step_url, usager

bp = Blueprint("recapitulatif", __name__)
SENDER = "ne-pas-repondre@ants.gouv.fr"


def missing_step(record: Record, kind: Demarche) -> str | None:
    """The first step whose answers are missing, if any."""
    if any(not record.fields.get(field.name) for field in kind.fields):
        return "informations"
    if any(document not in record.pieces for document in kind.documents):
        return "pieces"
    if kind.photo and record.photo_code is None and SCANNED_PHOTO not in record.pieces:
        return "photo"
    return None


@bp.route("/demarches/<int:demarche_id>/recapitulatif", methods=["GET", "POST"])
def recapitulatif(demarche_id: int) -> Any:
    """Step « Récapitulatif »: what will be sent; « Valider » finishes the démarche."""
    record, kind = open_demarche(demarche_id)
    if request.method == "GET":
        return render_step("recapitulatif", record, kind, {}, grouped=grouped)
    if request.form.get("action") == "enregistrer":
        return save(record, kind)
    missing = missing_step(record, kind)
    if missing is not None:
        flash("Votre démarche n'est pas complète : complétez cette étape avant de valider.", "erreur")
        update(get_db(), record.id, step=missing)
        return redirect(step_url(missing, record.id))
    number = new_number(get_db())
    update(get_db(), record.id, status=FINISHED, number=number, finished=now())
    send_confirmation(kind, number)
    return redirect(url_for("recapitulatif.terminee", demarche_id=record.id))


def send_confirmation(kind: Demarche, number: str) -> None:
    """The mail confirming the démarche, to the address FranceConnect gave."""
    person = usager() or {}
    context = {"kind": kind, "number": number, "usager": person}
    send_mail(
        SENDER,
        person["email"],
        f"ANTS - Votre {kind.title[0].lower()}{kind.title[1:]} est terminée",
        render_template("ants/demarche/courriel.txt", **context),
    )


@bp.get("/demarches/<int:demarche_id>/terminee")
def terminee(demarche_id: int) -> str:
    """The number, and the link to the récapitulatif."""
    record, kind = open_demarche(demarche_id, allow_finished=True)
    if record.status != FINISHED:
        abort(404)
    return render_template("ants/demarche/terminee.html", record=record, kind=kind)


def summary_document(record: Record, kind: Demarche) -> Document:
    """The récapitulatif's content; its QR code carries the number, as the mairie scans it."""
    person = usager() or {}
    lines = [
        f"{kind.number_label} : {record.number}",
        f"Demandeur : {person.get('given_name', '')} {person.get('family_name', '')}",
        f"Date de naissance : {person.get('birthdate', '')}",
        *(f"{field.label} : {record.fields.get(field.name, '')}" for field in kind.fields),
        *(f"{document} : {received.filename}" for document, received in record.pieces.items()),
    ]
    if record.photo_code:
        lines.append(f"Code photo : {grouped(record.photo_code)}")
    if kind.predemande:
        lines.append(
            "À présenter à la mairie lors du rendez-vous, avec les originaux des pièces justificatives."
        )
    return Document(f"Récapitulatif - {kind.title}", lines, record.number)


@bp.get("/demarches/<int:demarche_id>/recapitulatif.pdf")
def recapitulatif_pdf(demarche_id: int) -> Response:
    """The récapitulatif as a PDF file to download."""
    record, kind = open_demarche(demarche_id, allow_finished=True)
    if record.status != FINISHED:
        abort(404)
    response = Response(render_pdf(summary_document(record, kind)), mimetype="application/pdf")
    response.headers["Content-Disposition"] = f'attachment; filename="recapitulatif-{record.number}.pdf"'
    return response


@bp.get("/demarches/<int:demarche_id>/photo-identite")
def photo_image(demarche_id: int) -> Response:
    """The démarche's ID photo: the one its code photo stands for, or the scanned one."""
    record, _kind = open_demarche(demarche_id, allow_finished=True)
    if record.photo_code:
        return Response(photo_svg(record.photo_code), mimetype="image/svg+xml")
    stored = piece_content(get_db(), record.id, SCANNED_PHOTO)
    if stored is None:
        abort(404)
    return Response(stored[1], mimetype=stored[0])
