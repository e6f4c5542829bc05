"""Formation: the trainer's page of a class sandbox (`serve --formation=N`), each learner's progress."""

from __future__ import annotations

from contextlib import closing

from flask import Blueprint, Flask, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from ..catalogue import Role, SiteEntry
from ..common.site import SiteConfig, new_site_app, site_config
from ..common.storage import connect, init_storage
from .progress import progress_of
from .records import SCHEMA, learners
from .walls import log_refusal, same_secret, trainer_code

SITE = SiteEntry(
    name="formation",
    module=__name__,
    role=Role.TRAINER,
    title="Suivi de formation",
    phrases=("la formation",),
)
bp = Blueprint("formation", __name__)


def create_app(config: SiteConfig) -> Flask:
    """The trainer's site."""
    app = new_site_app(__name__, config, SITE.title)
    init_storage(app, SCHEMA)
    app.register_blueprint(bp)
    return app


@bp.get("/")
def follow_class() -> str:
    """Every learner of the class: accounts created, FranceConnect logins, mails received; once the
    trainer typed the code `serve --formation` printed."""
    config = site_config()
    code = trainer_code(config)
    if code is not None and session.get("formateur") != code:
        return render_template("formation/code.html")
    with closing(connect(config.database)) as db:
        records = learners(db)
    return render_template(
        "formation/suivi.html", progress=[progress_of(config, record) for record in records]
    )


@bp.post("/")
def enter() -> Response | tuple[str, int]:
    """The trainer types their code: right, the class shows; wrong, refused and logged."""
    code = trainer_code(site_config())
    if code is not None and not same_secret(request.form.get("code", ""), code):
        log_refusal("formation", "la page de suivi")
        return render_template("formation/code.html", refus=True), 403
    session["formateur"] = code
    return redirect(url_for("formation.follow_class"))
