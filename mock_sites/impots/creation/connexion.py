"""Logging into one's espace particulier at impots.gouv.fr with the numéro fiscal and the password.

Kept apart from the FranceConnect session of the service role: this is the provider's own account.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from ...common.storage import get_db
from ..identity import LOGIN_FORM, check_numero_fiscal
from .records import account_claims, find_space

bp = Blueprint("connexion", __name__)

LOGGED_IN = "espace_particulier"  # session key: the numéro fiscal and name of the person logged in
NOT_ACTIVATED = (
    "Votre espace particulier n'est pas encore activé : cliquez sur le lien bleu du courriel d'activation."
)


@bp.route("/connexion", methods=["GET", "POST"])
def connexion() -> Any:
    """The same labels as the provider's login page; success opens the personal space."""
    if request.method == "GET":
        return render_template("impots/creation/connexion.html", form=LOGIN_FORM, numero_fiscal="")
    numero_fiscal = "".join(request.form.get("numero_fiscal", "").split())
    db = get_db()
    error = check_numero_fiscal(numero_fiscal)
    claims = None if error else account_claims(db, numero_fiscal, request.form.get("mot_de_passe", ""))
    if claims is None:
        space = None if error else find_space(db, numero_fiscal)
        error = error or (NOT_ACTIVATED if space and not space.activated else LOGIN_FORM.bad_credentials)
        return render_template(
            "impots/creation/connexion.html", form=LOGIN_FORM, numero_fiscal=numero_fiscal, error=error
        )
    session[LOGGED_IN] = {
        "numero_fiscal": numero_fiscal,
        "prenom": claims["given_name"],
        "nom": claims["family_name"],
    }
    return redirect(url_for("connexion.mon_espace"))


@bp.get("/mon-espace-particulier")
def mon_espace() -> Any:
    """The personal space: greeting, and the options and preferences chosen at creation."""
    person = session.get(LOGGED_IN)
    if person is None:
        return redirect(url_for("connexion.connexion"))
    space = find_space(get_db(), person["numero_fiscal"])
    return render_template("impots/creation/mon_espace.html", personne=person, espace=space)


@bp.post("/mon-espace-particulier/deconnexion")
def deconnexion() -> Response:
    """Log out of the personal space."""
    session.pop(LOGGED_IN, None)
    return redirect(url_for("service.accueil"))
