"""The webmail pages: open a box by address, read a mail, follow its links."""

from __future__ import annotations

import nh3
from flask import Blueprint, abort, redirect, render_template, request, session, url_for
from markupsafe import Markup
from werkzeug.wrappers import Response

from ..common.site import site_config
from ..common.storage import get_db
from ..formation.walls import class_is_open, log_refusal, same_secret, secret_of_mailbox
from .mailbox import attachments, get_mail, inbox

bp = Blueprint("boite", __name__)


@bp.get("/")
def accueil() -> str:
    """Ask which mailbox to open (and, in a class, the secret of the learner's sheet)."""
    return render_template("messagerie/accueil.html", classe=class_is_open(site_config()))


@bp.post("/")
def ouvrir() -> Response | tuple[str, int]:
    """Open the box of the address typed: a learner's box needs the secret of their sheet, other
    test mailboxes need no password."""
    address = request.form.get("adresse", "").strip().lower()
    if not address:
        return redirect(url_for("boite.accueil"))
    expected = secret_of_mailbox(site_config(), address)
    if expected is not None and not same_secret(request.form.get("code", ""), expected):
        log_refusal("messagerie", address)
        return render_template("messagerie/accueil.html", classe=True, refus=True), 403
    session["adresse"] = address
    return redirect(url_for("boite.liste"))


@bp.get("/boite")
def liste() -> str | Response:
    """The list of mails received, newest first."""
    address = session.get("adresse")
    if not address:
        return redirect(url_for("boite.accueil"))
    return render_template("messagerie/boite.html", adresse=address, mails=inbox(get_db(), address))


# A mail's links keep how they look (« le lien bleu d'activation ») and nothing that runs: nh3 keeps
# these style properties of a link's style attribute, and drops every script and handler.
LINK_ATTRIBUTES = {**{tag: set(names) for tag, names in nh3.ALLOWED_ATTRIBUTES.items()}}
LINK_ATTRIBUTES["a"] = LINK_ATTRIBUTES.get("a", set()) | {"style"}
LINK_STYLES = {"color", "background", "text-decoration", "padding"}


def sanitised(html: str) -> str:
    """A mail's HTML without scripts, handlers or foreign styles."""
    return nh3.clean(html, link_rel=None, attributes=LINK_ATTRIBUTES, filter_style_properties=LINK_STYLES)


@bp.get("/boite/<int:mail_id>")
def lire(mail_id: int) -> str | Response:
    """One mail, with its HTML body when it has one."""
    address = session.get("adresse")
    if not address:
        return redirect(url_for("boite.accueil"))
    mail = get_mail(get_db(), address, mail_id)
    if mail is None:
        abort(404)
    body = Markup(sanitised(mail.html_body)) if mail.html_body else None
    return render_template(
        "messagerie/courriel.html",
        adresse=address,
        mail=mail,
        corps=body,
        pieces_jointes=attachments(get_db(), mail.id),
    )


@bp.get("/boite/<int:mail_id>/pieces-jointes/<int:attachment_id>")
def piece_jointe(mail_id: int, attachment_id: int) -> Response:
    """Download a file joined to one of the reader's mails."""
    address = session.get("adresse")
    mail = get_mail(get_db(), address, mail_id) if address else None
    found = [a for a in attachments(get_db(), mail_id) if a.id == attachment_id] if mail else []
    if not found:
        abort(404)
    response = Response(found[0].data, mimetype=found[0].content_type)
    response.headers.set("Content-Disposition", "attachment", filename=found[0].filename)
    return response
