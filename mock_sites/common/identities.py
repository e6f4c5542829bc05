"""Generated identities: Faker fr_FR names, valid NIR and numéro fiscal, reproducible from a seed."""

from __future__ import annotations

import hashlib
import random
import unicodedata
from dataclasses import asdict, dataclass
from datetime import date

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


@dataclass(frozen=True)
class Person:
    """One fictitious person, with the identifiers French administrations give them."""

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
        data = asdict(self)
        keys = ("given_name", "family_name", "gender", "birthdate", "birthplace", "birthcountry")
        return {key: data[key] for key in keys} | {"email": self.email}


def _rng(seed: str | int, label: str) -> random.Random:
    digest = hashlib.sha256(f"{seed}:{label}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def make_nir(gender: str, birthdate: date, birthplace: str, order: int) -> str:
    """A 15-digit NIR whose sex, birth year/month, commune and key are consistent."""
    sex = "1" if gender == "male" else "2"
    body = f"{sex}{birthdate:%y%m}{birthplace}{order:03d}"
    return body + nir.calc_check_digits(body)


def make_numero_fiscal(rng: random.Random) -> str:
    """A 13-digit numéro fiscal (SPI) with valid check digits, first digit 0–3."""
    body = f"{rng.randint(0, 3)}{rng.randint(0, 999_999_999):09d}"
    return body + nif.calc_check_digits(body)


def generate_person(seed: str | int, label: str, birth_years: tuple[int, int] = (1950, 2000)) -> Person:
    """Generate the same person for the same seed and label, whatever else was generated."""
    rng = _rng(seed, label)
    fake = Faker("fr_FR")
    fake.seed_instance(rng.getrandbits(64))
    gender = rng.choice(["male", "female"])
    given_name = fake.first_name_male() if gender == "male" else fake.first_name_female()
    family_name = fake.last_name()
    # Drawn from the seed alone (not from today's date) so a seed gives the same person every day.
    birthdate = date(rng.randint(*birth_years), rng.randint(1, 12), rng.randint(1, 28))
    birthplace = rng.choice(sorted(BIRTHPLACES))
    local = f"{given_name}.{family_name}".lower().replace(" ", "-")
    email = f"{_ascii(local)}.{rng.randint(100, 999)}@{MAIL_DOMAIN}"
    return Person(
        given_name=given_name,
        family_name=family_name,
        gender=gender,
        birthdate=birthdate.isoformat(),
        birthplace=birthplace,
        birthcountry=FRANCE,
        email=email,
        nir=make_nir(gender, birthdate, birthplace, rng.randint(1, 999)),
        numero_fiscal=make_numero_fiscal(rng),
        password=f"Parcours-{rng.randint(0, 9999):04d}-{fake.word()}",
        phone=f"06{rng.randint(0, 99_999_999):08d}",
    )


def _ascii(text: str) -> str:
    normalized = unicodedata.normalize("NFKD", text)
    return "".join(c for c in normalized if c.isascii() and (c.isalnum() or c in ".-"))
