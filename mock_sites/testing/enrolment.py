"""Enrolling a person at an identity provider: an account they log in with, possibly misbehaving."""

from __future__ import annotations

from ..accounts import enroll_person, provider_by_title
from ..common.identities import Person
from ..federation.behaviours import Behaviour, behaviour_described
from ..runner import RunningSites


def identity_provider_named(title: str) -> str:
    """The site of the identity provider whose FranceConnect button reads `title` ("Ameli", "msa.fr")."""
    return provider_by_title(title).name


def behaviour_named(description: str) -> Behaviour:
    """The misbehaviour a scenario describes ("ne répond pas à temps"…); unknown ones are listed."""
    return behaviour_described(description)


def enrol(sites: RunningSites, provider: str, person: Person, behaviour: Behaviour = Behaviour.NORMAL) -> str:
    """Open (or replace) the account of `person` at the provider site `provider`; returns the identifier
    they log in with (their password is `person.password`)."""
    return enroll_person(sites, provider, person, behaviour)
