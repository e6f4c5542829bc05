"""The one generator of test people and tax households: Faker fr_FR names, valid NIR and numéro fiscal
(python-stdnum check digits), every value drawn from one RNG seeded by (run seed, scope).

A scenario's people are therefore reproducible from the run's seed and the scenario's id: the same
seed and the same scope draw the same people in the same order, whatever other scopes drew.
"""

from __future__ import annotations

import hashlib
import random
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from faker import Faker
from stdnum.fr import nif, nir

# Real INSEE commune codes, so the birthplace inside a NIR points at an existing commune.
BIRTHPLACES: dict[str, str] = {
    "75056": "Paris",
    "69123": "Lyon",
    "13055": "Marseille",
    "31555": "Toulouse",
    "33063": "Bordeaux",
    "59350": "Lille",
    "44109": "Nantes",
    "67482": "Strasbourg",
    "28085": "Chartres",
    "92050": "Nanterre",
}
FRANCE = "99100"  # INSEE code of the country of birth "France"
MAIL_DOMAIN = "parcours.test"  # reserved top-level domain: no mail can ever leave the machine
BIRTH_YEARS = (1950, 2000)
CLAIM_NAMES = ("given_name", "family_name", "gender", "birthdate", "birthplace", "birthcountry", "email")

# The tutorial: "Si vous avez 20 ans ou plus et êtes rattaché au foyer fiscal de vos parents […]
# Votre revenu fiscal de référence est « 0 »." Younger children have no identifiers of their own.
ATTACHED_MIN_AGE = 20
ATTACHED_MAX_AGE = 25


@dataclass(frozen=True)
class Person:
    """One fictitious person (the usager of a scenario), with the identifiers administrations give.

    `reference_income` is set only once the person belongs to a foyer fiscal the tax office holds."""

    given_name: str
    family_name: str
    gender: str  # "male" or "female", as in FranceConnect claims
    birthdate: str  # ISO date
    birthplace: str  # INSEE commune code
    birthcountry: str  # INSEE country code
    email: str
    nir: str  # numéro de sécurité sociale, 15 digits with its key
    numero_fiscal: str  # 13 digits, valid check digits
    password: str  # the secret this person chose for their accounts
    phone: str  # mobile number, 10 digits
    online_access_number: str  # numéro d'accès en ligne of the last déclaration, 7 digits
    reference_income: int | None = None  # revenu fiscal de référence to type (0: attached young adult)

    @property
    def nir_without_key(self) -> str:
        """The 13 digits a person types at Ameli (the tutorial: "sans les 2 derniers")."""
        return self.nir[:13]

    @property
    def birthplace_name(self) -> str:
        """Name of the commune of birth."""
        return BIRTHPLACES[self.birthplace]

    @property
    def full_name(self) -> str:
        """Given name(s) then family name, as sites greet a person."""
        return f"{self.given_name} {self.family_name}"

    def claims(self) -> dict[str, str]:
        """The OpenID Connect identity claims FranceConnect asks a provider for."""
        return {name: getattr(self, name) for name in CLAIM_NAMES}


class Situation(StrEnum):
    """How a foyer fiscal is made up."""

    SINGLE = "célibataire"
    MARRIED = "marié"
    PACS = "pacsé"
    ATTACHED = "rattaché au foyer fiscal de ses parents"


@dataclass(frozen=True)
class Household:
    """One foyer fiscal: its declarants first, then the young adults attached to it."""

    situation: Situation
    reference_income: int
    members: tuple[Person, ...]


def age_on(birthdate: date, today: date) -> int:
    """Age in whole years on `today`."""
    return today.year - birthdate.year - ((today.month, today.day) < (birthdate.month, birthdate.day))


def make_nir(gender: str, birthdate: date, birthplace: str, order: int) -> str:
    """A 15-digit NIR whose sex, birth year/month, commune and key are consistent."""
    sex = "1" if gender == "male" else "2"
    body = f"{sex}{birthdate:%y%m}{birthplace}{order:03d}"
    return body + nir.calc_check_digits(body)


def make_numero_fiscal(rng: random.Random) -> str:
    """A 13-digit numéro fiscal (SPI) with valid check digits, first digit 0–3."""
    body = f"{rng.randint(0, 3)}{rng.randint(0, 999_999_999):09d}"
    return body + nif.calc_check_digits(body)


