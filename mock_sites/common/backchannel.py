"""Credentials of the back channel: each calling site proves who it is with HTTP Basic, its secret
derived from the run's key, as a registered client of a real server-to-server API would."""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import jsonify, request

from .sitemap import SiteMap

log = logging.getLogger("mock_sites.backchannel")

NO_CREDENTIAL = (
    "Appel refusé : ce service n'accepte que les sites qui lui sont enregistrés (identifiant et secret)."
)
NOT_ALLOWED = "Appel refusé : le site {caller} n'est pas autorisé à appeler ce service."


def credential(sites: SiteMap, caller: str) -> str:
    """The secret of `caller` for this run (never the same across runs: the key is random)."""
    return hmac.new(sites.backchannel_key, caller.encode(), hashlib.sha256).hexdigest()


def auth(sites: SiteMap, caller: str) -> tuple[str, str]:
    """The (identifiant, secret) pair `caller` sends with `requests`."""
    return caller, credential(sites, caller)


def refuse(status: int, reason: str, message: str) -> tuple[Any, int, dict[str, str]]:
    """A logged refusal: who called what, from where, and why."""
    log.warning(
        "back channel refused %s %s from %s: %s", request.method, request.path, request.remote_addr, reason
    )
    headers = {"WWW-Authenticate": 'Basic realm="backchannel"'} if status == 401 else {}
    return jsonify(erreur=message), status, headers


def caller_of(sites: SiteMap) -> str | None:
    """The site whose credential this request carries, or None."""
    given = request.authorization
    if given is None or given.type != "basic" or not given.username or given.password is None:
        return None
    expected = credential(sites, given.username)
    return given.username if hmac.compare_digest(expected, given.password) else None


def only_for(
    sites_of: Callable[[], SiteMap], *allowed: str
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A view answering only the sites named in `allowed` (none named: any site of the run),
    authenticated (else 401) and allowed (else 403)."""

    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            sites = sites_of()
            caller = caller_of(sites)
            if caller is None:
                return refuse(401, "no valid credential", NO_CREDENTIAL)
            if caller not in (allowed or sites.ports):
                return refuse(403, f"{caller} not allowed", NOT_ALLOWED.format(caller=caller))
            return view(*args, **kwargs)

        return guarded

    return decorate
