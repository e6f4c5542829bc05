"""The connection notification mail (the tutorial's "À SAVOIR": one mail at every connection)."""

from __future__ import annotations

from typing import Any

from flask import render_template

from ..common.mail import send_mail
from ..common.site import site_config

SENDER = "FranceConnect <ne-pas-repondre@franceconnect.gouv.fr>"
SUBJECT_START = "Notification de connexion au service"


def subject(service_name: str) -> str:
    """The subject of the notification for a connection to `service_name`."""
    return f"{SUBJECT_START} {service_name} grâce à FranceConnect"


def send_connection_notification(identity: dict[str, Any], service_name: str, account: str) -> None:
    """Tell the person, by mail, which service they logged into and with which account."""
    when = site_config().clock.datetime().strftime("%d/%m/%Y à %H:%M (UTC)")
    context = {"identity": identity, "service": service_name, "account": account, "when": when}
    send_mail(
        SENDER,
        identity["email"],
        subject(service_name),
        render_template("franceconnect/notification.txt", **context),
        render_template("franceconnect/notification.html", **context),
    )
