"""The agent portal: log in, read the person's QR code, check the card, validate or refuse."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from ..common.site import site_config
from ..common.storage import get_db
from .agents import authenticate
from .client import fetch_request, send_decision
from .communes import MAIRIES, refusal
from .scan import decode_qr

bp = Blueprint("portail", __name__)

BAD_LOGIN = "Identifiant ou mot de passe incorrect : vérifiez-les et réessayez."
NO_IMAGE = "Choisissez l'image du QR code affiché par l'application de l'usager."
NO_QR = "Aucun QR code lisible dans cette image : reprenez une photo nette du QR code de l'usager."
CARD_MISMATCH = (
    "Le numéro de la carte présentée ne correspond pas à la carte de la demande : "
    "vérifiez la carte, ou refusez la demande."
)
NO_REASON = "Indiquez le motif du refus : l'usager le recevra par courriel et dans son application."


@bp.route("/", methods=["GET", "POST"])
def connexion() -> str | Response | tuple[str, int]:
    """The agent's own login."""
    if request.method == "GET":
        return render_template("mairie/connexion.html")
    commune = authenticate(
        get_db(), request.form.get("identifiant", ""), request.form.get("mot_de_passe", "")
    )
    if commune is None:
        return render_template("mairie/connexion.html", erreur=BAD_LOGIN), 401
    session.clear()
    session.update(agent=request.form["identifiant"].strip().lower(), commune=commune)
    return redirect(url_for("portail.certification"))


@bp.before_request
def logged_in() -> Response | None:
    """Every page but the login needs an agent; a request is read only in a mairie of the experiment."""
    if request.endpoint != "portail.connexion" and not session.get("agent"):
        return redirect(url_for("portail.connexion"))
    if request.endpoint in ("portail.demande", "portail.decision") and refusal(MAIRIES[session["commune"]]):
        return redirect(url_for("portail.certification"))
    return None


@bp.route("/certification", methods=["GET", "POST"])
def certification() -> str | Response | tuple[str, int]:
    """Read the QR code (an uploaded image), only in a mairie of the experiment."""
    mairie = MAIRIES[session["commune"]]
    reason = refusal(mairie)
    if reason is not None or request.method == "GET":
        return render_template("mairie/scan.html", mairie=mairie, refus=reason), 403 if reason else 200
    upload = request.files.get("qr")
    data = upload.read() if upload else b""
    text = decode_qr(data) if data else None
    error = NO_IMAGE if not data else NO_QR if text is None else None
    if text is not None:
        error = fetch_request(site_config(), text)[1]
    if error is not None:
        return render_template("mairie/scan.html", mairie=mairie, erreur=error), 400
    session["qr"] = text
    return redirect(url_for("portail.demande"))


@bp.get("/certification/demande")
def demande() -> str | Response:
    """The request read from the QR code: the card the app read, to check against the card shown."""
    found, error = fetch_request(site_config(), session.get("qr", ""))
    if found is None:
        flash(error or NO_QR, "erreur")
        return redirect(url_for("portail.certification"))
    return render_template("mairie/demande.html", carte=found["carte"])


def _why_not(card_number: str) -> tuple[str, str, str | None]:
    """The agent's verdict and reason from the form, and what stops it (a card that differs, no reason)."""
    reason = request.form.get("motif", "").strip()
    if request.form.get("action") == "refuser":
        return "refusee", reason, None if reason else NO_REASON
    typed = request.form.get("numero_carte", "").strip().upper()
    return "validee", reason, None if typed == card_number else CARD_MISMATCH


@bp.post("/certification/decision")
def decision() -> str | Response | tuple[str, int]:
    """Validate (the card shown matches the card the app read) or refuse with a reason."""
    config = site_config()
    found, error = fetch_request(config, session.get("qr", ""))
    if found is None:
        flash(error or NO_QR, "erreur")
        return redirect(url_for("portail.certification"))
    verdict, reason, problem = _why_not(found["carte"]["number"])
    if problem is None:
        agent = (session["agent"], session["commune"], MAIRIES[session["commune"]].name)
        problem = send_decision(config, session["qr"], (verdict, reason), agent)
    if problem is not None:
        return render_template("mairie/demande.html", carte=found["carte"], erreur=problem), 400
    get_db().execute(
        "INSERT INTO verification (request_id, agent, decision, reason, decided_at) VALUES (?, ?, ?, ?, ?)",
        (found["id"], session["agent"], verdict, reason, config.clock.now()),
    )
    session.pop("qr")
    return render_template("mairie/decision.html", validee=verdict == "validee")
