"""The mails the app sends: the address confirmation link, and the result of the request."""

from __future__ import annotations

from flask import render_template

from ..common.mail import send_mail
from ..common.site import site_config
from .records import VALIDATED, Request

SENDER = "ne-pas-repondre@france-identite.gouv.fr"
CONFIRMATION_SUBJECT = "France Identité - Confirmez votre adresse électronique"
RESULT_SUBJECT = "France Identité - Résultat de votre demande de certification"
CONFIRMATION_LINK = "Confirmer mon adresse électronique"


def send_confirmation(request: Request) -> None:
    """The mail whose link confirms the address of the request."""
    link = site_config().url + f"/certification/confirmer/{request.confirm_token}"
    send_mail(
        SENDER,
        request.email,
        CONFIRMATION_SUBJECT,
        render_template("france_identite/courriel_confirmation.txt", lien=link),
        render_template("france_identite/courriel_confirmation.html", lien=link, libelle=CONFIRMATION_LINK),
    )


def send_result(request: Request) -> None:
    """The mail telling the person whether their account is certified, and why not."""
    context = {"validee": request.decision == VALIDATED, "motif": request.reason, "mairie": request.mairie}
    send_mail(
        SENDER,
        request.email,
        RESULT_SUBJECT,
        render_template("france_identite/courriel_resultat.txt", **context),
        render_template("france_identite/courriel_resultat.html", **context),
    )
