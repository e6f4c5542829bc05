"""The door of a test box (the webmail's mailbox, the phone's SMS): a form asks whose box to open, a
learner's box also asks the secret of their sheet, other test boxes open without one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flask import Blueprint, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from .common.site import SiteConfig, site_config


@dataclass(frozen=True)
class BoxDoor:
    """How one site names its box: the form's field, the session's key, where an open box leads."""

    site: str  # for the refusals' log
    template: str  # the form, shown with `classe` (a class is open) and `refus` (wrong secret)
    field: str  # the form field naming the box (address, number)
    normalise: Callable[[str], str]
    secret_of: Callable[[SiteConfig, str], str | None]  # None: not a learner's box
    opened: str  # the endpoint of the open box


def add_door(bp: Blueprint, door: BoxDoor) -> None:
    """Add the door's two views to `bp`: GET / (endpoint accueil) and POST / (endpoint ouvrir)."""

    # Imported when a door is added, not when this module loads: formation's package imports the
    # sites whose views import this module.
    from .formation import walls

    def accueil() -> str:
        """Ask which box to open (and, in a class, the secret of the learner's sheet)."""
        return render_template(door.template, classe=walls.class_is_open(site_config()))

    def ouvrir() -> Response | tuple[str, int]:
        """Open the box typed: a learner's box needs the secret of their sheet."""
        key = door.normalise(request.form.get(door.field, ""))
        if not key:
            return redirect(url_for(f"{bp.name}.accueil"))
        expected = door.secret_of(site_config(), key)
        if expected is not None and not walls.same_secret(request.form.get("code", ""), expected):
            walls.log_refusal(door.site, key)
            return render_template(door.template, classe=True, refus=True), 403
        session[door.field] = key
        return redirect(url_for(door.opened))

    bp.add_url_rule("/", "accueil", accueil, methods=["GET"])
    bp.add_url_rule("/", "ouvrir", ouvrir, methods=["POST"])
