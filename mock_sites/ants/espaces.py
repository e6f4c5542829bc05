"""The three spaces once logged in: their démarches en cours, and the shortcuts that start one."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from werkzeug.wrappers import Response

from ..common.storage import get_db
from .demarche_kinds import SPACES, STEPS, demarche, shortcuts, space
from .records import finished, in_progress, start
from .session import LOGIN_FIRST, now, open_demarche, step_url, usager

bp = Blueprint("espaces", __name__)


def _to_login() -> Response:
    flash(LOGIN_FIRST, "erreur")
    return redirect(url_for("service.accueil"))


@bp.get("/mon-espace/<slug>")
def espace(slug: str) -> Any:
    """A space's page (its blue button leads here): démarches en cours and finished ones."""
    person = usager()
    if person is None:
        return _to_login()
    if slug not in {item.slug for item in SPACES}:
        abort(404)
    kinds = {item.slug for item in shortcuts(slug)}
    return render_template(
        "ants/mon_espace.html",
        space=space(slug),
        en_cours=[r for r in in_progress(get_db(), person["sub"]) if r.kind in kinds],
        terminees=[r for r in finished(get_db(), person["sub"]) if r.kind in kinds],
        demarche=demarche,
        steps=STEPS,
    )


@bp.get("/demarches/nouvelle/<kind>")
def nouvelle(kind: str) -> Response:
    """A shortcut: start this démarche, unless one of the same kind is already in progress."""
    # Following the shortcut (a link, as in the tutorial) is what starts the démarche: from then on
    # the site keeps its trace, saved or not.
    person = usager()
    if person is None:
        return _to_login()
    try:
        chosen = demarche(kind)
    except KeyError:
        abort(404)
    if in_progress(get_db(), person["sub"], kind):
        flash(
            f"Vous avez déjà une démarche « {chosen.title} » en cours : "
            f"reprenez-la depuis {space(chosen.space).title}.",
            "erreur",
        )
        return redirect(url_for("espaces.espace", slug=chosen.space))
    demarche_id = start(get_db(), person["sub"], kind, chosen.steps[0], now())
    return redirect(step_url(chosen.steps[0], demarche_id))


@bp.get("/demarches/<int:demarche_id>")
def reprendre(demarche_id: int) -> Response:
    """Resume a démarche at the step where it stopped."""
    record, _kind = open_demarche(demarche_id)
    return redirect(step_url(record.step, demarche_id))
