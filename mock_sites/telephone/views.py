"""The phone's pages (open the SMS of a number) and the gateway endpoint the sites post SMS to."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from flask import Blueprint, jsonify, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from ..common.backchannel import only_for
from ..common.site import site_config
from ..common.sitemap import SiteMap
from ..common.storage import get_db
from ..formation.walls import class_is_open, log_refusal, same_secret, secret_of_phone
from .inbox import is_mobile, messages, normalize_number, receive

bp = Blueprint("telephone", __name__)


@bp.get("/")
def accueil() -> str:
    """Ask which phone to look at (and, in a class, the secret of the learner's sheet)."""
    return render_template("telephone/accueil.html", classe=class_is_open(site_config()))


@bp.post("/")
def ouvrir() -> Response | tuple[str, int]:
    """Open the SMS of the number typed: a learner's phone needs the secret of their sheet, other
    test phones need no PIN."""
    number = normalize_number(request.form.get("numero", ""))
    if not number:
        return redirect(url_for("telephone.accueil"))
    expected = secret_of_phone(site_config(), number)
    if expected is not None and not same_secret(request.form.get("code", ""), expected):
        log_refusal("telephone", number)
        return render_template("telephone/accueil.html", classe=True, refus=True), 403
    session["numero"] = number
    return redirect(url_for("telephone.sms"))


@bp.get("/sms")
def sms() -> str | Response:
    """The SMS received, newest first."""
    number = session.get("numero")
    if not number:
        return redirect(url_for("telephone.accueil"))
    received = messages(get_db(), number)
    return render_template("telephone/sms.html", numero=number, messages=received, heure=_time_of_day)


def _sites() -> SiteMap:
    return site_config().sites


@bp.post("/api/sms")
@only_for(_sites)
def gateway() -> tuple[Any, int]:
    """The SMS gateway: a site posts {"to", "from", "text"} as JSON, server to server."""
    payload = request.get_json(silent=True) or {}
    number = normalize_number(str(payload.get("to", "")))
    sender, text = str(payload.get("from", "")).strip(), str(payload.get("text", "")).strip()
    if not is_mobile(number):
        return jsonify(error="numéro de téléphone portable invalide"), 400
    if not sender or not text:
        return jsonify(error="expéditeur et texte obligatoires"), 400
    sms_id = receive(get_db(), number, sender, text, site_config().clock.now())
    return jsonify(id=sms_id), 201


def _time_of_day(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, tz=UTC).strftime("%d/%m/%Y %H:%M (UTC)")
