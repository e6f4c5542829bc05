"""What Ma procuration stores: each procuration given, by whom (their FranceConnect+ `sub`) to whom."""

from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass

SCHEMA = """
CREATE TABLE IF NOT EXISTS procuration (
    reference TEXT PRIMARY KEY, mandant_sub TEXT NOT NULL, mandant_email TEXT NOT NULL,
    mandataire_nom TEXT NOT NULL, mandataire_prenom TEXT NOT NULL, mandataire_naissance TEXT NOT NULL,
    validite TEXT NOT NULL, acr TEXT NOT NULL, created_at REAL NOT NULL
);
"""
VALIDITIES = ("Pour le prochain scrutin", "Pour un an")


@dataclass(frozen=True)
class Procuration:
    """One procuration: the voter who gives it (mandant) and the one who will vote (mandataire)."""

    mandataire_nom: str
    mandataire_prenom: str
    mandataire_naissance: str  # YYYY-MM-DD, as the date field sends it
    validite: str


def errors_of(procuration: Procuration) -> list[str]:
    """What is missing or wrong in the form, one French sentence each."""
    found = []
    if not (procuration.mandataire_nom and procuration.mandataire_prenom):
        found.append("Indiquez le nom et le prénom de la personne qui votera pour vous.")
    if not procuration.mandataire_naissance:
        found.append("Indiquez la date de naissance de la personne qui votera pour vous.")
    if procuration.validite not in VALIDITIES:
        found.append("Choisissez la durée de la procuration.")
    return found


def record(db: sqlite3.Connection, procuration: Procuration, usager: dict[str, str], now: float) -> str:
    """Keep a procuration; returns its reference (what the confirmation and the mail quote)."""
    reference = "PR-" + secrets.token_hex(4).upper()
    db.execute(
        "INSERT INTO procuration VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            reference,
            usager["sub"],
            usager["email"],
            procuration.mandataire_nom,
            procuration.mandataire_prenom,
            procuration.mandataire_naissance,
            procuration.validite,
            usager["acr"],
            now,
        ),
    )
    return reference
