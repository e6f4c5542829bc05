"""The rules of the creation form, as the tutorial states them; each error is a sentence in French
keyed by the form field it belongs to (the page shows it next to that field)."""

from __future__ import annotations

import re
import string

from ...telephone.inbox import is_mobile, normalize_number
from ..identity import NUMERO_FISCAL_DIGITS, check_numero_fiscal

PASSWORD_MIN_LENGTH = 12  # « 12 caractères minimum, dont au moins 1 chiffre et 1 lettre »
PASSWORD_MIN_DIGITS = PASSWORD_MIN_LETTERS = 1
ACCESS_NUMBER_DIGITS = 7
SMS_CODE_LENGTH = 6
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")

Errors = dict[str, str]


def numero_fiscal_error(value: str) -> str | None:
    """13 digits with valid check digits."""
    if not value:
        return f"Saisissez votre numéro fiscal ({NUMERO_FISCAL_DIGITS} chiffres)."
    return check_numero_fiscal(value)


def online_access_number_error(value: str) -> str | None:
    """The numéro d'accès en ligne: ACCESS_NUMBER_DIGITS digits."""
    if not value:
        return f"Saisissez votre numéro d'accès en ligne ({ACCESS_NUMBER_DIGITS} chiffres)."
    if len(value) != ACCESS_NUMBER_DIGITS or not value.isdigit():
        return f"Le numéro d'accès en ligne doit comporter {ACCESS_NUMBER_DIGITS} chiffres."
    return None


def parse_reference_income(value: str) -> int | None:
    """The RFR as an amount in whole euros ("24 350", "24350 €"), or None if it is not one."""
    digits = re.sub(r"[\s\u00a0\u202f€]", "", value)
    return int(digits) if digits.isdigit() else None


def reference_income_error(value: str) -> str | None:
    """An amount in whole euros (0 for a young adult attached to the parents' foyer)."""
    if not value.strip():
        return (
            "Saisissez le montant de votre revenu fiscal de référence "
            "(0 si vous êtes rattaché au foyer de vos parents)."
        )
    if parse_reference_income(value) is None:
        return "Le revenu fiscal de référence se saisit en euros, en chiffres et sans centimes."
    return None


def email_errors(email: str, confirmation: str) -> Errors:
    """The address, typed twice."""
    if not EMAIL.fullmatch(email):
        return {"courriel": "Saisissez une adresse électronique valide, par exemple nom@exemple.fr."}
    if confirmation.strip().lower() != email.lower():
        return {"courriel_confirmation": "Les deux adresses électroniques ne sont pas identiques."}
    return {}


def password_error(password: str) -> str | None:
    """PASSWORD_MIN_LENGTH characters or more, PASSWORD_MIN_DIGITS digits, PASSWORD_MIN_LETTERS letters."""
    if len(password) < PASSWORD_MIN_LENGTH:
        return f"Le mot de passe doit comporter au moins {PASSWORD_MIN_LENGTH} caractères."
    if sum(c in string.digits for c in password) < PASSWORD_MIN_DIGITS:
        return f"Le mot de passe doit contenir au moins {PASSWORD_MIN_DIGITS} chiffre."
    if sum(c.isalpha() for c in password) < PASSWORD_MIN_LETTERS:
        return f"Le mot de passe doit contenir au moins {PASSWORD_MIN_LETTERS} lettre."
    return None


def password_errors(password: str, confirmation: str) -> Errors:
    """The password follows the rule, and is typed twice the same."""
    error = password_error(password)
    if error:
        return {"mot_de_passe": error}
    if confirmation != password:
        return {"mot_de_passe_confirmation": "Les deux mots de passe ne sont pas identiques."}
    return {}


def mobile_error(typed: str) -> str | None:
    """Optional; when given, a French mobile number."""
    if typed.strip() and not is_mobile(normalize_number(typed)):
        return "Le numéro de téléphone portable doit comporter 10 chiffres et commencer par 06 ou 07."
    return None


def information_errors(form: dict[str, str]) -> Errors:
    """Every error of the "Vos informations" step."""
    errors = email_errors(form.get("courriel", "").strip(), form.get("courriel_confirmation", ""))
    errors |= password_errors(form.get("mot_de_passe", ""), form.get("mot_de_passe_confirmation", ""))
    mobile = mobile_error(form.get("portable", ""))
    if mobile:
        errors["portable"] = mobile
    return errors


def sms_code_error(typed: str, sent: str) -> str | None:
    """The 6-digit code sent by SMS, typed back."""
    if len(typed) != SMS_CODE_LENGTH or not typed.isdigit():
        return f"Le code doit comporter {SMS_CODE_LENGTH} chiffres."
    if typed != sent:
        return "Ce code ne correspond pas à celui envoyé par SMS."
    return None
