"""Server-to-server API: the mairie reads a request from its QR code and records its decision; the
scheduler delivers due results; other services ask whether an account is certified."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify, request

from ..common.backchannel import only_for, refuse
from ..common.site import site_config
from ..common.sitemap import SiteMap
from ..common.storage import get_db
from .certification import QR_PREFIX
from .notices import send_result
from .records import REFUSED, VALIDATED, Request, certified_at, get_request
from .results import deliver_due, record_decision

bp = Blueprint("api", __name__, url_prefix="/api")

Answer = tuple[Any, int] | tuple[Any, int, dict[str, str]]
NO_AGENT = "Décision refusée : seul un agent d'une mairie participant à l'expérimentation peut la prendre."


def _sites() -> SiteMap:
    return site_config().sites


def _agent_refusal(body: dict[str, Any]) -> Answer | None:
    """Why the decision is not an agent's of a participating mairie, or None."""
    from ..mairie.communes import MAIRIES

    mairie = MAIRIES.get(str(body.get("commune", "")))
    if not str(body.get("agent", "")).strip() or mairie is None or not mairie.offers_certification:
        return refuse(403, f"no agent of a participating mairie ({body.get('commune')!r})", NO_AGENT)
    return None


def _pending(payload: str) -> Request | Answer:
    """The request a QR code names, if it waits for a mairie's decision."""
    if not payload.startswith(QR_PREFIX):
        return jsonify(erreur="Ce QR code n'est pas une demande de certification France Identité."), 400
    found = get_request(get_db(), payload.removeprefix(QR_PREFIX))
    if found is None or found.identity_card is None:
        return jsonify(erreur="Demande introuvable : demandez à l'usager de refaire sa demande."), 404
    if found.decision is not None:
        return jsonify(erreur="Cette demande a déjà été traitée par une mairie."), 409
    return found


@bp.get("/demandes")
@only_for(_sites, "mairie")
def demande() -> Answer:
    """The request behind a QR code's text (`?qr=`): the person and the card the app read."""
    found = _pending(request.args.get("qr", ""))
    if not isinstance(found, Request):
        return found
    card = found.identity_card
    assert card is not None
    return jsonify(id=found.id, carte=card.__dict__), 200


@bp.post("/demandes/decision")
@only_for(_sites, "mairie")
def decision() -> Answer:
    """A mairie's agent validates or refuses: {"qr", "decision", "motif", "mairie", "agent", "commune"}."""
    body = request.get_json(silent=True) or {}
    unvouched = _agent_refusal(body)
    if unvouched is not None:
        return unvouched
    found = _pending(str(body.get("qr", "")))
    if not isinstance(found, Request):
        return found
    verdict, reason = body.get("decision"), str(body.get("motif", "")).strip()
    if verdict not in (VALIDATED, REFUSED) or (verdict == REFUSED and not reason):
        return jsonify(erreur="décision « validee » ou « refusee » (avec un motif) attendue"), 400
    config = site_config()
    decided = record_decision(
        get_db(), found, verdict, reason, str(body.get("mairie", "")), config.clock.now(), config.seed
    )
    return jsonify(id=decided.id, resultat_prevu=decided.due_at), 201


@bp.post("/notifications")
@only_for(_sites, "france_identite")
def notifications() -> Answer:
    """The scheduler's run: send every result due by now (mail and app)."""
    sent = deliver_due(get_db(), site_config().clock.now(), send_result)
    return jsonify(envoyees=sent), 200


@bp.get("/comptes/<path:email>/certification")
@only_for(_sites, "franceconnect_plus")
def certification(email: str) -> Answer:
    """Whether an account is certified, and since when (what FranceConnect+ will ask)."""
    since = certified_at(get_db(), email.lower())
    return jsonify(certifie=since is not None, depuis=since), 200
