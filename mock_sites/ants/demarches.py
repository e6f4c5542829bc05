"""The form of a démarche, one page per step: « Continuer » checks the page and goes on,
« Enregistrer » keeps everything as typed so far and leaves; « Joindre les fichiers » uploads."""

from __future__ import annotations

import re
from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from ..common.storage import get_db
from .code_photo import CodePhotoError, check_code
from .demarche_kinds import STEPS, Demarche, Field, space
from .records import SAVED, Record, keep_piece, update
from .session import now, open_demarche, step_url
from .uploads import IMAGE_TYPES, UploadError, check_upload

bp = Blueprint("demarches", __name__, url_prefix="/demarches/<int:demarche_id>")

SCANNED_PHOTO = "Photo d'identité numérisée"


def render_step(step: str, record: Record, kind: Demarche, errors: dict[str, str], **context: Any) -> str:
    """A step's page, with its place among the steps."""
    return render_template(
        f"ants/demarche/{step}.html",
        record=record, kind=kind, errors=errors, step=step, steps=STEPS,
        numero=kind.steps.index(step) + 1, total=len(kind.steps), scanned_photo=SCANNED_PHOTO,
        **context,
    )  # fmt: skip


def save(record: Record, kind: Demarche, **values: Any) -> Response:
    """« Enregistrer »: keep what was typed, mark the démarche saved, back to its space."""
    update(get_db(), record.id, status=SAVED, saved=now(), **values)
    title = space(kind.space).title
    flash(f"Votre démarche est enregistrée : retrouvez-la dans {title}.", "succes")
    return redirect(url_for("espaces.espace", slug=kind.space))


def go_on(record: Record, kind: Demarche, step: str, **values: Any) -> Response:
    """« Continuer »: keep the checked values and open the next step."""
    following = kind.steps[kind.steps.index(step) + 1]
    update(get_db(), record.id, step=following, **values)
    return redirect(step_url(following, record.id))


def field_error(field: Field, value: str) -> str | None:
    """What is wrong with a typed value, if anything."""
    if not value:
        return f"Renseignez le champ « {field.label} »."
    if field.pattern and not re.fullmatch(field.pattern, value.upper()):
        return field.error
    return None


@bp.route("/informations", methods=["GET", "POST"])
def informations(demarche_id: int) -> Any:
    """Step « Vos informations »: the démarche's text fields."""
    record, kind = open_demarche(demarche_id)
    if request.method == "GET":
        return render_step("informations", record, kind, {}, values=record.fields)
    values = {field.name: request.form.get(field.name, "").strip() for field in kind.fields}
    if request.form.get("action") == "enregistrer":
        return save(record, kind, fields=record.fields | values)
    errors = {f.name: e for f in kind.fields if (e := field_error(f, values[f.name])) is not None}
    if errors:
        return render_step("informations", record, kind, errors, values=values)
    return go_on(record, kind, "informations", fields=record.fields | values)


def receive_files(record: Record, kind: Demarche) -> dict[str, str]:
    """Check and keep each file chosen on the page; the errors by field name."""
    errors: dict[str, str] = {}
    for index, document in enumerate(kind.documents):
        chosen = request.files.get(f"piece_{index}")
        if chosen is None or not chosen.filename:
            continue
        content = chosen.read()
        try:
            received = check_upload(chosen.filename, content)
        except UploadError as error:
            errors[f"piece_{index}"] = str(error)
            continue
        keep_piece(get_db(), record.id, document, received, content)
    return errors


@bp.route("/pieces", methods=["GET", "POST"])
def pieces(demarche_id: int) -> Any:
    """Step « Pièces justificatives »: one labelled file field per document."""
    record, kind = open_demarche(demarche_id)
    if request.method == "GET":
        return render_step("pieces", record, kind, {})
    errors = receive_files(record, kind)
    action = request.form.get("action")
    if action == "enregistrer":
        return save(record, kind)
    record, kind = open_demarche(demarche_id)  # with the files just kept
    if action == "continuer" and not errors:
        errors = {
            f"piece_{index}": f"Joignez votre {document[0].lower()}{document[1:]}."
            for index, document in enumerate(kind.documents)
            if document not in record.pieces
        }
        if not errors:
            return go_on(record, kind, "pieces")
    return render_step("pieces", record, kind, errors)


def receive_photo(record: Record) -> tuple[dict[str, Any], dict[str, str]]:
    """The code photo typed or the scanned photo joined: values to keep, or errors."""
    chosen = request.files.get("photo_numerisee")
    if chosen is not None and chosen.filename:
        content = chosen.read()
        try:
            received = check_upload(chosen.filename, content, IMAGE_TYPES)
        except UploadError as error:
            return {}, {"photo_numerisee": str(error)}
        keep_piece(get_db(), record.id, SCANNED_PHOTO, received, content)
        return {"photo_code": None}, {}
    typed = request.form.get("code_photo", "")
    if not typed.strip() and SCANNED_PHOTO in record.pieces:
        return {}, {}
    try:
        return {"photo_code": check_code(typed)}, {}
    except CodePhotoError as error:
        return {}, {"code_photo": str(error)}


@bp.route("/photo", methods=["GET", "POST"])
def photo(demarche_id: int) -> Any:
    """Step « Photo d'identité »: the code photo of the sheet, or a scanned photo."""
    record, kind = open_demarche(demarche_id)
    if request.method == "GET":
        return render_step("photo", record, kind, {}, typed=record.fields.get("code_photo", ""))
    if request.form.get("action") == "enregistrer":
        return save(record, kind, fields=record.fields | {"code_photo": request.form.get("code_photo", "")})
    values, errors = receive_photo(record)
    if errors:
        return render_step("photo", record, kind, errors, typed=request.form.get("code_photo", ""))
    return go_on(record, kind, "photo", **values)
