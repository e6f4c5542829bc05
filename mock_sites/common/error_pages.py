"""French error pages (404, 500…) for every site, with the shared banner and no traceback."""

from __future__ import annotations

from flask import Flask, abort, current_app, render_template, request
from werkzeug.exceptions import HTTPException

# What a person reads for each status: a title, then what happened and what to do.
MESSAGES: dict[int, tuple[str, str]] = {
    400: ("Demande incorrecte", "La demande reçue par ce site est incomplète ou mal formée. Réessayez."),
    403: ("Accès refusé", "Vous n'avez pas le droit d'ouvrir cette page. Connectez-vous, puis réessayez."),
    404: ("Page introuvable", "Ce site n'a aucune page à cette adresse. Vérifiez l'adresse saisie."),
    405: ("Action impossible ici", "Cette page ne s'ouvre pas de cette façon. Suivez les liens du site."),
    414: (
        "Adresse trop longue",
        "L'adresse demandée dépasse la longueur que ce site accepte. Revenez à l'accueil du site.",
    ),
    500: ("Erreur du site", "Le site a rencontré une erreur inattendue. Réessayez dans un instant."),
}
# nginx's default buffer for a request line (large_client_header_buffers 8k).
MAX_ADDRESS_LENGTH = 8192
OTHER = ("Erreur", "La page demandée n'a pas pu être affichée. Réessayez dans un instant.")


def error_page(error: HTTPException) -> tuple[str, int]:
    """The French page for an HTTP error; an unexpected exception arrives here as a 500."""
    code = error.code or 500
    title, message = MESSAGES.get(code, OTHER if code < 500 else MESSAGES[500])
    # A site without a home page (none today) gets no "back home" link.
    has_home = any(rule.rule == "/" for rule in current_app.url_map.iter_rules())
    page = render_template("erreurs/http.html", code=code, titre=title, message=message, accueil=has_home)
    return page, code


def refuse_long_addresses() -> None:
    """A 414 for an address longer than browsers and servers commonly accept (8 kB)."""
    if len(request.full_path) > MAX_ADDRESS_LENGTH:
        abort(414)


def register_error_pages(app: Flask) -> None:
    """Answer every HTTP error of `app` (unknown address, over-long one, server error…) with a French
    page."""
    app.before_request(refuse_long_addresses)
    app.register_error_handler(HTTPException, error_page)
