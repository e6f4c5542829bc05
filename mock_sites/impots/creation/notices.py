"""What the creation sends: the activation mail (the tutorial's sender and subject) and the SMS code."""

from __future__ import annotations

import secrets

from flask import render_template, url_for

from ...common.mail import send_mail
from ...common.site import site_config
from ...telephone.gateway import send_sms
from .records import LINK_LIFETIME
from .validation import SMS_CODE_LENGTH

SENDER = "ne-pas-repondre@dgfip.finances.gouv.fr"
SUBJECT = "impots.gouv.fr - Activation de l'accès à mon espace particulier"
SMS_SENDER = "impots.gouv.fr"


def send_activation_mail(email: str, token: str) -> None:
    """The mail whose blue link activates the space."""
    config = site_config()
    link = config.sites.url(config.name, url_for("creation.activation", token=token))
    context = {"lien": link, "heures": LINK_LIFETIME // 3600}
    send_mail(
        SENDER,
        email,
        SUBJECT,
        render_template("impots/creation/courriel_activation.txt", **context),
        render_template("impots/creation/courriel_activation.html", **context),
    )


def new_sms_code() -> str:
    """A random code of 6 digits."""
    return f"{secrets.randbelow(10**SMS_CODE_LENGTH):0{SMS_CODE_LENGTH}d}"


def send_sms_code(mobile: str, code: str) -> None:
    """Text the code to the mobile number given in "Vos informations"."""
    text = f"{SMS_SENDER} : votre code de sécurité pour créer votre espace particulier est {code}."
    send_sms(site_config(), mobile, SMS_SENDER, text)


def masked(mobile: str) -> str:
    """The number as the page shows it: only the last two digits."""
    return f"{mobile[:2]} •• •• •• {mobile[-2:]}"
