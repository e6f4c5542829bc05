"""The creation of the espace particulier, one page per step, each with its "Continuer" button."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from werkzeug.security import generate_password_hash
from werkzeug.wrappers import Response

from ...common.site import site_config
from ...common.storage import get_db
from ...telephone.gateway import SmsNotSent
from ...telephone.inbox import normalize_number
from .identifiers import ALREADY_CREATED, identifier_errors
from .notices import SENDER, masked, new_sms_code, send_activation_mail, send_sms_code
from .records import (
    Activation,
    Choices,
    Draft,
    activate,
    load_draft,
    new_activation_link,
    open_space,
    save_choices,
    save_information,
    save_sms_code,
    space_of_link,
    start_draft,
)
from .validation import information_errors, sms_code_error

bp = Blueprint("creation", __name__, url_prefix="/creation")

DRAFT = "creation"  # session key: the id of the draft (its content stays server-side)
SENT_TO = "activation_envoyee_a"
LINK_STATUS = {
    Activation.ACTIVATED: 200,
    Activation.ALREADY_ACTIVE: 200,
    Activation.EXPIRED: 410,
    Activation.UNKNOWN: 404,
}


def _now() -> float:
    return site_config().clock.now()


def _digits(typed: str) -> str:
    return "".join(typed.split())


def _draft() -> Draft | None:
    return load_draft(get_db(), session.get(DRAFT))


def _restart() -> Response:
    flash("Votre saisie n'a pas été retrouvée : saisissez de nouveau vos 3 identifiants.", "erreur")
    return redirect(url_for("service.accueil"))


@bp.post("/identifiants")
def identifiants() -> Any:
    """Step 1: numéro fiscal, numéro d'accès en ligne, revenu fiscal de référence."""
    values = {name: request.form.get(name, "") for name in ("numero_fiscal", "numero_acces", "revenu_fiscal")}
    numero_fiscal = _digits(values["numero_fiscal"])
    errors = identifier_errors(
        get_db(), numero_fiscal, _digits(values["numero_acces"]), values["revenu_fiscal"]
    )
    if errors:
        return render_template("impots/accueil.html", usager=None, errors=errors, values=values)
    session[DRAFT] = start_draft(get_db(), numero_fiscal, _now())
    return redirect(url_for("creation.informations"))


@bp.route("/informations", methods=["GET", "POST"])
def informations() -> Any:
    """Step 2, "Vos informations": e-mail and password twice each, optional mobile number."""
    draft = _draft()
    if draft is None:
        return _restart()
    if request.method == "GET":
        values = {
            "courriel": draft.email or "",
            "courriel_confirmation": draft.email or "",
            "portable": draft.mobile or "",
        }
        return render_template("impots/creation/informations.html", errors={}, values=values)
    errors = information_errors(request.form.to_dict())
    if errors:
        return render_template("impots/creation/informations.html", errors=errors, values=request.form)
    email = request.form["courriel"].strip()
    password_hash = generate_password_hash(request.form["mot_de_passe"])
    save_information(
        get_db(), draft.id, email, password_hash, normalize_number(request.form.get("portable", "")) or None
    )
    return redirect(url_for("creation.options"))


@bp.route("/options", methods=["GET", "POST"])
def options() -> Any:
    """Step 3: the "zéro papier" options (pre-selected) and the communication preferences."""
    draft = _draft()
    if draft is None or draft.email is None:
        return _restart()
    if request.method == "GET":
        return render_template("impots/creation/options.html", choices=draft.choices, mobile=draft.mobile)
    choices = Choices(
        paperless_income_tax="zero_papier_revenu" in request.form,
        paperless_local_taxes="zero_papier_locaux" in request.form,
        news_by_email="par_courriel" in request.form,
        news_by_sms=draft.mobile is not None and "par_sms" in request.form,
    )
    save_choices(get_db(), draft.id, choices)
    return redirect(url_for("creation.confirmation"))


@bp.route("/confirmation", methods=["GET", "POST"])
def confirmation() -> Any:
    """Step 4: confirm; with a mobile number, a code is sent by SMS first."""
    draft = _draft()
    if draft is None or not draft.options_chosen:
        return _restart()
    if request.method == "GET":
        return render_template("impots/creation/confirmation.html", draft=draft)
    if draft.mobile is None:
        return _open_space(draft)
    code = new_sms_code()
    save_sms_code(get_db(), draft.id, code)
    try:
        send_sms_code(draft.mobile, code)
    except SmsNotSent:
        flash("Le SMS n'a pas pu être envoyé : réessayez dans un instant.", "erreur")
        return redirect(url_for("creation.confirmation"))
    return redirect(url_for("creation.code_sms"))


@bp.route("/code-sms", methods=["GET", "POST"])
def code_sms() -> Any:
    """Step 5 (with a mobile number only): the 6-digit code received by SMS."""
    draft = _draft()
    if draft is None or draft.mobile is None or draft.sms_code is None:
        return _restart()
    context = {"numero": masked(draft.mobile)}
    if request.method == "GET":
        return render_template("impots/creation/code_sms.html", errors={}, **context)
    error = sms_code_error(_digits(request.form.get("code", "")), draft.sms_code)
    if error:
        return render_template("impots/creation/code_sms.html", errors={"code": error}, **context)
    return _open_space(draft)


def _open_space(draft: Draft) -> Response:
    token = open_space(get_db(), draft, _now())
    session.pop(DRAFT, None)
    if token is None:
        flash(ALREADY_CREATED, "erreur")
        return redirect(url_for("service.accueil"))
    assert draft.email is not None
    send_activation_mail(draft.email, token)
    session[SENT_TO] = draft.email
    return redirect(url_for("creation.courriel_envoye"))


@bp.get("/courriel-envoye")
def courriel_envoye() -> str:
    """Tell the person to open the activation mail."""
    return render_template(
        "impots/creation/courriel_envoye.html",
        courriel=session.get(SENT_TO, ""),
        expediteur=SENDER,
        nouveau="nouveau" in request.args,
    )


@bp.get("/activation/<token>")
def activation(token: str) -> tuple[str, int]:
    """The blue link of the mail: valid 24 hours; afterwards a way to get a new one."""
    db = get_db()
    outcome = activate(db, token, _now())
    page = render_template(
        "impots/creation/activation.html", resultat=outcome.name, espace=space_of_link(db, token), token=token
    )
    return page, LINK_STATUS[outcome]


@bp.post("/activation/<token>/nouveau-lien")
def nouveau_lien(token: str) -> Response:
    """Send a new activation mail (the expired link's page offers it)."""
    db = get_db()
    space = space_of_link(db, token)
    if space is None or space.activated:
        return redirect(url_for("creation.activation", token=token))
    send_activation_mail(space.email, new_activation_link(db, space.numero_fiscal, _now()))
    session[SENT_TO] = space.email
    return redirect(url_for("creation.courriel_envoye", nouveau=1))
