"""Enrolling generated people at the identity providers (used by fixtures and by `serve`)."""

from __future__ import annotations

from .catalogue import identity_provider_role
from .common.identities import Person
from .federation.accounts import enrol
from .federation.behaviours import Behaviour
from .federation.roles import LoginForm
from .runner import RunningSites


def login_form(idp_site: str) -> LoginForm:
    """The login form of an identity provider site."""
    return identity_provider_role(idp_site).login_form


def enrol_person(
    running: RunningSites, idp_site: str, person: Person, behaviour: Behaviour = Behaviour.NORMAL
) -> str:
    """Open an account for `person` at `idp_site` (misbehaving as `behaviour` says); returns the
    identifier they log in with."""
    if not identity_provider_role(idp_site).enrolled_here:
        raise LookupError(f"{idp_site} : ses comptes s'ouvrent dans le site lui-même, pas ici")
    database = running.app(idp_site).config["DATABASE"]
    return enrol(database, login_form(idp_site), person, behaviour)
