"""The rules of the creation form, as the tutorial states them; each error is a sentence in French
keyed by the form field it belongs to (the page shows it next to that field)."""

from __future__ import annotations

import re
import string

from ...telephone.inbox import is_mobile, normalize_number
from ..identity import check_numero_fiscal

PASSWORD_MIN_LENGTH = 12
SMS_CODE_LENGTH = 6
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")

Errors = dict[str, str]


def numero_fiscal_error(value: str) -> str | None:
    """13 digits with valid check digits."""
    if not value:
        return "Saisissez votre numéro fiscal (13 chiffres)."
    return check_numero_fiscal(value)


def online_access_number_error(value: str) -> str | None:
    """The numéro d'accès en ligne: 7 digits."""
    if not value:
        return "Saisissez votre numéro d'accès en ligne (7 chiffres)."
    if len(value) != 7 or not value.isdigit():
        return "Le numéro d'accès en ligne doit comporter 7 chiffres."
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
    """At least 12 characters, including at least 1 digit and 1 letter."""
    if len(password) < PASSWORD_MIN_LENGTH:
        return f"Le mot de passe doit comporter au moins {PASSWORD_MIN_LENGTH} caractères."
    if not any(c in string.digits for c in password):
        return "Le mot de passe doit contenir au moins 1 chiffre."
    if not any(c.isalpha() for c in password):
        return "Le mot de passe doit contenir au moins 1 lettre."
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
