"""Who may reach the return, and when: the person logged in through FranceConnect, whose foyer the tax
office knows, between the opening and their département's deadline (read on the shared clock)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from flask import redirect, render_template, session, url_for
from werkzeug.wrappers import Response

from ...common.site import site_config
from ...common.storage import get_db
from . import records
from .calendrier import closed_message, is_open, not_yet_open, opening_message
from .foyer import Foyer, foyer_of

UNKNOWN = (
    "Aucun foyer fiscal ne correspond à l'identité transmise par FranceConnect : "
    "contactez votre centre des impôts."
)


@dataclass(frozen=True)
class Dossier:
    """The person's foyer and its return (None before « Commencer »)."""

    foyer: Foyer
    filed: records.Return | None
    email: str


def now() -> datetime:
    """The shared clock's time."""
    return site_config().clock.datetime()


def timestamp() -> float:
    """The shared clock's time, as stored."""
    return site_config().clock.now()


def refused(message: str, status: int = 403) -> tuple[str, int]:
    """The page saying why the return cannot be filed now."""
    return render_template("impots/declaration/refus.html", message=message), status


def dossier() -> Dossier | Response | tuple[str, int]:
    """The logged-in person's foyer and return, or the page to show instead."""
    usager: dict[str, Any] | None = session.get("usager")
    if usager is None:
        return redirect(url_for("service.accueil"))
    db = get_db()
    foyer = foyer_of(db, usager)
    if foyer is None:
        return refused(UNKNOWN, 404)
    return Dossier(foyer, records.load(db, foyer.id), usager.get("email", ""))


def open_dossier() -> Dossier | Response | tuple[str, int]:
    """As `dossier`, but only while the online return is open for the foyer's département."""
    found = dossier()
    if not isinstance(found, Dossier):
        return found
    moment = now()
    if not_yet_open(moment):
        return refused(opening_message())
    if not is_open(found.foyer.address.departement, moment):
        return refused(closed_message(found.foyer.address.departement))
    return found
