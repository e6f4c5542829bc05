"""The test accounts `serve` opens at every identity provider, reproducible from the seed.

One person holds an account at each of the five providers (any of them opens any service, always
as the same identity); three more make every provider fail in a documented way.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .accounts import enrol_person, login_form
from .catalogue import identity_providers
from .common.identities import Household, Person, Situation, generate_person
from .federation.behaviours import Behaviour
from .impots.declaration.foyer import generate_address, settle_household
from .impots.foyers import record_household
from .runner import RunningSites

DEMO_DEPARTEMENT = "75"  # the demo foyer lives in Paris
DEMO_BEHAVIOURS = (Behaviour.NORMAL, Behaviour.SERVER_ERROR, Behaviour.SLOW, Behaviour.INCOMPLETE)


@dataclass(frozen=True)
class DemoAccount:
    """One account a person can log in with."""

    idp: str
    identifier: str
    password: str
    confirmation_code: str | None
    person: Person
    behaviour: Behaviour

    def line(self) -> str:
        """`# compte <provider> <identifier> <password> …`, as `serve` prints it."""
        code = f" code {self.confirmation_code}" if self.confirmation_code else ""
        failure = "" if self.behaviour is Behaviour.NORMAL else f" ({self.behaviour.description})"
        return (
            f"# compte {self.idp} {self.identifier} {self.password}{code} — {self.person.full_name}{failure}"
        )


def demo_person(seed: str, behaviour: Behaviour) -> Person:
    """The person `serve` gives the accounts of this behaviour to."""
    return generate_person(seed, f"demo:{behaviour.value or 'usager'}")


def demo_accounts(seed: str) -> list[DemoAccount]:
    """The demo accounts of a seed, provider by provider (nothing is opened yet)."""
    accounts = []
    for idp in identity_providers():
        if idp.identity_provider is None or not idp.identity_provider.enrolled_here:
            continue  # France Identité's accounts are opened in its app, not by `serve`
        form = login_form(idp.name)
        for behaviour in DEMO_BEHAVIOURS:
            person = demo_person(seed, behaviour)
            code = form.confirmation.code_of(person) if form.confirmation else None
            accounts.append(
                DemoAccount(idp.name, form.identifier_of(person), person.password, code, person, behaviour)
            )
    return accounts


def enrol_demo_accounts(running: RunningSites) -> list[DemoAccount]:
    """Open the demo accounts at every provider of the run; returns them."""
    accounts = demo_accounts(running.seed)
    for account in accounts:
        enrol_person(running, account.idp, account.person, account.behaviour)
    return accounts


def demo_household(seed: str) -> Household:
    """The demo person's own foyer fiscal (célibataire), its income drawn from the seed."""
    income = random.Random(f"{seed}:demo:foyer").randrange(14_000, 42_000, 10)
    return Household(Situation.SINGLE, income, (demo_person(seed, Behaviour.NORMAL),))


def record_demo_household(running: RunningSites) -> list[str]:
    """Record the demo person's foyer at the tax office, living in Paris; the lines `serve` prints,
    with what the impots account creation and the tax return ask for."""
    household = demo_household(running.seed)
    database = str(running.app("impots").config["DATABASE"])
    record_household(database, household)
    settle_household(database, household, generate_address(running.seed, "demo", DEMO_DEPARTEMENT))
    person = household.members[0]
    return [
        f"# foyer fiscal de {person.full_name} ({household.situation}) :"
        f" numéro fiscal {person.numero_fiscal}, numéro d'accès en ligne {person.online_access_number},"
        f" revenu fiscal de référence {household.reference_income}"
    ]
