"""Formation: the trainer's page of a class sandbox (`serve --formation=N`), each learner's progress."""

from __future__ import annotations

from contextlib import closing

from flask import Blueprint, Flask, render_template

from ..catalogue import Role, SiteEntry
from ..common.site import SiteConfig, new_site_app, site_config
from ..common.storage import connect, init_storage
from .progress import progress_of
from .records import SCHEMA, learners

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
    """Every learner of the class: accounts created, FranceConnect logins, mails received."""
    config = site_config()
    with closing(connect(config.database)) as db:
        records = learners(db)
    return render_template(
        "formation/suivi.html", progress=[progress_of(config, record) for record in records]
    )
