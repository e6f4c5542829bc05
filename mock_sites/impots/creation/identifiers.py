"""The first step: the three identifiers must match what the tax office holds for the numéro fiscal."""

from __future__ import annotations

import sqlite3

from ..foyers import find_record
from .records import account_exists
from .validation import (
    Errors,
    numero_fiscal_error,
    online_access_number_error,
    parse_reference_income,
    reference_income_error,
)

UNKNOWN_NUMBER = "Ce numéro fiscal ne correspond à aucun foyer fiscal connu de l'administration."
WRONG_ACCESS_NUMBER = (
    "Le numéro d'accès en ligne ne correspond pas à ce numéro fiscal : "
    "il figure sur votre dernière déclaration de revenus."
)
WRONG_INCOME = (
    "Le revenu fiscal de référence ne correspond pas à ce numéro fiscal : "
    "il figure sur votre dernier avis d'impôt."
)
ALREADY_CREATED = (
    "Votre espace particulier existe déjà : connectez-vous avec votre numéro fiscal et votre mot de passe."
)


def format_errors(numero_fiscal: str, access_number: str, income: str) -> Errors:
    """Each identifier, as typed, has the expected shape."""
    checks = {
        "numero_fiscal": numero_fiscal_error(numero_fiscal),
        "numero_acces": online_access_number_error(access_number),
        "revenu_fiscal": reference_income_error(income),
    }
    return {field: message for field, message in checks.items() if message}


def identifier_errors(db: sqlite3.Connection, numero_fiscal: str, access_number: str, income: str) -> Errors:
    """Errors of the three identifiers, next to the field each belongs to; none lets the creation begin."""
    errors = format_errors(numero_fiscal, access_number, income)
    if "numero_fiscal" in errors:
        return errors
    record = find_record(db, numero_fiscal)
    if record is None:
        return errors | {"numero_fiscal": UNKNOWN_NUMBER}
    if "numero_acces" not in errors and access_number != record.online_access_number:
        errors["numero_acces"] = WRONG_ACCESS_NUMBER
    if "revenu_fiscal" not in errors and parse_reference_income(income) != record.reference_income:
        errors["revenu_fiscal"] = WRONG_INCOME
    if not errors and account_exists(db, numero_fiscal):
        errors["numero_fiscal"] = ALREADY_CREATED
    return errors
