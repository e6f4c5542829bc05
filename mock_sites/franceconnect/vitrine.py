"""FranceConnect's own pages for a visitor: the home page and « Nos services », the services list."""

from __future__ import annotations

from flask import Blueprint, render_template, request

from ..common.site import site_config
from .services_list import GENERATED_COUNT, all_services, search

bp = Blueprint("vitrine", __name__)


@bp.get("/")
def home() -> str:
    """What FranceConnect is, in a few words, and the way to the services list."""
    return render_template("franceconnect/accueil.html", count=GENERATED_COUNT)


@bp.get("/nos-services")
def services_list() -> str:
    """The services that accept FranceConnect, filtered by the search field, one page at a time."""
    query = request.args.get("recherche", "").strip()
    number = request.args.get("page", "1")
    page = search(all_services(site_config().sites), query, int(number) if number.isdigit() else 1)
    return render_template("franceconnect/nos_services.html", query=query, page=page)
