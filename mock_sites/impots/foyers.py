"""The tax office's records: foyers fiscaux and their contribuables, each with the three identifiers
a person types to create their espace particulier. Generated test data, reproducible from the seed."""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
from contextlib import closing
from dataclasses import asdict, dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from ..common.identities import Person, generate_person
from ..common.storage import connect

SCHEMA = """
CREATE TABLE IF NOT EXISTS foyer (
    id INTEGER PRIMARY KEY AUTOINCREMENT, situation TEXT NOT NULL, reference_income INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS contribuable (
    numero_fiscal TEXT PRIMARY KEY, foyer_id INTEGER NOT NULL REFERENCES foyer (id),
    online_access_number TEXT NOT NULL, reference_income INTEGER NOT NULL, claims TEXT NOT NULL
);
"""

# The tutorial: "Si vous avez 20 ans ou plus et êtes rattaché au foyer fiscal de vos parents […]
# Votre revenu fiscal de référence est « 0 »." Younger children have no identifiers of their own.
ATTACHED_MIN_AGE = 20
ATTACHED_MAX_AGE = 25


class Situation(StrEnum):
    """How a foyer fiscal is made up."""

    SINGLE = "célibataire"
    MARRIED = "marié"
    PACS = "pacsé"
    ATTACHED = "rattaché au foyer fiscal de ses parents"


@dataclass(frozen=True)
class Taxpayer(Person):
    """A person as the tax office knows them: the identifiers of their last déclaration and avis."""

    online_access_number: str  # numéro d'accès en ligne, 7 digits
    reference_income: int  # revenu fiscal de référence to type (0 for an attached young adult)


@dataclass(frozen=True)
class Household:
    """One foyer fiscal: its declarants first, then the young adults attached to it."""

    situation: Situation
    reference_income: int
    members: tuple[Taxpayer, ...]


@dataclass(frozen=True)
class TaxRecord:
    """What the tax office holds for one numéro fiscal."""

    numero_fiscal: str
    online_access_number: str
    reference_income: int
    claims: dict[str, str]


def _rng(seed: str | int, label: str) -> random.Random:
    digest = hashlib.sha256(f"{seed}:{label}:foyer".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def age_on(birthdate: date, today: date) -> int:
    """Age in whole years on `today`."""
    return today.year - birthdate.year - ((today.month, today.day) < (birthdate.month, birthdate.day))


def taxpayer(
    seed: str | int, label: str, reference_income: int, birth_years: tuple[int, int] | None = None
) -> Taxpayer:
    """The same taxpayer for the same seed and label: a generated person plus their access number."""
    person = generate_person(seed, label, birth_years) if birth_years else generate_person(seed, label)
    access_number = f"{_rng(seed, label).randint(0, 9_999_999):07d}"
    return Taxpayer(**asdict(person), online_access_number=access_number, reference_income=reference_income)


def attached_young_adult(seed: str | int, label: str, today: date) -> Taxpayer:
    """A child of 20 to 25 attached to the parents' foyer: own numéro fiscal, RFR 0."""
    years = (today.year - ATTACHED_MAX_AGE, today.year - ATTACHED_MIN_AGE - 1)
    child = taxpayer(seed, label, 0, birth_years=years)
    if age_on(date.fromisoformat(child.birthdate), today) < ATTACHED_MIN_AGE:
        raise ValueError(f"un enfant rattaché de moins de {ATTACHED_MIN_AGE} ans n'a pas d'identifiants")
    return child


def generate_household(seed: str | int, label: str, situation: Situation, today: date) -> Household:
    """The same foyer for the same seed, label and situation."""
    income = _rng(seed, f"{label}/revenu").randint(9_000, 90_000)
    members: tuple[Taxpayer, ...]
    if situation is Situation.SINGLE:
        members = (taxpayer(seed, label, income),)
    elif situation in (Situation.MARRIED, Situation.PACS):
        # Each partner has their own numéro fiscal; both share the foyer's RFR.
        members = tuple(taxpayer(seed, f"{label}/partenaire {n}", income) for n in (1, 2))
    else:
        parents = tuple(taxpayer(seed, f"{label}/parent {n}", income) for n in (1, 2))
        members = (*parents, attached_young_adult(seed, f"{label}/enfant", today))
    return Household(situation, income, members)


def register_household(
    database: str, seed: str | int, label: str, situation: Situation, today: date
) -> Household:
    """Generate a foyer and record it at the tax office of this run (the impots site's database)."""
    household = generate_household(seed, label, situation, today)
    with closing(connect(database)) as db:
        foyer_id = db.execute(
            "INSERT INTO foyer (situation, reference_income) VALUES (?, ?)",
            (str(household.situation), household.reference_income),
        ).lastrowid
        for member in household.members:
            claims = {k: v for k, v in member.claims().items() if k != "email"}  # typed at creation
            db.execute(
                "INSERT INTO contribuable VALUES (?, ?, ?, ?, ?)",
                (
                    member.numero_fiscal,
                    foyer_id,
                    member.online_access_number,
                    member.reference_income,
                    json.dumps(claims),
                ),
            )
    return household


def find_record(db: sqlite3.Connection, numero_fiscal: str) -> TaxRecord | None:
    """The tax office's record of a numéro fiscal, or None."""
    row: Any = db.execute("SELECT * FROM contribuable WHERE numero_fiscal = ?", (numero_fiscal,)).fetchone()
    if row is None:
        return None
    return TaxRecord(
        numero_fiscal=row["numero_fiscal"],
        online_access_number=row["online_access_number"],
        reference_income=int(row["reference_income"]),
        claims=json.loads(row["claims"]),
    )


def household_income(db: sqlite3.Connection, numero_fiscal: str) -> int:
    """The revenu fiscal de référence of the foyer this numéro fiscal belongs to."""
    row = db.execute(
        "SELECT foyer.reference_income FROM foyer JOIN contribuable ON contribuable.foyer_id = foyer.id"
        " WHERE contribuable.numero_fiscal = ?",
        (numero_fiscal,),
    ).fetchone()
    if row is None:
        raise LookupError(f"numéro fiscal inconnu : {numero_fiscal}")
    return int(row[0])
