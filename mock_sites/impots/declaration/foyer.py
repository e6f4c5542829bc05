"""Where a foyer fiscal lives (its département sets its deadline), and who, logged in through
FranceConnect, it is: the tax office matches the identity pivot (names, birth date and place)."""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from typing import Any

from faker import Faker

from ...common.storage import connect
from ..foyers import Household
from .calendrier import CORSICA, NON_RESIDENT, departement_number

SCHEMA = """
CREATE TABLE IF NOT EXISTS domicile (
    foyer_id INTEGER PRIMARY KEY REFERENCES foyer (id), departement TEXT NOT NULL,
    rue TEXT NOT NULL, code_postal TEXT NOT NULL, commune TEXT NOT NULL, pays TEXT NOT NULL
);
"""
# 2A and 2B have postcodes 200xx and 202xx; "20" (the tutorial's number) is given Ajaccio's.
CORSICAN_POSTCODES = {"20": "20000", "2A": "20090", "2B": "20200"}
ABROAD = ("1000", "Bruxelles", "Belgique")  # a non-resident's address (supposé)


@dataclass(frozen=True)
class Address:
    """A foyer's address, as the return's « renseignements personnels » show it."""

    departement: str
    rue: str
    code_postal: str
    commune: str
    pays: str = "France"


@dataclass(frozen=True)
class Foyer:
    """The foyer fiscal of the person logged in, and its members' identities."""

    id: int
    situation: str
    reference_income: int
    numero_fiscal: str  # the person's own
    members: tuple[dict[str, str], ...]  # claims of each member, declarants first
    address: Address


def generate_address(seed: str, label: str, departement: str) -> Address:
    """The same street and commune for the same seed and label, in this département."""
    fake = Faker("fr_FR")
    fake.seed_instance(int.from_bytes(hashlib.sha256(f"{seed}:{label}:adresse".encode()).digest()[:8], "big"))
    street = fake.street_address()
    if departement == NON_RESIDENT:
        return Address(departement, street, ABROAD[0], ABROAD[1], ABROAD[2])
    if departement.upper() in CORSICA or departement == "20":
        postcode = CORSICAN_POSTCODES[departement.upper()]
    else:
        postcode = f"{departement}{random.Random(street).randint(0, 99):02d}".ljust(5, "0")[:5]
    return Address(departement, street, postcode, fake.city())


def settle(db: sqlite3.Connection, numero_fiscal: str, address: Address) -> None:
    """Record where the foyer of this numéro fiscal lives."""
    row = db.execute("SELECT foyer_id FROM contribuable WHERE numero_fiscal = ?", (numero_fiscal,)).fetchone()
    if row is None:
        raise LookupError(f"numéro fiscal inconnu : {numero_fiscal}")
    db.execute(
        "INSERT OR REPLACE INTO domicile VALUES (?, ?, ?, ?, ?, ?)",
        (row[0], address.departement, address.rue, address.code_postal, address.commune, address.pays),
    )


def foyer_of(db: sqlite3.Connection, claims: dict[str, Any]) -> Foyer | None:
    """The foyer of the person FranceConnect identified, or None if the tax office does not know them."""
    row = db.execute(
        "SELECT c.numero_fiscal, f.id, f.situation, f.reference_income, d.* FROM contribuable c"
        " JOIN foyer f ON f.id = c.foyer_id JOIN domicile d ON d.foyer_id = f.id"
        " WHERE json_extract(c.claims, '$.given_name') = ? AND json_extract(c.claims, '$.family_name') = ?"
        " AND json_extract(c.claims, '$.birthdate') = ? AND json_extract(c.claims, '$.birthplace') = ?",
        (
            claims.get("given_name"),
            claims.get("family_name"),
            claims.get("birthdate"),
            claims.get("birthplace"),
        ),
    ).fetchone()
    if row is None:
        return None
    members = db.execute(
        "SELECT claims FROM contribuable WHERE foyer_id = ? ORDER BY rowid", (row["id"],)
    ).fetchall()
    address = Address(row["departement"], row["rue"], row["code_postal"], row["commune"], row["pays"])
    return Foyer(
        id=row["id"],
        situation=row["situation"],
        reference_income=row["reference_income"],
        numero_fiscal=row["numero_fiscal"],
        members=tuple(json.loads(member["claims"]) for member in members),
        address=address,
    )


def settle_household(database: str, household: Household, address: Address) -> None:
    """Record where a foyer already known to the tax office lives (its declarant's numéro fiscal)."""
    if address.departement != NON_RESIDENT:
        departement_number(address.departement)  # an unknown code fails here, with the codes that exist
    with closing(connect(database)) as db:
        settle(db, household.members[0].numero_fiscal, address)
