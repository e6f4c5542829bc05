"""The Given steps that say who the usager is, from the harness' `donnees` and `comptes` fixtures.

A usager with accounts comes from the `comptes` fixture (a generated `Person`, or the cible's usager);
the others are `Person`s: one with a foyer fiscal also carries its revenu fiscal de référence.
People are reproducible from the run's seed and the scenario's id (`--parcours-seed`).
"""

from __future__ import annotations

from pytest_bdd import given, parsers

from mock_sites.testing import (
    AccountSource,
    Person,
    Situation,
    TestData,
    Usager,
    behaviour_named,
    identity_provider_named,
)

SITUATION_BY_PHRASE = {
    "qui a son propre foyer fiscal": Situation.SINGLE,
    "rattaché au foyer fiscal de ses parents": Situation.ATTACHED,
    "marié": Situation.MARRIED,
    "pacsé": Situation.PACS,
}


@given(parsers.parse("un usager qui a un compte {fournisseur}"), target_fixture="usager")
def usager_with_account(comptes: AccountSource, fournisseur: str) -> Usager:
    """A usager with an account at this identity provider (generated, or the cible's)."""
    return comptes.usager_with_accounts([fournisseur])


@given(parsers.parse("un usager qui a deux comptes : {premier} et {second}"), target_fixture="usager")
def usager_with_two_accounts(comptes: AccountSource, premier: str, second: str) -> Usager:
    """One person with an account at each of two providers (the tutorial: several accounts)."""
    return comptes.usager_with_accounts([premier, second])


@given(parsers.parse('un usager dont le compte {fournisseur} "{comportement}"'), target_fixture="usager")
def usager_with_misbehaving_account(donnees: TestData, fournisseur: str, comportement: str) -> Person:
    """A person whose account makes the provider fail, as FranceConnect's mock providers do."""
    person = donnees.new_person()
    donnees.enrol(person, identity_provider_named(fournisseur), behaviour_named(comportement))
    return person


@given(
    parsers.re(
        r"un usager (?P<description>qui a son propre foyer fiscal|rattaché au foyer fiscal de ses parents)"
    ),
    target_fixture="usager",
)
def usager_known_to_the_tax_office(donnees: TestData, description: str) -> Person:
    """A person whose foyer fiscal the tax office holds; an attached young adult is 20 to 25, RFR 0."""
    household = donnees.create_household(SITUATION_BY_PHRASE[description])
    return household.members[-1]  # the declarant, or the young adult after the parents


@given(parsers.re(r"un couple (?P<situation>marié|pacsé)"), target_fixture="couple")
def couple(donnees: TestData, situation: str) -> tuple[Person, ...]:
    """Two partners of one foyer fiscal, each with their own numéro fiscal."""
    return donnees.create_household(SITUATION_BY_PHRASE[situation]).members
