"""Enrolling generated people at the identity providers (used by fixtures and by `serve`)."""

from __future__ import annotations

import importlib

from .common.identities import Person
from .common.identity_provider import LoginForm, enroll
from .common.idp_behaviours import Behaviour
from .federation import IDENTITY_PROVIDERS, IdentityProvider
from .registry import SITE_MODULES
from .runner import RunningSites


def login_form(idp_site: str) -> LoginForm:
    """The login form of an identity provider site."""
    form: LoginForm = importlib.import_module(SITE_MODULES[idp_site]).LOGIN_FORM
    return form


def provider_by_title(title: str) -> IdentityProvider:
    """The identity provider whose button reads `title` (e.g. "Ameli")."""
    for idp in IDENTITY_PROVIDERS:
        if idp.title.casefold() == title.casefold():
            return idp
    known = ", ".join(p.title for p in IDENTITY_PROVIDERS)
    raise LookupError(f"fournisseur d'identité inconnu : {title!r} (connus : {known})")


def enroll_person(
    running: RunningSites, idp_site: str, person: Person, behaviour: Behaviour = Behaviour.NORMAL
) -> str:
    """Open an account for `person` at `idp_site` (misbehaving as `behaviour` says); returns the
    identifier they log in with."""
    database = running.app(idp_site).config["DATABASE"]
    return enroll(database, login_form(idp_site), person, behaviour)
