"""The app's pages: home (the account and its certification), the four steps of a request, the FAQ."""

from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, session, url_for
from werkzeug.wrappers import Response

from ..common.site import site_config
from ..common.storage import get_db
from .notices import send_result
from .records import account_by_install_token, latest_request, person_of
from .results import deliver_due
from .usages import CERTIFIED, CERTIFIED_MARK, USAGES

bp = Blueprint("appli", __name__)

CONTACT = "experimentation@france-identite.gouv.fr"


@bp.get("/installation/<token>")
def installation(token: str) -> Response:
    """The app activated on this phone (what the test data API hands out): the account opens."""
    email = account_by_install_token(get_db(), token)
    if email is None:
        abort(404)
    session.clear()
    session["email"] = email
    return redirect(url_for("appli.accueil"))


@bp.get("/")
def accueil() -> str:
    """The person's digital identity and where their certification stands."""
    email = session.get("email")
    if not email:
        return render_template("france_identite/non_activee.html")
    db = get_db()
    deliver_due(db, site_config().clock.now(), send_result)  # a result due is shown as soon as it is
    return render_template(
        "france_identite/accueil.html", personne=person_of(db, email), demande=latest_request(db, email)
    )


@bp.get("/aide")
def faq() -> str:
    """Questions about the certification, and the experiment's contact address."""
    return render_template(
        "france_identite/faq.html", contact=CONTACT, usages=USAGES, certifie=CERTIFIED, marque=CERTIFIED_MARK
    )


@bp.app_context_processor
def app_globals() -> dict[str, object]:
    """What every page of the app may show: the help link and the contact address."""
    return {"contact": CONTACT}
