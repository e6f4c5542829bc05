"""The four steps of a certification request in the app, each gated on the phone and the date."""

from __future__ import annotations

import base64
import re

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from ..common.documents import qr_png
from ..common.site import site_config
from ..common.storage import get_db
from .cards import VirtualCardReader
from .notices import CONFIRMATION_SUBJECT, send_confirmation
from .records import Request, confirm_email, latest_request, pin_matches, start_request, update
from .rules import NOT_YET_OFFERED, PARIS, PIN_DIGITS, certification_offered, phone_refusal

bp = Blueprint("certification", __name__, url_prefix="/certification")

QR_PREFIX = "FRANCE-IDENTITE-CERTIFICATION:"
PIN = re.compile(rf"\d{{{PIN_DIGITS}}}")
PIN_FORMAT = f"Le code personnel se compose de {PIN_DIGITS} chiffres : saisissez-le sans espace ni lettre."
PIN_WRONG = (
    f"Code personnel incorrect : saisissez le code à {PIN_DIGITS} chiffres choisi à l'activation de "
    "l'application."
)
CONFIRM_FIRST = (
    f"Confirmez d'abord votre adresse électronique : ouvrez le lien du courriel « {CONFIRMATION_SUBJECT} »."
)
READ_CARD_FIRST = "Lisez d'abord votre carte d'identité : le QR code est généré après la lecture."


@bp.before_request
def gate() -> Response | None:
    """Only an activated app, on a recent enough phone, once the experiment has started."""
    if not session.get("email") and request.endpoint != "certification.confirmer":
        return redirect(url_for("appli.accueil"))
    refusal = phone_refusal(request.headers.get("User-Agent", ""))
    # The experiment's start is a date in France: the day is Paris's, not UTC's.
    today = site_config().clock.datetime().astimezone(PARIS).date()
    if refusal is None and not certification_offered(today):
        refusal = NOT_YET_OFFERED
    if refusal is not None:
        flash(refusal, "erreur")
        return redirect(url_for("appli.accueil"))
    return None


def _current() -> Request | None:
    found = latest_request(get_db(), session["email"])
    return found if found is not None and found.decision is None else None


def _back(message: str, endpoint: str) -> Response:
    flash(message, "erreur")
    return redirect(url_for(endpoint))


@bp.post("/")
def demarrer() -> Response:
    """Step 1: start a request."""
    start_request(get_db(), session["email"], site_config().clock.now())
    return redirect(url_for("certification.courriel"))


@bp.route("/courriel", methods=["GET", "POST"])
def courriel() -> str | Response:
    """Step 2a: send the link that confirms the address."""
    demande = _current()
    if demande is None:
        return redirect(url_for("appli.accueil"))
    sent = request.method == "POST"
    if sent:
        send_confirmation(demande)
    return render_template(
        "france_identite/courriel.html", demande=demande, envoye=sent, objet=CONFIRMATION_SUBJECT
    )


@bp.get("/confirmer/<token>")
def confirmer(token: str) -> str:
    """The mail's link: the address is confirmed."""
    demande = confirm_email(get_db(), token)
    return render_template("france_identite/confirmee.html", demande=demande)


@bp.route("/code", methods=["GET", "POST"])
def code() -> str | Response | tuple[str, int]:
    """Step 2b: the personal code, once the address is confirmed."""
    demande = _current()
    if demande is None:
        return redirect(url_for("appli.accueil"))
    if not demande.email_confirmed:
        return _back(CONFIRM_FIRST, "certification.courriel")
    if request.method == "GET":
        return render_template("france_identite/code.html")
    typed = request.form.get("code", "").strip()
    error = PIN_FORMAT if not PIN.fullmatch(typed) else None
    if error is None and not pin_matches(get_db(), demande.email, typed):
        error = PIN_WRONG
    if error is not None:
        return render_template("france_identite/code.html", erreur=error), 400
    update(get_db(), demande.id, pin_checked=1)
    return redirect(url_for("certification.carte"))


@bp.route("/carte", methods=["GET", "POST"])
def carte() -> str | Response:
    """Step 2c: read the identity card (the virtual reader), after the personal code."""
    demande = _current()
    if demande is None or not demande.pin_checked:
        return redirect(url_for("certification.code"))
    if request.method == "GET":
        return render_template("france_identite/carte.html")
    card = VirtualCardReader(get_db()).read(demande.email)
    update(get_db(), demande.id, card=card.to_json())
    return redirect(url_for("certification.qr_code"))


@bp.get("/qr-code")
def qr_code() -> str | Response:
    """Step 3: the QR code to show at the mairie with the card."""
    demande = _current()
    if demande is None or demande.card is None:
        return _back(READ_CARD_FIRST, "certification.carte")
    image = base64.b64encode(qr_png(QR_PREFIX + demande.id)).decode()
    return render_template("france_identite/qr_code.html", image=image)
