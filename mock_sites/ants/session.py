"""Who is logged in, and the démarche a page is about (each view starts here)."""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, session, url_for

from ..common.site import site_config
from ..common.storage import get_db
from .demarche_kinds import Demarche, demarche
from .records import FINISHED, Record, find

LOGIN_FIRST = "Connectez-vous avec FranceConnect depuis « Mon Compte » pour faire vos démarches."


def usager() -> dict[str, Any] | None:
    """The logged-in person's identity (FranceConnect claims), if any."""
    return session.get("usager")


def now() -> float:
    """The run's shared clock."""
    return site_config().clock.now()


def open_demarche(demarche_id: int, allow_finished: bool = False) -> tuple[Record, Demarche]:
    """The logged-in person's démarche and its kind; 404 if it is not theirs (or is finished)."""
    person = usager()
    if person is None:
        flash(LOGIN_FIRST, "erreur")
        abort(redirect(url_for("service.accueil")))
    record = find(get_db(), person["sub"], demarche_id)
    if record is None or (record.status == FINISHED and not allow_finished):
        abort(404)
    return record, demarche(record.kind)


def step_url(step: str, demarche_id: int) -> str:
    """The page of one step of a démarche (the récapitulatif has its own blueprint)."""
    blueprint = "recapitulatif" if step == "recapitulatif" else "demarches"
    return url_for(f"{blueprint}.{step}", demarche_id=demarche_id)
