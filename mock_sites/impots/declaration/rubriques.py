"""The espace particulier's other rubrics the tutorial names: documents to download and print, pay,
manage prélèvements, and the secure messaging with the centre des impôts."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from stdnum import iban
from werkzeug.wrappers import Response

from ...common.storage import get_db
from .acces import Dossier, dossier, timestamp
from .documents import notice_pdf, return_pdf, send_answer_notice
from .formulaire import french_amount

bp = Blueprint("rubriques", __name__, url_prefix="/espace")

SCHEMA = """
CREATE TABLE IF NOT EXISTS paiement (
    id INTEGER PRIMARY KEY AUTOINCREMENT, foyer_id INTEGER NOT NULL, amount INTEGER NOT NULL,
    iban TEXT NOT NULL, paid_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS prelevement (
    foyer_id INTEGER PRIMARY KEY, iban TEXT NOT NULL, since REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS message_securise (
    id INTEGER PRIMARY KEY AUTOINCREMENT, foyer_id INTEGER NOT NULL, sender TEXT NOT NULL,
    subject TEXT NOT NULL, body TEXT NOT NULL, sent_at REAL NOT NULL, unread INTEGER NOT NULL
);
"""
BAD_IBAN = "L'IBAN n'est pas valide : recopiez-le depuis votre relevé d'identité bancaire (RIB)."
CENTRE = "Votre centre des impôts"
ANSWER = (
    "Bonjour,\n\nNous avons bien reçu votre message et l'avons transmis au service concerné. "
    "Nous revenons vers vous si nous avons besoin de précisions.\n\nVotre centre des impôts"
)
# Supposé: the balance still due on last year's avis, a share of the foyer's RFR.
BALANCE_RATE = 0.05


def _pdf(data: bytes, filename: str) -> Response:
    response = Response(data, mimetype="application/pdf")
    response.headers.set("Content-Disposition", "attachment", filename=filename)
    return response


def _iban_error(typed: str) -> tuple[str, str | None]:
    """The IBAN without spaces, and what is wrong with it (None if it is valid)."""
    compact = iban.compact(typed)
    return compact, None if compact and iban.is_valid(compact) else BAD_IBAN


@bp.get("/documents")
def documents() -> Any:
    """The documents to download and print."""
    found = dossier()
    if not isinstance(found, Dossier):
        return found
    return render_template("impots/declaration/documents.html", declaration=found.filed)


@bp.get("/documents/<name>.pdf")
def document(name: str) -> Any:
    """One document in PDF: last year's avis, or the return once signed."""
    found = dossier()
    if not isinstance(found, Dossier):
        return found
    if name == "avis-impot-2020":
        return _pdf(notice_pdf(found.foyer), f"{name}.pdf")
    if name == "declaration-revenus-2020" and found.filed is not None and found.filed.signed:
        return _pdf(return_pdf(found.foyer, found.filed), f"{name}.pdf")
    abort(404)


@bp.route("/payer", methods=["GET", "POST"])
def payer() -> Any:
    """Pay the balance of last year's avis by debit of one's account."""
    found = dossier()
    if not isinstance(found, Dossier):
        return found
    balance = round(found.foyer.reference_income * BALANCE_RATE)
    context = {"solde": french_amount(balance), "erreurs": {}, "valeurs": request.form}
    if request.method == "GET":
        return render_template("impots/declaration/payer.html", **context)
    compact, error = _iban_error(request.form.get("iban", ""))
    if error:
        return render_template("impots/declaration/payer.html", **context | {"erreurs": {"iban": error}}), 400
    get_db().execute(
        "INSERT INTO paiement (foyer_id, amount, iban, paid_at) VALUES (?, ?, ?, ?)",
        (found.foyer.id, balance, compact, timestamp()),
    )
    flash(f"Votre paiement de {french_amount(balance)} est enregistré : il sera débité du compte "
          f"se terminant par {compact[-4:]}.", "succes")  # fmt: skip
    return redirect(url_for("service.espace"))


@bp.route("/prelevements", methods=["GET", "POST"])
def prelevements() -> Any:
    """Join the monthly prélèvement with the IBAN of one's account, or see the one in force."""
    found = dossier()
    if not isinstance(found, Dossier):
        return found
    db = get_db()
    current = db.execute("SELECT iban FROM prelevement WHERE foyer_id = ?", (found.foyer.id,)).fetchone()
    context: dict[str, Any] = {"actuel": current["iban"][-4:] if current else None, "erreurs": {}}
    if request.method == "GET":
        return render_template("impots/declaration/prelevements.html", valeurs={}, **context)
    compact, error = _iban_error(request.form.get("iban", ""))
    if error:
        context["erreurs"] = {"iban": error}
        return render_template("impots/declaration/prelevements.html", valeurs=request.form, **context), 400
    db.execute("INSERT OR REPLACE INTO prelevement VALUES (?, ?, ?)", (found.foyer.id, compact, timestamp()))
    flash(f"Vous avez adhéré au prélèvement mensuel sur le compte se terminant par {compact[-4:]}.", "succes")
    return redirect(url_for("rubriques.prelevements"))


@bp.get("/messagerie")
def messagerie() -> Any:
    """The secure messaging: messages sent and received, the unread ones marked."""
    found = dossier()
    if not isinstance(found, Dossier):
        return found
    messages = get_db().execute(
        "SELECT * FROM message_securise WHERE foyer_id = ? ORDER BY id DESC", (found.foyer.id,)
    )
    return render_template("impots/declaration/messagerie.html", messages=messages.fetchall())


@bp.route("/messagerie/ecrire", methods=["GET", "POST"])
def ecrire() -> Any:
    """Write to the centre des impôts; its answer arrives in the messaging, and a mail says so."""
    found = dossier()
    if not isinstance(found, Dossier):
        return found
    if request.method == "GET":
        return render_template("impots/declaration/ecrire.html", erreurs={}, valeurs={})
    subject, body = request.form.get("objet", "").strip(), request.form.get("message", "").strip()
    errors = {
        name: message
        for name, message, typed in (
            ("objet", "Indiquez l'objet de votre message.", subject),
            ("message", "Écrivez votre message avant de l'envoyer.", body),
        )
        if not typed
    }
    if errors:
        return render_template("impots/declaration/ecrire.html", erreurs=errors, valeurs=request.form), 400
    db, now = get_db(), timestamp()
    insert = (
        "INSERT INTO message_securise (foyer_id, sender, subject, body, sent_at, unread)"
        " VALUES (?, ?, ?, ?, ?, ?)"
    )
    db.execute(insert, (found.foyer.id, "Vous", subject, body, now, 0))
    db.execute(insert, (found.foyer.id, CENTRE, f"Réponse : {subject}", ANSWER, now, 1))
    send_answer_notice(found.email)
    flash("Votre message a été envoyé à votre centre des impôts.", "succes")
    return redirect(url_for("rubriques.messagerie"))


@bp.get("/messagerie/<int:message_id>")
def lire(message_id: int) -> Any:
    """Read one message; it is no longer unread."""
    found = dossier()
    if not isinstance(found, Dossier):
        return found
    db = get_db()
    row = db.execute(
        "SELECT * FROM message_securise WHERE id = ? AND foyer_id = ?", (message_id, found.foyer.id)
    ).fetchone()
    if row is None:
        abort(404)
    db.execute("UPDATE message_securise SET unread = 0 WHERE id = ?", (message_id,))
    return render_template("impots/declaration/message.html", message=row)