def seeded_rng(seed: str | int, scope: str) -> random.Random:
    """The RNG of one scope (a scenario's id, a demo account…) in a run of seed `seed`."""
    digest = hashlib.sha256(f"{seed}:{scope}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


class PeopleGenerator:
    """Draws the people and households of one scope from its single seeded RNG."""

    def __init__(self, seed: str | int, scope: str) -> None:
        self.rng = seeded_rng(seed, scope)
        self.fake = Faker("fr_FR")

    def person(
        self, birth_years: tuple[int, int] = BIRTH_YEARS, reference_income: int | None = None
    ) -> Person:
        """The next person of this scope."""
        rng = self.rng
        self.fake.seed_instance(rng.getrandbits(64))
        gender = rng.choice(["male", "female"])
        given_name = self.fake.first_name_male() if gender == "male" else self.fake.first_name_female()
        family_name = self.fake.last_name()
        # Drawn from the seed alone (not from today's date) so a seed gives the same person every day.
        birthdate = date(rng.randint(*birth_years), rng.randint(1, 12), rng.randint(1, 28))
        birthplace = rng.choice(sorted(BIRTHPLACES))
        local = _ascii(f"{given_name}.{family_name}".lower().replace(" ", "-"))
        return Person(
            given_name=given_name,
            family_name=family_name,
            gender=gender,
            birthdate=birthdate.isoformat(),
            birthplace=birthplace,
            birthcountry=FRANCE,
            email=f"{local}.{rng.randint(100, 999)}@{MAIL_DOMAIN}",
            nir=make_nir(gender, birthdate, birthplace, rng.randint(1, 999)),
            numero_fiscal=make_numero_fiscal(rng),
            password=f"Parcours-{rng.randint(0, 9999):04d}-{self.fake.word()}",
            phone=f"06{rng.randint(0, 99_999_999):08d}",
            online_access_number=f"{rng.randint(0, 9_999_999):07d}",
            reference_income=reference_income,
        )

    def household(self, situation: Situation, today: date) -> Household:
        """The next foyer fiscal of this scope: its members share the foyer's RFR."""
        income = self.rng.randint(9_000, 90_000)
        if situation is Situation.SINGLE:
            members: tuple[Person, ...] = (self.person(reference_income=income),)
        elif situation in (Situation.MARRIED, Situation.PACS):
            # Each partner has their own numéro fiscal; both share the foyer's RFR.
            members = (self.person(reference_income=income), self.person(reference_income=income))
        else:
            parents = (self.person(reference_income=income), self.person(reference_income=income))
            members = (*parents, self.attached_young_adult(today))
        return Household(situation, income, members)

    def attached_young_adult(self, today: date) -> Person:
        """A child of 20 to 25 attached to the parents' foyer: own numéro fiscal, RFR 0."""
        years = (today.year - ATTACHED_MAX_AGE, today.year - ATTACHED_MIN_AGE - 1)
        child = self.person(birth_years=years, reference_income=0)
        if age_on(date.fromisoformat(child.birthdate), today) < ATTACHED_MIN_AGE:
            raise ValueError(f"un enfant rattaché de moins de {ATTACHED_MIN_AGE} ans n'a pas d'identifiants")
        return child

    def numero_fiscal(self, unlike: str) -> str:
        """A valid numéro fiscal other than `unlike` (one the tax office does not know, in practice)."""
        while (number := make_numero_fiscal(self.rng)) == unlike:
            pass
        return number


def generate_person(seed: str | int, label: str, birth_years: tuple[int, int] = BIRTH_YEARS) -> Person:
    """The first person of scope `label`: the same for the same seed, whatever else was generated."""
    return PeopleGenerator(seed, label).person(birth_years)


def generate_household(seed: str | int, label: str, situation: Situation, today: date) -> Household:
    """The first foyer of scope `label`: the same for the same seed, label and situation."""
    return PeopleGenerator(seed, label).household(situation, today)


def _ascii(text: str) -> str:
    normalized = unicodedata.normalize("NFKD", text)
    return "".join(c for c in normalized if c.isascii() and (c.isalnum() or c in ".-"))
