"""Ma procuration's own pages: the form once logged in, the confirmation, and its mail."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, redirect, render_template, request, session, url_for

from ..common.mail import send_mail
from ..common.site import site_config
from ..common.storage import get_db
from .records import VALIDITIES, Procuration, errors_of, record

bp = Blueprint("procuration", __name__)
SENDER = "Ma procuration <ne-pas-repondre@maprocuration.gouv.fr>"
SUBJECT = "Ma procuration - Votre procuration est enregistrée"


@bp.get("/procuration")
def formulaire() -> Any:
    """The form: who will vote for me, and for how long."""
    if "usager" not in session:
        return redirect(url_for("service.accueil"))
    return render_template("procuration/formulaire.html", validites=VALIDITIES, valeurs={}, erreurs=[])


@bp.post("/procuration")
def enregistrer() -> Any:
    """Record the procuration, send its mail, show the confirmation; or say what is wrong."""
    usager = session.get("usager")
    if usager is None:
        return redirect(url_for("service.accueil"))
    given = Procuration(
        request.form.get("nom", "").strip(),
        request.form.get("prenom", "").strip(),
        request.form.get("naissance", "").strip(),
        request.form.get("validite", ""),
    )
    erreurs = errors_of(given)
    if erreurs:
        page = render_template(
            "procuration/formulaire.html", validites=VALIDITIES, valeurs=request.form, erreurs=erreurs
        )
        return page, 400
    reference = record(get_db(), given, usager, site_config().clock.now())
    context = {"usager": usager, "procuration": given, "reference": reference}
    send_mail(
        SENDER,
        usager["email"],
        SUBJECT,
        render_template("procuration/courriel.txt", **context),
        render_template("procuration/courriel.html", **context),
    )
    return render_template("procuration/confirmation.html", **context)
