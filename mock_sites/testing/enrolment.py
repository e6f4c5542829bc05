"""Enrolling a person at an identity provider: an account they log in with, possibly misbehaving."""

from __future__ import annotations

from ..accounts import enrol_person
from ..catalogue import identity_provider, identity_providers
from ..common.identities import Person
from ..federation.behaviours import Behaviour, behaviour_described
from ..runner import RunningSites


def identity_provider_named(title: str) -> str:
    """The site of the identity provider whose FranceConnect button reads `title` ("Ameli", "msa.fr")."""
    return identity_provider(title).name


def identity_provider_of_organism(organism: str) -> str:
    """The title of the account an organism's name points to (« l'Assurance Maladie » → "Ameli"), as
    the provider's connection notification names it; an unknown or ambiguous organism lists them."""
    names = {
        entry.title: entry.identity_provider.mail_name
        for entry in identity_providers()
        if entry.identity_provider
    }
    titles = [title for title, mail_name in names.items() if organism in mail_name]
    if len(titles) != 1:
        raise LookupError(f"organisme inconnu : {organism!r} (connus : {', '.join(names.values())})")
    return titles[0]


# The misbehaviour a scenario describes ("ne répond pas à temps"…); unknown ones are listed.
behaviour_named = behaviour_described


def enrol(sites: RunningSites, provider: str, person: Person, behaviour: Behaviour = Behaviour.NORMAL) -> str:
    """Open (or replace) the account of `person` at the provider site `provider`; returns the identifier
    they log in with (their password is `person.password`)."""
    return enrol_person(sites, provider, person, behaviour)
