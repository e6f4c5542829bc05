"""Generated identities: reproducible from the seed, valid NIR and numéro fiscal, reserved mail domain."""

from __future__ import annotations

from datetime import date

import pytest
from stdnum.fr import nif, nir

from mock_sites.common.identities import BIRTHPLACES, FRANCE, MAIL_DOMAIN, Person, generate_person

SEEDS: list[str | int] = ["1a2b3c4d", "graine-2", 42]
LABELS = [f"tests/x.py::scénario {n}" for n in range(60)]


@pytest.fixture(scope="module")
def people() -> list[Person]:
    """Many people from several seeds, to check the rules on more than one draw."""
    return [generate_person(seed, label) for seed in SEEDS for label in LABELS]


def test_same_seed_and_label_give_the_same_person() -> None:
    assert generate_person("1a2b3c4d", "Marie") == generate_person("1a2b3c4d", "Marie")


def test_the_person_does_not_depend_on_what_was_generated_before() -> None:
    alone = generate_person("1a2b3c4d", "Marie")
    for label in LABELS:
        generate_person("1a2b3c4d", label)
    assert generate_person("1a2b3c4d", "Marie") == alone


def test_different_labels_or_seeds_give_different_people(people: list[Person]) -> None:
    assert len({person.nir for person in people}) == len(people)
    assert len({person.email for person in people}) == len(people)
    assert len({person.numero_fiscal for person in people}) == len(people)
    assert generate_person("seed-a", "Marie") != generate_person("seed-b", "Marie")


def test_nir_is_valid_and_consistent_with_the_person(people: list[Person]) -> None:
    for person in people:
        born = date.fromisoformat(person.birthdate)
        assert nir.is_valid(person.nir), person.nir
        assert len(person.nir) == 15 and person.nir.isdigit()
        assert person.nir[0] == {"male": "1", "female": "2"}[person.gender]
        assert person.nir[1:3] == f"{born:%y}"
        assert person.nir[3:5] == f"{born:%m}"
        assert person.nir[5:10] == person.birthplace
        assert person.nir_without_key == person.nir[:13]


def test_birthplace_is_a_real_commune_in_france(people: list[Person]) -> None:
    for person in people:
        assert person.birthplace in BIRTHPLACES
        assert person.birthcountry == FRANCE
        assert person.birthplace_name == BIRTHPLACES[person.birthplace]


def test_numero_fiscal_is_valid(people: list[Person]) -> None:
    for person in people:
        assert nif.is_valid(person.numero_fiscal), person.numero_fiscal
        assert len(person.numero_fiscal) == 13 and person.numero_fiscal[0] in "0123"


def test_emails_are_only_at_the_reserved_domain(people: list[Person]) -> None:
    for person in people:
        local, _, domain = person.email.partition("@")
        assert domain == MAIL_DOMAIN == "parcours.test"
        assert local and local.isascii() and " " not in local


def test_claims_are_what_franceconnect_asks_a_provider_for() -> None:
    person = generate_person("1a2b3c4d", "Marie")
    claims = person.claims()
    assert set(claims) == {
        "given_name",
        "family_name",
        "gender",
        "birthdate",
        "birthplace",
        "birthcountry",
        "email",
    }
    assert claims["gender"] in ("male", "female")
    assert claims["email"] == person.email
    assert person.full_name == f"{person.given_name} {person.family_name}"
