"""The tax office's records: foyers fiscaux and their contribuables, each with the three identifiers
a person types to create their espace particulier. The people come from common.identities."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..common.identities import Household, Situation, generate_household
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


@dataclass(frozen=True)
class TaxRecord:
    """What the tax office holds for one numéro fiscal."""

    numero_fiscal: str
    online_access_number: str
    reference_income: int
    claims: dict[str, str]


def record_household(database: str, household: Household) -> None:
    """Record a generated foyer at the tax office of this run (the impots site's database)."""
    with closing(connect(database)) as db:
        foyer_id = db.execute(
            "INSERT INTO foyer (situation, reference_income) VALUES (?, ?)",
            (str(household.situation), household.reference_income),
        ).lastrowid
        for member in household.members:
            claims = {k: v for k, v in member.claims().items() if k != "email"}  # typed at creation
            income = (
                household.reference_income if member.reference_income is None else member.reference_income
            )
            db.execute(
                "INSERT INTO contribuable VALUES (?, ?, ?, ?, ?)",
                (member.numero_fiscal, foyer_id, member.online_access_number, income, json.dumps(claims)),
            )


def register_household(
    database: str, seed: str | int, label: str, situation: Situation, today: date
) -> Household:
    """Generate the first foyer of scope `label` and record it at the tax office; returns it."""
    household = generate_household(seed, label, situation, today)
    record_household(database, household)
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
