"""« Accéder à la déclaration en ligne »: the page to read, « Commencer », the five steps, « Signer »,
the accusé de réception, and « Corriger ma déclaration en ligne » until the deadline."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from ...common.storage import get_db
from . import records
from .acces import Dossier, dossier, now, open_dossier, refused, timestamp
from .calendrier import (
    closed_message,
    deadline_sentence,
    is_open,
    not_yet_open,
    opening_message,
    paper_sentence,
)
from .documents import RECEIPT_FILE, receipt_pdf, send_receipt
from .formulaire import (
    PERSONAL_FIELDS,
    SITUATIONS,
    STEPS,
    amount,
    boxes_of,
    french_amount,
    income_errors,
    personal_errors,
    prefilled,
    reference_income,
)

bp = Blueprint("declaration", __name__, url_prefix="/declaration")
RESUMED = "Votre déclaration a été enregistrée : reprenez-la là où vous l'aviez laissée."


@bp.app_context_processor
def calendar_globals() -> dict[str, Any]:
    """The espace particulier says when the service opens, until it does."""
    return {"declaration_pas_ouverte": not_yet_open(now()), "ouverture_declaration": opening_message()}


@bp.app_template_filter("euros")
def euros(amount: int) -> str:
    """An amount as French pages print it: « 23 500 € »."""
    return french_amount(amount)


def _page(number: int, found: Dossier, typed: dict[str, str] | None = None, **context: Any) -> str:
    values = (found.filed.values if found.filed else {}) | (typed or {})
    context.setdefault("erreurs", {})
    return render_template(
        f"impots/declaration/etape_{number}.html",
        etape=STEPS[number - 1],
        etapes=STEPS,
        valeurs=values,
        cases=boxes_of(found.foyer),
        situations=SITUATIONS,
        rfr=reference_income(values, boxes_of(found.foyer)),
        a_l_etranger=found.foyer.address.pays != "France",
        **context,
    )


@bp.get("/")
def acces() -> Any:
    """Resume where the person left, show the signed return, or the page to read before starting."""
    found = dossier()
    if not isinstance(found, Dossier):
        return found
    filed, departement = found.filed, found.foyer.address.departement
    if filed is not None and filed.signed and not filed.correcting:
        open_now = is_open(departement, now())
        return render_template(
            "impots/declaration/signee.html",
            declaration=filed,
            correction_possible=open_now,
            refus=None if open_now else closed_message(departement),
        )
    guarded = open_dossier()
    if not isinstance(guarded, Dossier):
        return guarded
    if filed is not None:
        flash(RESUMED, "succes")
        return redirect(url_for("declaration.etape", number=filed.step))
    return render_template(
        "impots/declaration/a_lire.html",
        valeurs=prefilled(found.foyer),
        cases=boxes_of(found.foyer),
        date_limite=deadline_sentence(departement),
        papier=paper_sentence(),
    )


@bp.post("/commencer")
def commencer() -> Any:
    """« Commencer »: the pre-filled return, at step 1."""
    found = open_dossier()
    if not isinstance(found, Dossier):
        return found
    records.start(get_db(), found.foyer.id, prefilled(found.foyer), timestamp())
    return redirect(url_for("declaration.etape", number=1))


@bp.route("/etape/<int:number>", methods=["GET", "POST"])
def etape(number: int) -> Any:
    """Steps 1 to 4: each page saves what was typed and moves on."""
    found = open_dossier()
    if not isinstance(found, Dossier):
        return found
    filed = found.filed
    if filed is None or (filed.signed and not filed.correcting) or not 1 <= number <= 4:
        return redirect(url_for("declaration.acces"))
    if number > filed.step:
        return redirect(url_for("declaration.etape", number=filed.step))
    if request.method == "GET":
        return _page(number, found)
    if number == 4:
        return _sign(found)
    form = {key: value.strip() for key, value in request.form.items()}
    fields = PERSONAL_FIELDS if number == 2 else tuple(boxes_of(found.foyer)) if number == 3 else ()
    typed = {field: form.get(field, "") for field in fields}
    errors = (
        personal_errors(typed, found.foyer.address.pays != "France")
        if number == 2
        else income_errors(typed, boxes_of(found.foyer))
    )
    if errors:
        return _page(number, found, typed, erreurs=errors), 400
    if number == 3:  # kept as plain digits: « 30 000 » is 30000
        typed = {box: str(amount(value)) for box, value in typed.items()}
    records.save(get_db(), found.foyer.id, filed.values | typed, max(filed.step, number + 1), timestamp())
    return redirect(url_for("declaration.etape", number=number + 1))


def _sign(found: Dossier) -> Response:
    assert found.filed is not None
    db = get_db()
    records.sign(db, found.foyer.id, timestamp())
    signed = records.load(db, found.foyer.id)
    assert signed is not None
    send_receipt(found.email, found.foyer, signed)
    return redirect(url_for("declaration.fin"))


@bp.get("/fin")
def fin() -> Any:
    """Step 5, « fin de déclaration »: the accusé de réception and its number."""
    found = dossier()
    if not isinstance(found, Dossier):
        return found
    if found.filed is None or not found.filed.signed:
        return redirect(url_for("declaration.acces"))
    return _page(5, found, declaration=found.filed, courriel=found.email)


@bp.get("/accuse-de-reception.pdf")
def accuse() -> Any:
    """The accusé de réception in PDF."""
    found = dossier()
    if not isinstance(found, Dossier):
        return found
    if found.filed is None or not found.filed.signed:
        return redirect(url_for("declaration.acces"))
    response = Response(receipt_pdf(found.foyer, found.filed), mimetype="application/pdf")
    response.headers.set("Content-Disposition", "attachment", filename=RECEIPT_FILE)
    return response


@bp.post("/corriger")
def corriger() -> Any:
    """« Corriger ma déclaration en ligne »: allowed until the département's deadline, not after."""
    found = open_dossier()
    if not isinstance(found, Dossier):
        return found
    if found.filed is None or not found.filed.signed:
        return refused("Aucune déclaration signée à corriger : commencez votre déclaration.", 400)
    records.start_correction(get_db(), found.foyer.id, timestamp())
    return redirect(url_for("declaration.etape", number=2))
